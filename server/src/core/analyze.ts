/**
 * One document -> facts: language, dates, numeric claims, entities, and for each claim the context it is
 * stated in (the entities and nationalities of its sentence), which decides what other claims it may be
 * compared with.
 */
import type { LexiconEntry, NameSource } from './aliases';
import { nameCues } from './cues';
import { YEAR_COMPARISONS, YEAR_LINKS } from './data/functionWords';
import { findEntities } from './entities';
import { knowledge } from './knowledge';
import { readDocument, type DocumentReading } from './reading';
import { sentenceAt, tokenize, type Token } from './tokens';
import type { Claim, Language, Mention } from './types';
import { allMatches } from './regex';

export interface ClaimContext {
  /** Entity ids (and countries named by demonyms) in the claim's sentence. */
  entities: string[];
  /** Date ids in the claim's sentence. */
  dates: string[];
}

export interface DocumentFacts {
  language: Language;
  /** Paragraphs in another language than the document's. */
  segments: { start: number; end: number; language: Language }[];
  entities: Mention[];
  claims: Claim[];
  /** Parallel to `claims`. */
  claimContexts: ClaimContext[];
  /** The document's most mentioned entities: its topic. */
  topic: string[];
  /** Kinds of event the document is about (flood, election...), from the words that name them. */
  events: string[];
  /** Every kind of event the document names, once at least. */
  eventsNamed: string[];
  /** Names this document found by heuristics, for other documents to reuse. */
  discovered: { key: string; entry: LexiconEntry }[];
  /** Capitalised words it could not resolve; a name found elsewhere may resolve them. */
  unresolved: string[];
  wordCount: number;
}

export interface AnalyzeOptions {
  /** Names found in other documents of the workspace. */
  workspaceNames?: NameSource;
  /** The language, when the caller knows it (skips detection). */
  language?: Language;
}

const TOPIC_SIZE = 3;

function topicOf(mentions: readonly Mention[]): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.type !== 'date') counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOPIC_SIZE).map(([id]) => id);
}

/**
 * A dateline opening a paragraph: the place in capitals, perhaps a date and the agency, up to a dash ("ROMA, 15
 * ottobre 2026 – ", "BUCUREȘTI – ", "ROME, Oct 15 (Reuters) - "); or the place in title case, then a date ("Torino,
 * 9 iulie 2026 – ").
 */
