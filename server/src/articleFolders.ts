/**
 * Which files of the workspace folders are articles (include and exclude globs relative to each folder, a size
 * cap) and reading them from disk. Files that are not articles (binary, too large, unreadable) come back with a
 * reason, for a notice, never as an error.
 */
import * as fsSync from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Minimatch } from 'minimatch';
import { URI } from 'vscode-uri';
import { decodeArticle } from './workspaceFiles';

export interface FileRules {
  include: readonly string[];
  exclude: readonly string[];
  maxFileSizeKB: number;
}

export interface ArticleText {
  uri: string;
  text: string;
}

export interface SkippedArticle {
  uri: string;
  reason: string;
}

/** The one spelling of a uri the index uses, whatever form a client sends. */
export function canonicalUri(uri: string): string {
  return URI.parse(uri).toString();
}

export function fileUri(fsPath: string): string {
  return URI.file(fsPath).toString();
}

const GLOB_OPTIONS = { dot: true, nocomment: true, nonegate: true };

/** Compares as `localeCompare` does, without looking the locale up on every call. */
const LABEL_ORDER = new Intl.Collator();

/** A workspace folder on disk with the rules that pick its articles. */
export class ArticleFolder {
  readonly path: string;
  private readonly include: Minimatch[];
  private readonly exclude: Minimatch[];

  constructor(
    readonly uri: string,
    readonly rules: FileRules,
  ) {
    this.path = URI.parse(uri).fsPath;
    this.include = rules.include.map((g) => new Minimatch(g, GLOB_OPTIONS));
    this.exclude = rules.exclude.map((g) => new Minimatch(g, GLOB_OPTIONS));
  }

  /** The path of a file relative to the folder with forward slashes, or undefined when it lies outside. */
  relative(fsPath: string): string | undefined {
    const rel = path.relative(this.path, fsPath);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  includes(fsPath: string): boolean {
    const rel = this.relative(fsPath);
    return rel !== undefined && this.include.some((m) => m.match(rel)) && !this.exclude.some((m) => m.match(rel));
  }

  /** A folder whose every file is excluded is not walked at all (node_modules, .git). */
  private prunes(relDir: string): boolean {
    return this.exclude.some((m) => m.match(`${relDir}/\u0000`) || m.match(relDir));
  }

  /** Every article under a directory of this folder (the folder itself by default), in a stable order. */
  async walk(dir = this.path): Promise<string[]> {
    const found: string[] = [];
    const visit = async (d: string): Promise<void> => {
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fs.readdir(d, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const full = path.join(d, e.name);
        // Symbolic links are not followed: a link to a parent would walk forever.
        if (e.isDirectory()) {
          const rel = this.relative(full);
          if (rel !== undefined && !this.prunes(rel)) await visit(full);
        } else if (e.isFile() && this.includes(full)) {
          found.push(full);
        }
      }
    };
    await visit(dir);
    return found;
  }

  get maxBytes(): number {
    return this.rules.maxFileSizeKB * 1024;
  }
}

/** Why a file of this size is not read as an article, if it is not. */
function sizeReason(stat: { isFile(): boolean; size: number }, maxBytes: number): { reason: string } | undefined {
  if (!stat.isFile()) return { reason: 'not a file' };
  if (stat.size > maxBytes) {
    return { reason: `larger than the ${Math.round(maxBytes / 1024)} KiB limit (${Math.round(stat.size / 1024)} KiB; see corroborate.files.maxFileSizeKB)` };
  }
  return undefined;
}

function readFailure(e: unknown): { reason: string } {
  const code = (e as NodeJS.ErrnoException).code;
  return { reason: code === 'ENOENT' ? 'no such file' : `cannot read: ${(e as Error).message}` };
}

/** Reads one article; a reason instead of the text when it is not one. */
export async function readArticle(fsPath: string, maxBytes: number): Promise<{ text: string } | { reason: string }> {
  try {
    const stat = await fs.stat(fsPath);
    return sizeReason(stat, maxBytes) ?? decodeArticle(await fs.readFile(fsPath));
  } catch (e) {
    return readFailure(e);
  }
}

/** Opening without waiting: a named pipe among the articles would otherwise block the open until a writer comes. */
const OPEN_NOW = fsSync.constants.O_RDONLY | (fsSync.constants.O_NONBLOCK ?? 0);

/**
 * Reads one article without leaving this thread, for the workspace read at start: an article is a small file that
 * takes microseconds to read, and the round trips of an asynchronous read through the I/O threads made reading
 * thousands of them take seconds. The file is opened once and its size read from the open file (looking its path
 * up twice, to stat it and to read it, took a quarter of the reading time).
 */
export function readArticleNow(fsPath: string, maxBytes: number): { text: string } | { reason: string } {
  let fd: number | undefined;
  try {
    fd = fsSync.openSync(fsPath, OPEN_NOW);
    const stat = fsSync.fstatSync(fd);
    const refused = sizeReason(stat, maxBytes);
    if (refused) return refused;
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    for (let n = -1; read < bytes.length && n !== 0; read += n) n = fsSync.readSync(fd, bytes, read, bytes.length - read, read);
    return decodeArticle(read === bytes.length ? bytes : bytes.subarray(0, read));
  } catch (e) {
    return readFailure(e);
  } finally {
    if (fd !== undefined) fsSync.closeSync(fd);
  }
}

/** The workspace folders, and which of them holds a file. */
export class ArticleFolders {
  private folders: ArticleFolder[] = [];
  /** Labels are asked for in sorts over many links: computed once per uri. */
  private readonly labels = new Map<string, string>();

  set(folders: ArticleFolder[]): void {
    this.labels.clear();
    // Deepest first, so that a nested folder's rules win over its parent's.
    this.folders = [...folders].sort((a, b) => b.path.length - a.path.length);
  }

  get all(): readonly ArticleFolder[] {
    return this.folders;
  }

  /** The folder a file uri lies in, if it is a file on disk inside one. */
  folderOf(uri: string): ArticleFolder | undefined {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return undefined;
    return this.folders.find((f) => f.relative(u.fsPath) !== undefined);
  }

  /** True for a file the include and exclude settings make an article. */
  isArticle(uri: string): boolean {
    const folder = this.folderOf(uri);
    return folder !== undefined && folder.includes(URI.parse(uri).fsPath);
  }

  /** Two documents in the order of their labels (labels are unique): hovers and messages list documents so. */
  compareLabels(a: string, b: string): number {
    return LABEL_ORDER.compare(this.label(a), this.label(b));
  }

  /** A short name for a document: its path in its folder, or its file name. */
  label(uri: string): string {
    let label = this.labels.get(uri);
    if (label === undefined) {
      label = this.computeLabel(uri);
      if (this.labels.size > 100_000) this.labels.clear();
      this.labels.set(uri, label);
    }
    return label;
  }

  private computeLabel(uri: string): string {
    const u = URI.parse(uri);
    if (u.scheme === 'file') {
      const folder = this.folderOf(uri);
      const rel = folder?.relative(u.fsPath);
      if (rel) return this.folders.length > 1 ? `${path.basename(folder!.path)}/${rel}` : rel;
    }
    return path.posix.basename(u.path) || uri;
  }
}
