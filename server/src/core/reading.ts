/**
 * What a document states whatever names the workspace knows: its language, dates, numeric claims and the kinds
 * of event it is about. It depends on the text alone, so it can be worked out anywhere, ahead of the naming of
 * entities (analyze.ts), and kept while names found elsewhere make the document be named again.
 */
import { candidateKeys } from './aliases';
import { extractClaims } from './claims';
import { readLocalCurrencies } from './currencies';
import { EVENT_TYPES } from './data/eventTypes';
import { findDates } from './dates';
import { demonymCountries } from './demonyms';
import { detectLanguages, type LanguageSegment } from './language';
import { stem } from './stems';
import { firstOfSentence, fold, sentenceAt, type Token } from './tokens';
import type { Claim, Language, Mention, Span } from './types';

export interface Run extends Span {
  language: Language;
}

/** Runs of text in one language, covering the whole text. */
function languageRuns(length: number, language: Language, segments: readonly Run[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const s of segments) {
    if (s.start > at) runs.push({ start: at, end: s.start, language });
    runs.push(s);
    at = s.end;
  }
  if (at < length) runs.push({ start: at, end: length, language });
  return runs;
}

function shift<T extends Span>(items: T[], by: number): T[] {
  for (const i of items) {
    i.start += by;
    i.end += by;
  }
  return items;
}

const eventStems: Partial<Record<Language, Map<string, string>>> = {};

/** Stem of each word that names a kind of event -> that kind, per language. */
function eventStemsOf(language: Language): Map<string, string> {
  let map = eventStems[language];
  if (!map) {
    map = new Map<string, string>();
    for (const e of EVENT_TYPES) for (const w of e.words[language]) map.set(stem(w, language), e.id);
    eventStems[language] = map;
  }
  return map;
}

/** Each word's kind of event ('' for none) as written: every word of every document is asked, and words recur. */
const eventWords: Record<Language, Map<string, string>> = { it: new Map(), ro: new Map(), en: new Map() };
const EVENT_WORDS_KEPT = 200_000;

function eventOf(word: string, language: Language): string | undefined {
  const known = eventWords[language];
  let event = known.get(word);
  if (event === undefined) {
    event = eventStemsOf(language).get(stem(word.toLowerCase(), language)) ?? '';
    if (known.size >= EVENT_WORDS_KEPT) known.clear();
    known.set(word, event);
  }
  return event || undefined;
}

/** Per UTF-16 unit, the letter it folds to alone (fold in tokens.ts), NOT_A_LETTER if none; 0 when not known yet. */
const foldedUnits = new Uint16Array(0x10000);
const NOT_A_LETTER = 0xffff;
const LETTER = /^\p{L}$/u;

/** A prefix that cannot be told unit by unit: a dot, a hyphen or a combining mark is in it. */
const UNTOLD = -2;

/**
 * The first `length` units of a word, each folded, as one number: what the word's folded form (a lookup key)
 * begins with. -1 for a shorter word; UNTOLD when a unit is no letter folded alone.
 */
function foldedPrefix(word: string, length: 2 | 3): number {
  if (word.length < length) return -1;
  let code = 0;
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    let f = foldedUnits[c]!;
    if (f === 0) {
      const folded = fold(String.fromCharCode(c));
      foldedUnits[c] = f = folded.length === 1 && LETTER.test(folded) ? folded.charCodeAt(0) : NOT_A_LETTER;
    }
    if (f === NOT_A_LETTER) return UNTOLD;
    code = code * 0x10000 + f;
  }
  return code;
}

/** The folded prefixes of some keys, of `length` units, or null when one is too short or cannot be told. */
function prefixesOf(keys: readonly string[], length: 2 | 3): Set<number> | null {
  const prefixes = keys.map((k) => foldedPrefix(k, length));
  return prefixes.some((p) => p < 0) ? null : new Set(prefixes);
}

/** True unless a word's folded prefix is told and is none of `prefixes`. */
const mayBegin = (prefixes: Set<number> | null, word: string, length: 2 | 3): boolean => {
  if (prefixes === null) return true;
  const p = foldedPrefix(word, length);
  return p === UNTOLD || prefixes.has(p);
};

/**
 * Per language, the folded prefixes of the stems of the words that name kinds of event: three letters of stems
 * of four or more, two of stems of three. A Snowball stem is the word cut short, with letters unaccented or marked
 * and unmarked again; only a stem of three letters may end otherwise than its word at the third ("icing" is "ice",
 * "cries" is "cri"). A word whose prefixes are none of these names no event, and is not looked up: most words.
 */
const eventPrefixes: Partial<Record<Language, { three: Set<number> | null; two: Set<number> | null }>> = {};

function mayNameEvent(word: string, language: Language): boolean {
  let prefixes = eventPrefixes[language];
  if (!prefixes) {
    const stems = [...eventStemsOf(language).keys()];
    const short = stems.some((s) => s.length < 3);
    prefixes = eventPrefixes[language] = {
      three: short ? null : prefixesOf(stems.filter((s) => s.length > 3), 3),
      two: short ? null : prefixesOf(stems.filter((s) => s.length === 3), 2),
    };
  }
  // With no filter on one side, every word is looked up.
  if (prefixes.three === null || prefixes.two === null) return true;
  return mayBegin(prefixes.three, word, 3) || mayBegin(prefixes.two, word, 2);
}

