/**
 * Which claims in two documents state the same quantity. Two claims may be compared only when they are of the
 * same kind and unit (counts by the same noun, or of the same concept; a count or rank that says nothing of what it
 * counts, with any of its kind), in documents about the same story (their entities overlap, weighted by rarity),
 * with no years or hours that tell them apart; two counts, sums or measures of the same telling value may be
 * compared whatever they count (telling). Among those, two logistic models (data/linkModel.ts, fitted by
 * scripts/trainLinkModel.ts on the annotated dev stories) weigh what is counted and its context: the concepts, the
 * entities shared by the two sentences, the noun counted, whether a figure says what it counts, whether one is an
 * increment and the other not, where the figures stand in their articles, how many figures of the family each
 * article has, how many figures the two articles share and whether one stands near both, and how close the values
 * are. The first ranks: each claim's candidate in another document is its mutual best match. The second decides
 * whether that match is a link. Closeness of value is one feature among those, never a gate: figures that fail a
 * gate are never linked.
 */
import type { ClaimContext } from './analyze';
import { broader, isOutcome } from './concepts';
import { LINK_MODEL } from './data/linkModel';
import { CONVERSION_TOLERANCE } from './data/exchangeRates';
import { COUNTED_NOUNS, INEXACT_UNITS, UNIT_SCALES } from './data/units';
import { relate } from './relations';
import type { Claim, Qualifier, Relation } from './types';

// Regular expressions are made once, at module level (regex.ts says why).
const YEAR_FIRST = /^\d{4}/;

export interface LinkableClaim {
  doc: string;
  index: number;
  claim: Claim;
  context: ClaimContext;
  /** Distinct entity ids (not dates) of the claim's document. */
  documentEntities: ReadonlySet<string>;
  /** Kinds of event the claim's document is about. */
  documentEvents: readonly string[];
  /** Every kind of event the claim's document names. */
  documentEventsNamed: readonly string[];
  /** Where the claim stands in its document: 0 at the start, 1 at the end. */
  position: number;
  /** How many figures of the claim's family (see family) its document has, itself included. */
  familySize: number;
  /** The figures the claim's document states (documentFigures), one set shared by its claims. */
  documentFigures: ReadonlySet<string>;
  /** The figures its document states within NEARBY_CHARS of it (nearbyFigures). */
  nearby: readonly string[];
}

/**
 * The figures a document states, as kind and interval, for sharedFigures: every claim but references and counts of
 * twelve or fewer ("two days", "three ministers": small counts are stated by articles of every story).
 */
export function documentFigures(claims: readonly Claim[]): Set<string> {
  const figures = new Set<string>();
  for (const c of claims) if (stated(c)) figures.add(figureOf(c));
  return figures;
}

const stated = (c: Claim): boolean => !c.reference && (c.kind !== 'count' || c.low > 12);
const figureOf = (c: Claim): string => `${c.kind}:${c.low}:${c.high}`;

/** How near another figure stands to a claim, in characters, to be stated with it (nearbyFigures). */
const NEARBY_CHARS = 200;

/**
 * The figures (as documentFigures) stated within NEARBY_CHARS of claim `of` among its document's `claims`: two
 * articles that state one figure beside the same other figure ("from €81.6 million to about €124 million") tell
 * the same thing there, whether or not the two agree on it.
 */
export function nearbyFigures(claims: readonly Claim[], of: Claim): string[] {
  return claims.filter((c) => c !== of && Math.abs(c.start - of.start) < NEARBY_CHARS && stated(c)).map(figureOf);
}

/** The pair of figure sets sharedFigures was last asked about, and its answer: a claim is scored against one document's claims in turn. */
const lastOverlap: { x?: ReadonlySet<string>; y?: ReadonlySet<string>; share: number } = { share: 0 };

/**
 * Share of the figures of the document that states fewer that the other states too. Articles of one story repeat
 * each other's figures; articles of two stories about one subject (a rate decision, a month's inflation) share
 * entities, but few figures.
 */
export function sharedFigures(a: LinkableClaim, b: LinkableClaim): number {
  const x = a.documentFigures;
  const y = b.documentFigures;
  if ((lastOverlap.x === x && lastOverlap.y === y) || (lastOverlap.x === y && lastOverlap.y === x)) return lastOverlap.share;
  let n = 0;
  for (const v of x) if (y.has(v)) n++;
  const share = n / Math.max(1, Math.min(x.size, y.size));
  lastOverlap.x = x;
  lastOverlap.y = y;
  lastOverlap.share = share;
  return share;
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

/** Same-story similarity worked out from the two documents' entities, where no workspace index keeps it. */
const byEntities = (weight: Specificity): StorySimilarity => (x, y) => documentSimilarity(x.documentEntities, y.documentEntities, weight);

/** Below this, two documents are about different stories and their figures are never compared. */
export const SAME_STORY = 0.12;
/**
 * Story similarity, and entities in common, from which two articles are one story whatever kinds of event their
 * words name (comparable): two articles about a flood and a snowstorm in one region share a few places; two about
 * one spill share the mine, its owner, the minister and the towns along the river.
 */
const SURE_STORY = 0.3;
const SURE_STORY_ENTITIES = 5;

function oneStory(a: LinkableClaim, b: LinkableClaim, story: number): boolean {
  if (story < SURE_STORY) return false;
  let common = 0;
  for (const e of a.documentEntities) if (b.documentEntities.has(e) && ++common >= SURE_STORY_ENTITIES) return true;
  return false;
}

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
      years: context.dates.filter((d) => YEAR_FIRST.test(d)).map((d) => d.slice(0, 4)),
      hours: context.dates.filter((d) => d.startsWith('T')),
    };
    timesOf.set(context, t);
  }
  return t;
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

/** What a measure or a span of time is of (length, time...; data/units.ts), or null for units measured alone. */
const dimensionOf = (c: Claim): string | null => (c.unit === null ? null : UNIT_SCALES[c.unit]?.dimension ?? null);

/** Two figures in different units of one dimension ("3,3 km" and "3.300 metri"). */
const sameDimension = (x: Claim, y: Claim): boolean => x.unit !== y.unit && dimensionOf(x) !== null && dimensionOf(x) === dimensionOf(y);

