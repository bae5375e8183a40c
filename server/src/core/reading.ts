/**
 * What a document states whatever names the workspace knows: its language, dates, numeric claims and the kinds
 * of event it is about. It depends on the text alone, so it can be worked out anywhere, ahead of the naming of
 * entities (analyze.ts), and kept while names found elsewhere make the document be named again.
 */
import { candidateKeys } from './aliases';
import { extractClaims } from './claims';
import { EVENT_TYPES } from './data/eventTypes';
import { findDates } from './dates';
import { demonymCountries } from './knowledge';
import { detectLanguages, type LanguageSegment } from './language';
import { stem } from './stems';
import { firstOfSentence, sentenceAt, type Token } from './tokens';
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
/** Each word's kind of event ('' for none) as written: every word of every document is asked, and words recur. */
const eventWords: Record<Language, Map<string, string>> = { it: new Map(), ro: new Map(), en: new Map() };
const EVENT_WORDS_KEPT = 200_000;

function eventOf(word: string, language: Language): string | undefined {
  const known = eventWords[language];
  let event = known.get(word);
  if (event === undefined) {
    let map = eventStems[language];
    if (!map) {
      map = new Map<string, string>();
      for (const e of EVENT_TYPES) for (const w of e.words[language]) map.set(stem(w, language), e.id);
      eventStems[language] = map;
    }
    event = map.get(stem(word.toLowerCase(), language)) ?? '';
    if (known.size >= EVENT_WORDS_KEPT) known.clear();
    known.set(word, event);
  }
  return event || undefined;
}

/** The kinds of event a document is mostly about: those named at least twice and at least a third as often as the first. */
function eventsOf(tokens: readonly Token[], runs: readonly Run[]): string[] {
  const counts = new Map<string, number>();
  let r = 0;
  for (const t of tokens) {
    while (r < runs.length - 1 && t.start >= runs[r]!.end) r++;
    if (t.numeric) continue;
    const e = eventOf(t.text, runs[r]!.language);
    if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n >= 2 && n * 3 >= top).map(([e]) => e).sort();
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
      if (t.numeric) continue;
      while (r < runs.length - 1 && t.start >= runs[r]!.end) r++;
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
    const reading = { ...run, dates: shift(findDates(slice, run.language), run.start), claims: shift(extractClaims(slice, run.language), run.start) };
    runs.push(reading);
    claims.push(...reading.claims);
  }
  claims.sort((a, b) => a.start - b.start);
  return { language, segments, runs, claims, events: eventsOf(tokens, runs), demonyms: demonymsOf(tokens, claims, runs), wordCount: tokens.length };
}