const DATELINE = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}\p{M}'’.\- ]*\p{Lu}(?:,[^\n–—]{0,60}?)?[ \t]+[–—-][ \t]|\p{Lu}[\p{Ll}\p{M}'’.-]*(?: \p{Lu}[\p{Ll}\p{M}'’.-]*)*,[^\n–—]{0,40}?\d[^\n–—]{0,20}?[ \t]+[–—-][ \t])/gu;

/** Where each dateline is: it tells where and when the article was filed, not what its first sentence is about. */
function datelines(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of allMatches(DATELINE, text)) {
    const end = m.index + m[0].length;
    out.push([end - m[1]!.length, end]);
  }
  return out;
}

/**
 * The context of each claim's sentence: its entities, then the countries of its demonyms (worked out with the
 * reading). Names and dates of a dateline are left out.
 */
function claimContexts(text: string, claims: readonly Claim[], entities: readonly Mention[], tokens: readonly Token[], demonyms: DocumentReading['demonyms'], language: Language): ClaimContext[] {
  const filed = datelines(text);
  const inDateline = (at: number): boolean => filed.some(([start, end]) => at >= start && at < end);
  const bySentence = new Map<number, ClaimContext>();
  for (const claim of claims) {
    const s = sentenceAt(tokens, claim.start);
    if (!bySentence.has(s)) bySentence.set(s, { entities: [], dates: [] });
  }
  /** Where each date of a sentence is written in it, by sentence and date id (in the order first written). */
  const dateMentions = new Map<number, Map<string, number[]>>();
  for (const m of entities) {
    const s = sentenceAt(tokens, m.start);
    const c = bySentence.get(s);
    if (!c || inDateline(m.start)) continue;
    if (m.type !== 'date') {
      if (!c.entities.includes(m.id)) c.entities.push(m.id);
      continue;
    }
    const ids = dateMentions.get(s) ?? new Map<string, number[]>();
    dateMentions.set(s, ids);
    const at = ids.get(m.id);
    if (at) at.push(m.start);
    else ids.set(m.id, [m.start]);
  }
  for (const [s, ids] of dateMentions) bySentence.get(s)!.dates.push(...ids.keys());
  for (const [s, countries] of demonyms) {
    const c = bySentence.get(s)!;
    for (const country of countries) if (!c.entities.includes(country)) c.entities.push(country);
  }
  const owners = datesOfFigures(text, claims, entities, language);
  return claims.map((claim, i) => {
    const s = sentenceAt(tokens, claim.start);
    const shared = bySentence.get(s)!;
    // Dates other figures of the sentence own, and this one does not, are left out of its context: a date written
    // more than once in the sentence is its own where one of its mentions is. Who owns a date elsewhere (a headline's
    // "în 2025", then the body's) does not count here.
    const own = (id: string): boolean => (dateMentions.get(s)?.get(id) ?? []).some((at) => owners.get(at)?.has(i) ?? true);
    return shared.dates.every(own) ? shared : { entities: shared.entities, dates: shared.dates.filter(own) };
  });
}

/** How far after a figure a date may be written and still date it, in characters. */
const DATE_AFTER = 30;
/** How far after a figure a date it is compared with may be written, in characters (YEAR_COMPARISONS). */
const DATE_COMPARED = 40;
/** How far before a figure a date that opens its clause may be written, in characters. */
const DATE_BEFORE = 60;
/** Up to three words, the last of them the preposition that joins a date to a figure ("in", "expected for"). */
const WORDS_TO_DATE = /^(?:\p{L}+\s+){0,2}(\p{L}+)$/u;
const CLAUSE_BREAK = /[,;:]/;
const SENTENCE_END = /[.!?]/;
const ANY_BREAK = /[,;:.!?]/;
const SPACES = /\s+/;

/**
 * Dates of one figure of a sentence, not of the others: a date written right after a figure, joined by a
 * preposition, or by up to three words ending in one ("rispetto ai 2,4 milioni del 2025", "3.1% expected for
 * 2026"); and a date that opens a clause after a figure and comes before the next figure, in that clause ("25 de
 * răniți, în condițiile în care în tot anul 2025 fuseseră înregistrate 19 victime"). By where the date is written,
 * the indices of the claims that own it.
 */
function datesOfFigures(text: string, claims: readonly Claim[], entities: readonly Mention[], language: Language): Map<number, Set<number>> {
  const links = YEAR_LINKS[language];
  const compared = YEAR_COMPARISONS[language];
  const out = new Map<number, Set<number>>();
  const own = (at: number, claim: number): void => void out.set(at, (out.get(at) ?? new Set()).add(claim));
  let k = 0;
  for (const m of entities) {
    if (m.type !== 'date') continue;
    while (k < claims.length && claims[k]!.end <= m.start) k++;
    const before = k - 1;
    if (before < 0) continue;
    const lead = text.slice(claims[before]!.end, m.start);
    const between = lead.trim().toLowerCase();
    if (lead.length <= DATE_AFTER && (between === '' || links.includes(WORDS_TO_DATE.exec(between)?.[1] ?? ''))) {
      own(m.start, before);
      continue;
    }
    // A year the figure before it is compared with, in its clause ("35% mai puțin decât în 2023").
    if (lead.length <= DATE_COMPARED && !ANY_BREAK.test(lead) && between.split(SPACES).some((w) => compared.includes(w))) {
      own(m.start, before);
      continue;
    }
    const after = claims[k];
    if (!after || after.start - m.end > DATE_BEFORE) continue;
    if (CLAUSE_BREAK.test(lead) && !SENTENCE_END.test(lead) && !ANY_BREAK.test(text.slice(m.end, after.start))) own(m.start, k);
  }
  return out;
}

/** The facts of a document from its reading and its tokens, naming entities with the workspace's names too. */
export function nameEntities(text: string, tokens: readonly Token[], reading: DocumentReading, workspaceNames?: NameSource): DocumentFacts {
  const lexicons = workspaceNames ? [knowledge().lexicon, workspaceNames] : [knowledge().lexicon];
  const cues = nameCues();
  const entities: Mention[] = [];
  const discovered: DocumentFacts['discovered'] = [];
  const unresolved: string[] = [];
  let first = 0;
  for (const run of reading.runs) {
    let last = first;
    while (last < tokens.length && tokens[last]!.start < run.end) last++;
    const found = findEntities(text, tokens.slice(first, last), {
      language: run.language,
      lexicons,
      cues,
      taken: [...run.dates, ...run.claims],
    });
    first = last;
    entities.push(...run.dates, ...found.mentions);
    discovered.push(...found.discovered);
    unresolved.push(...found.unresolved);
  }
  entities.sort((a, b) => a.start - b.start);
  const { language, segments, claims, events, eventsNamed, wordCount } = reading;
  return {
    language,
    segments,
    entities,
    claims,
    claimContexts: claimContexts(text, claims, entities, tokens, reading.demonyms, language),
    topic: topicOf(entities),
    events,
    eventsNamed,
    discovered,
    unresolved,
    wordCount,
  };
}

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentFacts {
  const tokens = tokenize(text);
  return nameEntities(text, tokens, readDocument(text, tokens, options.language), options.workspaceNames);
}
