/**
 * Word tokens and sentences. A Unicode regex rather than Intl.Segmenter: on news text the regex is ~30x faster
 * (13M vs 0.45M words/s measured on the seeds) and gives the same word boundaries for it/ro/en. Apostrophes
 * split words ("dell'Ucraina" -> "dell" "Ucraina", "Russia's" -> "Russia" "s"), so names never carry them.
 */
import type { Span } from './types';

export interface Token extends Span {
  text: string;
  /** First character is an uppercase letter. */
  capitalised: boolean;
  /** Starts a sentence, a line, or follows opening punctuation that starts a clause (quote, dash, colon). */
  sentenceInitial: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Digits only (with separators). */
  numeric: boolean;
  /** Directly followed by an apostrophe and a letter: an elided article or preposition ("dell'", "L'"). */
  elided: boolean;
}

// Dotted acronyms (S.U.A., U.E.), letters with internal hyphens (Jong-un, nord-coreean), digits with separators.
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-‐][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,  ]\p{N}+)*/gu;
// An apostrophe before a word, but not English clitics ('s, 't, 'll, 're, 've, 'd, 'm).
const ELISION = /^['’](?!(?:s|t|ll|re|ve|d|m)(?!\p{L}))\p{L}/u;
const UPPER = /^\p{Lu}/u;
// Closes a sentence: terminal punctuation then space, or a line break.
const SENTENCE_END = /[.!?…]["”»’)]*(?:\s+["“„«‘'(]*)?\s*$/u;
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Gen|Sen|Gov|Rep|Prof|Sig|Dott|Avv|On|dl|dna|nr|Nr|art|vs|etc|ecc|ex|cca|aprox)\.\s*$/u;
// An opening quote or bracket after a space, or a dash or colon: what follows starts a clause.
const CLAUSE_OPENER = /\s["“„«‘'(]+\s*$|[—–:]\s*$/u;

/** True if the gap between two tokens ends a sentence. */
function breaksSentence(gap: string, previous: string): boolean {
  if (gap.includes('\n')) return true;
  if (!SENTENCE_END.test(gap)) return false;
  // "U.S." style initials and known abbreviations do not end a sentence.
  if (/^\p{Lu}$/u.test(previous)) return false;
  return !ABBREVIATION.test(previous + gap);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  let previous = '';
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const raw = m[0];
    const elided = ELISION.test(text.slice(start + raw.length, start + raw.length + 4));
    const gap = text.slice(last, start);
    const prev = tokens[tokens.length - 1];
    let initial = prev === undefined;
    if (prev && prev.elided && prev.end + 1 === start) {
      // After an elided article ("L'Ucraina"), the word carries the sentence start, not the article.
      initial = prev.sentenceInitial;
    } else if (prev && breaksSentence(gap, previous)) {
      sentence++;
      initial = true;
    } else if (prev && CLAUSE_OPENER.test(gap)) {
      initial = true;
    }
    const numeric = /^\p{N}/u.test(raw);
    tokens.push({
      start,
      end: start + raw.length,
      text: raw,
      capitalised: UPPER.test(raw),
      sentenceInitial: initial,
      sentence,
      numeric,
      elided,
    });
    last = start + raw.length;
    previous = raw;
  }
  return tokens;
}

/** Lowercase without diacritics and with ș/ş, ț/ţ and apostrophes unified: the form lookups compare. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/‐/g, '-');
}

/** Sentence spans of a token list, by sentence index. */
export function sentenceSpans(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const t of tokens) {
    const s = spans[t.sentence];
    if (s) s.end = t.end;
    else spans[t.sentence] = { start: t.start, end: t.end };
  }
  return spans;
}
