/**
 * The analysed workspace as the language server sees it: the core's WorkspaceIndex (which keeps the links of each
 * claim until a change can alter them), the line maps that turn its UTF-16 offsets into LSP positions, and edits
 * waiting out their debounce. A document whose analysis throws is logged and left out; it never takes the server
 * down.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver';
import type { ClaimLink } from './core/links';
import { WorkspaceIndex, type IndexedDocument, type ReadingSource } from './core/workspaceIndex';
import type { Span } from './core/types';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Uris whose facts changed (re-analysed, added or removed) in one update, those whose links may have changed ('all'
 * when any may have), and of those the ones whose links may have changed toward the given documents only (`toward`).
 */
export type ChangeListener = (uris: ReadonlySet<string>, links: ReadonlySet<string> | 'all', toward: ReadonlyMap<string, ReadonlySet<string>>) => void;

/** Text analysed per turn of the event loop while a workspace is indexed. */
export const BATCH_CHARS = 400_000;

/** Time per turn spent analysing documents again for names found after them, at the end of an indexing. */
const SETTLE_SLICE_MS = 100;

export class ArticleWorkspace {
  private index = new WorkspaceIndex();
  private readonly lines = new Map<string, TextDocument>();
  private readonly pending = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners: ChangeListener[] = [];
  private readonly failed = new Map<string, string>();
  revision = 0;

  private readonly batchChars: number;

  /** `batchChars`: text analysed per turn of the event loop while a workspace is indexed (BATCH_CHARS unless given). */
  constructor(private readonly log: Logger, options: { batchChars?: number } = {}) {
    this.batchChars = options.batchChars ?? BATCH_CHARS;
  }

  get core(): WorkspaceIndex {
    return this.index;
  }

  onDidChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  get(uri: string): IndexedDocument | undefined {
    return this.index.get(uri);
  }

  get uris(): string[] {
    return this.index.uris;
  }

  /** Documents whose analysis failed, with the error. */
  get failures(): ReadonlyMap<string, string> {
    return this.failed;
  }

