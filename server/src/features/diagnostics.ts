/**
 * Diagnostics at Information or Hint level for claims whose figure conflicts with another source's, with the
 * conflicting claims as related information. After an index change only the documents it can touch are
 * recomputed (those whose facts or links changed), a few milliseconds' worth at a time (open documents first) so
 * that requests are answered in between, and only the ones whose diagnostics changed are sent. Each document's
 * conflicting links are kept (which claim of which document, not the links): a document whose links may have
 * changed only toward an edited one (its story's other articles, when the edit names the same entities) has its
 * links toward that one worked out again, and keeps the rest. On 10,000 articles an edit queued 243 to 417 of them,
 * and working out all their links again took the server 11 to 28 s.
 */
import { createHash } from 'node:crypto';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { noteLinkChange } from '../core/filing';
import type { ClaimLink } from '../core/links';
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

/** A claim of another document that a claim conflicts with: the document and the claim's index in it. */
export interface ConflictRef {
  doc: string;
  index: number;
}

/** Adds to `refs` (per claim of a document; claims without any are holes) the claims its conflicting links reach. */
function addConflicts(refs: ConflictRef[][], links: Iterable<ClaimLink>): boolean {
  let added = false;
  for (const l of links) {
    if (l.relation !== 'conflicts') continue;
    (refs[l.a.index] ??= []).push({ doc: l.b.doc, index: l.b.index });
    added = true;
  }
  return added;
}

/** Per claim of a document, the claims it conflicts with, from its links. */
function conflictRefs(links: readonly (readonly ClaimLink[])[]): ConflictRef[][] {
  const refs: ConflictRef[][] = [];
  addConflicts(refs, links.flat());
  return refs;
}

export function conflictDiagnostics(ctx: FeatureContext, uri: string, refs?: readonly (readonly ConflictRef[] | undefined)[]): Diagnostic[] {
  const settings = ctx.settings().diagnostics;
  const doc = ctx.articles.get(uri);
  if (!doc || !settings.enable) return [];
  refs ??= conflictRefs(ctx.articles.links(uri));
  const out: Diagnostic[] = [];
  doc.facts.claims.forEach((claim, i) => {
    const conflicts = (refs[i] ?? []).flatMap((r) => {
      const other = ctx.articles.get(r.doc)?.facts.claims[r.index];
      return other ? [{ doc: r.doc, claim: other }] : [];
    });
    if (conflicts.length === 0) return;
    conflicts.sort((a, b) => ctx.folders.compareLabels(a.doc, b.doc));
    const sources = conflicts.slice(0, NAMED_IN_MESSAGE).map((c) => `${ctx.folders.label(c.doc)} (${formatFigure(c.claim)})`);
    if (conflicts.length > NAMED_IN_MESSAGE) sources.push(`${conflicts.length - NAMED_IN_MESSAGE} more`);
    out.push({
      range: ctx.articles.range(uri, claim),
      severity: settings.severity === 'hint' ? DiagnosticSeverity.Hint : DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: CONFLICT_CODE,
      message: `${formatFigure(claim)}${claim.concept ? ` ${claim.concept}` : ''} conflicts with ${sources.join(', ')}`,
      relatedInformation: conflicts.slice(0, MAX_RELATED).map((c) => ({
        location: { uri: c.doc, range: ctx.articles.range(c.doc, c.claim) },
        message: `${formatFigure(c.claim)}: “${c.claim.text.replace(/\s+/g, ' ')}”`,
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
  /**
   * Per document with any, its claims' conflicting links as of its last recomputation: for each, the claim's index,
   * the other document's number (documentNumbers) and its claim's index. A workspace of 10,000 benchmark articles
   * has millions of them.
   */
  private readonly conflictsOf = new Map<string, Int32Array>();
  private readonly documentNumbers = new Map<string, number>();
  private readonly numberedDocuments: string[] = [];
  /** Documents recomputed at least once: the others have no conflicts kept to start from. */
  private readonly computed = new Set<string>();
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
    // Diagnostics pointing into a changed document show its claims where they were: their links toward it are
    // worked out again (their other links changed only if the index says so, above).
    for (const [uri, targets] of this.pointsInto) {
      const into = [...targets].filter((t) => changed.has(t));
      if (into.length) this.queue(uri, new Set(into));
    }
    this.run();
  }

  /** Queues every document (settings changed). */
  all(): void {
    for (const u of this.ctx.articles.uris) this.queue(u);
    for (const u of this.sent.keys()) this.queue(u);
    this.run();
  }

  /** Queues a document, to be recomputed; with `toward`, only its links toward those documents. */
  private queue(uri: string, toward?: ReadonlySet<string>): void {
    noteLinkChange(this.pending, this.towardOnly, uri, toward);
  }

  /**
   * The conflicts of a document whose links may have changed toward `toward` only: those kept, with the ones
   * toward those documents worked out again; undefined when none of them changed (it had no conflicting link to
   * any of them, and has none now).
   */
  private conflictsToward(uri: string, toward: ReadonlySet<string>): ConflictRef[][] | undefined {
    const before = this.unpack(this.conflictsOf.get(uri));
    let changed = before.some((list) => list.some((r) => toward.has(r.doc)));
    const refs = before.map((list) => list.filter((r) => !toward.has(r.doc)));
    for (const other of toward) if (addConflicts(refs, this.ctx.articles.linksToward(uri, other))) changed = true;
    return changed ? refs : undefined;
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
      if (toward && this.computed.has(uri) && this.ctx.articles.get(uri)) {
        this.pending.delete(uri);
        const refs = this.conflictsToward(uri, toward);
        if (refs) this.publish(uri, refs);
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

  private pack(refs: readonly (readonly ConflictRef[] | undefined)[], count: number): Int32Array {
    const packed = new Int32Array(count * 3);
    let at = 0;
    refs.forEach((list, claim) => {
      for (const r of list ?? []) {
        let n = this.documentNumbers.get(r.doc);
        if (n === undefined) {
          this.documentNumbers.set(r.doc, (n = this.numberedDocuments.length));
          this.numberedDocuments.push(r.doc);
        }
        packed[at++] = claim;
        packed[at++] = n;
        packed[at++] = r.index;
      }
    });
    return packed;
  }

  private unpack(packed: Int32Array | undefined): ConflictRef[][] {
    const refs: ConflictRef[][] = [];
    if (!packed) return refs;
    for (let at = 0; at < packed.length; at += 3) (refs[packed[at]!] ??= []).push({ doc: this.numberedDocuments[packed[at + 1]!]!, index: packed[at + 2]! });
    return refs;
  }

  /** Publishes a document's diagnostics, from its conflicts when they are known, else from its links. */
  private publish(uri: string, known?: ConflictRef[][]): void {
    let list: Diagnostic[] = [];
    try {
      const refs = known ?? (this.ctx.articles.get(uri) ? conflictRefs(this.ctx.articles.links(uri)) : []);
      let ends = 0;
      for (const l of refs) ends += l?.length ?? 0;
      this.ends += ends - (this.conflictEnds.get(uri) ?? 0);
      if (ends) this.conflictEnds.set(uri, ends);
      else this.conflictEnds.delete(uri);
      if (ends) this.conflictsOf.set(uri, this.pack(refs, ends));
      else this.conflictsOf.delete(uri);
      if (this.ctx.articles.get(uri)) this.computed.add(uri);
      else this.computed.delete(uri);
      list = conflictDiagnostics(this.ctx, uri, refs);
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
