/**
 * The VS Code workbench in a browser page, driven as a user drives it: quick open, go to line, the command
 * palette, the mouse resting on a word; and read as a user reads it: the colours of the editor's token spans, the
 * hover, the tabs, the status bar. Every wait polls the page; none sleeps a fixed time.
 */
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { until } from './poll';

/** A token span of the editor: its text and computed colour. */
export interface TokenSpan {
  text: string;
  color: string;
}

// Run in the page, so kept as source text: the TypeScript here is compiled for Node, without DOM types.
const EDITOR_LINES = '.editor-group-container.active .monaco-editor .view-lines';
const TOKEN_SPANS = `(needle) => [...document.querySelectorAll('${EDITOR_LINES} .view-line > span > span')]
  .map((span) => ({ text: (span.textContent || '').replace(/\\u00a0/g, ' '), color: getComputedStyle(span).color }))
  .filter((span) => span.text.includes(needle))`;
/** Table cells whose content is wider than the cell, so that it runs into the next one. */
export const OVERFLOWING_CELLS = `[...document.querySelectorAll('td')].filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => (td.textContent || '').trim().slice(0, 60))`;
const PLAIN_COLOUR = `() => { const span = document.querySelector('${EDITOR_LINES} .mtk1'); return span ? getComputedStyle(span).color : ''; }`;

export class Workbench {
  constructor(readonly page: Page) {}

  /** The workbench has loaded and the folder is open in the explorer. */
  async ready(folderName: string): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    await until(async () => (await this.page.locator('.explorer-folders-view, .pane-header').filter({ hasText: new RegExp(folderName, 'i') }).count()) > 0, `the explorer to show ${folderName}`, 120_000);
  }

  /** Text of the active editor tab. */
  async activeTab(): Promise<string> {
    return (await this.page.locator('.tabs-container .tab.active').first().getAttribute('aria-label')) ?? '';
  }

  private async quickInput(keys: string, text: string): Promise<Locator> {
    await this.page.keyboard.press(keys);
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await this.page.keyboard.type(text);
    return this.page.locator('.quick-input-widget');
  }

  /** Quick Open (Ctrl+P) by file name; resolves once its tab is the active one. */
  async openFile(name: string): Promise<void> {
    const widget = await this.quickInput('Control+p', name);
    await widget.locator('.monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
    await until(async () => (await this.activeTab()).includes(name), `the tab of ${name}`);
  }

  /** The editor's "Ln x, Col y" in the status bar. */
  async cursorStatus(): Promise<string> {
    return (await this.page.locator('[id="status.editor.selection"]').innerText().catch(() => '')).trim();
  }

  /** Go to Line (Ctrl+G) `line:column`, 1-based; resolves once the status bar shows the cursor there. */
  async goTo(line: number, column: number): Promise<void> {
    await this.quickInput('Control+g', `${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await until(async () => (await this.cursorStatus()).startsWith(`Ln ${line}, Col ${column}`), `the cursor at ${line}:${column} (status: ${await this.cursorStatus()})`);
  }

  /** Runs a command from the command palette (F1) by its title. */
  async runCommand(title: string): Promise<void> {
    const widget = await this.quickInput('F1', title);
    const row = widget.locator('.monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible' });
    await row.click();
  }

  /**
   * Rests the mouse on the character at `line:column` (placed there by Go to Line, then read off the cursor's box)
   * and returns the hover once its text matches `expect`.
   */
  async hoverAt(line: number, column: number, expect: RegExp): Promise<Locator> {
    await this.page.keyboard.press('Escape');
    await this.goTo(line, column);
    const cursor = this.page.locator('.editor-group-container.active .monaco-editor .cursors-layer .cursor').first();
    const box = await until(async () => (await cursor.boundingBox()) ?? undefined, 'the cursor to be laid out');
    // From a neutral place first, so that the editor sees the mouse arrive on the word.
    await this.parkMouse();
    await this.page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 4 });
    const hover = this.page.locator('.monaco-hover:visible').filter({ hasText: expect }).first();
    await until(async () => (await hover.count()) > 0, `a hover matching ${expect} at ${line}:${column}`);
    return hover;
  }

  /** Moves the mouse to the empty part of the explorer, where it opens no hover or tooltip. */
  async parkMouse(): Promise<void> {
    const size = this.page.viewportSize();
    await this.page.mouse.move(120, (size?.height ?? 800) - 250);
  }

  /** The token spans of the visible editor lines that contain `text`. */
  async tokenSpans(text: string): Promise<TokenSpan[]> {
    return (await this.page.evaluate(`(${TOKEN_SPANS})(${JSON.stringify(text)})`)) as TokenSpan[];
  }

  /** The colour of the editor's default foreground: the span class Monaco gives untokenised text. */
  async plainColour(): Promise<string> {
    return (await this.page.evaluate(`(${PLAIN_COLOUR})()`)) as string;
  }

  /** The page inside the last webview panel opened (a webview nests two iframes). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
  }

  /** The same page as a frame, to evaluate in. */
  async webviewFrame(): Promise<Frame> {
    const element = await this.page.frameLocator('iframe.webview.ready').last().locator('iframe#active-frame').elementHandle();
    const frame = await element?.contentFrame();
    if (!frame) throw new Error('no webview frame');
    return frame;
  }
}
