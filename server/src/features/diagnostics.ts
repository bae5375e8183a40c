/**
 * Diagnostics at Information or Hint level for claims whose figure conflicts with another source's, with the
 * conflicting claims as related information. After an index change only the documents it can touch are
 * recomputed (those whose facts or links changed), a few milliseconds' worth at a time (open documents first) so
 * that requests are answered in between, and only the ones whose diagnostics changed are sent. A document whose
 * links may have changed only toward an edited one (its story's other articles, when the edit names the same
 * entities) is recomputed only if it conflicted with that document or conflicts with it now: on 10,000 articles
 * an edit queued 243 to 417 of them, and working out all their links again took the server 11 to 28 s.
 */
import { createHash } from 'node:crypto';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { noteLinkChange } from '../core/filing';
import { formatFigure } from '../core/report';
import type { FeatureContext } from './context';

export const DIAGNOSTIC_SOURCE = 'corroborate';
export const CONFLICT_CODE = 'conflicting-figure';
/** Conflicting sources named in a diagnostic's message, and listed as related information. */
const NAMED_IN_MESSAGE = 3;
const MAX_RELATED = 20;
/** Documents recomputed, at most, before the event loop is yielded to requests; and the time a slice may take. */
const SLICE = 25;
const SLICE_MS = 8;

export function conflictDiagnostics(ctx: FeatureContext, uri: string): Diagnostic[] {
  const settings = ctx.settings().diagnostics;
  const doc = ctx.articles.get(uri);
  if (!doc || !settings.enable) return [];
  const links = ctx.articles.links(uri);
  const out: Diagnostic[] = [];
  doc.facts.claims.forEach((claim, i) => {
    const conflicts = (links[i] ?? []).filter((l) => l.relation === 'conflicts');
    if (conflicts.length === 0) return;
    conflicts.sort((a, b) => ctx.folders.compareLabels(a.b.doc, b.b.doc));
    const sources = conflicts.slice(0, NAMED_IN_MESSAGE).map((l) => `${ctx.folders.label(l.b.doc)} (${formatFigure(l.b.claim)})`);
    if (conflicts.length > NAMED_IN_MESSAGE) sources.push(`${conflicts.length - NAMED_IN_MESSAGE} more`);
    out.push({
      range: ctx.articles.range(uri, claim),
      severity: settings.severity === 'hint' ? DiagnosticSeverity.Hint : DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: CONFLICT_CODE,
      message: `${formatFigure(claim)}${claim.concept ? ` ${claim.concept}` : ''} conflicts with ${sources.join(', ')}`,
      relatedInformation: conflicts.slice(0, MAX_RELATED).map((l) => ({
        location: { uri: l.b.doc, range: ctx.articles.range(l.b.doc, l.b.claim) },
        message: `${formatFigure(l.b.claim)}: “${l.b.claim.text.replace(/\s+/g, ' ')}”`,
      })),
    });
  });
  return out;
}

export interface DiagnosticsSink {
  send(uri: string, diagnostics: Diagnostic[]): void;
  /** Documents open in the editor: their diagnostics come first. */
  openUris(): Iterable<string>;
  error(message: string): void;
  /** Every queued document is done: the conflict count is current. */
  settled(): void;
}

