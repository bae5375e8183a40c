/**
 * The facts of every document in a workspace, with inverted maps (entity id -> documents, comparison key -> documents)
 * so that a lookup costs O(matches), and incremental updates: setting or removing a document re-analyses that
 * document only, plus the documents whose unresolved words a newly found name resolves. The links of each
 * document's claims are kept until a change can alter them: a change that leaves every entity's weight as it was
 * (an edited figure) touches only the document and those of its story.
 */
import { RecordingNames, WorkspaceNames, sameEntry, type LexiconEntry, type Lookups } from './aliases';
import { nameEntities, type DocumentFacts } from './analyze';
import { addOrdered, addTo, filedUnder, idSet, noteLinkChange, removeFrom, removeOrdered, sameEntities, sameNamedFacts, type FiledUnder, type Ordered } from './filing';
import { acceptanceThreshold, comparisonKeys, documentFigures, family, filedKeys, linksOf, nearbyFigures, splitValueKey, type BackMatches, type ClaimLink, type LinkableClaim, type Specificity, type StorySimilarity } from './links';
import { readDocument, type DocumentReading } from './reading';
import { SharedStrings } from './sharing';
import { StoryIndex } from './stories';
import { tokenize, unpackTokens } from './tokens';
import type { Claim, EntityType, Mention } from './types';

export interface IndexedDocument {
  uri: string;
  text: string;
  facts: DocumentFacts;
}

export interface MentionRef {
  uri: string;
  mention: Mention;
}

export interface IndexStats {
  documents: number;
  entities: number;
  mentions: number;
  claims: number;
  words: number;
}

/** A document's reading (reading.ts) worked out ahead, elsewhere, with its tokens (packTokens in tokens.ts). */
export interface ReadAhead {
  reading: DocumentReading;
  tokens?: Int32Array;
}

/** What was worked out ahead of a document's text, or undefined. */
export type ReadingSource = (uri: string, text: string) => ReadAhead | undefined;

/** The candidates of one document of a claim's story, and where that document was stored. */
interface CandidateGroup {
  doc: string;
  at: number;
  claims: readonly LinkableClaim[];
}

/**
 * What the claims of one document share while their links are worked out together: candidates by the joined
 * comparison keys, and the best match back in the document of each claim of another document that was a best match.
 */
interface LinkMemo {
  /** By joined keys (without a value key: splitValueKey), the candidates of each document that has some. */
  candidates: Map<string, readonly CandidateGroup[]>;
  backs: BackMatches;
}

const newMemo = (): LinkMemo => ({ candidates: new Map(), backs: new Map() });

/** The links of a document's claims worked out so far, by claim index. */
interface KeptLinks {
  claims: (ClaimLink[] | undefined)[];
  /** Links in `claims`, all claims together. */
  size: number;
  /** Documents some claim links to. */
  targets: Set<string>;
  /**
   * Documents set again, naming the same entities, since the links were worked out, in the order they were set:
   * the links to each are worked out again when the links are next read (relink).
   */
  stale: Set<string>;
}

/**
 * Documents holding an entity whose weight an edit changed, beyond which every link is dropped rather than those
 * of the documents near them: finding those costs a story neighbourhood per holder.
 */
const REWEIGHED_HOLDERS = 400;

/**
 * The claims filed under some of `keys` in a document's map of claims by key, in their order. Claims under several
 * keys are kept under all of them together too: a claim's candidates are asked for once per document of its story,
 * and again for each mutual check.
 */
function merged(byKey: Map<string, LinkableClaim[]>, keys: readonly string[]): readonly LinkableClaim[] {
  if (keys.length === 1) return byKey.get(keys[0]!) ?? [];
  const together = keys.join('\u0000');
  let found = byKey.get(together);
  if (!found) byKey.set(together, (found = [...new Set(keys.flatMap((k) => byKey.get(k) ?? []))].sort((a, b) => a.index - b.index)));
  return found;
}

/** Entity types in the order that settles a tie between two types an entity is mentioned as equally often. */
const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'date'];

/** Documents whose claims are kept by comparison key at most, the first filed going first (~6 KB each). */
const KEYED_KEPT = 2048;

/** Documents whose links are kept at most (least recently asked for go first). */
const LINKS_KEPT = 512;

/**
 * Links kept at most, all documents together (~90 bytes each). A claim in a story told by hundreds of outlets has
 * hundreds of links: 512 documents of the largest bench stories hold 1.2 million.
 */
const LINKS_BUDGET = 1 << 18;

/**
 * Documents whose links were last asked for one claim at a time (hovers, go to definition), kept whatever else is
 * asked: after an edit, the diagnostics of its story ask for the links of hundreds of documents, and the document a
 * user hovers would otherwise have its links worked out afresh at the next hover.
 */
const LINKS_PINNED = 8;

/** The kept links of the documents last asked about, least recently asked first, within LINKS_KEPT and LINKS_BUDGET. */
class LinkCache {
  private readonly byDoc = new Map<string, KeptLinks>();
  private size = 0;
  /** Documents kept whatever the bounds, last pinned last. */
  private readonly pinned: string[] = [];

  constructor(
    private readonly budget: number,
    private readonly pins: number,
  ) {}

  get(uri: string): KeptLinks | undefined {
    return this.byDoc.get(uri);
  }

