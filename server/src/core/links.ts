/**
 * Which claims in two documents state the same quantity: the same concept, the same kind and unit, both totals
 * or both increments, in documents about the same story (their entities overlap, weighted by rarity), with no
 * contradicting years; a shared entity or nationality in the two sentences makes the match stronger. Between two
 * documents each claim links to at most one claim, its mutual best match; the value only breaks ties, so figures
 * are never linked for being close: closeness only chooses among figures that passed every other test.
 */
import type { ClaimContext } from './analyze';
import { relate } from './relations';
import type { Claim, Relation } from './types';

export interface LinkableClaim {
  doc: string;
  index: number;
  claim: Claim;
  context: ClaimContext;
  /** Distinct entity ids (not dates) of the claim's document. */
  documentEntities: ReadonlySet<string>;
  /** Kinds of event the claim's document is about. */
  documentEvents: readonly string[];
}

/** How telling it is that two texts share an entity: rare entities tell more (inverse document frequency). */
export type Specificity = (id: string) => number;

/**
 * Same-story similarity of the documents of two claims, as documentSimilarity computes it; a workspace index
 * answers it from what it keeps (stories.ts). Below SAME_STORY any value below SAME_STORY compares the same.
 */
export type StorySimilarity = (a: LinkableClaim, b: LinkableClaim) => number;

/** Share of the smaller document's entity weight that the two documents have in common (0..1). */
export function documentSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: Specificity): number {
  let common = 0;
  let wa = 0;
  let wb = 0;
  for (const e of a) {
    const w = weight(e);
    wa += w;
    if (b.has(e)) common += w;
  }
  for (const e of b) wb += weight(e);
  const least = Math.min(wa, wb);
  return least > 0 ? common / least : 0;
}

/** Below this, two documents are about different stories and their figures are never compared. */
export const SAME_STORY = 0.12;

export interface ClaimLink {
  a: LinkableClaim;
  b: LinkableClaim;
  relation: Relation;
  score: number;
}

/** Years and hours of a claim's sentence, kept per context: a claim is scored against many others. */
const timesOf = new WeakMap<ClaimContext, { years: string[]; hours: string[] }>();

function times(context: ClaimContext): { years: string[]; hours: string[] } {
  let t = timesOf.get(context);
  if (!t) {
    t = {
      // Years of date ids ("2024", "2024-11", "2025-09-03"); month-only and weekday ids have none.
      years: context.dates.filter((d) => /^\d{4}/.test(d)).map((d) => d.slice(0, 4)),
      hours: context.dates.filter((d) => d.startsWith('T')),
    };
    timesOf.set(context, t);
  }
  return t;
}

/** Sum of the weights of a sentence's entities, in their order. */
function mass(list: readonly string[], weight: Specificity): number {
  let n = 0;
  for (const e of list) n += weight(e);
  return n;
}

/** The middle of a claim's interval, or its low end when unbounded. */
function mid(c: Claim): number {
  return Number.isFinite(c.high) ? (c.low + c.high) / 2 : c.low;
}

function shared(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

/** How well two claims match as statements of the same quantity; 0 when they must not be compared. */
export function matchScore(
  a: LinkableClaim,
  b: LinkableClaim,
  weight: Specificity,
  similarity: StorySimilarity = (x, y) => documentSimilarity(x.documentEntities, y.documentEntities, weight),
): number {
  const x = a.claim;
  const y = b.claim;
  if (a.doc === b.doc || !x.concept || x.concept !== y.concept || x.kind !== y.kind || x.additional !== y.additional) return 0;
  if (x.kind !== 'count' && x.unit !== y.unit) return 0;
  // Years named in both sentences must share one ("in 2024" against "in 2023" are different figures). Months and
  // days are too fine: a sentence often dates one event and states a figure about another.
  const ta = times(a.context);
  const tb = times(b.context);
  if (ta.years.length && tb.years.length && shared(ta.years, tb.years) === 0) return 0;
  // Likewise hours ("alle 11 il 12,1%" against "at 1 p.m. 18.4%": turnout at two times of the day).
  if (ta.hours.length && tb.hours.length && shared(ta.hours, tb.hours) === 0) return 0;
  // Articles about different kinds of event (a flood, a snowstorm) are different stories, whatever places they share.
  if (a.documentEvents.length && b.documentEvents.length && shared(a.documentEvents, b.documentEvents) === 0) return 0;
  const story = similarity(a, b);
  if (story < SAME_STORY) return 0;
  // Entities of the two sentences: what they share, weighted by rarity, against what the sparser one names.
  let common = 0;
  for (const e of a.context.entities) if (b.context.entities.includes(e)) common += weight(e);
  const least = Math.min(mass(a.context.entities, weight), mass(b.context.entities, weight));
  const bothNamed = a.context.entities.length > 0 && b.context.entities.length > 0;
  // Measures and shares belong to a place or a body ("-12C in Suceava", "Romania's 8.6%"): where both sentences
  // name entities and none in common, they are figures of different things.
  if (common === 0 && bothNamed && x.kind !== 'count' && x.kind !== 'money') return 0;
  let score = 1 + story;
  if (common > 0) score += 1 + common / least;
  // Both sentences name entities, none in common: weaker, though often still the same figure.
  else if (bothNamed) score -= 0.5;
  // Which of several figures of the same concept in the other article of the same story is this one: the closer
  // value weighs about as much as shared context (up to 2 points). It never makes a link by itself: the gates
  // above (concept, kind, unit, story, years, hours, places) decide whether two figures may be compared at all.
  score += 2 / (1 + Math.abs(Math.log((Math.abs(mid(x)) + 1) / (Math.abs(mid(y)) + 1))));
  return score;
}

function best(of: LinkableClaim, among: readonly LinkableClaim[], weight: Specificity, similarity?: StorySimilarity): { claim: LinkableClaim; score: number } | undefined {
  let top: { claim: LinkableClaim; score: number } | undefined;
  for (const c of among) {
    const s = matchScore(of, c, weight, similarity);
    if (s > 0 && (!top || s > top.score)) top = { claim: c, score: s };
  }
  return top;
}

/**
 * Links of one claim to claims in other documents. `candidates` holds the claims of other documents that may
 * match (same concept); `siblingsIn(doc)` gives the claims of a document with that concept, for the mutual check.
 */
export function linksOf(
  claim: LinkableClaim,
  candidates: readonly LinkableClaim[],
  siblingsIn: (doc: string) => readonly LinkableClaim[],
  weight: Specificity,
  similarity?: StorySimilarity,
): ClaimLink[] {
  const byDoc = new Map<string, LinkableClaim[]>();
  for (const c of candidates) {
    if (c.doc === claim.doc) continue;
    const list = byDoc.get(c.doc) ?? [];
    list.push(c);
    byDoc.set(c.doc, list);
  }
  const links: ClaimLink[] = [];
  for (const [, list] of byDoc) {
    const top = best(claim, list, weight, similarity);
    if (!top) continue;
    const back = best(top.claim, siblingsIn(claim.doc), weight, similarity);
    if (!back || back.claim.doc !== claim.doc || back.claim.index !== claim.index) continue;
    links.push({ a: claim, b: top.claim, relation: relate(claim.claim, top.claim.claim), score: top.score });
  }
  return links;
}
