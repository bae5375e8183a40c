/**
 * Reading article files from disk: folders walked for articles, text decoded as UTF-8 without BOM, and
 * anything that is not an article (binary, too large, unreadable) skipped with a reason instead of an error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface ArticleFile {
  path: string;
  text: string;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

/** Decodes article bytes; returns a reason instead when they are not text. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.includes(0)) return { reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8 text' };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function isArticle(file: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Files and folders (walked for *.txt and *.md, skipping hidden folders and node_modules), in a stable order. */
export function readArticles(inputs: readonly string[], maxBytes = DEFAULT_MAX_BYTES): { files: ArticleFile[]; skipped: SkippedFile[] } {
  const files: ArticleFile[] = [];
  const skipped: SkippedFile[] = [];
  const readOne = (p: string): void => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      skipped.push({ path: p, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String((e as Error).message) });
      return;
    }
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch (e) {
        skipped.push({ path: p, reason: `cannot read folder: ${(e as Error).message}` });
        return;
      }
      for (const name of entries) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const child = path.join(p, name);
        let isDir = false;
        try {
          isDir = fs.statSync(child).isDirectory();
        } catch {
          // Reported when read below.
        }
        if (isDir || isArticle(name)) readOne(child);
      }
      return;
    }
    if (stat.size > maxBytes) {
      skipped.push({ path: p, reason: `larger than ${Math.round(maxBytes / 1024)} KiB (${Math.round(stat.size / 1024)} KiB)` });
      return;
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(p);
    } catch (e) {
      skipped.push({ path: p, reason: `cannot read: ${(e as Error).message}` });
      return;
    }
    const decoded = decodeArticle(bytes);
    if ('reason' in decoded) skipped.push({ path: p, reason: decoded.reason });
    else files.push({ path: p, text: decoded.text });
  };
  for (const input of inputs) readOne(input);
  return { files, skipped };
}