  /** The kept links of a document (none yet if it had none), now the most recently asked for; `pin` keeps them. */
  touch(uri: string, pin = false): KeptLinks {
    let kept = this.byDoc.get(uri);
    if (kept) this.byDoc.delete(uri);
    else kept = { claims: [], size: 0, targets: new Set(), stale: new Set() };
    this.byDoc.set(uri, kept);
    if (pin && this.pins > 0) {
      const at = this.pinned.indexOf(uri);
      if (at >= 0) this.pinned.splice(at, 1);
      this.pinned.push(uri);
      if (this.pinned.length > this.pins) this.pinned.shift();
    }
    this.trim();
    return kept;
  }

  /** Sets the links of a claim of the document last touched, and keeps within bounds the others. */
  set(kept: KeptLinks, index: number, links: ClaimLink[]): void {
    const by = links.length - (kept.claims[index]?.length ?? 0);
    kept.claims[index] = links;
    kept.size += by;
    this.size += by;
    this.trim();
  }

  /** Drops the least recently asked for, but the last one touched and those pinned. */
  private trim(): void {
    while (this.byDoc.size > LINKS_KEPT || this.size > this.budget) {
      let victim: string | undefined;
      let left = this.byDoc.size - 1;
      for (const uri of this.byDoc.keys()) {
        if (left-- === 0) break;
        if (!this.pinned.includes(uri)) {
          victim = uri;
          break;
        }
      }
      if (victim === undefined) return;
      this.delete(victim);
    }
  }

  delete(uri: string): void {
    const kept = this.byDoc.get(uri);
    if (!kept) return;
    this.size -= kept.size;
    this.byDoc.delete(uri);
  }

  clear(): void {
    this.byDoc.clear();
    this.size = 0;
  }

  [Symbol.iterator](): IterableIterator<[string, KeptLinks]> {
    return this.byDoc.entries();
  }
}