  /**
   * Adds or replaces documents now, in batches that leave the event loop free for requests in between. `readings`
   * gives readings worked out ahead (a ReadingPool); the others are worked out here.
   */
  async setMany(documents: readonly { uri: string; text: string }[], progress?: (done: number) => void, readings?: ReadingSource): Promise<void> {
    const todo = documents.filter((d) => this.index.get(d.uri)?.text !== d.text);
    let done = documents.length - todo.length;
    for (let i = 0; i < todo.length; ) {
      let size = 0;
      let j = i;
      while (j < todo.length && (j === i || size + todo[j]!.text.length <= this.batchChars)) size += todo[j++]!.text.length;
      const batch = todo.slice(i, j);
      for (const d of batch) this.pending.delete(d.uri);
      const changed = new Set<string>();
      try {
        // Names the batch finds are resolved in the documents before it once all are in (below).
        this.index.setAll(batch, readings, { settleLater: true });
        for (const d of batch) {
          this.failed.delete(d.uri);
          changed.add(d.uri);
        }
      } catch {
        // One document of the batch fails: analyse them one by one so that only that one is left out.
        for (const d of batch) for (const u of this.store(d.uri, d.text)) changed.add(u);
      }
      this.changed(changed);
      done += batch.length;
      progress?.(done);
      i = j;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await this.settle();
  }

  /**
   * Analyses again, a slice of time per turn, the documents in which names found later resolve words: once for all
   * the batches of setMany, as the CLI does once for all its documents.
   */
  private async settle(): Promise<void> {
    for (;;) {
      const until = performance.now() + SETTLE_SLICE_MS;
      let done = true;
      try {
        const settled = this.index.settle(() => performance.now() >= until);
        done = settled.done;
        // Analysed again for a name found elsewhere, these failed and have left the index; the others go on.
        for (const failure of settled.failed) this.noteFailure(failure.uri, failure.reason);
        this.changed(new Set(settled.changed));
      } catch (e) {
        this.log.error(`Resolving names found across documents stopped; the documents not yet done keep their analysis.\n${e instanceof Error ? e.message : String(e)}`);
        done = false;
      }
      if (done) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Adds or replaces one document now. */
  set(uri: string, text: string): void {
    this.pending.delete(uri);
    if (this.index.get(uri)?.text === text) return;
    this.changed(new Set(this.store(uri, text)));
  }

  /** Replaces a document after `delay` ms of quiet: typing re-analyses once, when it pauses. */
  schedule(uri: string, text: string, delay: number): void {
    this.pending.set(uri, text);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), delay);
  }

  /** Analyses edits still waiting, so that a request sees the text the editor shows. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return;
    const edits = [...this.pending];
    this.pending.clear();
    const changed = new Set<string>();
    for (const [uri, text] of edits) {
      if (this.index.get(uri)?.text !== text) for (const u of this.store(uri, text)) changed.add(u);
    }
    this.changed(changed);
  }

  delete(uri: string): void {
    this.pending.delete(uri);
    this.failed.delete(uri);
    if (this.guard(uri, () => this.index.delete(uri))) this.changed(new Set([uri]));
  }

  /** Removes every document under a folder uri (a deleted or renamed folder). */
  deleteUnder(folderUri: string): void {
    const prefix = folderUri.endsWith('/') ? folderUri : folderUri + '/';
    const gone = this.index.uris.filter((u) => u.startsWith(prefix));
    for (const u of gone) this.guard(u, () => this.index.delete(u));
    if (gone.length) this.changed(new Set(gone));
  }

  rename(from: string, to: string): boolean {
    const doc = this.index.get(from);
    if (!doc) return false;
    this.delete(from);
    this.set(to, doc.text);
    return true;
  }

  /** Forgets everything: the next setMany analyses the workspace from scratch. */
  reset(): void {
    const gone = new Set(this.index.uris);
    this.index = new WorkspaceIndex();
    this.pending.clear();
    this.failed.clear();
    this.changed(gone, 'all');
  }

  /** A document's line map, for the text the index holds. */
  lineMap(uri: string): TextDocument | undefined {
    const doc = this.index.get(uri);
    if (!doc) return undefined;
    let lines = this.lines.get(uri);
    if (!lines || lines.getText() !== doc.text) {
      lines = TextDocument.create(uri, 'article', 0, doc.text);
      this.lines.set(uri, lines);
    }
    return lines;
  }

  position(uri: string, offset: number): Position {
    return this.lineMap(uri)?.positionAt(offset) ?? { line: 0, character: 0 };
  }

  offset(uri: string, position: Position): number | undefined {
    return this.lineMap(uri)?.offsetAt(position);
  }

  range(uri: string, span: Span): Range {
    const lines = this.lineMap(uri);
    if (!lines) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
  }

  /** Links of every claim of a document to claims in other documents, by claim index. */
  links(uri: string): ClaimLink[][] {
    return this.index.documentLinks(uri);
  }

  /** Works out a document's links not yet known until `enough` says to stop (at least one); true when all are. */
  prepareLinks(uri: string, enough: () => boolean): boolean {
    return this.index.prepareLinks(uri, enough);
  }

  /** Links of a document's claims to those of one other document (WorkspaceIndex.linksToward). */
  linksToward(uri: string, other: string): ClaimLink[] {
    return this.index.linksToward(uri, other);
  }

  /** Links of one claim of a document to claims in other documents. */
  claimLinks(uri: string, index: number): ClaimLink[] {
    return this.index.linksOf(uri, index);
  }

  /** Stores a document, or leaves it out with a logged error when its analysis throws. Returns changed uris. */
  private store(uri: string, text: string): string[] {
    try {
      const changed = this.index.set(uri, text);
      this.failed.delete(uri);
      return changed;
    } catch (e) {
      this.noteFailure(uri, e);
      this.guard(uri, () => this.index.delete(uri));
      return [uri];
    }
  }

  /** Notes and logs that a document's analysis failed, and that it is left out of the index. */
  private noteFailure(uri: string, error: unknown): void {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.failed.set(uri, message);
    this.log.error(`Analysis of ${uri} failed; the document is left out of the index.\n${message}`);
  }

  private guard<T>(uri: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (e) {
      this.log.error(`Index update for ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  private changed(uris: Set<string>, given?: 'all'): void {
    if (uris.size === 0) return;
    const { links, toward } = given ? { links: given, toward: new Map<string, ReadonlySet<string>>() } : this.index.takeLinkChangeDetail();
    this.revision++;
    for (const u of uris) if (!this.index.get(u)) this.lines.delete(u);
    for (const listener of this.listeners) {
      try {
        listener(uris, links, toward);
      } catch (e) {
        this.log.error(`Change listener failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
}
