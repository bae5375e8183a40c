/**
 * Markdown for hovers. Document text is never trusted: every ASCII punctuation character in it is escaped, so an
 * article cannot make a link, an image, HTML, emphasis or a theme icon. The only links are built here, from a
 * uri and numbers, and they run the one command the client trusts.
 */
import type { Position } from 'vscode-languageserver';
import { ClientCommands } from './protocol';

/** Text shown literally, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A command uri that opens `uri` at `position`; parentheses are encoded so the Markdown link cannot end early. */
export function openLocationUri(uri: string, position: Position): string {
  const args = encodeURIComponent(JSON.stringify([uri, position.line, position.character])).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${ClientCommands.openLocation}?${args}`;
}

/** `[label](command:…)`, with the label escaped. */
export function openLocationLink(label: string, uri: string, position: Position): string {
  return `[${escapeMarkdown(label)}](${openLocationUri(uri, position)})`;
}
