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

const SPACE = 32;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** What /^\p{Lu}/u says of a word, without the regex for ASCII (most words of news text). */
function capitalisedWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(raw);
}

/** What /^\p{N}/u says of a word, without the regex for ASCII. */
function numericWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : /^\p{N}/u.test(raw);
}

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
    const after = text.charCodeAt(start + raw.length);
    const elided = (after === APOSTROPHE || after === RIGHT_QUOTE) && ELISION.test(text.slice(start + raw.length, start + raw.length + 4));
    const prev = tokens[tokens.length - 1];
    // One space, the usual gap, neither ends a sentence nor opens a clause.
    const space = start - last === 1 && text.charCodeAt(last) === SPACE;
    let initial = prev === undefined;
    if (prev && prev.elided && prev.end + 1 === start) {
      // After an elided article ("L'Ucraina"), the word carries the sentence start, not the article.
      initial = prev.sentenceInitial;
    } else if (prev && !space && breaksSentence(text.slice(last, start), previous)) {
      sentence++;
      initial = true;
    } else if (prev && !space && CLAUSE_OPENER.test(text.slice(last, start))) {
      initial = true;
    }
    const numeric = numericWord(raw);
    tokens.push({
      start,
      end: start + raw.length,
      text: raw,
      capitalised: capitalisedWord(raw),
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

const folded = new Map<string, string>();

/** Lowercase without diacritics and with ș/ş, ț/ţ and apostrophes unified: the form lookups compare. */
export function fold(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    // Words repeat: the same few thousand make most of a workspace.
    if (folded.size >= 200_000) folded.clear();
    folded.set(word, (f = foldOnce(word)));
  }
  return f;
}

function foldOnce(word: string): string {
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