/** Two values the same but for the rounding of floating point (3,3 km in metres is 3299.9999999999995). */
const sameValue = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));

/**
 * The two claims with their values in one unit: as stated when their units are the same, else in the base unit of
 * their dimension.
 */
function inOneUnit(x: Claim, y: Claim): [Claim, Claim] {
  if (!sameDimension(x, y)) return [x, y];
  const money = dimensionOf(x) === 'money';
  const scaled = (c: Claim): Claim => {
    const { size, offset = 0, tolerance = 0 } = UNIT_SCALES[c.unit!]!;
    // A sum converted from another currency into euros is worth its value at the rate within CONVERSION_TOLERANCE
    // (data/exchangeRates.ts); a sum in euros is what it says. So is a measure in miles beside one in metres, or in
    // months beside one in days (INEXACT_UNITS); a temperature in Fahrenheit is within its rounding (tolerance).
    const spread = (money && size !== 1) || INEXACT_UNITS.has(c.unit!) ? CONVERSION_TOLERANCE : 0;
    return { ...c, low: c.low * size * (1 - spread) + offset - tolerance, high: c.high * size * (1 + spread) + offset + tolerance };
  };
  return [scaled(x), scaled(y)];
}

/**
 * A claim in the unit of another of its dimension, to show the two side by side ("600 de milioane de lei" beside
 * "120 milioni di euro": ≈ 120,614,320 EUR; "3.300 metri" beside "3.3 km": 3.3 km), or null where the two have the
 * same unit or none that converts.
 */
export function inUnitOf(c: Claim, of: Claim): Claim | null {
  if (!sameDimension(c, of)) return null;
  const from = UNIT_SCALES[c.unit!]!;
  const to = UNIT_SCALES[of.unit!]!;
  const convert = (v: number): number => (v * from.size + (from.offset ?? 0) - (to.offset ?? 0)) / to.size;
  // A sum at a rate is about that much.
  const qualifier = dimensionOf(c) === 'money' && c.qualifier === 'exact' ? 'approximately' : c.qualifier;
  return { ...c, low: convert(c.low), high: convert(c.high), unit: of.unit, qualifier };
}

/**
 * Whether what two figures of the same kind and unit count lets them be compared: the same concept, or a unit
 * that itself says what the figures are in (counted by the same noun, sums in one currency, shares, measures).
 * Concepts found in two languages' words disagree more often than the figures they describe ("workers" and
 * "affected" staff, "aid" and "budget" for one package): whether they agree is left to the models to weigh.
 * Ranks ("the sixth strike") have no unit: only the concept tells.
 */
function conceptsMeet(x: Claim, y: Claim): boolean {
  if (x.concept !== null && x.concept === y.concept) return true;
  // A span of time in years, which says no concept (years are as often ages), and one in another unit of time
  // ("tre anni", "40 months"; "20 de ani", "two decades"): the models weigh the values in one unit.
  if (x.kind === 'count' && sameDimension(x, y) && dimensionOf(x) === 'time' && (x.concept === null || y.concept === null)) return true;
  // A broader concept and a narrower one ("people" and "spectators"): the models weigh that they differ (linkFeatures).
  if (related(x.concept, y.concept)) return true;
  // A figure that says nothing of what it counts ("19", "Twelve", "the ninth") may be any count or rank of its
  // story: the models weigh that it is unsaid (linkFeatures).
  if (unsaid(x) || unsaid(y)) return true;
  if (x.kind === 'ordinal') return false;
  // So may a count whose concept only its context gives ("1,000" beside a city): the models weigh the two concepts.
  if (x.kind === 'count' && (softConcept(x) || softConcept(y))) return true;
  if (x.kind !== 'count') return true;
  // A noun the lexicon does not know ("sei travolti", "quattro unità") may count what another article counts by a
  // noun it knows ("Șase persoane", "patru câini"): the models weigh that one noun is unknown (linkFeatures).
  // Not a span of time or another quantity a unit measures ("due binari" of a bridge and "trei zile").
  if ((unknownNoun(x) && QUANTITIES.has(y.concept ?? '')) || (unknownNoun(y) && QUANTITIES.has(x.concept ?? ''))) return false;
  return nounOf(x) !== null && nounOf(y) !== null && (nounOf(x) === nounOf(y) || unknownNoun(x) || unknownNoun(y));
}

/** Two different concepts, one broader than the other ("person" and "spectators", "workers" and "teachers"). */
export function related(x: string | null, y: string | null): boolean {
  return x !== null && y !== null && x !== y && (broader(x).includes(y) || broader(y).includes(x));
}

/**
 * Figures of one family (kind and unit; for counts the noun, or else the concept) are those a claim could be
 * mistaken for: how many each document has says how ambiguous a match is.
 */
const KNOWN_NOUNS = new Set(COUNTED_NOUNS.map((n) => n.unit));
/**
 * The noun of units.ts that says only that what is counted are people ("persone", "oameni", "people"); "bambini",
 * "donne", "romeni" say who they are, and two figures of them are two groups.
 */
const GENERIC_PEOPLE = 'person';
/** What a count's unit measures when nothing else says ("dieci giorni": a duration; data/units.ts): no topic of its own. */
const QUANTITIES = new Set(COUNTED_NOUNS.flatMap((n) => (n.quantity ? [n.quantity] : [])));
/** The concept each counted noun names by itself ("vittime": deaths), by unit. */
const NOUN_CONCEPTS = new Map(COUNTED_NOUNS.flatMap((n) => (n.concept ? [[n.unit, n.concept] as const] : [])));
/** Nouns that count people by who they are ("manifestanti", "români", "bărbați"), by unit. */
const PEOPLE_NOUNS = new Set(COUNTED_NOUNS.flatMap((n) => (n.people ? [n.unit] : [])));
/** The noun a count is by, or 'other' for a noun the lexicon does not know (it stays in its own language). */
const nounOf = (c: Claim): string | null => (c.unit === null ? null : KNOWN_NOUNS.has(c.unit) ? c.unit : 'other');
/** A count by a noun the lexicon does not know (nounOf). */
const unknownNoun = (c: Claim): boolean => nounOf(c) === 'other';

