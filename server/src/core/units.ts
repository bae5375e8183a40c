/** Recognises what follows or precedes a figure: currency, measure, percent, counted noun (data in data/units.ts). */
import {
  COUNTED_NOUNS, CURRENCIES, CURRENCY_SUBUNITS, MAGNITUDE_NOUNS_AFTER, MAGNITUDE_SCALE_AFTER, MEASURES, MEASURE_PREFIXES, NOUN_COMPLEMENTS, PERCENT_WORDS,
  WEIGHED_CURRENCY_WORDS, type CountedNoun,
} from './data/units';
import { alternation, foldPhrase, foldWord, listedWord, surfaceVariants, wordAfter } from './lexicon';
import { stem } from './stems';
import type { Language } from './types';

// Regular expressions are made once, at module level (regex.ts says why).
const SPACES = /\s+/g;

export interface UnitMatch {
  /** ISO currency code, `percent`, `percentage-point`, `basis-point`, or a measure unit. */
  unit: string;
  concept: string | null;
  /** For a subunit of a currency ("centesimi"), how many make one unit: the figure is divided by it. */
  per?: number;
  start: number;
  end: number;
}

/** A measure as a word of it names it: its unit, its concept, and the words after it that make it a noun instead. */
interface MeasureEntry { unit: string; concept: string | null; notBefore?: ReadonlySet<string> }

interface CompiledUnits {
  nounByWord: Map<string, CountedNoun>;
  nounByStem: Map<string, CountedNoun>;
  currencyByWord: Map<string, string>;
  subunitByWord: Map<string, { code: string; per: number }>;
  measureByWord: Map<string, MeasureEntry>;
  /** Words after the figure, possibly after a link ("di euro", "de lei", "of dollars"). */
  wordsAfter: RegExp;
  /** Symbols after the figure, attached or spaced, case-sensitive ("10km", "40 °C", "40 USD"). */
  symbolsAfter: RegExp;
  /** Currency symbols and codes before the figure ("€9", "$3m", "USD 40"). */
  symbolsBefore: RegExp;
  measurePrefix: RegExp;
  /** A seismic scale after degrees, which makes them a magnitude ("grade pe scara Richter"). */
  magnitudeScale: RegExp;
  /** A quake named after its magnitude ("a 7.7 quake"), or null where the language does not. */
  magnitudeNoun: RegExp | null;
  complement: RegExp;
  /** Words of a share after a figure, by the unit each makes ("per cento", "punti percentuali", "punti base"). */
  shareWords: Map<string, string>;
}

const compiled = new Map<Language, CompiledUnits>();
const currencySymbols = new Map<string, string>(CURRENCIES.flatMap((c) => c.symbols.map((s) => [s, c.code] as const)));
const measureSymbols = new Map<string, { unit: string; concept: string | null }>(
  MEASURES.flatMap((m) => m.symbols.map((s) => [s, { unit: m.unit, concept: m.concept ?? null }] as const)));

