/**
 * Which documents tell the same story, without comparing every pair: the same-story similarity of links.ts
 * (`documentSimilarity`, rarity-weighted entity overlap) computed from an inverted map (entity -> documents) for
 * one document against all others at once, and kept per document until the weights or the document change.
 * Figures are compared only between documents of the same story, so a claim's candidates are its document's
 * neighbours here rather than every document that counts the same concept.
 *
 * The sums are made in the same order as documentSimilarity makes them (the first document's entities in their
 * order, then the totals), so the similarities are the same numbers to the last bit.
 */
import { SAME_STORY, type Specificity } from './links';

/** Similarities this close below the threshold count as neighbours when deciding what an edit can touch. */
const SLACK = 1e-9;
/** Documents whose neighbours are kept at most, the first worked out going first. */
const NEAR_KEPT = 2048;

export class StoryIndex {
  private readonly numbers = new Map<string, number>();
  private readonly uris: (string | undefined)[] = [];
  private readonly entities: (ReadonlySet<string> | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly documentsWith = new Map<string, Set<number>>();
  /** Sum of a document's entity weights (NaN until computed under the current weights). */
  private totals = new Float64Array(0);
  /** Per document: the documents whose similarity from it reaches the threshold, less SLACK, with the similarity. */
  private readonly near = new Map<number, Map<string, number>>();
  private readonly weights = new Map<string, number>();
  private common = new Float64Array(0);
  /** Weights changed since the caches were filled: they are emptied before the next read. */
  private stale = false;
  /**
   * The pair last asked about and its similarity, until anything changes: a claim's best match back is sought
   * among the figures of one document, each asking for the similarity of the same two documents.
   */
  private last = { n: -1, m: -1, sim: 0 };
  /** The entities of the document deleted last, until the next set: to tell whether it comes back unchanged. */
  private departed: { uri: string; entities: ReadonlySet<string> } | undefined;
  /**
   * A document set again with the same entities in the same order, nothing else changed since: every similarity
   * to it is the same number as before (refresh).
   */
  private unchanged: string | undefined;

  constructor(private readonly weight: Specificity) {}

  /** Adds or replaces a document's distinct entities (not dates), in the order documentSimilarity reads them. */
  set(uri: string, entities: ReadonlySet<string>): void {
    this.delete(uri);
    const before = this.departed?.uri === uri ? this.departed.entities : undefined;
    this.departed = undefined;
    this.unchanged = before && sameOrder(before, entities) ? uri : undefined;
    const n = this.free.pop() ?? this.uris.length;
    this.numbers.set(uri, n);
    this.uris[n] = uri;
    this.entities[n] = entities;
    for (const e of entities) {
      let docs = this.documentsWith.get(e);
      if (!docs) this.documentsWith.set(e, (docs = new Set()));
      docs.add(n);
    }
    if (this.totals.length < this.uris.length) {
      const grown = new Float64Array(Math.max(16, this.uris.length * 2)).fill(NaN);
      grown.set(this.totals);
      this.totals = grown;
      this.common = new Float64Array(grown.length);
    }
    this.totals[n] = NaN;
    this.last.n = -1;
  }

  delete(uri: string): void {
    this.unchanged = undefined;
    const n = this.numbers.get(uri);
    if (n === undefined) return;
    this.last.n = -1;
    this.departed = { uri, entities: this.entities[n]! };
    for (const e of this.entities[n]!) {
      const docs = this.documentsWith.get(e)!;
      docs.delete(n);
      if (docs.size === 0) this.documentsWith.delete(e);
    }
    this.numbers.delete(uri);
    this.uris[n] = undefined;
    this.entities[n] = undefined;
    this.near.delete(n);
    this.free.push(n);
  }

  /** The distinct entities (not dates) a document was set with. */
  entitiesOf(uri: string): ReadonlySet<string> | undefined {
    const n = this.numbers.get(uri);
    return n === undefined ? undefined : this.entities[n];
  }

  /** Documents whose entities (those similarity weighs) include `id`. */
  documentsNaming(id: string): string[] {
    return [...(this.documentsWith.get(id) ?? [])].map((n) => this.uris[n]!);
  }

  /** Entity weights changed (a document came or went, or one names other entities): every similarity is stale. */
  reweigh(): void {
    this.unchanged = undefined;
    this.stale = true;
    this.last.n = -1;
  }

  /**
   * Some entities changed weight (a document names others than before, the document count the same): the totals
   * that include them, and every kept neighbourhood, are stale; other totals and weights stand.
   */
  reweighSome(entities: Iterable<string>, also: string): void {
    this.unchanged = undefined;
    if (this.stale) return;
    this.last.n = -1;
    const docs = new Set<number>();
    const n = this.numbers.get(also);
    if (n !== undefined) docs.add(n);
    for (const e of entities) {
      this.weights.delete(e);
      for (const d of this.documentsWith.get(e) ?? []) docs.add(d);
    }
    for (const d of docs) this.totals[d] = NaN;
    this.near.clear();
  }

  /**
   * A document was set again naming the same entities (maybe in another order) and the weights stand: what is
   * kept about its similarities is dropped. Orders change sums by rounding only, so a document it was not a
   * neighbour of (by more than SLACK) does not become one.
   */
  forget(uri: string): void {
    this.unchanged = undefined;
    if (this.stale) return;
    const n = this.numbers.get(uri);
    for (const [m, near] of this.near) if (m === n || near.has(uri)) this.near.delete(m);
  }

  private fresh(): void {
    if (!this.stale) return;
    this.totals.fill(NaN);
    this.near.clear();
    this.weights.clear();
    this.stale = false;
    this.last.n = -1;
  }

  /**
   * A document was set again under the same weights (it names the same entities, maybe in another order): its
   * similarities to others are computed anew, and those of others to it are corrected where kept. Returns the
   * documents whose similarity to it reaches the threshold (or a little below), now or as it was kept.
   *
   * A document that keeps it as a neighbour is one it reaches too, a little further down: the two similarities sum
   * the same weights (the same entities, before and after) in two orders, which differ by rounding, far less than
   * SLACK. So only those are looked at, not every kept neighbourhood: going through 2,048 of them took 2 to 5 ms.
   * When it names the same entities in the same order as before (an edited figure), a similarity to it sums the
   * same weights in the same order, and its total is the same sum: the kept ones stand, and only the documents
   * are gathered.
   */
  refresh(uri: string): Set<string> {
    this.fresh();
    const same = this.unchanged === uri;
    this.unchanged = undefined;
    const n = this.numbers.get(uri)!;
    const reach = this.within(n, Infinity, SAME_STORY - 2 * SLACK);
    const own = new Map([...reach].filter(([, sim]) => sim >= SAME_STORY - SLACK));
    this.near.delete(n);
    this.keep(n, own);
    const touched = new Set(own.keys());
    for (const b of reach.keys()) {
      const m = this.numbers.get(b)!;
      const near = this.near.get(m);
      if (!near || !(near.has(uri) || touched.has(b))) continue;
      touched.add(b);
      if (same) continue;
      const sim = this.pair(m, n);
      if (sim >= SAME_STORY - SLACK) near.set(uri, sim);
      else near.delete(uri);
    }
    return touched;
  }

  /** documentSimilarity(n's entities, m's), summed in n's order. */
  private pair(n: number, m: number): number {
    const other = this.entities[m]!;
    let common = 0;
    let wn = 0;
    for (const e of this.entities[n]!) {
      const w = this.weightOf(e);
      wn += w;
      if (other.has(e)) common += w;
    }
    const least = Math.min(wn, this.total(m));
    return least > 0 ? common / least : 0;
  }

  /** The weight of an entity under the current weights. */
  weightOf(id: string): number {
    this.fresh();
    let w = this.weights.get(id);
    if (w === undefined) this.weights.set(id, (w = this.weight(id)));
    return w;
  }

  /**
   * Same-story similarity from document `a` to document `b`, exactly documentSimilarity(a's entities, b's):
   * below the threshold it may answer 0, which compares the same.
   */
  similarity(a: string, b: string): number {
    this.fresh();
    const n = this.numbers.get(a);
    const m = this.numbers.get(b);
    if (n === undefined || m === undefined) return 0;
    if (this.last.n === n && this.last.m === m) return this.last.sim;
    // From a document's kept neighbours when it has them; one pair costs less than all of them otherwise.
    const near = this.near.get(n);
    const sim = near ? (near.get(b) ?? 0) : this.pair(n, m);
    this.last.n = n;
    this.last.m = m;
    this.last.sim = sim >= SAME_STORY ? sim : 0;
    return this.last.sim;
  }

  /** Documents whose similarity from `uri` reaches the threshold (and a little below), with the similarity. */
  neighbours(uri: string): ReadonlyMap<string, number> | undefined {
    this.fresh();
    const a = this.numbers.get(uri);
    if (a === undefined) return undefined;
    let near = this.near.get(a);
    if (near) return near;
    near = this.within(a);
    this.keep(a, near);
    return near;
  }

  /** Keeps a document's neighbours (it has none kept), the oldest kept going when there are NEAR_KEPT. */
  private keep(a: number, near: Map<string, number>): void {
    if (this.near.size >= NEAR_KEPT) this.near.delete(this.near.keys().next().value!);
    this.near.set(a, near);
  }

  /**
   * The documents that were or are neighbours of `uri`, when some of its entities weighed `before` what they weigh
   * now, and the other documents' totals are as they were (none of them names those entities): its total under
   * either weights, the smaller, reaches every document that either reaches.
   */
  reach(uri: string, before: Specificity): string[] {
    this.fresh();
    const a = this.numbers.get(uri);
    if (a === undefined) return [];
    let total = 0;
    for (const e of this.entities[a]!) total += before(e);
    return [...this.within(a, total).keys()];
  }

  /** neighbours, worked out (down to `floor`); the document's own total is at most `most` when given. */
  private within(a: number, most = Infinity, floor = SAME_STORY - SLACK): Map<string, number> {
    const near = new Map<string, number>();
    const common = this.common;
    const touched: number[] = [];
    let wa = 0;
    for (const e of this.entities[a]!) {
      const w = this.weightOf(e);
      wa += w;
      for (const b of this.documentsWith.get(e)!) {
        if (b === a) continue;
        if (common[b] === 0) touched.push(b);
        common[b] += w;
      }
    }
    wa = Math.min(wa, most);
    for (const b of touched) {
      const least = Math.min(wa, this.total(b));
      const sim = least > 0 ? common[b]! / least : 0;
      common[b] = 0;
      if (sim >= floor) near.set(this.uris[b]!, sim);
    }
    return near;
  }

  private total(n: number): number {
    let t = this.totals[n]!;
    if (Number.isNaN(t)) {
      t = 0;
      for (const e of this.entities[n]!) t += this.weightOf(e);
      this.totals[n] = t;
    }
    return t;
  }
}

/** Two sets with the same members in the same order. */
function sameOrder(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  const other = b.values();
  for (const e of a) if (other.next().value !== e) return false;
  return true;
}