const countsOrRanks = (c: Claim): boolean => c.kind === 'count' || c.kind === 'ordinal';

/**
 * A count that says what it counts only through the words around it ("1,000" in a sentence on a city, "38" of a
 * toll): no noun, no unit, a concept read from its context, which may be another figure's. It meets every count, and
 * the models weigh whether the concepts agree.
 */
const softConcept = (c: Claim): boolean => c.kind === 'count' && c.unit === null && c.concept !== null && !c.reference;

/** A count or a rank that says nothing of what it counts: no noun, no concept. */
export const unsaid = (c: Claim): boolean => countsOrRanks(c) && c.unit === null && c.concept === null;

export function family(c: Claim): string {
  return c.kind === 'count' ? `count:${nounOf(c) ?? '-'}:${c.unit ? '' : c.concept ?? '-'}` : `${c.kind}:${dimensionOf(c) ?? c.unit ?? '-'}`;
}

/** What a claim says it is: its concept, and its family where the unit says something (none for references). */
function statedKeys(c: Claim): string[] {
  const keys: string[] = [];
  if (c.concept !== null) keys.push(`concept:${c.concept}`);
  if (c.kind !== 'ordinal' && (c.kind !== 'count' || c.unit !== null)) keys.push(family(c));
  // Spans of time in different units find each other, as conceptsMeet compares them ("quasi quarant'anni", "nearly
  // four decades"), whatever concept either says.
  if (c.kind === 'count' && dimensionOf(c) === 'time') keys.push(TIME_SPAN);
  return keys;
}

/** The key of counts in a unit of time (statedKeys). */
const TIME_SPAN = 'count:time';

/**
 * A reference ("le tre federazioni", "the seven carriages") points back at things its article named before, and
 * says nothing of what happened to them; it may still state the number another article gives ("tre sindacati",
 * "trei federații"). It is found, and finds, under its noun only: a reference without one is compared with nothing.
 */
function referenceKeys(c: Claim): string[] {
  return c.unit === null ? [] : statedKeys(c);
}

/**
 * The keys under which a claim's candidates are found: its concept, and its family where the unit says something.
 * A count or rank that says what it counts also finds those of its kind that do not (under `<kind>:unsaid`); one
 * that does not finds every one of its kind (`<kind>:any`). filedKeys gives the keys a claim is found under.
 */
export function comparisonKeys(c: Claim): string[] {
  if (c.reference) return referenceKeys(c);
  if (unsaid(c)) return [`${c.kind}:any`, ...valueKeys(c)];
  const keys = [...statedKeys(c), ...valueKeys(c)];
  if (countsOrRanks(c)) keys.push(`${c.kind}:unsaid`);
  // A count with a concept from its context only finds every count, and is found by every count (softConcept).
  if (c.kind === 'count') keys.push(softConcept(c) ? 'count:any' : SOFT_CONCEPT);
  if (c.kind === 'count' && c.unit !== null) keys.push(unknownNoun(c) ? NOUNED : UNKNOWN_NOUN);
  // A narrower concept finds the broader ones (filed under `concept:`), a broader one the narrower (`within:`).
  if (c.concept !== null) keys.push(...broader(c.concept).map((b) => `concept:${b}`), `within:${c.concept}`);
  return keys;
}

/** The keys a claim is found under by the comparisonKeys of others. */
export function filedKeys(c: Claim): string[] {
  if (c.reference) return referenceKeys(c);
  const keys = [...(unsaid(c) ? [`${c.kind}:unsaid`] : statedKeys(c)), ...valueKeys(c)];
  for (const b of broader(c.concept)) keys.push(`within:${b}`);
  if (countsOrRanks(c)) keys.push(`${c.kind}:any`);
  if (softConcept(c)) keys.push(SOFT_CONCEPT);
  if (c.kind === 'count' && c.unit !== null) keys.push(NOUNED, ...(unknownNoun(c) ? [UNKNOWN_NOUN] : []));
  return keys;
}

/**
 * A figure telling enough that another article stating the very same value may state the same quantity, whatever
 * the two say it counts ("1.100 de locuri" and "designed for 1,100"; "13,5 miliardi" and "€13.5bn"): a count, sum or
 * measure above twelve or with a fraction, not a reference (small counts are stated by articles of every story).
 */
function telling(c: Claim): boolean {
  return !c.reference && (c.kind === 'count' || c.kind === 'money' || c.kind === 'measure') && c.low === c.high &&
    (c.low > 12 || !Number.isInteger(c.low));
}

const VALUE_KEY = 'value:';
/** Keys of counts by a noun (any), and by a noun the lexicon does not know: each finds the other (kindsMeet). */
const NOUNED = 'count:nouned';
const UNKNOWN_NOUN = 'count:unknown-noun';
/** The key of counts with a concept from their context only (softConcept). */
const SOFT_CONCEPT = 'count:soft';

/** The key under which claims of the same telling value find each other (see telling). */
function valueKeys(c: Claim): string[] {
  return telling(c) ? [`${VALUE_KEY}${c.low}`] : [];
}

/**
 * A claim's keys split into its value key (valueKeys), which claims of one document rarely share, and the others,
 * which they often do.
 */
export function splitValueKey(keys: readonly string[]): { value: string | undefined; rest: readonly string[] } {
  const value = keys.find((k) => k.startsWith(VALUE_KEY));
  return { value, rest: value === undefined ? keys : keys.filter((k) => k !== value) };
}

/**
 * Two telling figures of the same value, unless both say what they are and are of different kinds ("110 centimetri"
 * and "more than 110 times", a measure and a count, each with its unit).
 */
function sameTellingValue(x: Claim, y: Claim): boolean {
  return x.low === y.low && x.high === y.high && telling(x) && telling(y) && (x.kind === y.kind || x.unit === null || y.unit === null);
}