function compile(language: Language): CompiledUnits {
  const nounByWord = new Map<string, CountedNoun>();
  const nounByStem = new Map<string, CountedNoun>();
  for (const entry of COUNTED_NOUNS) {
    for (const listed of entry.words[language]) {
      const { word, byStem } = listedWord(listed);
      const folded = foldWord(word);
      if (!nounByWord.has(folded)) nounByWord.set(folded, entry);
      if (!byStem) continue;
      const key = stem(word.toLowerCase(), language);
      if (!nounByStem.has(key)) nounByStem.set(key, entry);
    }
  }
  const currencyByWord = new Map<string, string>();
  const subunitByWord = new Map<string, { code: string; per: number }>();
  const measureByWord = new Map<string, MeasureEntry>();
  const afterWords: string[] = [];
  const percent = PERCENT_WORDS[language];
  for (const c of CURRENCIES) {
    for (const w of c.words[language]) {
      currencyByWord.set(foldWord(w), c.code);
      afterWords.push(...surfaceVariants(w, language));
    }
  }
  for (const c of CURRENCY_SUBUNITS) {
    for (const w of c.words[language]) {
      subunitByWord.set(foldWord(w), { code: c.code, per: c.per });
      afterWords.push(...surfaceVariants(w, language));
    }
  }
  for (const m of MEASURES) {
    for (const w of m.words[language]) {
      const notBefore = m.notBefore?.[language];
      measureByWord.set(foldWord(w), { unit: m.unit, concept: m.concept ?? null, ...(notBefore ? { notBefore: new Set(notBefore.map(foldWord)) } : {}) });
      afterWords.push(...surfaceVariants(w, language));
    }
  }
  for (const w of [...percent.percent, ...percent.points, ...percent.basisPoints]) afterWords.push(...surfaceVariants(w, language));
  const links = { it: 'di|d\'', ro: 'de', en: 'of' }[language];
  // Romanian links a figure from twenty on to its unit with "de", symbols too: "100 de km/h".
  const symbolLink = { it: '', ro: '(?:[ \\t\\u00a0]+de)?', en: '' }[language];
  const symbols = [...measureSymbols.keys(), ...currencySymbols.keys()];
  return {
    nounByWord, nounByStem, currencyByWord, subunitByWord, measureByWord,
    wordsAfter: new RegExp(`[ \\t\\u00a0]*(?:(?:${links})[ \\t\\u00a0]*)?(${alternation(afterWords)})(?![\\p{L}\\p{M}])`, 'iuy'),
    symbolsAfter: new RegExp(`${symbolLink}[ \\t\\u00a0\\u202f]?(${alternation(symbols)})(?![\\p{L}\\p{M}\\d²³])`, 'uy'),
    symbolsBefore: new RegExp(`(?:^|[^\\p{L}])(${alternation(currencySymbols.keys())})[ \\t\\u00a0]?$`, 'u'),
    // "magnitudo 7,8 e 7,5": the second figure shares the word.
    measurePrefix: new RegExp(`(?:^|[^\\p{L}])(${alternation(Object.keys(MEASURE_PREFIXES[language]))})[ \\t\\u00a0]*` +
      `(?:\\d+(?:[.,]\\d+)?[ \\t\\u00a0]*(?:,|e|and|or|o|și|sau)[ \\t\\u00a0]+)?$`, 'iu'),
    magnitudeScale: new RegExp(`[ \\t\\u00a0]+(?:${alternation(MAGNITUDE_SCALE_AFTER[language].flatMap((w) => surfaceVariants(w, language)))})(?![\\p{L}\\p{M}])`, 'iuy'),
    magnitudeNoun: MAGNITUDE_NOUNS_AFTER[language].length === 0 ? null
      : new RegExp(`[ \\t\\u00a0]+(?:${alternation(MAGNITUDE_NOUNS_AFTER[language])})(?![\\p{L}\\p{M}])`, 'iuy'),
    complement: new RegExp(`[ \\t\\u00a0]+(?:${alternation(NOUN_COMPLEMENTS[language].flatMap((w) => surfaceVariants(w, language)))})(?![\\p{L}\\p{M}])`, 'iuy'),
    shareWords: new Map([
      ...percent.percent.map((w) => [foldWord(w), 'percent'] as const),
      ...percent.points.map((w) => [foldWord(w), 'percentage-point'] as const),
      ...percent.basisPoints.map((w) => [foldWord(w), 'basis-point'] as const),
    ]),
  };
}

function unitsFor(language: Language): CompiledUnits {
  let units = compiled.get(language);
  if (!units) {
    units = compile(language);
    compiled.set(language, units);
  }
  return units;
}

/** The counted noun a word is a form of ("soldați" → soldier), by exact form first, then by stem. */
export function countedNoun(word: string, language: Language): CountedNoun | null {
  const units = unitsFor(language);
  const lower = word.toLowerCase();
  return units.nounByWord.get(foldWord(lower)) ?? units.nounByStem.get(stem(lower, language)) ?? null;
}

/** A counted noun listed as this very word (countedNoun also finds one by stem). */
export function listedNoun(word: string, language: Language): CountedNoun | null {
  return unitsFor(language).nounByWord.get(foldWord(word.toLowerCase())) ?? null;
}

/** People of a nationality by its English adjective ("Romanian" → romanian), from the counted nouns that have one. */
const BY_ADJECTIVE = new Map(COUNTED_NOUNS.flatMap((n) => (n.adjective ? [[n.adjective, n] as const] : [])));

export function nationalityByAdjective(word: string): CountedNoun | null {
  return BY_ADJECTIVE.get(word.toLowerCase()) ?? null;
}

/** The text cues of currencies whose words name them only where the text says so (Currency.textCue). */
const CURRENCY_TEXT_CUES = new Map(CURRENCIES.flatMap((c) => (c.textCue ? [[c.code, c.textCue] as const] : [])));

/** How far before a figure a word of weighing makes a currency word after it a weight (WEIGHED_CURRENCY_WORDS). */
const WEIGHING_REACH = 40;
/** The word after a unit, when another word follows it ("of plastic"). */
const WORD_AND_WORD_AFTER = /^\s+(\p{L}+)\s+\p{L}/u;
const NON_LETTERS = /[^\p{L}]+/u;

/**
 * The unit of weight a currency word after a figure (from `pos` to `end`) stands for, if it stands for one here
 * (WEIGHED_CURRENCY_WORDS): "of" and a word follow it, or a word of weighing is shortly before the figure.
 */
function weighedCurrencyWord(text: string, pos: number, end: number, folded: string, language: Language): string | undefined {
  const weighed = WEIGHED_CURRENCY_WORDS[language];
  const unit = weighed.words[folded];
  if (!unit) return undefined;
  const next = WORD_AND_WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  if (next !== undefined && foldWord(next) === weighed.of) return unit;
  const before = foldPhrase(text.slice(Math.max(0, pos - WEIGHING_REACH), pos)).split(NON_LETTERS);
  return weighed.weighing.some((w) => before.includes(w)) ? unit : undefined;
}