export class DiagnosticsPublisher {
  /** What each document's published diagnostics point into, for deciding what a change touches. */
  private readonly pointsInto = new Map<string, Set<string>>();
  /** A digest of the diagnostics last sent per document: the lists themselves would hold every related excerpt. */
  private readonly sent = new Map<string, string>();
  private readonly pending = new Set<string>();
  /** Of the pending documents, those queued only because their links toward these documents may have changed. */
  private readonly towardOnly = new Map<string, Set<string>>();
  /** Per document, the documents it has a conflicting link to (all of them: the diagnostics name the first few). */
  private readonly conflictsWith = new Map<string, Set<string>>();
  private running = false;
  /** Conflicting link ends per document, whatever the diagnostics settings: each conflicting pair counts twice. */
  private readonly conflictEnds = new Map<string, number>();
  private ends = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly ctx: FeatureContext,
    private readonly sink: DiagnosticsSink,
  ) {}

  /**
   * Queues the documents a change can touch: the changed ones, those whose links may have changed (every
   * document for 'all'), and those whose diagnostics point into a changed one.
   */
  changed(changed: ReadonlySet<string>, links: ReadonlySet<string> | 'all', toward: ReadonlyMap<string, ReadonlySet<string>> = new Map()): void {
    for (const u of changed) this.queue(u);
    if (links === 'all') for (const u of this.ctx.articles.uris) this.queue(u);
    else for (const u of links) this.queue(u, toward.get(u));
    for (const [uri, targets] of this.pointsInto) if ([...targets].some((t) => changed.has(t))) this.queue(uri);
    this.run();
  }

  /** Queues every document (settings changed). */
  all(): void {
    for (const u of this.ctx.articles.uris) this.queue(u);
    for (const u of this.sent.keys()) this.queue(u);
    this.run();
  }

  /** Queues a document, to be recomputed; with `toward`, only if its conflicts with those documents may change. */
  private queue(uri: string, toward?: ReadonlySet<string>): void {
    noteLinkChange(this.pending, this.towardOnly, uri, toward);
  }

  /**
   * Whether a document whose links may have changed toward `toward` only keeps its diagnostics and conflict count:
   * it had no conflicting link to any of them, and has none now.
   */
  private unchangedToward(uri: string, toward: ReadonlySet<string>): boolean {
    const before = this.conflictsWith.get(uri);
    for (const other of toward) {
      if (before?.has(other)) return false;
      if (this.ctx.articles.linksToward(uri, other).some((l) => l.relation === 'conflicts')) return false;
    }
    return true;
  }

  /** Pairs of claims in different documents that conflict, as of the last documents processed. */
  get conflicts(): number {
    return this.ends / 2;
  }

  get busy(): boolean {
    return this.running || this.pending.size > 0;
  }

  /** Resolves when every queued document is done. */
  settled(): Promise<void> {
    return this.busy ? new Promise((resolve) => this.waiting.push(resolve)) : Promise.resolve();
  }

  private run(): void {
    if (this.running || this.pending.size === 0) return;
    this.running = true;
    setImmediate(() => this.slice());
  }

  private slice(): void {
    // The pending set is read afresh each slice, so documents queued meanwhile join; open ones go first.
    this.ctx.articles.flush();
    const open = new Set(this.sink.openUris());
    const next: string[] = [];
    for (const u of open) if (next.length < SLICE && this.pending.has(u)) next.push(u);
    for (const u of this.pending) {
      if (next.length >= SLICE) break;
      if (!open.has(u)) next.push(u);
    }
    const deadline = performance.now() + SLICE_MS;
    const enough = (): boolean => performance.now() > deadline;
    for (const uri of next) {
      const toward = this.towardOnly.get(uri);
      this.towardOnly.delete(uri);
      if (toward && this.unchangedToward(uri, toward)) {
        this.pending.delete(uri);
        if (enough()) break;
        continue;
      }
      // The links of a document with many figures in a large story are worked out over several slices; it is
      // published once they are all known.
      if (!this.ctx.articles.prepareLinks(uri, enough)) break;
      this.pending.delete(uri);
      this.publish(uri);
      if (enough()) break;
    }
    if (this.pending.size === 0) {
      this.running = false;
      this.sink.settled();
      for (const resolve of this.waiting.splice(0)) resolve();
      return;
    }
    setImmediate(() => this.slice());
  }

  private publish(uri: string): void {
    let list: Diagnostic[] = [];
    try {
      const conflicts = this.ctx.articles.links(uri).flat().filter((l) => l.relation === 'conflicts');
      const ends = conflicts.length;
      this.ends += ends - (this.conflictEnds.get(uri) ?? 0);
      if (ends) this.conflictEnds.set(uri, ends);
      else this.conflictEnds.delete(uri);
      if (ends) this.conflictsWith.set(uri, new Set(conflicts.map((l) => l.b.doc)));
      else this.conflictsWith.delete(uri);
      list = conflictDiagnostics(this.ctx, uri);
    } catch (e) {
      this.sink.error(`Diagnostics for ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
    const targets = new Set(list.flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri)));
    if (targets.size) this.pointsInto.set(uri, targets);
    else this.pointsInto.delete(uri);
    const key = digest(list);
    // Unchanged diagnostics are not sent again; a document never sent any needs no empty list either.
    if ((this.sent.get(uri) ?? NONE) === key) return;
    if (list.length) this.sent.set(uri, key);
    else this.sent.delete(uri);
    this.sink.send(uri, list);
  }
}

function digest(list: readonly Diagnostic[]): string {
  return createHash('sha1').update(JSON.stringify(list)).digest('base64');
}

const NONE = digest([]);