/** Whether what two claims say they are lets them be compared (comparable, before their context is weighed). */
function kindsMeet(x: Claim, y: Claim): boolean {
  // The days gone by, as an ordinal ("for a fourth day") or a count ("quattro giorni"), whatever kind each is.
  if (x.kind !== y.kind) return daysGoneBy(x) && daysGoneBy(y);
  // A reference is compared with figures of its own noun only (referenceKeys); nouns the lexicon does not know
  // stay in their own language ("i sette speleologi", "cei șapte speologi"), and any two of them may be one.
  if ((x.reference || y.reference) && (x.unit === null || (x.unit !== y.unit && !(unknownNoun(x) && unknownNoun(y))))) return false;
  if (x.kind !== 'count' && x.unit !== y.unit && !sameDimension(x, y)) return false;
  return conceptsMeet(x, y);
}

/**
 * A span of time against a count of something a noun names ("quindici anni" and "15 councillors", "38 anni" and "38
 * veicoli"): the unit of a span of time is read with its figure, so the two count different things whatever their
 * values.
 */
const spanAgainstNoun = (x: Claim, y: Claim): boolean => dimensionOf(x) === 'time' && y.unit !== null && dimensionOf(y) !== 'time';

/** A span of days, counted ("four days") or ranked ("the fourth day"): claims.ts. */
const daysGoneBy = (c: Claim): boolean => c.unit === 'day' && c.concept === 'duration' && (c.kind === 'count' || c.kind === 'ordinal');

/**
 * Whether two claims may state the same quantity at all: the same kind and unit (for counts, the same noun or the
 * same concept; see conceptsMeet) or the same telling value, no years or hours that tell them apart, documents about
 * the same kind of event and the same story. Returns the story similarity, or 0.
 */
export function comparable(a: LinkableClaim, b: LinkableClaim, similarity: StorySimilarity): number {
  const x = a.claim;
  const y = b.claim;
  if (a.doc === b.doc || spanAgainstNoun(x, y) || spanAgainstNoun(y, x) || (!kindsMeet(x, y) && !sameTellingValue(x, y))) return 0;
  // Two references of different sizes point back at different groups ("i due paesi", "cele trei țări"): no figure
  // of one group disagrees with the other.
  if (x.reference && y.reference && (x.low !== y.low || x.high !== y.high)) return 0;
  const ta = times(a.context);
  const tb = times(b.context);
  // Hours ("alle 11 il 12,1%" against "at 1 p.m. 18.4%": turnout at two times of the day).
  if (ta.hours.length && tb.hours.length && shared(ta.hours, tb.hours) === 0) return 0;
  const story = similarity(a, b);
  // Years named in both sentences must share one ("in 2024" against "in 2023" are different figures), unless the
  // two articles are surely one story: there the figure is one and a sentence dates something else ("8,6 miliarde
  // de lei", "cu 9% mai mult decât în 2025", against "8.6 billion lei budget for 2026"). Months and days are too
  // fine: a sentence often dates one event and states a figure about another.
  if (ta.years.length && tb.years.length && shared(ta.years, tb.years) === 0 && !oneStory(a, b, story)) return 0;
  // Articles about different kinds of event (a flood, a snowstorm) are different stories, whatever places they share,
  // unless one names what the other is about (an article on a harvest about prices, another on the drought it had),
  // or they share so much that they are one story whatever kinds of event their words suggest (a spill that one
  // calls an "accident" and another tells through the "fondi" for the clean-up).
  if (a.documentEvents.length && b.documentEvents.length && shared(a.documentEvents, b.documentEventsNamed) === 0 &&
    shared(b.documentEvents, a.documentEventsNamed) === 0 && !oneStory(a, b, story)) return 0;
  return story < SAME_STORY ? 0 : story;
}

/**
 * What the link model weighs, for two comparable claims (names in LINK_FEATURES). Every feature is symmetric, so
 * a pair scores the same from either side. One figure of deaths in each article is likelier the same than one of
 * three against one of four: the product of the two family sizes says how ambiguous a match is. Written into
 * `into` when given.
 */
