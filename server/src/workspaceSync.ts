/**
 * Keeps the analysed workspace in step with the folders on disk and the editor: the whole workspace read at
 * start (with progress, and a notice for the files left out), edits re-analysed after a pause, and created,
 * changed, deleted and renamed files applied as they come. Disk work runs one task at a time, in order, so that a
 * late read never brings back a file deleted after it.
 */
import * as fs from 'node:fs/promises';
import { URI } from 'vscode-uri';
import { ArticleFolder, ArticleFolders, readArticle, readArticleNow, type ArticleText, type FileRules, type SkippedArticle } from './articleFolders';
import type { ArticleWorkspace, Logger } from './articles';
import { ARTICLE_LANGUAGE, DEFAULT_SETTINGS, type CorroborateSettings } from './protocol';
import { whileIndexing } from './heap';
import { ReadingPool, warmReadingCode } from './readingPool';
import { readSettings } from './settings';

export interface ProgressReporter {
  report(percentage: number, message: string): void;
  done(): void;
}

/** What the sync needs from the connection. */
export interface SyncHost {
  log: Logger;
  /** The `corroborate` section for a folder (or the window when no uri). */
  configuration(scopeUri?: string): Promise<unknown>;
  progress(title: string): Promise<ProgressReporter>;
  /** A notice the user sees once per indexing pass. */
  notice(message: string): void;
  /** Indexing started or finished. */
  indexing(active: boolean): void;
}

export type FileChange = { uri: string; type: 'created' | 'changed' | 'deleted' };

/** Files read between two turns of the event loop (a few milliseconds' work), when the workspace is read. */
const READ_CHUNK = 64;
/**
 * Below this many documents to analyse, a second thread for readings costs more to start than it saves (at 1,000
 * articles indexing took longer with it, and ~200 MB more memory).
 */
const POOL_MIN_DOCUMENTS = 2000;

export class WorkspaceSync {
  readonly folders = new ArticleFolders();
  private folderUris: string[] = [];
  private window: CorroborateSettings = DEFAULT_SETTINGS;
  private readonly open = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();
  private skipped = new Map<string, string>();

  constructor(
    private readonly articles: ArticleWorkspace,
    private readonly host: SyncHost,
  ) {}

  get settings(): CorroborateSettings {
    return this.window;
  }

  get skippedFiles(): ReadonlyMap<string, string> {
    return this.skipped;
  }

  setFolders(uris: readonly string[]): void {
    this.folderUris = [...uris];
  }

  addFolders(added: readonly string[], removed: readonly string[]): void {
    this.folderUris = [...this.folderUris.filter((u) => !removed.includes(u)), ...added.filter((u) => !this.folderUris.includes(u))];
  }

  /** Runs disk work after the work already queued; a failure is logged and the queue goes on. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task).catch((e: unknown) => this.host.log.error(`Workspace update failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
    this.queue = run;
    return run;
  }

  /** Reads the settings again; true when they change which files are articles. */
  async loadSettings(): Promise<boolean> {
    const before = JSON.stringify(this.folders.all.map((f) => [f.uri, f.rules]));
    this.window = readSettings(await this.host.configuration());
    const folders: ArticleFolder[] = [];
    for (const uri of this.folderUris) {
      if (URI.parse(uri).scheme !== 'file') {
        this.host.log.warn(`Workspace folder ${uri} is not on disk; only its open documents are analysed.`);
        continue;
      }
      const rules: FileRules = readSettings(await this.host.configuration(uri)).files;
      folders.push(new ArticleFolder(uri, rules));
    }
    this.folders.set(folders);
    return JSON.stringify(this.folders.all.map((f) => [f.uri, f.rules])) !== before;
  }

  /** Reads every article of the workspace folders and analyses what changed; `fresh` starts from nothing. */
  indexWorkspace(fresh = false): Promise<void> {
    return this.enqueue(() => whileIndexing(async () => {
      this.host.indexing(true);
      const progress = await this.host.progress('Corroborate: indexing articles');
      let pool: ReadingPool | undefined;
      try {
        const paths = (await Promise.all(this.folders.all.map((f) => f.walk().then((ps) => ps.map((p) => ({ folder: f, path: p })))))).flat();
        progress.report(0, `found ${paths.length} files`);
        const found: ArticleText[] = [];
        const skipped: SkippedArticle[] = [];
        // Documents to analyse are sent to be read on a second thread as soon as there are enough of them. With
        // nothing indexed yet every file found is one, and the thread starts before the first is read: it takes a
        // few hundred milliseconds to load its code.
        if ((fresh || this.articles.uris.length === 0) && paths.length >= POOL_MIN_DOCUMENTS) pool = new ReadingPool(this.host.log);
        const changed: ArticleText[] = [];
        let read = 0;
        for (let i = 0; i < paths.length; i += READ_CHUNK) {
          if (i > 0) await new Promise((resolve) => setImmediate(resolve));
          const chunk = paths.slice(i, i + READ_CHUNK);
          const results = chunk.map((p) => readArticleNow(p.path, p.folder.maxBytes));
          const sent = changed.length;
          results.forEach((r, k) => {
            const uri = URI.file(chunk[k]!.path).toString();
            if ('text' in r) {
              const article = { uri, text: this.open.get(uri) ?? r.text };
              found.push(article);
              if (fresh || this.articles.get(uri)?.text !== article.text) changed.push(article);
            } else skipped.push({ uri, reason: r.reason });
          });
          if (!pool && changed.length >= POOL_MIN_DOCUMENTS) (pool = new ReadingPool(this.host.log)).add(changed);
          else if (changed.length > sent) pool?.add(changed.slice(sent));
          read += chunk.length;
          progress.report(Math.round((read / Math.max(1, paths.length)) * 40), `read ${read}/${paths.length} files`);
        }
        if (fresh) this.articles.reset();
        const keep = new Set([...found.map((f) => f.uri), ...this.open.keys()]);
        for (const uri of this.articles.uris) if (!keep.has(uri)) this.articles.delete(uri);
        const onDisk = new Set(found.map((f) => f.uri));
        const all = [...found, ...[...this.open].filter(([uri]) => !onDisk.has(uri)).map(([uri, text]) => ({ uri, text }))];
        const report = (done: number): void => progress.report(40 + Math.round((done / Math.max(1, all.length)) * 60), `analysed ${done}/${all.length} articles`);
        await this.articles.setMany(all, report, pool?.reading);
        // Not waited for: it runs between requests.
        if (pool) void warmReadingCode(all);
        this.reportSkipped(skipped);
        this.host.log.info(`Indexed ${this.articles.uris.length} documents from ${this.folders.all.length} folder(s); ${skipped.length} file(s) left out.`);
      } finally {
        pool?.close();
        progress.done();
        this.host.indexing(false);
      }
    }));
  }