/** Per language, the folded prefixes of the demonyms' keys: a word with none of them is no demonym. */
const demonymPrefixes: Partial<Record<Language, Set<number> | null>> = {};

function mayBeDemonym(word: string, language: Language): boolean {
  let prefixes = demonymPrefixes[language];
  if (prefixes === undefined) prefixes = demonymPrefixes[language] = prefixesOf([...demonymCountries()[language].keys()], 3);
  return mayBegin(prefixes, word, 3);
}

/**
 * The kinds of event a document is mostly about (those named at least twice and at least a third as often as the
 * first), and every kind it names.
 */
function eventsOf(tokens: readonly Token[], runs: readonly Run[]): { events: string[]; eventsNamed: string[] } {
  const counts = new Map<string, number>();
  let r = 0;
  for (const t of tokens) {
    while (r < runs.length - 1 && t.start >= runs[r]!.end) r++;
    if (t.numeric || !mayNameEvent(t.text, runs[r]!.language)) continue;
    const e = eventOf(t.text, runs[r]!.language);
    if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  let top = 0;
  for (const n of counts.values()) if (n > top) top = n;
  // Filled by loops: spreading the counts into arrays to filter and map sent V8 back from its optimised code of this
  // function 96 times on the benchmark's 10,000 articles (--trace-deopt, "wrong map"), and 4 times in this form.
  const events: string[] = [];
  const eventsNamed: string[] = [];
  for (const [e, n] of counts) {
    eventsNamed.push(e);
    if (n >= 2 && n * 3 >= top) events.push(e);
  }
  return { events: events.sort(), eventsNamed: eventsNamed.sort() };
}

/** A run of text in one language, with the dates and claims found in it. */
interface RunReading extends Run {
  dates: Mention[];
  claims: Claim[];
}

/**
 * What a document states whatever names the workspace knows: its language, dates, claims and kinds of event.
 * Names found elsewhere change only its entities (and what follows from them), so a document analysed again
 * for a new name reuses its reading.
 */
export interface DocumentReading {
  language: Language;
  segments: LanguageSegment[];
  runs: RunReading[];
  /** Every run's claims, in text order. */
  claims: Claim[];
  events: string[];
  /** Every kind of event the document names, once at least. */
  eventsNamed: string[];
  /**
   * For each sentence that states a claim, by sentence index in ascending order, the countries its demonyms name
   * ("nordcoreani", "ruși"), in text order; sentences with none are left out. They join the claims' contexts.
   */
  demonyms: [number, string[]][];
  wordCount: number;
}

/** The countries the demonyms of each claim's sentence name (DocumentReading.demonyms). */
function demonymsOf(tokens: readonly Token[], claims: readonly Claim[], runs: readonly Run[]): [number, string[]][] {
  const demonyms = demonymCountries();
  const sentences = [...new Set(claims.map((c) => sentenceAt(tokens, c.start)))].sort((a, b) => a - b);
  const out: [number, string[]][] = [];
  let r = 0;
  for (const s of sentences) {
    const countries: string[] = [];
    for (let i = firstOfSentence(tokens, s); i < tokens.length && tokens[i]!.sentence === s; i++) {
      const t = tokens[i]!;
      while (r < runs.length - 1 && t.start >= runs[r]!.end) r++;
      if (t.numeric || !mayBeDemonym(t.text, runs[r]!.language)) continue;
      const country = demonyms[runs[r]!.language].get(candidateKeys(t.text, runs[r]!.language)[0]!);
      if (country && !countries.includes(country)) countries.push(country);
    }
    if (countries.length) out.push([s, countries]);
  }
  return out;
}

export function readDocument(text: string, tokens: readonly Token[], knownLanguage?: Language): DocumentReading {
  const { language, segments } = knownLanguage ? { language: knownLanguage, segments: [] } : detectLanguages(text);
  const runs: RunReading[] = [];
  const claims: Claim[] = [];
  for (const run of languageRuns(text.length, language, segments)) {
    const slice = text.slice(run.start, run.end);
    // Built field by field, not spread from the run: runs come from two places, and one shape keeps the code
    // that reads them optimised.
    const reading: RunReading = {
      start: run.start, end: run.end, language: run.language,
      dates: shift(findDates(slice, run.language), run.start), claims: shift(extractClaims(slice, run.language), run.start),
    };
    runs.push(reading);
    claims.push(...reading.claims);
  }
  claims.sort((a, b) => a.start - b.start);
  readLocalCurrencies(text, claims, tokens, language);
  const { events, eventsNamed } = eventsOf(tokens, runs);
  return { language, segments, runs, claims, events, eventsNamed, demonyms: demonymsOf(tokens, claims, runs), wordCount: tokens.length };
}