/** A document's analysis again (for names found elsewhere) failed: the document has left the index. */
export class AnalysisFailure extends Error {
  constructor(
    readonly uri: string,
    readonly reason: unknown,
  ) {
    super(`Analysis of ${uri} failed: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

/** Index of the first item whose span contains or follows an offset. */
function spanAt<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const hit = items[lo];
  return hit && hit.start <= offset && offset < hit.end ? hit : undefined;
}

export class WorkspaceIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  private readonly byEntity = new Map<string, Set<string>>();
  /** Entity id -> mentions of each type, over every document: an entity's type is asked for by every hover on it. */
  private readonly typeCounts = new Map<string, Map<EntityType, number>>();
  /** Mentions, claims and words of the stored documents (stats). */
  private readonly totals = { mentions: 0, claims: 0, words: 0 };
  /** Comparison key (links.ts) -> documents, in the order they were stored (the order candidates are compared in). */
  private readonly byKey = new Map<string, Ordered>();
  private stored = 0;
  private readonly byUnresolved = new Map<string, Set<string>>();
  /**
   * Word -> documents whose analysis found it part of exactly one person's full name in the workspace (and so may
   * have taken a lone mention of it for that person): a second such person makes the word ambiguous.
   */
  private readonly byPart = new Map<string, Set<string>>();
  /** Entity id -> documents whose claim contexts name it without the document mentioning it. */
  private readonly byContextOnly = new Map<string, Set<string>>();
  private readonly names = new WorkspaceNames();
  private readonly shared = new SharedStrings();
  /** What each document's analysis looked up in the workspace names, to skip analyses names cannot change. */
  private readonly lookups = new Map<string, Lookups>();
  /** What each document states whatever the names: an analysis again for new names starts from it. */
  private readonly readings = new Map<string, DocumentReading>();
  /** Per document, its keys in the inverted maps: filing it again costs one operation per key, not per mention. */
  private readonly filed = new Map<string, FiledUnder>();
  private linkables = new Map<string, LinkableClaim[]>();
  /** Per document, its claims by comparison key (and by the keys of a claim that has several, joined by NUL). */
  private readonly keyed = new Map<string, Map<string, LinkableClaim[]>>();
  private readonly stories = new StoryIndex((id) => this.specificity(id));
  /**
   * Links of the claims of the documents last asked about, by claim index, least recently asked first: all of a
   * large workspace's links would take more memory than everything else together.
   */
  private readonly links: LinkCache;
  private linkChanges: Set<string> | 'all' = new Set();
  /**
   * Of linkChanges, the documents whose links may have changed toward these documents only: an edit that names the
   * same entities leaves every other link of its story as it was (relink).
   */
  private towardOnly = new Map<string, Set<string>>();
  /** Names found by documents set with `settleLater`, not yet propagated (settle). */
  private unsettled: string[] = [];
  /**
   * The tokens read ahead (packTokens) of documents set with `settleLater`, with the text they are of, until settle
   * is done: settling analyses a quarter of the benchmark's 10,000 articles again, and tokenising them again took a
   * seventh of that. Kept off the heap, 12 bytes a word, and only while a workspace is read.
   */
  private readonly tokensAhead = new Map<string, { text: string; tokens: Int32Array }>();
  /** The propagation settle has started and not finished. */
  private settling: Generator<string | undefined, string[]> | undefined;
  /** Documents whose analysis failed while settling, not yet returned by settle. */
  private settleFailures: AnalysisFailure[] = [];
  /** The document being replaced, between unstore and put, with its story neighbours as they were. */
  private leaving: { uri: string; facts: DocumentFacts; near?: string[] } | undefined;

  /**
   * `linkBudget`: links kept at most, all documents together (LINKS_BUDGET unless given); `linksPinned`: documents
   * whose links linksOf keeps beyond it (LINKS_PINNED unless given).
   */
  constructor(options: { linkBudget?: number; linksPinned?: number } = {}) {
    this.links = new LinkCache(options.linkBudget ?? LINKS_BUDGET, options.linksPinned ?? LINKS_PINNED);
  }

  /**
   * Adds or replaces documents. Analyses all of them, then resolves names found across them; with `settleLater`,
   * that waits for settle(). `readings` gives the reading of a text when it was worked out ahead (elsewhere);
   * otherwise it is worked out here.
   */
  setAll(documents: Iterable<{ uri: string; text: string }>, readings?: ReadingSource, options: { settleLater?: boolean } = {}): void {
    const added = options.settleLater ? this.unsettled : [];
    // Documents set together are analysed without noting their lookups (RecordingNames): see `name`.
    for (const d of documents) {
      const ahead = readings?.(d.uri, d.text);
      for (const name of this.store(d.uri, d.text, ahead, false)) added.push(name);
      if (options.settleLater && ahead?.tokens) this.tokensAhead.set(d.uri, { text: d.text, tokens: ahead.tokens });
    }
    if (!options.settleLater) this.propagate(added);
  }

  /**
   * Analyses again the documents in which the names found by documents set with `settleLater` resolve words, until
   * `enough` says to stop (after one document at least). Setting a workspace in batches this way analyses each such
   * document once at the end, where settling after each batch would analyse it again for the names of every later
   * batch. Returns the documents analysed again, and whether every one is done. A document whose analysis fails
   * leaves the index, and is returned among `changed` and `failed` both.
   */
  settle(enough: () => boolean = () => false): { done: boolean; changed: string[]; failed: AnalysisFailure[] } {
    const changed: string[] = [];
    if (!this.settling && this.unsettled.length === 0) return this.settleDone(changed);
    // Documents analysed again in bulk, as within setAll: every link may change, and telling which would cost a
    // story neighbourhood per document.
    this.links.clear();
    this.linkChanges = 'all';
    try {
      for (;;) {
        if (!this.settling) {
          if (this.unsettled.length === 0) return this.settleDone(changed);
          this.settling = this.propagation(this.unsettled, (failure) => this.settleFailures.push(failure));
          this.unsettled = [];
        }
        for (let step = this.settling.next(); !step.done; step = this.settling.next()) {
          if (step.value) changed.push(step.value);
          if (enough()) return { done: false, changed, failed: this.takeSettleFailures() };
        }
        this.settling = undefined;
      }
    } catch (e) {
      // Anything else than one document failing leaves the others of this propagation as they are.
      this.settling = undefined;
      throw e;
    }
  }

  /** What settle returns once every name is settled: the tokens kept for it go. */
  private settleDone(changed: string[]): { done: true; changed: string[]; failed: AnalysisFailure[] } {
    this.tokensAhead.clear();
    return { done: true, changed, failed: this.takeSettleFailures() };
  }

  /** The failures settling noted since they were last taken. */
  private takeSettleFailures(): AnalysisFailure[] {
    const failed = this.settleFailures;
    this.settleFailures = [];
    return failed;
  }

  /** Adds or replaces one document; returns the uris whose facts changed (itself and any it resolved names in). */
  set(uri: string, text: string): string[] {
    const before = this.docs.get(uri)?.facts.discovered ?? [];
    return [uri, ...this.propagate(this.newNames(this.store(uri, text), before))];
  }

  /**
   * Of the names a document's new analysis added to the workspace, those it did not name before as it names them
   * now. A name only this document has leaves the workspace and comes back when the document is set again (an
   * edited figure): the same entry under the same key answers every lookup as before, so no other document can
   * name anything otherwise for it.
   */
  private newNames(added: readonly string[], before: readonly { key: string; entry: LexiconEntry }[]): string[] {
    if (added.length === 0 || before.length === 0) return [...added];
    const had = new Map<string, LexiconEntry>();
    // The first entry of a key is the one the workspace keeps (WorkspaceNames.addDocument).
    for (const d of before) if (!had.has(d.key)) had.set(d.key, d.entry);
    return added.filter((key) => {
      const was = had.get(key);
      const now = this.names.get(key);
      return !(was && now && sameEntry(was, now));
    });
  }

  delete(uri: string): boolean {
    const doc = this.docs.get(uri);
    if (!doc) return false;
    this.unstore(doc);
    this.leave(uri);
    return true;
  }

  rename(from: string, to: string): boolean {
    const doc = this.docs.get(from);
    if (!doc) return false;
    this.delete(from);
    this.set(to, doc.text);
    return true;
  }

  get(uri: string): IndexedDocument | undefined {
    return this.docs.get(uri);
  }

  get uris(): string[] {
    return [...this.docs.keys()];
  }

  documents(): IterableIterator<IndexedDocument> {
    return this.docs.values();
  }

  /** Counts kept as documents are stored and unstored: the server reports them after every change. */
  stats(): IndexStats {
    const { mentions, claims, words } = this.totals;
    return { documents: this.docs.size, entities: this.byEntity.size, mentions, claims, words };
  }

  private count(facts: DocumentFacts, by: 1 | -1): void {
    this.totals.mentions += by * facts.entities.length;
    this.totals.claims += by * facts.claims.length;
    this.totals.words += by * facts.wordCount;
  }

  entityAt(uri: string, offset: number): Mention | undefined {
    const d = this.docs.get(uri);
    return d && spanAt(d.facts.entities, offset);
  }

  claimAt(uri: string, offset: number): { claim: Claim; index: number } | undefined {
    const d = this.docs.get(uri);
    const claim = d && spanAt(d.facts.claims, offset);
    return claim && { claim, index: d!.facts.claims.indexOf(claim) };
  }

  /** Every mention of an entity, document by document. */
  mentionsOf(id: string): MentionRef[] {
    const out: MentionRef[] = [];
    for (const uri of this.byEntity.get(id) ?? []) for (const mention of this.mentionsIn(uri, id)) out.push({ uri, mention });
    return out;
  }

  /** Documents that mention an entity. */
  documentsMentioning(id: string): ReadonlySet<string> {
    return this.byEntity.get(id) ?? new Set();
  }

  /** All entity ids with the documents that mention them. */
  entityIds(): IterableIterator<string> {
    return this.byEntity.keys();
  }

  /** The type most mentions of an entity have; at equal counts, the first of TYPE_ORDER. */
  typeOf(id: string): EntityType | undefined {
    const counts = this.typeCounts.get(id);
    let top: EntityType | undefined;
    for (const t of TYPE_ORDER) if (counts?.get(t) && (!top || counts.get(t)! > counts.get(top)!)) top = t;
    return top;
  }

  /** The mentions of an entity in one document, in order. */
  mentionsIn(uri: string, id: string): Mention[] {
    return this.docs.get(uri)?.facts.entities.filter((m) => m.id === id) ?? [];
  }

  private countTypes(facts: DocumentFacts, by: 1 | -1): void {
    for (const m of facts.entities) {
      let counts = this.typeCounts.get(m.id);
      if (!counts) this.typeCounts.set(m.id, (counts = new Map()));
      const n = (counts.get(m.type) ?? 0) + by;
      if (n > 0) counts.set(m.type, n);
      else counts.delete(m.type);
      if (counts.size === 0) this.typeCounts.delete(m.id);
    }
  }

  /**
   * Claims in other documents that state the same quantity as claim `index` of `uri`, with their relation. Only
   * documents of the same story can state the same quantity, so the candidates are the document's story
   * neighbours that have figures under one of the claim's comparison keys (links.ts), taken in the order those
   * documents were stored, as a scan of all of them would meet them. Worked out per claim: a hover asks for one claim of a document that may have many.
   * The document's links are kept beyond the bounds (LINKS_PINNED).
   */
  linksOf(uri: string, index: number): ClaimLink[] {
    return this.claimLinks(uri, index, undefined, true);
  }

  /** The links of every claim of a document, by claim index. */
  documentLinks(uri: string): ClaimLink[][] {
    const memo = newMemo();
    return this.linkablesOf(uri).map((_, i) => this.claimLinks(uri, i, memo));
  }

  /**
   * Works out the links of a document's claims not yet known, claim by claim, until `enough` says to stop (after
   * one claim at least); true when all are known. Lets a caller spread a document with many figures in a large
   * story over several turns.
   */
  prepareLinks(uri: string, enough: () => boolean): boolean {
    const memo = newMemo();
    const count = this.linkablesOf(uri).length;
    let worked = false;
    for (let i = 0; i < count; i++) {
      if (this.links.get(uri)?.claims[i]) continue;
      if (worked && enough()) return false;
      this.claimLinks(uri, i, memo);
      worked = true;
    }
    return true;
  }

  /**
   * linksOf, with what the claims of one document have in common kept in `memo` while they are worked out
   * together (nothing can change the workspace meanwhile).
   */
  private claimLinks(uri: string, index: number, memo?: LinkMemo, pin = false): ClaimLink[] {
    const own = this.linkablesOf(uri)[index];
    if (!own) return [];
    const kept = this.links.touch(uri, pin);
    if (kept.stale.size) this.relink(uri, kept);
    const known = kept.claims[index];
    if (known) return known;
    const keys = comparisonKeys(own.claim);
    // Claims of one document share the groups of their keys but the value key, which few share (withValue).
    const { value, rest } = splitValueKey(keys);
    const together = rest.join('\u0000');
    let groups = memo?.candidates.get(together);
    if (!groups) {
      // Documents of the story that have figures under one of the claim's keys, first stored first (a document's
      // keys are all filed at the position it was stored at).
      const first = new Map<string, number>();
      for (const d of this.stories.neighbours(uri)?.keys() ?? []) {
        for (const k of rest) {
          const at = this.byKey.get(k)?.get(d);
          if (at !== undefined) {
            first.set(d, at);
            break;
          }
        }
      }
      const docs = [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)!);
      groups = docs.map((d) => ({ doc: d, at: first.get(d)!, claims: this.candidatesFor(d, rest) })).filter((g) => g.claims.length > 0);
      memo?.candidates.set(together, groups);
    }
    if (value !== undefined) groups = this.withValue(uri, groups, keys, value);
    const candidates = groups.map((g) => g.claims);
    const links = candidates.length === 0 ? [] : this.linksAmong(own, candidates, memo?.backs);
    this.links.set(kept, index, links);
    for (const l of links) kept.targets.add(l.b.doc);
    return links;
  }

  /**
   * `groups` (found under a claim's keys but its value key) with the figures of the claim's value added: the groups
   * of documents of the story with such a figure found under no other key, in stored order. The same groups when
   * there are none, as for most claims.
   */
  private withValue(uri: string, groups: readonly CandidateGroup[], keys: readonly string[], value: string): readonly CandidateGroup[] {
    const holders = this.byKey.get(value);
    if (!holders) return groups;
    const neighbours = this.stories.neighbours(uri);
    let out: CandidateGroup[] | undefined;
    for (const [d, at] of holders) {
      if (d === uri || !neighbours?.has(d)) continue;
      const claims = this.candidatesFor(d, keys);
      const i = (out ?? groups).findIndex((g) => g.doc === d);
      if (i >= 0 && (out ?? groups)[i]!.claims === claims) continue;
      out ??= [...groups];
      if (i >= 0) out[i] = { doc: d, at, claims };
      else {
        const before = out.findIndex((g) => g.at > at);
        out.splice(before < 0 ? out.length : before, 0, { doc: d, at, claims });
      }
    }
    return out ?? groups;
  }

  /** A claim's links among some candidates (links.ts), with this index's candidates, weights and similarity. */
  private linksAmong(own: LinkableClaim, groups: readonly (readonly LinkableClaim[])[], backs?: BackMatches): ClaimLink[] {
    return linksOf(own, groups, (doc, of) => this.candidatesIn(doc, of), this.weight, this.similarity, backs, acceptanceThreshold(this.docs.size));
  }

  /** What links.ts compares a document's claims with: its claims, the rarity of entities and story similarity. */
  comparison(uri: string): { claims: readonly LinkableClaim[]; weight: Specificity; similarity: StorySimilarity } {
    return { claims: this.linkablesOf(uri), weight: this.weight, similarity: this.similarity };
  }

  private readonly weight = (id: string): number => this.stories.weightOf(id);
  private readonly similarity = (a: LinkableClaim, b: LinkableClaim): number => this.stories.similarity(a.doc, b.doc);

  /** Forgets the links of a document, and notes that they may change. */
  private dropLinks(uri: string): void {
    this.links.delete(uri);
    if (this.linkChanges !== 'all') noteLinkChange(this.linkChanges, this.towardOnly, uri);
  }

  /** Documents whose links may have changed since the last call; 'all' when any may have. */
  takeLinkChanges(): ReadonlySet<string> | 'all' {
    return this.takeLinkChangeDetail().links;
  }

  /**
   * takeLinkChanges, with `toward`: those of the documents whose links may have changed toward some documents only
   * (each document's links to others stand).
   */
  takeLinkChangeDetail(): { links: ReadonlySet<string> | 'all'; toward: ReadonlyMap<string, ReadonlySet<string>> } {
    const links = this.linkChanges;
    const toward = links === 'all' ? new Map<string, Set<string>>() : this.towardOnly;
    this.linkChanges = new Set();
    this.towardOnly = new Map();
    return { links, toward };
  }

  /**
   * The links of a document's claims to the claims of one other document of its story, worked out afresh: where only
   * `other` changed, naming the same entities, these are all of the document's links that can have changed.
   */
  linksToward(uri: string, other: string): ClaimLink[] {
    if (uri === other || !this.docs.has(other) || !this.stories.neighbours(uri)?.has(other)) return [];
    return this.linkablesOf(uri).flatMap((own) => this.claimLinksToward(own, other));
  }

  /** A claim's links to the claims of one other document. */
  private claimLinksToward(own: LinkableClaim, other: string): ClaimLink[] {
    const candidates = this.candidatesIn(other, own);
    return candidates.length ? this.linksAmong(own, [candidates]) : [];
  }

  /** Every link in the workspace, each pair once. */
  allLinks(): ClaimLink[] {
    const out: ClaimLink[] = [];
    for (const uri of [...this.docs.keys()].sort()) {
      this.linkablesOf(uri).forEach((_, i) => {
        for (const l of this.linksOf(uri, i)) if (l.a.doc < l.b.doc) out.push(l);
      });
    }
    return out;
  }

  /** Inverse document frequency of an entity: shared rare entities say more than shared common ones. */
  private readonly specificity = (id: string): number => Math.log(1 + this.docs.size / Math.max(1, this.byEntity.get(id)?.size ?? 0));

  /** The claims of a document that share a comparison key with a claim, in their order. */
  private candidatesIn(uri: string, of: LinkableClaim): readonly LinkableClaim[] {
    return this.candidatesFor(uri, comparisonKeys(of.claim));
  }

  /**
   * The claims of a document filed under some of `keys`, in their order. A value key adds its claims only where
   * the others do not find them all, so that most claims share the list of their other keys.
   */
  private candidatesFor(uri: string, keys: readonly string[]): readonly LinkableClaim[] {
    let byKey = this.keyed.get(uri);
    if (!byKey) {
      byKey = new Map();
      for (const c of this.linkablesOf(uri)) {
        for (const k of filedKeys(c.claim)) {
          const list = byKey.get(k) ?? [];
          byKey.set(k, list);
          list.push(c);
        }
      }
      // Kept for the documents linked most recently (a story's documents at most are read together).
      if (this.keyed.size >= KEYED_KEPT) this.keyed.delete(this.keyed.keys().next().value!);
      this.keyed.set(uri, byKey);
    }
    const { value, rest } = splitValueKey(keys);
    const found = merged(byKey, rest);
    if (value === undefined) return found;
    const extra = byKey.get(value);
    return !extra || extra.every((c) => found.includes(c)) ? found : merged(byKey, keys);
  }

  private linkablesOf(uri: string): LinkableClaim[] {
    let list = this.linkables.get(uri);
    if (list) return list;
    const d = this.docs.get(uri);
    if (!d) return [];
    // The set the story index holds: one copy per document.
    const documentEntities = this.stories.entitiesOf(uri) ?? idSet(d.facts, false);
    const documentEvents = d.facts.events;
    const documentEventsNamed = d.facts.eventsNamed;
    const length = Math.max(1, d.text.length);
    const families = new Map<string, number>();
    for (const c of d.facts.claims) families.set(family(c), (families.get(family(c)) ?? 0) + 1);
    const figures = documentFigures(d.facts.claims);
    list = d.facts.claims.map((claim, index) => ({
      doc: uri, index, claim, context: d.facts.claimContexts[index]!, documentEntities, documentEvents, documentEventsNamed, documentFigures: figures,
      position: claim.start / length, familySize: families.get(family(claim))!, nearby: nearbyFigures(d.facts.claims, claim),
    }));
    this.linkables.set(uri, list);
    return list;
  }

  /** Analyses and stores a document; returns the names it adds to the workspace. */
  private store(uri: string, text: string, ahead?: ReadAhead, noteLookups = true): string[] {
    const old = this.docs.get(uri);
    if (old) this.unstore(old);
    try {
      return this.analyse(uri, text, ahead?.reading, undefined, ahead?.tokens, noteLookups);
    } catch (e) {
      // Unstored and not stored again: it leaves the index rather than stay with facts no map holds.
      if (old) this.leave(uri);
      throw e;
    }
  }

  /** Takes out of the index a document already unstored. */
  private leave(uri: string): void {
    this.docs.delete(uri);
    this.noteChange(uri, undefined);
  }

  /**
   * Analyses a document that is not stored, and stores it; returns the names it adds to the workspace. Given the
   * reading of the same text, only what names decide is worked out again.
   */
  private analyse(uri: string, text: string, reading?: DocumentReading, before?: DocumentFacts, packedTokens?: Int32Array, noteLookups = true): string[] {
    const named = this.name(text, reading, before, packedTokens, noteLookups);
    return this.put(uri, text, named.facts, named.reading, named.lookups);
  }

  /**
   * The facts of a text with the names of the workspace, and the lookups they took. Facts the same as `before`
   * (of the same reading) are `before` itself. Lookups are noted (`noteLookups`) for a document analysed alone or
   * again, not for documents set together (setAll). Noted, they spared one analysis in sixteen of those settling
   * asks for on the benchmark's 10,000 articles (198 of 3,118), and took more than all the analyses spared: left
   * unnoted there, indexing took 13.40 s against 14.70 s (medians of five runs in turn), 1.1 s less processor time
   * on the indexing thread and 55 MB less memory at the peak. A document whose lookups were not noted is analysed
   * again the first time names change for it (restore), and noted from then on.
   */
  private name(text: string, reading?: DocumentReading, before?: DocumentFacts, packedTokens?: Int32Array, noteLookups = true): { facts: DocumentFacts; reading: DocumentReading; lookups: Lookups } {
    const names = new RecordingNames(this.names, noteLookups);
    const tokens = packedTokens ? unpackTokens(text, packedTokens) : tokenize(text);
    reading ??= readDocument(text, tokens);
    const facts = nameEntities(text, tokens, reading, names);
    // Facts of the same reading share its claims, language and kinds of event: the rest is compared.
    const kept = before && before.claims === facts.claims && sameNamedFacts(before, facts) ? before : facts;
    return { facts: kept, reading, lookups: names.lookups() };
  }

  /** Stores the facts of a document that is not stored; returns the names it adds to the workspace. */
  private put(uri: string, text: string, facts: DocumentFacts, reading: DocumentReading, lookups: Lookups): string[] {
    this.shared.facts(facts);
    this.docs.set(uri, { uri, text, facts });
    this.count(facts, 1);
    this.setLookups(uri, lookups);
    this.readings.set(uri, reading);
    const filed = filedUnder(facts);
    this.filed.set(uri, filed);
    this.file(uri, filed);
    this.countTypes(facts, 1);
    this.stories.set(uri, idSet(facts, false));
    this.noteChange(uri, facts);
    return this.names.addDocument(uri, facts.discovered);
  }

  /**
   * Drops the links a document's change can alter. When every entity keeps its weight (the document names the
   * same entities as before), only its own links, those that led to it, and those of the documents of its story
   * can change; otherwise every similarity moves and every link is dropped.
   */
  private noteChange(uri: string, facts: DocumentFacts | undefined): void {
    const left = this.leaving?.uri === uri ? this.leaving : undefined;
    this.leaving = undefined;
    if (!left || !facts) {
      // A document came or went: every entity weighs differently.
      this.stories.reweigh();
      this.links.clear();
      this.linkChanges = 'all';
      return;
    }
    if (!sameEntities(left.facts, facts)) {
      // Entities it names or no longer names weigh differently now (the document count is the same): only the
      // totals that include those entities are worked out again, and only the links that weigh them can change.
      const before = idSet(left.facts, true);
      const after = idSet(facts, true);
      const changed = [...[...before].filter((e) => !after.has(e)), ...[...after].filter((e) => !before.has(e))];
      this.stories.reweighSome(changed, uri);
      const touched = this.linkChanges === 'all' || !left.near ? undefined : this.reweighed(uri, changed, before, after, left.near);
      if (touched) for (const d of touched) this.dropLinks(d);
      else {
        this.links.clear();
        this.linkChanges = 'all';
      }
      return;
    }
    if (this.linkChanges === 'all' || !left.near) {
      // Every link is to be told changed already (while a workspace is read): nothing to tell apart.
      this.stories.forget(uri);
      this.links.clear();
      this.linkChanges = 'all';
      return;
    }
    const touched = new Set([uri, ...left.near, ...this.stories.refresh(uri)]);
    this.dropLinks(uri);
    for (const d of touched) {
      if (d === uri) continue;
      // Only its links toward the edited document can change, unless another change may have changed them all.
      noteLinkChange(this.linkChanges, this.towardOnly, d, [uri]);
      // Its links to the edited document are worked out again when next read: an edit in a large story touches
      // hundreds of documents, and most are read only by the diagnostics that follow.
      const stale = this.links.get(d)?.stale;
      stale?.delete(uri);
      stale?.add(uri);
    }
  }

  /**
   * The kept links of document `uri` after the documents in `kept.stale` were set again naming the same entities:
   * every weight and every other similarity stands, so each claim's links to other documents stand, and only its
   * links to those documents are worked out again. Each was stored after the others, in the order it was set, so
   * its links, if any, come last, as a claim's links follow the order documents were stored in.
   */
  private relink(uri: string, kept: KeptLinks): void {
    const own = this.linkablesOf(uri);
    for (const changed of kept.stale) {
      kept.claims.forEach((links, i) => {
        if (!links) return;
        const toward = this.claimLinksToward(own[i]!, changed);
        if (toward.length === 0 && !links.some((l) => l.b.doc === changed)) return;
        const relinked = [...links.filter((l) => l.b.doc !== changed), ...toward];
        this.links.set(kept, i, relinked);
        if (relinked.some((l) => l.b.doc === changed)) kept.targets.add(changed);
      });
    }
    kept.stale.clear();
  }

  /**
   * The documents whose links can change when `changed` entities change weight because document `uri` (whose
   * story neighbours were `near`) named them before or names them now; undefined when too many documents hold them
   * to tell. A link weighs entities of its two documents (story similarity) and of its claims' sentences, and a
   * document's links reach only documents of its story: the holders of a changed entity, and the documents near
   * one under the weights before or after, are all that can change. Near under either is found with the smaller
   * of the holder's two totals, the other documents' totals and shared weights being the same under both.
   */
  private reweighed(uri: string, changed: readonly string[], before: ReadonlySet<string>, after: ReadonlySet<string>, near: readonly string[]): Set<string> | undefined {
    // Only entities of story sets (not dates) and of claim contexts are weighed.
    const holders = new Set([uri]);
    for (const e of changed) {
      for (const d of this.stories.documentsNaming(e)) holders.add(d);
      for (const d of this.byContextOnly.get(e) ?? []) holders.add(d);
    }
    if (holders.size > REWEIGHED_HOLDERS) return undefined;
    const moved = new Set(changed);
    const documents = this.docs.size;
    // As specificity, with the document counts before the change.
    const weightBefore = (id: string): number => {
      if (!moved.has(id)) return this.weight(id);
      const count = (this.byEntity.get(id)?.size ?? 0) + (before.has(id) ? 1 : 0) - (after.has(id) ? 1 : 0);
      return Math.log(1 + documents / Math.max(1, count));
    };
    const touched = new Set([...holders, ...near]);
    for (const d of holders) for (const n of this.stories.reach(d, weightBefore)) touched.add(n);
    return touched;
  }

  private unstore(doc: IndexedDocument, namesRemoved = false): void {
    // The documents its links may change with: those of its story (a superset of those linked to it).
    const near = this.linkChanges === 'all' ? undefined : [...(this.stories.neighbours(doc.uri)?.keys() ?? [])];
    this.leaving = { uri: doc.uri, facts: doc.facts, near };
    this.dropLinks(doc.uri);
    this.stories.delete(doc.uri);
    this.unfile(doc.uri, this.filed.get(doc.uri)!);
    this.countTypes(doc.facts, -1);
    this.count(doc.facts, -1);
    this.filed.delete(doc.uri);
    if (!namesRemoved) this.names.removeDocument(doc.uri, doc.facts.discovered);
    this.linkables.delete(doc.uri);
    this.keyed.delete(doc.uri);
    for (const w of this.lookups.get(doc.uri)?.parts ?? []) removeFrom(this.byPart, w, doc.uri);
    this.lookups.delete(doc.uri);
    this.readings.delete(doc.uri);
  }

  /**
   * Analyses a document again because names changed; returns the names it adds, as store does. When every name
   * lookup of its last analysis still answers the same (its own names left out, as store leaves them out), the
   * analysis would give the same facts: the document keeps them, and only moves to the end of every inverted map,
   * as storing it again would, so that everything downstream sees the same order. In a large workspace a common
   * word ("Residents") that starts many discovered names would otherwise have every document that has it analysed
   * again for each of them.
   */
  private restore(uri: string): { added: string[]; analysed: boolean } {
    const doc = this.docs.get(uri)!;
    const lookups = this.lookups.get(uri);
    this.names.removeDocument(uri, doc.facts.discovered);
    if (lookups?.sameIn(this.names)) {
      this.requeue(doc);
      // Its names come back as they were: nothing new to the other documents (newNames).
      this.names.addDocument(uri, doc.facts.discovered);
      return { added: [], analysed: false };
    }
    let named: ReturnType<WorkspaceIndex['name']>;
    try {
      const ahead = this.tokensAhead.get(uri);
      named = this.name(doc.text, this.readings.get(uri), doc.facts, ahead?.text === doc.text ? ahead.tokens : undefined);
    } catch (e) {
      // It leaves the index whole, as a document whose first analysis fails does.
      this.unstore(doc, true);
      this.leave(uri);
      throw new AnalysisFailure(uri, e);
    }
    if (named.facts === doc.facts) {
      // Asked again, the names answered otherwise and the facts came out the same (a name another document found
      // is the one this document finds itself, for one): stored again they would be filed as they are, so they
      // only move to the end of every inverted map, with the lookups of this analysis. Its facts did not change,
      // as when every lookup answers the same, above.
      this.requeue(doc);
      this.setLookups(uri, named.lookups);
      this.names.addDocument(uri, doc.facts.discovered);
      return { added: [], analysed: false };
    }
    this.unstore(doc, true);
    return { added: this.newNames(this.put(uri, doc.text, named.facts, named.reading, named.lookups), doc.facts.discovered), analysed: true };
  }

  /** The lookups of a document's last analysis, and the words that named one person in them. */
  private setLookups(uri: string, lookups: Lookups): void {
    for (const w of this.lookups.get(uri)?.parts ?? []) removeFrom(this.byPart, w, uri);
    this.lookups.set(uri, lookups);
    for (const w of lookups.parts) addTo(this.byPart, w, uri);
  }

  /** Moves a document to the end of every inverted map it is in, as unstore then put would, its facts kept. */
  private requeue(doc: IndexedDocument): void {
    const { uri } = doc;
    const filed = this.filed.get(uri)!;
    this.unfile(uri, filed);
    this.file(uri, filed);
    // Its own links stay; kept links that lead to it meet it later among their candidates now.
    for (const [d, kept] of this.links) if (kept.targets.has(uri) || kept.stale.has(uri)) this.dropLinks(d);
  }

  /** Files a document at the end of the inverted maps under its keys. */
  private file(uri: string, filed: FiledUnder): void {
    for (const id of filed.entities) addTo(this.byEntity, id, uri);
    const at = this.stored++;
    for (const k of filed.keys) addOrdered(this.byKey, k, uri, at);
    for (const k of filed.unresolved) addTo(this.byUnresolved, k, uri);
    for (const id of filed.contextOnly) addTo(this.byContextOnly, id, uri);
  }

  private unfile(uri: string, filed: FiledUnder): void {
    for (const id of filed.entities) removeFrom(this.byEntity, id, uri);
    for (const k of filed.keys) removeOrdered(this.byKey, k, uri);
    for (const k of filed.unresolved) removeFrom(this.byUnresolved, k, uri);
    for (const id of filed.contextOnly) removeFrom(this.byContextOnly, id, uri);
  }

  /** Re-analyses the documents in which newly found names resolve words left unresolved; returns their uris. */
  private propagate(newNames: readonly string[]): string[] {
    const steps = this.propagation(newNames);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * propagate, one document per step (its uri if it was analysed again), so that a caller can spread it over several
   * turns. A document deleted meanwhile is passed over. Given `failed`, a document whose analysis fails (it has
   * left the index) is told to it rather than thrown.
   */
  private *propagation(newNames: readonly string[], failed?: (failure: AnalysisFailure) => void): Generator<string | undefined, string[]> {
    const touched = new Set<string>();
    let pending = newNames;
    // Names found while re-analysing may resolve more words; two rounds reach what one name can reach.
    for (let round = 0; round < 2 && pending.length; round++) {
      const redo = new Set<string>();
      for (const key of pending) {
        const own = this.names.documentsWith(key);
        const words = key.split(' ');
        // A full name also resolves its lone first or last word ("Kim Jong Un" resolves "Kim"), or makes it
        // ambiguous where a document took it for another person of that name.
        const parts = this.names.get(key)?.type === 'person' && words.length > 1 ? [words[0]!, words[words.length - 1]!] : [];
        for (const k of [key, ...parts]) for (const uri of this.byUnresolved.get(k) ?? []) if (!own.has(uri)) redo.add(uri);
        for (const k of parts) for (const uri of this.byPart.get(k) ?? []) if (!own.has(uri)) redo.add(uri);
      }
      const next: string[] = [];
      for (const uri of redo) {
        if (!this.docs.has(uri)) continue;
        let restored: { added: string[]; analysed: boolean };
        try {
          restored = this.restore(uri);
        } catch (e) {
          // With `failed`, a document that fails is told to it and the others go on.
          if (!failed || !(e instanceof AnalysisFailure)) throw e;
          failed(e);
          yield uri;
          continue;
        }
        next.push(...restored.added);
        if (restored.analysed) touched.add(uri);
        yield restored.analysed ? uri : undefined;
      }
      pending = next;
    }
    return [...touched];
  }
}