export function linkFeatures(a: LinkableClaim, b: LinkableClaim, story: number, weight: Specificity, into: number[] = []): number[] {
  const [x, y] = inOneUnit(a.claim, b.claim);
  // Entities of the two sentences: what they share, weighted by rarity, against what the sparser one names.
  let common = 0;
  let massA = 0;
  let massB = 0;
  for (const e of a.context.entities) {
    const w = weight(e);
    massA += w;
    if (b.context.entities.includes(e)) common += w;
  }
  for (const e of b.context.entities) massB += weight(e);
  const apart = common === 0 && a.context.entities.length > 0 && b.context.entities.length > 0 ? 1 : 0;
  const broaderOrNarrower = related(x.concept, y.concept);
  // Measures and shares belong to a place or a body ("-12C in Suceava", "Romania's 8.6%"); counts and sums less so.
  const owned = x.kind !== 'count' && x.kind !== 'money';
  // Nouns the lexicon does not know stay in their own language: two of them that differ may still be one thing.
  const known = !unknownNoun(x) && !unknownNoun(y);
  // How far apart the values are, as a ratio's logarithm (capped: beyond 20 times apart, all is far), the larger
  // over the smaller so that the pair gives the same number from either side.
  const vx = Math.abs(mid(x)) + 1;
  const vy = Math.abs(mid(y)) + 1;
  const gap = Math.min(3, Math.log(Math.max(vx, vy) / Math.min(vx, vy)));
  const sameNoun = x.kind === 'count' && x.unit !== null && y.unit !== null ? (x.unit === y.unit || sameDimension(x, y) ? 1 : known ? -1 : 0) : 0;
  const sharedEntities = common > 0 ? common / Math.min(massA, massB) : 0;
  const closeness = 1 / (1 + gap);
  const ambiguity = Math.log(a.familySize * b.familySize);
  const sameConcept = x.concept !== null && x.concept === y.concept ? 1 : 0;
  const eitherUnsaid = unsaid(x) || unsaid(y) ? 1 : 0;
  into.length = 0;
  into.push(
    story,
    sharedEntities,
    owned ? 0 : apart,
    owned ? apart : 0,
    closeness,
    sameNoun === 1 ? 1 : 0,
    sameNoun === -1 ? 1 : 0,
    Math.abs(a.position - b.position),
    ambiguity,
    x.qualifier === y.qualifier ? 1 : 0,
    sameConcept,
    gap,
    eitherUnsaid,
    // Two concepts read and different ("2%" of inflation, "2%" of a rate) say more against a match than one unread.
    x.concept !== null && y.concept !== null && x.concept !== y.concept && !broaderOrNarrower ? 1 : 0,
    sharedFigures(a, b),
    // One concept broader than the other ("people" and "spectators"): the same people may be counted either way.
    broaderOrNarrower ? 1 : 0,
    // The same concept only because both units measure it (two durations): a span of time is stated of anything.
    x.concept !== null && x.concept === y.concept && QUANTITIES.has(x.concept) ? 1 : 0,
    // Compared for their value alone: what they count or measure would not let them be.
    sameTellingValue(x, y) && !kindsMeet(x, y) ? 1 : 0,
    // The very same value, precise enough not to recur by chance ("47,4%" and "47.4%"): closeness as a ratio hardly
    // tells it from "50%".
    x.low === y.low && x.high === y.high && precise(x) ? 1 : 0,
    // A figure both state near the two ("81,6 milioane" before "124 de milioane", "€81.6 million" before "€124.3
    // million"): the same statement.
    a.nearby.some((f) => b.nearby.includes(f)) ? 1 : 0,
    // How far apart the values are, in steps beside the ratio: up to about 22% (rounded, or updated), to about 65%
    // (another source, another count), more.
    gap > SMALL_GAP && gap <= MID_GAP ? 1 : 0,
    gap > MID_GAP && gap <= LARGE_GAP ? 1 : 0,
    gap > LARGE_GAP ? 1 : 0,
    // One an increment, the other not: "altri sette minatori" are as often the seven others as seven more.
    x.additional !== y.additional ? 1 : 0,
    // Products a sum of weights cannot make: how close the values are weighs differently where the concepts agree,
    // where one says nothing of what it counts, and where many figures could match; shared entities weigh more the
    // more the two articles are one story. The four together took leave-one-story-out F1 up by 0.003 to 0.004.
    sameConcept * closeness,
    eitherUnsaid * closeness,
    story * sharedEntities,
    ambiguity * closeness,
    // One noun the lexicon knows, the other not: the figures may count one thing in words of two languages.
    x.kind === 'count' && x.unit !== null && y.unit !== null && unknownNoun(x) !== unknownNoun(y) ? 1 : 0,
    // One concept or both read from the words around a count alone: they say less of what it counts.
    softConcept(x) || softConcept(y) ? 1 : 0,
    // Sums in two currencies, compared at a rate (data/exchangeRates.ts): an outlet may give the other currency's
    // figure, or another sum altogether.
    x.kind === 'money' && a.claim.unit !== b.claim.unit ? 1 : 0,
    // The two can both be true (the relation a link would have): outlets that state one quantity agree more often
    // than not, so of two figures near in value the one that "at least 25" allows is likelier its match than the
    // one it rules out.
    relate(x, y) === 'agrees' ? 1 : 0,
  );
  return into;
}

/** Bounds of the steps of valueGap (the logarithm of the larger value over the smaller) that linkFeatures marks. */
const SMALL_GAP = 0.05;
const MID_GAP = 0.2;
const LARGE_GAP = 0.5;

/** The features matchScore weighs, written over for each pair: a large story scores millions of pairs. */
const scored: number[] = [];