  private reportSkipped(skipped: readonly SkippedArticle[]): void {
    this.skipped = new Map(skipped.map((s) => [s.uri, s.reason]));
    if (skipped.length === 0) return;
    for (const s of skipped) this.host.log.warn(`Left out ${s.uri}: ${s.reason}`);
    const first = skipped[0]!;
    const more = skipped.length > 1 ? ` and ${skipped.length - 1} more (listed in the output)` : '';
    this.host.notice(`Corroborate left ${skipped.length} file(s) out of the index: ${this.folders.label(first.uri)} (${first.reason})${more}.`);
  }

  /** Whether an editor document is analysed: articles, files the settings include, any file when no folder is open. */
  private indexable(uri: string, languageId: string): boolean {
    if (languageId === ARTICLE_LANGUAGE) return true;
    const scheme = URI.parse(uri).scheme;
    if (scheme !== 'file') return false;
    return this.folders.all.length === 0 || this.folders.isArticle(uri);
  }

  didOpen(uri: string, languageId: string, text: string): void {
    if (!this.indexable(uri, languageId)) return;
    this.open.set(uri, text);
    this.articles.set(uri, text);
  }

  didChange(uri: string, text: string): void {
    // Opening a document reports its content as a change too.
    if (!this.open.has(uri) || this.open.get(uri) === text) return;
    this.open.set(uri, text);
    this.articles.schedule(uri, text, this.window.analysis.delay);
  }

  /** A closed document goes back to what the disk says, or out of the index if it is not an article on disk. */
  didClose(uri: string): Promise<void> {
    if (!this.open.delete(uri)) return Promise.resolve();
    return this.enqueue(async () => {
      if (this.open.has(uri)) return;
      const folder = this.folders.folderOf(uri);
      const result = folder && this.folders.isArticle(uri) ? await readArticle(URI.parse(uri).fsPath, folder.maxBytes) : undefined;
      if (result && 'text' in result) this.articles.set(uri, result.text);
      else this.articles.delete(uri);
    });
  }

  /** Watched-file events: created and changed files are read, deleted files and folders leave the index. */
  filesChanged(changes: readonly FileChange[]): Promise<void> {
    return this.enqueue(() => this.applyChanges(changes));
  }

  private async applyChanges(changes: readonly FileChange[]): Promise<void> {
    const toRead: { folder: ArticleFolder; path: string }[] = [];
    for (const change of changes) {
      if (this.open.has(change.uri)) continue;
      const u = URI.parse(change.uri);
      if (change.type === 'deleted') {
        this.articles.delete(change.uri);
        this.articles.deleteUnder(change.uri);
        this.skipped.delete(change.uri);
        continue;
      }
      const folder = this.folders.folderOf(change.uri);
      if (!folder) continue;
      if (folder.includes(u.fsPath)) {
        toRead.push({ folder, path: u.fsPath });
        continue;
      }
      const stat = await fs.stat(u.fsPath).catch(() => undefined);
      if (stat?.isDirectory()) for (const p of await folder.walk(u.fsPath)) toRead.push({ folder, path: p });
    }
    const docs: ArticleText[] = [];
    const skipped: SkippedArticle[] = [];
    for (const { folder, path } of toRead) {
      const uri = URI.file(path).toString();
      const r = await readArticle(path, folder.maxBytes);
      if ('text' in r) docs.push({ uri, text: r.text });
      else {
        skipped.push({ uri, reason: r.reason });
        this.articles.delete(uri);
      }
    }
    await this.articles.setMany(docs);
    for (const s of skipped) {
      this.skipped.set(s.uri, s.reason);
      this.host.log.warn(`Left out ${s.uri}: ${s.reason}`);
    }
  }

  /** Renames made in the editor: the facts move with the file, without re-reading it. */
  filesRenamed(renames: readonly { oldUri: string; newUri: string }[]): Promise<void> {
    return this.enqueue(async () => {
      for (const { oldUri, newUri } of renames) {
        if (this.articles.get(oldUri)) {
          if (this.folders.isArticle(newUri) || this.open.has(newUri)) this.articles.rename(oldUri, newUri);
          else this.articles.delete(oldUri);
          continue;
        }
        // A renamed folder: what was under the old name leaves, what is under the new one is read.
        this.articles.deleteUnder(oldUri);
        await this.applyChanges([{ uri: newUri, type: 'created' }]);
      }
    });
  }
}