/** Whether a currency's words name it in this text (Currency.textCue). */
function namedIn(text: string, code: string): boolean {
  return CURRENCY_TEXT_CUES.get(code)?.test(text) ?? true;
}

/**
 * A currency, measure or percent right after a figure ending at `pos`: "%", "km", "°C" (attached or not),
 * "euro", "di euro", "de lei", "of dollars", "per cento", "la sută", "punti percentuali".
 */
export function unitAfter(text: string, pos: number, language: Language): UnitMatch | null {
  const units = unitsFor(language);
  let p = pos;
  while (text[p] === ' ' || text[p] === '\u00a0' || text[p] === '\u202f') p++;
  if (text[p] === '%') return { unit: 'percent', concept: null, start: pos, end: p + 1 };
  units.symbolsAfter.lastIndex = pos;
  const symbol = units.symbolsAfter.exec(text);
  if (symbol) {
    const s = symbol[1]!;
    const currency = currencySymbols.get(s);
    const measure = measureSymbols.get(s);
    const end = pos + symbol[0].length;
    if (currency) return { unit: currency, concept: null, start: pos, end };
    // A bare "°" after a number is an ordinal in Italian and Romanian ("80° anniversario").
    if (measure && !(s === '°' && language !== 'en')) return { unit: measure.unit, concept: measure.concept, start: pos, end };
  }
  units.wordsAfter.lastIndex = pos;
  const word = units.wordsAfter.exec(text);
  if (!word) return null;
  const folded = foldPhrase(word[1]!);
  const end = pos + word[0].length;
  const share = units.shareWords.get(folded);
  if (share) return { unit: share, concept: null, start: pos, end };
  const currency = units.currencyByWord.get(folded);
  const weight = currency ? weighedCurrencyWord(text, pos, end, folded, language) : undefined;
  if (weight) return { unit: weight, concept: 'weight', start: pos, end };
  if (currency && namedIn(text, currency)) return { unit: currency, concept: null, start: pos, end };
  const subunit = units.subunitByWord.get(folded);
  if (subunit) return { unit: subunit.code, concept: null, start: pos, end, per: subunit.per };
  const measure = units.measureByWord.get(folded);
  if (!measure) return null;
  if (measure.notBefore) {
    const next = wordAfter(text, end);
    if (next && measure.notBefore.has(foldWord(next))) return null;
  }
  // Degrees on the Richter scale are a magnitude ("de 7,4 grade pe scara Richter"); the scale stays outside.
  if (measure.concept === 'temperature') {
    units.magnitudeScale.lastIndex = end;
    if (units.magnitudeScale.test(text)) return { unit: 'magnitude', concept: 'magnitude', start: pos, end };
  }
  return { unit: measure.unit, concept: measure.concept, start: pos, end };
}

/** A currency symbol or code right before a figure starting at `start` ("€9 billion", "USD 40 million"). */
export function currencyBefore(text: string, start: number, language: Language): UnitMatch | null {
  const units = unitsFor(language);
  const from = Math.max(0, start - 6);
  const m = units.symbolsBefore.exec(text.slice(from, start));
  if (!m) return null;
  const symbol = m[1]!;
  return { unit: currencySymbols.get(symbol)!, concept: null, start: from + m.index + m[0].indexOf(symbol), end: start };
}

/**
 * A quake noun after a figure ending at `pos` that makes the figure the quake's magnitude ("a 7.7 quake"); the noun
 * stays outside the claim.
 */
export function magnitudeNounAfter(text: string, pos: number, language: Language): UnitMatch | null {
  const re = unitsFor(language).magnitudeNoun;
  if (!re) return null;
  re.lastIndex = pos;
  return re.test(text) ? { unit: 'magnitude', concept: 'magnitude', start: pos, end: pos } : null;
}

/** A word before a figure that makes it a measure ("magnitudo 6,2"); the word stays outside the claim. */
export function measureBefore(text: string, start: number, language: Language): UnitMatch | null {
  const units = unitsFor(language);
  const m = units.measurePrefix.exec(text.slice(Math.max(0, start - 32), start));
  if (!m) return null;
  const entry = MEASURE_PREFIXES[language][m[1]!.toLowerCase().replace(SPACES, ' ')];
  return entry ? { unit: entry.unit, concept: entry.concept, start, end: start } : null;
}

/** The end of a word that completes a counted noun ("Paesi membri", "state membre"), if one follows `pos`. */
export function nounComplement(text: string, pos: number, language: Language): number | null {
  const units = unitsFor(language);
  if (NOUN_COMPLEMENTS[language].length === 0) return null;
  units.complement.lastIndex = pos;
  return units.complement.exec(text) ? units.complement.lastIndex : null;
}
