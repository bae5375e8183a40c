/**
 * Language of a document and of the paragraphs that differ from it.
 * eld (measured best of tinyld, eld and franc-min on short news paragraphs: `scripts/compareLanguageDetectors.ts`)
 * decides the document; a vote of stopwords that belong to one language only (stopwords-iso) finds paragraphs
 * that may be in another language, which eld then confirms. One eld call costs ~70 µs whatever the length, so
 * calling it per paragraph would dominate indexing time on large workspaces. The stopword vote reads the text
 * once (the document's vote is the sum of its paragraphs'). Nothing is kept: a document analysed again for a name
 * found elsewhere reuses its whole reading (workspaceIndex.ts).
 */
import { eld } from 'eld/small';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { LANGUAGES, type Language, type Span } from './types';
import { allMatches } from './regex';

export interface LanguageSegment extends Span {
  language: Language;
}

eld.setLanguageSubset([...LANGUAGES]);

const lists = stopwords as unknown as Record<string, string[]>;
/** Stopword -> the only one of our languages it belongs to. */
const DISTINCTIVE = new Map<string, Language>();
{
  const sets = LANGUAGES.map((l) => new Set(lists[l]));
  LANGUAGES.forEach((lang, i) => {
    for (const w of sets[i]!) {
      // One- and two-letter words are too often shared or ambiguous across these languages.
      if (w.length > 2 && sets.every((s, j) => j === i || !s.has(w))) DISTINCTIVE.set(w, lang);
    }
  });
}

const PARAGRAPH = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
const MIN_PARAGRAPH_VOTES = 4;

// Lowercasing never shortens a word, so words longer than every stopword cannot be one; shorter ones can only
// grow into one through a letter that lowercases to two (İ -> i + U+0307), which no stopword contains.
const LONGEST = Math.max(...[...DISTINCTIVE.keys()].map((w) => w.length));
const SHORTEST = [...DISTINCTIVE.keys()].some((w) => w.includes('\u0307')) ? 1 : Math.min(...[...DISTINCTIVE.keys()].map((w) => w.length));

const LETTER = /^\p{L}$/u;
/** Per UTF-16 unit of the BMP: 0 not known yet, 1 a letter, 2 not a letter (what \p{L} says). */
const letters = new Uint8Array(0x10000);

/** Length in UTF-16 units of the letter (a code point in \p{L}) at `i`, or 0. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = letters[c]!;
  if (known === 0) letters[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** Language of a text by eld, or `fallback` when eld does not return one of ours. */
function eldLanguage(text: string, fallback: Language): Language {
  const code = eld.detect(text.slice(0, 2000)).language;
  return isLanguage(code) ? code : fallback;
}

/**
 * Language of a text. A clear stopword majority over the whole text decides (eld reads only its start and can be
 * swayed by names and loanwords); otherwise eld does.
 */
export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  return languageOf(text, vote(text), fallback);
}

function languageOf(text: string, v: ReturnType<typeof vote>, fallback: Language): Language {
  if (v && v.votes >= 8 && v.votes * 3 >= v.total * 2) return v.language;
  return eldLanguage(text, fallback);
}

type Counts = Record<Language, number>;

/** Per UTF-16 unit of the BMP: its lowercase when that is one unit, 0xffff when it is not; 0 when not known yet. */
const lowerUnits = new Uint16Array(0x10000);

function lowerUnit(c: number): number {
  let lower = lowerUnits[c]!;
  if (lower === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    lowerUnits[c] = lower = l.length === 1 ? l.charCodeAt(0) : 0xffff;
  }
  return lower;
}

/** Adds a unit to a word's hash. */
const hashStep = (hash: number, unit: number): number => (Math.imul(hash, 31) + unit) | 0;

/** Distinctive stopwords by the hash of their units, lowercased one by one, with their language. */
const BY_HASH = new Map<number, [string, Language][]>();
for (const [word, lang] of DISTINCTIVE) {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, lowerUnit(word.charCodeAt(i)));
  const list = BY_HASH.get(hash) ?? [];
  BY_HASH.set(hash, list);
  list.push([word, lang]);
}

/**
 * Distinctive stopwords per language among the words (runs of \p{L}) of `text`. A word's hash is worked out as
 * it is read, and only a word whose hash is a stopword's is cut out and lowercased to compare: most are not.
 */
function countVotes(text: string): Counts {
  const counts: Counts = { it: 0, ro: 0, en: 0 };
  let i = 0;
  while (i < text.length) {
    let n = letterAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    // A letter outside the BMP, or one that lowercases to more than one unit, leaves the word to be compared whole.
    let hashed = true;
    while (n > 0) {
      const lower = n === 1 ? lowerUnit(text.charCodeAt(i)) : 0xffff;
      if (lower === 0xffff) hashed = false;
      else hash = hashStep(hash, lower);
      i += n;
      n = i < text.length ? letterAt(text, i) : 0;
    }
    if (i - start > LONGEST || i - start < SHORTEST) continue;
    if (hashed) {
      const candidates = BY_HASH.get(hash);
      if (!candidates) continue;
      const word = text.slice(start, i).toLowerCase();
      const found = candidates.find(([w]) => w === word);
      if (found) counts[found[1]]++;
    } else {
      const lang = DISTINCTIVE.get(text.slice(start, i).toLowerCase());
      if (lang) counts[lang]++;
    }
  }
  return counts;
}

function decide(counts: Counts): { language: Language; votes: number; total: number } | null {
  const total = counts.it + counts.ro + counts.en;
  if (total === 0) return null;
  const best = LANGUAGES.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return { language: best, votes: counts[best], total };
}

function vote(paragraph: string): { language: Language; votes: number; total: number } | null {
  return decide(countVotes(paragraph));
}

/**
 * The document language and the segments (paragraphs) whose language differs from it; text outside any listed
 * segment is in the document language.
 */
export function detectLanguages(text: string): { language: Language; segments: LanguageSegment[] } {
  // Every letter lies in some paragraph, so the paragraphs' votes add up to the whole text's.
  const paragraphs = allMatches(PARAGRAPH, text).map((m) => ({ m, counts: countVotes(m[0]) }));
  const whole: Counts = { it: 0, ro: 0, en: 0 };
  for (const { counts } of paragraphs) for (const l of LANGUAGES) whole[l] += counts[l];
  const language = languageOf(text, decide(whole), 'en');
  const segments: LanguageSegment[] = [];
  for (const { m, counts } of paragraphs) {
    const v = decide(counts);
    // A clear stopword majority for another language, confirmed by eld on the paragraph itself.
    if (!v || v.language === language || v.votes < MIN_PARAGRAPH_VOTES || v.votes * 3 < v.total * 2) continue;
    if (eldLanguage(m[0], language) !== v.language) continue;
    segments.push({ start: m.index, end: m.index + m[0].length, language: v.language });
  }
  return { language, segments };
}