function logistic(model: { bias: number; weights: readonly number[] }, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += model.weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * How well two claims match as statements of the same quantity (0..1, the ranking model's estimate), which
 * decides which figure of another document is a claim's best match; 0 when they must not be compared.
 */
export function matchScore(
  a: LinkableClaim,
  b: LinkableClaim,
  weight: Specificity,
  similarity: StorySimilarity = byEntities(weight),
): number {
  const story = comparable(a, b, similarity);
  return story === 0 ? 0 : logistic(LINK_MODEL.rank, linkFeatures(a, b, story, weight, scored));
}

export interface Best {
  claim: LinkableClaim;
  score: number;
  /** The best score among the others (0 when there is none). */
  runnerUp: number;
  /** The next best claim, of score `runnerUp`, if any; and the best score among the claims after those two (0 when none). */
  second?: LinkableClaim;
  third: number;
}

/**
 * Best matches back in one document, by the claim of another document they are the best match of: several claims
 * of a document often have the same best match in another, and its best match back is the same each time.
 */
export type BackMatches = Map<LinkableClaim, Best | undefined>;

/** The best match of a claim among others, with the score of the next best (best, or another ranking in tests). */
export type Ranker = (of: LinkableClaim, among: readonly LinkableClaim[], weight: Specificity, similarity?: StorySimilarity) => Best | undefined;

function best(of: LinkableClaim, among: readonly LinkableClaim[], weight: Specificity, similarity?: StorySimilarity): Best | undefined {
  // Kept in locals and made an object once: a large story asks this millions of times.
  let claim: LinkableClaim | undefined;
  let score = 0;
  let second: LinkableClaim | undefined;
  let runnerUp = 0;
  let third = 0;
  for (const c of among) {
    const s = matchScore(of, c, weight, similarity);
    if (s <= 0) continue;
    if (!claim) {
      claim = c;
      score = s;
    } else if (s > score) {
      third = runnerUp;
      second = claim;
      runnerUp = score;
      claim = c;
      score = s;
    } else if (!second || s > runnerUp) {
      third = runnerUp;
      second = c;
      runnerUp = s;
    } else if (s > third) third = s;
  }
  return claim && { claim, score, runnerUp, second, third };
}

/** The best of `found` (a Best among some claims) once one of those claims is set aside. */
function without(found: Best | undefined, aside: LinkableClaim): Best | undefined {
  if (!found) return undefined;
  if (same(found.claim, aside)) return found.second && { claim: found.second, score: found.runnerUp, runnerUp: found.third, third: 0 };
  return found.second && same(found.second, aside) ? { claim: found.claim, score: found.score, runnerUp: found.third, third: 0 } : found;
}

export interface MutualMatch {
  b: LinkableClaim;
  /** Features of the pair (linkFeatures) and how far each side's match stands above its next best. */
  features: number[];
}

/**
 * A claim's best match among the claims `list` of one other document, when the match is mutual: the claim is
 * also the best match of its match among `candidatesIn(claim's document, match)`. Where the best match is taken by
 * a mutual pair of its own, the next best is the claim's if they are mutual once the pair is set aside. `backs`
 * keeps the best matches back for claims of the same document worked out together; `rank` finds best matches.
 */
export function mutualMatch(
  claim: LinkableClaim,
  list: readonly LinkableClaim[],
  candidatesIn: (doc: string, of: LinkableClaim) => readonly LinkableClaim[],
  weight: Specificity,
  similarity: StorySimilarity = byEntities(weight),
  backs?: BackMatches,
  rank: Ranker = best,
): MutualMatch | undefined {
  const top = rank(claim, list, weight, similarity);
  if (!top) return undefined;
  const back = backMatch(top.claim, claim.doc, candidatesIn, weight, similarity, backs, rank);
  if (!back) return undefined;
  if (same(back.claim, claim)) return mutual(claim, top, back, weight, similarity);
  // The best match is taken: it and another claim of this document are each other's best. The next best may
  // then be this claim's, once that claim is set aside too ("circa 160 chilometri" and "160 de kilometri" match;
  // "164 chilometri" then goes to "164 de kilometri", whose best match back was "circa 160 chilometri").
  // No next best: nothing to take.
  if (top.runnerUp <= 0) return undefined;
  const rival = back.claim;
  const rivalTop = rank(rival, candidatesIn(top.claim.doc, rival), weight, similarity);
  if (!rivalTop || !same(rivalTop.claim, top.claim)) return undefined;
  const next = without(top, top.claim);
  if (!next) return undefined;
  const nextBack = without(backMatch(next.claim, claim.doc, candidatesIn, weight, similarity, backs, rank), rival);
  return nextBack && same(nextBack.claim, claim) ? mutual(claim, next, nextBack, weight, similarity) : undefined;
}

/** The best match of `of` back in document `doc`, kept in `backs` if given. */
function backMatch(of: LinkableClaim, doc: string, candidatesIn: (doc: string, of: LinkableClaim) => readonly LinkableClaim[],
  weight: Specificity, similarity: StorySimilarity, backs: BackMatches | undefined, rank: Ranker): Best | undefined {
  if (backs?.has(of)) return backs.get(of);
  const found = rank(of, candidatesIn(doc, of), weight, similarity);
  backs?.set(of, found);
  return found;
}

const same = (x: LinkableClaim, y: LinkableClaim): boolean => x.doc === y.doc && x.index === y.index;

function mutual(claim: LinkableClaim, top: Best, back: Best, weight: Specificity, similarity: StorySimilarity): MutualMatch {
  const features = linkFeatures(claim, top.claim, similarity(claim, top.claim), weight);
  features.push(top.score, Math.min(top.score - top.runnerUp, back.score - back.runnerUp));
  return { b: top.claim, features };
}

/**
 * The acceptance threshold for a workspace of `documents` articles: that of the nearest entry of LINK_MODEL's
 * thresholds outside their range, and between two entries, the one the logarithm of the number of articles gives.
 */
export function acceptanceThreshold(documents: number): number {
  const entries = LINK_MODEL.thresholds;
  const first = entries[0]!;
  if (documents <= first.documents) return first.threshold;
  for (let i = 1; i < entries.length; i++) {
    const below = entries[i - 1]!;
    const above = entries[i]!;
    if (documents > above.documents) continue;
    const at = Math.log(documents / below.documents) / Math.log(above.documents / below.documents);
    return below.threshold + at * (above.threshold - below.threshold);
  }
  return entries[entries.length - 1]!.threshold;
}

/** How likely a mutual match states the same quantity (the acceptance model's estimate). */
export function acceptance(match: MutualMatch): number {
  return logistic(LINK_MODEL.accept, match.features);
}

/**
 * Whether two claims of one document restate one quantity: the same kind, unit, concept (or counted noun) and
 * interval, as a headline and its article's body do ("8 km", then "circa 8 chilometri"). A count whose noun is left
 * out restates one with it when their sentences say the same thing is counted ("circa 1.150 lupi", then "i lupi
 * sono circa 1.150"). What one is linked to, the other is.
 */
export function restates(x: Claim, y: Claim): boolean {
  if (x.kind !== y.kind) return false;
  // A measure stated in two units of one dimension, the same value in both ("3,3 chilometri", then "3.300 metri"), of
  // one concept or said by one of the two; not spans of time, stated of anything ("24 ore", "un giorno").
  if (sameDimension(x, y)) {
    if (dimensionOf(x) === 'time' || x.additional !== y.additional || (x.concept !== null && y.concept !== null && x.concept !== y.concept)) return false;
    const [a, b] = inOneUnit(x, y);
    // A sum given in a second currency right after the first ("5 lei (circa 1 euro)", "87.000 de lei, adică 17.500
    // de euro"): one sum, where the two agree at the rate.
    const adjacent = Math.max(x.start, y.start) - Math.min(x.end, y.end) <= CONVERSION_GAP;
    if (x.unit !== y.unit && dimensionOf(x) === 'money') return adjacent && relate(a, b) === 'agrees';
    // So is a measure given in a second unit right after the first, rounded ("about 60 km (37 miles)").
    if (x.unit !== y.unit && adjacent && Math.abs(mid(a) - mid(b)) <= ROUNDING * Math.max(Math.abs(mid(a)), Math.abs(mid(b)))) return true;
    return sameValue(a.low, b.low) && sameValue(a.high, b.high);
  }
  // An increment and a total are two quantities, unless one is the other stated again with its "more": "prelungește
  // cu 12 luni", then "încă 12 luni"; "108 zboruri", then "încă 108 zboruri" (the same value, noun and concept).
  if (x.additional !== y.additional && !(x.low === y.low && x.high === y.high && x.unit !== null && x.unit === y.unit && x.concept === y.concept)) return false;
  if (x.low !== y.low || x.high !== y.high) return roundedOff(x, y) || roundedOff(y, x);
  if (manyByTwoNouns(x, y)) return true;
  // A value precise enough not to recur by chance in one article ("€258 million", "15.400"), in the same
  // unit, is one quantity where only one of its statements, or neither, says what it is.
  if (x.concept !== y.concept) {
    if (x.unit !== y.unit) return false;
    // A sum of a precise value in one currency is one sum, whatever the words around each statement make it
    // ("13,5 miliarde de euro" of a contract, then of the cost; "0,68 lei" a price, then a wage).
    if (x.kind === 'money' && precise(x)) return true;
    // Two counts by one noun, one of which says no more than the noun does ("due romeni", then "i due romeni").
    // A sum stated twice with the same qualifier, once of a concept and once of none ("circa 80 milioni di euro" of
    // a tax, then "circa 80 milioni di euro"), is the same sum said again. Not shares: round rates recur by chance
    // in one article (growth and a forecast of "0,9%"); with them too, dev links 23 found more but 25 false more.
    if (x.concept === null || y.concept === null) return precise(x) || (x.unit !== null && (x.concept ?? y.concept) === x.unit) ||
      (x.kind === 'money' && x.qualifier === y.qualifier);
    // Two counts by one noun that says who is counted, one of which says no more than the noun does ("11 români",
    // then "11 români" hurt), with one qualifier. Not people counted as such: "200 persone", then "200 persone"
    // evacuated, may be two groups.
    if (x.kind === 'count' && x.unit !== null && x.unit !== GENERIC_PEOPLE && (x.concept === x.unit || y.concept === x.unit) &&
      x.qualifier === y.qualifier) return true;
    // One concept broader than the other ("190 persone" and "190 persone" evacuated), of a precise value.
    if (precise(x) && related(x.concept, y.concept)) return true;
    // More than a dozen of one noun, read as two concepts from the words around each statement ("oltre 60.000
    // accessi" twice, "1.000 de locuri de muncă" jobs, then created): one quantity. Not durations and other
    // quantities, stated of anything, people counted as such, nor two outcomes ("190 persone" dead and "190
    // persone" evacuated are two groups).
    return x.kind === 'count' && x.unit !== null && x.unit !== GENERIC_PEOPLE && x.low > 12 &&
      !QUANTITIES.has(x.concept) && !QUANTITIES.has(y.concept) && !(isOutcome(x.concept) && isOutcome(y.concept));
  }
  // Counts of one concept count the same where one leaves its noun out, says only that they are people ("Două
  // persoane au murit", then "doi morți"), or names it with another noun of that concept ("tre morti", then "tre
  // vittime"); not durations and other quantities, which are stated of anything.
  const eitherNoun = (u: string | null): boolean => x.unit === u || y.unit === u;
  // Two nouns of one concept by themselves ("morti" and "vittime" are deaths); not two whose concept came from
  // the words around them ("due bambini" and "due donne" who died are two groups).
  const names = (u: string | null): boolean => u !== null && NOUN_CONCEPTS.get(u) === x.concept;
  const people = (u: string | null): boolean => u !== null && PEOPLE_NOUNS.has(u);
  const synonyms = (names(x.unit) && (names(y.unit) || people(y.unit))) || (names(y.unit) && people(x.unit));
  const units = x.unit === y.unit || (x.kind === 'count' && x.concept !== null && (eitherNoun(null) || eitherNoun(GENERIC_PEOPLE) || (synonyms && !QUANTITIES.has(x.concept))));
  if (!units) return false;
  // Two shares of one round value that nothing says what of may be two things ("2%" and "2%"); a sum stated twice
  // with one qualifier is one sum, as above ("30 milioni" in a headline, "30 milioni di euro" in the lead).
  return x.concept !== null || (x.kind === 'count' && x.unit !== null) || precise(x) || (x.kind === 'money' && x.qualifier === y.qualifier);
}

/**
 * More than a dozen people counted twice in one article by two nouns that say who they are, or one the lexicon does
 * not know, the same value with the same qualifier ("aproximativ 40.000 de muncitori", then "aproximativ 40.000 de
 * români"; "peste 180 de alergători", then "peste 180 de sportivi"): one group, unless either count is of what
 * happened to them ("about 300 people" evacuated and "about 300 firefighters") or of a quantity.
 */
function manyByTwoNouns(x: Claim, y: Claim): boolean {
  if (x.kind !== 'count' || y.kind !== 'count' || x.unit === null || y.unit === null || x.unit === y.unit || x.low <= 12 ||
    x.qualifier !== y.qualifier || x.additional !== y.additional) return false;
  if (QUANTITIES.has(x.concept ?? '') || QUANTITIES.has(y.concept ?? '')) return false;
  if (x.concept !== y.concept && (isOutcome(x.concept ?? '') || isOutcome(y.concept ?? ''))) return false;
  const who = (c: Claim): boolean => PEOPLE_NOUNS.has(c.unit!) || unknownNoun(c);
  return who(x) && who(y);
}

/** Characters at most between a sum and the same sum in a second currency that restates it ("), adică "). */
const CONVERSION_GAP = 16;

/**
 * How far a rounded figure may lie from the value it rounds off, as a share of the value (roundedOff). A twentieth:
 * figures further apart are more often two quantities of one kind ("about 3,000 passengers" booked, "3,200" on
 * board; "oltre 700.000" visitors last time, "742.318" now). Against a tenth, dev links 6 found fewer and 35 false
 * fewer in one workspace, 8 and 30 in workspaces of six stories.
 */
const ROUNDING = 0.05;

/**
 * Whether `rounded` states `value` rounded off, as a headline or a summary does ("oltre 13 milioni di tonnellate",
 * then "13,1 milioni"; "nearly 12%", then "11.5%"; "peste 5.000 de școli", then "5.200"): a figure qualified (more
 * than, at least, nearly, about) or a range that the precise value agrees with (relations.ts), within a twentieth
 * of it, of the same unit and concept, or with the concept said by one of the two only ("de peste 412 milioane de
 * euro", then "412,6 milioane de euro" won). Durations are left out: a span of time is stated of anything.
 */
function roundedOff(rounded: Claim, value: Claim): boolean {
  // A single exact figure is a rounding only by its digits (fewerDigits), found here once.
  const single = rounded.qualifier === 'exact' && rounded.low === rounded.high;
  if (!precise(value) || rounded.reference || (single && !fewerDigits(rounded, value))) return false;
  const concept = rounded.concept ?? value.concept;
  if (rounded.unit !== value.unit || concept === null || (rounded.concept !== null && value.concept !== null && rounded.concept !== value.concept) || QUANTITIES.has(concept)) return false;
  const near = Math.abs((rounded.low + rounded.high) / 2 - value.low) <= ROUNDING * Math.abs(value.low);
  if (!near) return false;
  if (single) return true;
  // A single bound is the value rounded the way its qualifier says: "oltre tremila" of 3.030, "nearly 12%" of 11.5%,
  // not "oltre 47 gradi" of 49,1, another reading below it.
  if (rounded.low === rounded.high && !roundsTo(rounded.low, value.low, rounded.qualifier)) return false;
  return relate(rounded, value) === 'agrees' || fewerDigits(rounded, value);
}

/**
 * Whether `bound` is `value` rounded to a step of one or five units of some power of ten smaller than it: down for
 * a lower bound ("more than", "at least"), up for an upper one ("nearly", "up to"), to the nearest for "about".
 */
function roundsTo(bound: number, value: number, qualifier: Qualifier): boolean {
  const size = Math.abs(value);
  if (size === 0) return false;
  const lower = qualifier === 'more-than' || qualifier === 'at-least';
  const down = lower || qualifier === 'approximately';
  const up = !lower;
  const fits = (x: number): boolean => Math.abs(x - bound) <= 1e-9 * size;
  for (let power = 10 ** Math.floor(Math.log10(size)); power >= size * 1e-6; power /= 10) {
    for (const step of [power * 5, power]) {
      if (step > size) continue;
      if ((down && fits(Math.floor(value / step + 1e-9) * step)) || (up && fits(Math.ceil(value / step - 1e-9) * step))) return true;
    }
  }
  return false;
}

/** Significant digits of a value ("17,4 milioni" has 3, "17.432.000" has 5). */
function digitsOf(v: number): number {
  let d = 1;
  while (d < 15 && Number(v.toPrecision(d)) !== v) d++;
  return d;
}

/**
 * A single exact value that is another, precise one rounded to fewer significant digits, of three at least ("17,4
 * milioni di passeggeri", then "17.432.000 passeggeri").
 */
function fewerDigits(rounded: Claim, value: Claim): boolean {
  const d = digitsOf(rounded.low);
  return d >= MIN_ROUNDED_DIGITS && d < digitsOf(value.low) && Number(value.low.toPrecision(d)) === rounded.low;
}

const MIN_ROUNDED_DIGITS = 3;

/**
 * A single value that is no reference, of two significant digits or more for a count above twelve, a sum or a
 * measure ("€258 million", "1,27 milioane"; not "€3 billion"), of three or more for a share ("11,5%", "47,4%"): one
 * article gives a rate and a forecast of "1,9%", a target of "3.5%" for all and for one. A whole share between ten
 * and a hundred that is no multiple of five ("83%", "38%") is precise too: round shares ("40%", "25%") recur.
 */
function precise(c: Claim): boolean {
  if (c.reference || c.low !== c.high || c.kind === 'ordinal' || (c.kind === 'count' && c.low <= 12)) return false;
  // Fewer significant digits give the value back.
  if (c.kind === 'percent' && c.low > 10 && c.low < 100 && Number.isInteger(c.low) && c.low % 5 !== 0) return true;
  return Number(c.low.toPrecision(c.kind === 'percent' ? 2 : 1)) !== c.low;
}

/** The other claims of a claim's document among `among` that restate it. */
function restatementsOf(of: LinkableClaim, among: readonly LinkableClaim[]): LinkableClaim[] {
  return among.filter((c) => c !== of && c.doc === of.doc && restates(c.claim, of.claim));
}

/**
 * Links of one claim to claims in other documents. `groups` holds the claims of other documents that may match
 * (those that share a comparison key with it), one group per document; `candidatesIn(doc, of)` gives the claims of
 * a document that may match claim `of`, for the mutual check. Each other document gives the claim's mutual best
 * match there, if the acceptance model finds it likely enough; a figure stated twice (restates) shares its links,
 * so a claim may get the match of its restatement, and a match restated in its document gives a link to each
 * statement. `backs`, shared by claims of one document, keeps the best matches back in it (mutualMatch). A match
 * is a link from `threshold` up (acceptanceThreshold, for the workspace's size).
 */
export function linksOf(
  claim: LinkableClaim,
  groups: readonly (readonly LinkableClaim[])[],
  candidatesIn: (doc: string, of: LinkableClaim) => readonly LinkableClaim[],
  weight: Specificity,
  similarity: StorySimilarity | undefined,
  backs: BackMatches | undefined,
  threshold: number,
): ClaimLink[] {
  const links: ClaimLink[] = [];
  const restated = restatementsOf(claim, candidatesIn(claim.doc, claim));
  const mine = restated.length ? [claim, ...restated] : [claim];
  for (const list of groups) {
    if (list.length === 0 || list[0]!.doc === claim.doc) continue;
    let found: Map<LinkableClaim, number> | undefined;
    for (const own of mine) {
      const match = mutualMatch(own, list, candidatesIn, weight, similarity, backs);
      if (!match) continue;
      const score = acceptance(match);
      if (score < threshold) continue;
      found ??= new Map();
      for (const b of [match.b, ...restatementsOf(match.b, list)]) if (!(found.get(b)! >= score)) found.set(b, score);
    }
    if (found) for (const [b, score] of found) links.push({ a: claim, b, relation: relate(...inOneUnit(claim.claim, b.claim)), score });
  }
  return links;
}
