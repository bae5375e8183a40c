/**
 * Number expressions in Italian, Romanian and English: digits with the separators of each language ("10.000",
 * "36,000", "6.700,54", "100 000"), digit suffixes ("100K", "1,2M"), number words ("tremila", "două milioane",
 * "twenty-three"), scales ("20 milioni", "1,5 miliardi", "2 mln"), vague plurals ("migliaia", "mii", "thousands")
 * and ordinals ("80º", "l'80esimo", "terzo", "al doilea", "third", "21st").
 */
import { DIGIT_SCALE_SUFFIXES, NUMBER_WORDS, ORDINAL_MARKS, RANK_NOUNS, SINGLE_AFTER_ONE, type NumberWord, type Standalone } from './data/numberWords';
import { HOUR_CUES } from './data/calendar';
import { alternation, caseVariants, foldPhrase, foldWord, stripDiacritics, surfaceVariants, wordBefore } from './lexicon';
import { qualifierBefore } from './qualifiers';
import { countedNoun, unitAfter } from './units';
import { AGE_SUFFIXES, CURRENCIES, UNIT_SCALES } from './data/units';
import type { Language, Span } from './types';
import { allMatches, NEVER, perLanguage } from './regex';

// Regular expressions are made once, at module level (regex.ts says why).
const ORDINAL_ARTICLE_BEFORE = /(?:^|[^\p{L}])a\s+\d[\d.]*$/iu;
const BARE_DECIMAL = /^[.,]\d/;
const APOSTROPHES = new Set(["'", '’']);
const WORD_BEFORE = /([\p{L}\p{M}]+)[ \t\u00a0]+$/u;
const ELIDED_WORD_BEFORE = /([\p{L}\p{M}]+)['’]?\s*$/u;
const WORD_AFTER = /^[\s-]*([\p{L}\p{M}]+)/u;
const ROMANIAN_ARTICLE_BEFORE = /(?:^|[^\p{L}])(al?)(\s+)$/iu;
const ROMANIAN_ORDINAL_END = /-(?:lea|a)$/;

export interface NumberExpression extends Span {
  value: number;
  ordinal: boolean;
  /** A plural scale without a count ("migliaia", "mii", "thousands of"): the figure is at least `value`. */
  vague: boolean;
  /** Round by meaning ("una decina", "un centinaio", "a dozen"). */
  approximate: boolean;
  /** The scale applied last (1000 in "12 mila"), shared by the first figure of a range ("tra 10 e 12 mila"). */
  multiplier: number;
  /** The figure that scale multiplied (12 in "12 mila"). */
  base: number;
  /** Written with digits. */
  digits: boolean;
  /** Digits only, without separators, suffixes or words ("2024"): the shape of a year. */
  plainDigits: boolean;
  /** The expression is one word that is also a common non-numeric word ("nouă" = new, "one"). */
  needsContext: boolean;
  /** A fraction that is a share, in percent ("metà del gregge", "about half"): see NumberLexicon.fractions. */
  share?: true;
}

interface CompiledLexicon {
  language: Language;
  cardinals: Map<string, NumberWord>;
  ordinals: Map<string, number>;
  ordinalSuffixes: readonly string[];
  zeroPhrases: Set<string>;
  joiners: Set<string>;
  scaleLinks: Set<string>;
  /** A half after a joiner (NumberLexicon.halves), matched at lastIndex. */
  halves: RegExp;
  /** Italian: cardinal morphemes, longest first, for words like "duecentotrentatremila". */
  morphemes: readonly string[];
  anchor: RegExp;
}

const compiled = new Map<Language, CompiledLexicon>();

function lexiconFor(language: Language): CompiledLexicon {
  let lex = compiled.get(language);
  if (!lex) {
    lex = compile(language);
    compiled.set(language, lex);
  }
  return lex;
}

/** A vowel an Italian ordinal suffix takes the place of ("undici" -> "undicesimo"). */
const FINAL_VOWEL = /[aeio]$/;

function compile(language: Language): CompiledLexicon {
  const data = NUMBER_WORDS[language];
  const cardinals = new Map<string, NumberWord>();
  for (const [word, entry] of Object.entries(data.cardinals)) cardinals.set(foldWord(word), entry);
  const ordinals = new Map<string, number>();
  for (const [word, value] of Object.entries(data.ordinals)) ordinals.set(foldWord(word), value);
  const surfaces: string[] = [];
  for (const word of [...Object.keys(data.cardinals), ...Object.keys(data.ordinals)]) {
    for (const form of surfaceVariants(word, language)) surfaces.push(form);
  }
  const morphemes = language === 'it' ? [...cardinals.keys()].sort((a, b) => b.length - a.length) : [];
  // Italian compounds are any run of morphemes; the accented final "tré" of "ventitré" is matched too. An ordinal
  // suffix may take the place of the last morpheme's final vowel ("undic-esimo", "diciassett-esimo", "mill-esimo").
  const pieces = [...morphemes, 'tré', 'trè'];
  const lower = alternation(pieces);
  const capitalised = (p: string): string[] => [p, p.charAt(0).toUpperCase() + p.slice(1)];
  const cut = [...new Set(morphemes.filter((m) => m.length > 2 && FINAL_VOWEL.test(m)).map((m) => m.slice(0, -1)))];
  const first = alternation(pieces.flatMap(capitalised));
  const upper = alternation(pieces.map((p) => p.toUpperCase()));
  const compound = language === 'it'
    ? `(?:(?:${first})(?:${lower})*(?:esim[oaie])?|(?:(?:${first})(?:${lower})*)?(?:${alternation(cut.flatMap(capitalised))})esim[oaie]|` +
      `(?:${upper})+(?:ESIM[OAIE])?|(?:${upper})*(?:${alternation(cut.map((p) => p.toUpperCase()))})ESIM[OAIE])|`
    : '';
  // The boundary before a match is checked in code: a leading lookbehind would slow the scan down.
  const anchor = new RegExp(`\\d|(?:${compound}${alternation(caseVariants(surfaces))})(?![\\p{L}\\p{M}])`, 'gu');
  return {
    language, cardinals, ordinals, morphemes, anchor,
    ordinalSuffixes: data.ordinalSuffixes,
    zeroPhrases: new Set(data.zeroPhrases.map(foldWord)),
    joiners: new Set(data.joiners.map(foldWord)),
    scaleLinks: new Set(data.scaleLinks.map(foldWord)),
    halves: new RegExp(`[ \\t\\u00a0]+(?:${data.halves.map((h) => h.split(' ').map((w) => alternation(caseVariants(surfaceVariants(w, language)))).join('[ \\t\\u00a0]+')).join('|')})(?![\\p{L}\\p{M}\\d])`, 'uy'),
  };
}

// ---- digits -------------------------------------------------------------------------------------------------

const DIGIT_RUN = /\d+(?:[.,\u00a0\u202f ]\d+)*/y;

interface DigitFigure { value: number; end: number; separated: boolean }

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isLetterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && LETTER.test(text[i]!);
const LETTER = /[\p{L}\p{M}]/u;

/** Figures are rounded to 12 significant digits so "1,2M" is 1200000, not 1199999.9999999998. */
const tidy = (value: number): number => (Number.isSafeInteger(value) ? value : Number(value.toPrecision(12)));
const BOUNDARY = /[\p{L}\p{M}\p{N}]/u;
/** Digits and the separators between them, from a position: the rest of a figure glued to a word. */
const GLUED_DIGITS = /\d+(?:[.,]\d+)*/y;

/**
 * Reads digits with thousands and decimal separators. The separator that occurs twice, or before the other one,
 * groups thousands; a single one follows the language (it/ro "10.000" = 10000, "1,5" = 1.5; en "36,000", "1.5"),
 * except that a lone group of "000" always groups ("36,000" in an Italian text is not 36).
 */
function readDigits(text: string, pos: number, language: Language): DigitFigure | null {
  DIGIT_RUN.lastIndex = pos;
  const match = DIGIT_RUN.exec(text);
  if (!match) return null;
  const raw = match[0];
  const parts: string[] = [];
  const seps: string[] = [];
  let i = 0;
  while (i < raw.length) {
    let j = i;
    while (j < raw.length && isDigit(raw.charCodeAt(j))) j++;
    parts.push(raw.slice(i, j));
    if (j < raw.length) seps.push(raw[j]!);
    i = j + 1;
  }
  const marks = seps.filter((s) => s === '.' || s === ',');
  let group: string | null = null;
  let decimal: string | null = null;
  if (marks.includes('.') && marks.includes(',')) {
    decimal = marks[marks.length - 1]!;
    group = decimal === '.' ? ',' : '.';
  } else if (marks.length >= 2) {
    group = marks[0]!;
  } else if (marks.length === 1) {
    const after = parts[seps.indexOf(marks[0]!) + 1]!;
    const localeGroup = language === 'en' ? ',' : '.';
    if (after.length === 3 && (marks[0] === localeGroup || after === '000')) group = marks[0]!;
    else decimal = marks[0]!;
  }
  let integer = parts[0]!;
  let fraction = '';
  let length = integer.length;
  let grouping: 'none' | 'space' | 'mark' = 'none';
  for (let k = 0; k < seps.length && !fraction; k++) {
    const sep = seps[k]!;
    const next = parts[k + 1]!;
    const groups = parts[0]!.length <= 3 && next.length === 3;
    if (sep === decimal) {
      fraction = next;
    } else if (sep === group && groups && grouping !== 'space') {
      integer += next;
      grouping = 'mark';
    } else if (sep !== '.' && sep !== ',' && groups && grouping !== 'mark') {
      integer += next;
      grouping = 'space';
    } else {
      break;
    }
    length += 1 + next.length;
  }
  return { value: Number(fraction ? `${integer}.${fraction}` : integer), end: pos + length, separated: length !== parts[0]!.length };
}

// ---- word expressions ----------------------------------------------------------------------------------------

/** The number being built, word by word, the usual way: groups below a thousand, closed by scales. */
interface Reading {
  total: number;
  group: number;
  /** A following added word must be smaller than this ("douăzeci" allows 1-9 after it). */
  place: number;
  lastScale: number;
  multiplier: number;
  base: number;
  started: boolean;
  vague: boolean;
  approximate: boolean;
}

const newReading = (): Reading => ({
  total: 0, group: 0, place: Infinity, lastScale: Infinity, multiplier: 1, base: 0,
  started: false, vague: false, approximate: false,
});

function applyWord(r: Reading, word: NumberWord): boolean {
  const { value } = word;
  if (word.role === 'add') {
    if (!r.started) r.group = value;
    else if (value > 0 && value < r.place) r.group += value;
    else return false;
    r.place = value >= 20 && value < 100 && value % 10 === 0 ? 10 : 0;
  } else if (word.role === 'multiply') {
    if (!r.started) {
      r.group = value;
      r.vague = word.vague === true;
    } else if (r.group > 0 && r.group < value) {
      r.group *= value;
    } else {
      return false;
    }
    r.place = value;
  } else {
    if (value >= r.lastScale) return false;
    if (!r.started) {
      r.group = 1;
      r.vague = word.vague === true;
    } else if (r.group === 0) {
      return false;
    }
    r.base = r.group;
    r.multiplier = value;
    r.total += r.group * value;
    r.group = 0;
    r.lastScale = value;
    r.place = value;
  }
  if (word.approximate) r.approximate = true;
  r.started = true;
  return true;
}


/** Splits an Italian compound into morphemes ("centottanta" → cent + ottanta), or null. */
function splitItalian(word: string, lex: CompiledLexicon): NumberWord[] | null {
  const out: NumberWord[] = [];
  const walk = (at: number): boolean => {
    if (at === word.length) return true;
    for (const m of lex.morphemes) {
      if (word.startsWith(m, at)) {
        out.push(lex.cardinals.get(m)!);
        if (walk(at + m.length)) return true;
        out.pop();
      }
    }
    return false;
  };
  return walk(0) ? out : null;
}

/** The number words a token stands for: one entry, or the morphemes of an Italian compound. */
function cardinalWords(folded: string, lex: CompiledLexicon): NumberWord[] | null {
  const single = lex.cardinals.get(folded);
  if (single) return [single];
  return lex.language === 'it' ? splitItalian(folded, lex) : null;
}

/** Ordinal value of a word: listed ("terzo", "third") or an Italian cardinal with "-esimo" ("ottantesimo"). */
function ordinalWord(folded: string, lex: CompiledLexicon): number | null {
  const listed = lex.ordinals.get(folded);
  if (listed !== undefined) return listed;
  if (lex.language !== 'it') return null;
  for (const suffix of lex.ordinalSuffixes) {
    if (!folded.endsWith(suffix) || folded.length <= suffix.length) continue;
    const stem = folded.slice(0, -suffix.length);
    for (const ending of ['', 'e', 'i', 'o', 'a']) {
      const words = splitItalian(stem + ending, lex);
      if (!words) continue;
      const r = newReading();
      if (words.every((w) => applyWord(r, w))) return r.total + r.group;
    }
  }
  return null;
}

const WORD = /[\p{L}\p{M}]+/uy;

interface Token { start: number; end: number; kind: 'digits' | 'word' | 'other'; text: string }

/** The next token on the same line, skipping spaces. */
function tokenAt(text: string, pos: number): Token | null {
  let p = pos;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x202f) break;
    p++;
  }
  if (p >= text.length) return null;
  const c = text.charCodeAt(p);
  if (c === 10 || c === 13) return null;
  if (isDigit(c)) return { start: p, end: p + 1, kind: 'digits', text: text[p]! };
  WORD.lastIndex = p;
  const m = WORD.exec(text);
  if (m) return { start: p, end: p + m[0].length, kind: 'word', text: m[0] };
  return { start: p, end: p + 1, kind: 'other', text: text[p]! };
}

/** A mark or suffix right after digits: ordinal ("80º", "21st", "80esimo", "80-lea") or scale ("100K", "$3m"). */
function digitSuffix(text: string, end: number, lex: CompiledLexicon, lenient: boolean):
  { kind: 'ordinal' | 'scale'; end: number; scale: number } | null {
  const ch = text[end];
  if (ch === undefined) return null;
  if (ORDINAL_MARKS.includes(ch)) {
    // "40°C" and "40° F" are temperatures, not ordinals.
    let p = end + 1;
    while (text[p] === ' ') p++;
    if (ch === '°' && (text[p] === 'C' || text[p] === 'F') && !isLetterAt(text, p + 1)) return null;
    return { kind: 'ordinal', end: end + 1, scale: 1 };
  }
  for (const suffix of lex.ordinalSuffixes) {
    if (text.startsWith(suffix, end) && !isLetterAt(text, end + suffix.length)) {
      // Romanian "-a" is an ordinal only after "a" ("a 80-a"), not in "80-a" of other uses.
      if (suffix === '-a' && !ORDINAL_ARTICLE_BEFORE.test(text.slice(Math.max(0, end - 12), end))) continue;
      return { kind: 'ordinal', end: end + suffix.length, scale: 1 };
    }
  }
  if (!isLetterAt(text, end)) return null;
  WORD.lastIndex = end;
  const letters = WORD.exec(text)?.[0] ?? '';
  // "G" (giga) is Duckling's; in running text "5G" and "G7" name things.
  if (!lenient && (letters === 'G' || letters === 'B')) return null;
  const scale = DIGIT_SCALE_SUFFIXES[letters] ?? (letters === 'm' && lex.language === 'en' ? 1e6 : undefined);
  return scale === undefined ? null : { kind: 'scale', end: end + letters.length, scale };
}

/** Of each language's referenceZeros, the words before "zero" (matched at the end of the folded text before it) and after. */
const referenceZeroCache = new Map<Language, { before: RegExp | null; after: RegExp | null }>();

function referenceZerosFor(language: Language): { before: RegExp | null; after: RegExp | null } {
  let compiledZeros = referenceZeroCache.get(language);
  if (!compiledZeros) {
    const befores: string[] = [];
    const afters: string[] = [];
    for (const phrase of NUMBER_WORDS[language].referenceZeros) {
      const words = foldPhrase(phrase).split(' ');
      const at = words.indexOf('zero');
      if (at > 0) befores.push(words.slice(0, at).join('[ \\t\\u00a0]+'));
      if (at < words.length - 1) afters.push(words.slice(at + 1).join('[ \\t\\u00a0]+'));
    }
    compiledZeros = {
      before: befores.length ? new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${befores.join('|')})[ \\t\\u00a0]+$`, 'u') : null,
      after: afters.length ? new RegExp(`^[ \\t\\u00a0]+(?:${afters.join('|')})(?![\\p{L}\\p{M}])`, 'u') : null,
    };
    referenceZeroCache.set(language, compiledZeros);
  }
  return compiledZeros;
}

/** "zero" as the level figures are measured from (NumberLexicon.referenceZeros): no figure. */
function isReferenceZero(text: string, expression: NumberExpression, language: Language): boolean {
  const { before, after } = referenceZerosFor(language);
  return (before?.test(stripDiacritics(text.slice(Math.max(0, expression.start - REFERENCE_REACH), expression.start).toLowerCase())) ?? false) ||
    (after?.test(stripDiacritics(text.slice(expression.end, expression.end + REFERENCE_REACH).toLowerCase())) ?? false);
}

/** Characters around "zero" looked at for a phrase of referenceZeros. */
const REFERENCE_REACH = 24;

/**
 * A currency's name right after a word that is a number only as part of one: "un leu", "o liră", "poco più di un
 * euro" are sums of one. Not in English, where "a" before a currency's name is mostly an article ("a euro zone", "a
 * pound of flour").
 */
function beforeCurrencyName(text: string, end: number, lex: CompiledLexicon): boolean {
  if (lex.language === 'en') return false;
  const unit = unitAfter(text, end, lex.language);
  return unit !== null && unit.concept === null && CURRENCY_CODE.test(unit.unit) && isLetterAt(text.slice(unit.start, unit.end).trim(), 0);
}

/** A half said after the unit of a whole figure ("tre ore e mezza"), matched at the unit's end. */
export const HALF_AFTER_UNIT: Readonly<Record<Language, RegExp>> = {
  it: /^[ \t\u00a0]+e[ \t\u00a0]+mezz[oa](?![\p{L}\p{M}\d])/u,
  ro: /^[ \t\u00a0]+și[ \t\u00a0]+jumătate(?![\p{L}\p{M}\d])/u,
  en: /^[ \t\u00a0]+and[ \t\u00a0]+a[ \t\u00a0]+half(?![\p{L}\p{M}\d])/u,
};

/** One word (elided onto the article or not), then a half: the rest of "un metro e mezzo", "un'ora e mezza", "an hour and a half". */
const WORD_AND_HALF = perLanguage((language) =>
  new RegExp(`^(?:['’]|[ \\t\\u00a0]+)[\\p{L}\\p{M}]+${HALF_AFTER_UNIT[language].source.slice(1)}`, 'u'));

/**
 * A word that is a number only as part of one, before one word and a half: "un metro e mezzo", "o oră și
 * jumătate", "a year and a half" are one and a half of it (claims.ts adds the half once the unit is read).
 */
function beforeWordAndHalf(text: string, end: number, lex: CompiledLexicon): boolean {
  return WORD_AND_HALF[lex.language].test(text.slice(end, end + WORD_AND_HALF_REACH));
}

/** A word that is a number only as part of one, before a word of "single": "un singur pompier", "a single firefighter". */
function beforeSingle(text: string, end: number, lex: CompiledLexicon): boolean {
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text)?.[1];
  return next !== undefined && SINGLE_AFTER_ONE[lex.language].includes(next.toLowerCase());
}

/** Characters after the article looked at for WORD_AND_HALF. */
const WORD_AND_HALF_REACH = 40;

/** A word right after a position, on the line or elided onto it: what a lone article as one may stand before. */
const NEXT_WORD = /(?:['’]|[ \t\u00a0]+)([\p{L}\p{M}]+)/uy;

/**
 * A word that is a number only as part of one, after a qualifier and before a span of time or a measure: "almeno un
 * mese", "fino a un anno", "peste o oră", "more than a year", "nearly a kilometre" are one of it, qualified. Not
 * before other nouns, which the article only introduces ("up to a point", "almeno un motivo").
 */
function qualifiedOne(text: string, start: number, end: number, lex: CompiledLexicon): boolean {
  if (qualifierBefore(text, start, lex.language).qualifier === null) return false;
  const unit = unitAfter(text, end, lex.language);
  if (unit && UNIT_SCALES[unit.unit] && UNIT_SCALES[unit.unit]!.dimension !== 'money') return true;
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text)?.[1];
  const noun = next ? countedNoun(next, lex.language) : null;
  return noun !== null && UNIT_SCALES[noun.unit]?.dimension === 'time';
}

/** A unit that is a currency's ISO code. */
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Currency codes written as symbols (data/units.ts CURRENCIES), which English financial news glues to a figure. */
const CURRENCY_CODES = new Set(CURRENCIES.flatMap((c) => c.symbols).filter((s) => CURRENCY_CODE.test(s)));
/** A code of three capitals right before a position, not the end of a longer word. */
const CODE_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}])(\p{Lu}{3})$/u;

/** Whether digits at `start` follow a currency's code glued to them: "HUF3bn", "RON2.4bn" are sums, not codes. */
function afterCurrencyCode(text: string, start: number): boolean {
  const code = CODE_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[1];
  return code !== undefined && CURRENCY_CODES.has(code);
}

/**
 * Reads one number expression starting at `start`. `lenient` accepts what only a standalone parse should: words
 * that need company ("un", "mila"), and Duckling's juxtapositions ("20 3", "douăzeci 3").
 */
function readExpression(text: string, start: number, lex: CompiledLexicon, lenient: boolean): NumberExpression | null {
  const r = newReading();
  let end = start;
  let pos = start;
  let ordinal = false;
  let digits = false;
  let plainDigits = true;
  let tokens = 0;
  let firstStandalone: Standalone = 'yes';
  let singleMorpheme = false;
  let elided = false;
  loop: for (;;) {
    const t = tokenAt(text, pos);
    if (!t) break;
    if (t.kind === 'digits') {
      const fig = readDigits(text, t.start, lex.language);
      if (!fig) break;
      if (!r.started) {
        r.group = fig.value;
        // Duckling writes 23 as "20 3": a round ten may take a unit, in a standalone parse only.
        r.place = lenient && fig.value >= 20 && fig.value < 100 && fig.value % 10 === 0 ? 10 : 0;
        r.started = true;
      } else if (lenient && Number.isInteger(fig.value) && fig.value > 0 && fig.value < r.place) {
        r.group += fig.value;
        r.place = 0;
      } else {
        break;
      }
      digits = true;
      if (fig.separated || tokens > 0) plainDigits = false;
      tokens++;
      pos = end = fig.end;
      const suffix = digitSuffix(text, end, lex, lenient);
      if (suffix?.kind === 'ordinal') {
        ordinal = true;
        plainDigits = false;
        end = suffix.end;
        break;
      }
      if (suffix) {
        plainDigits = false;
        applyWord(r, { value: suffix.scale, role: 'scale' });
        pos = end = suffix.end;
      }
      continue;
    }
    if (t.kind === 'other') {
      // "twenty-three", "twenty-first": a hyphen straight between two number words.
      if (t.text !== '-' || !r.started || t.start !== end) break;
      const next = tokenAt(text, t.end);
      if (!next || next.kind !== 'word' || next.start !== t.end) break;
      const folded = foldWord(next.text);
      const ord = ordinalWord(folded, lex);
      const words = cardinalWords(folded, lex);
      if ((ord === null || ord >= r.place) && !(words?.length === 1 && words[0]!.role === 'add' && words[0]!.value < r.place)) break;
      pos = t.end;
      continue;
    }
    const folded = foldWord(t.text);
    if (r.started && lex.joiners.has(folded)) {
      // "due e mezzo", "two and a half million"; after a scale, half the scale: "due milioni e mezzo".
      lex.halves.lastIndex = t.end;
      const half = lex.halves.exec(text) !== null;
      if (half && r.group > 0 && Number.isInteger(r.group)) {
        r.group += 0.5;
        r.place = 0;
        tokens++;
        pos = end = lex.halves.lastIndex;
        continue;
      }
      if (half && r.group === 0 && Number.isFinite(r.lastScale)) {
        r.total += 0.5 * r.lastScale;
        r.base += 0.5;
        tokens++;
        end = lex.halves.lastIndex;
        break;
      }
    }
    if (r.started && (lex.joiners.has(folded) || lex.scaleLinks.has(folded))) {
      const next = tokenAt(text, t.end);
      if (!next) break;
      const nextWords = next.kind === 'word' ? cardinalWords(foldWord(next.text), lex) : null;
      const first = nextWords?.[0];
      const fits = lex.joiners.has(folded)
        ? (first?.role === 'add' && first.value > 0 && first.value < r.place) ||
          (lenient && next.kind === 'digits' && r.place === 10)
        : first?.role === 'scale' && first.value < r.lastScale;
      if (!fits) break;
      pos = t.end;
      continue;
    }
    const ord = ordinalWord(folded, lex);
    // An ordinal word ends a figure written in words ("two hundred first"), never one in digits: "€258m second
    // phase" is a sum, then a rank.
    if (ord !== null && digits) break;
    if (ord !== null && (!r.started || ord < r.place)) {
      r.group = r.started ? r.group + ord : ord;
      r.started = true;
      ordinal = true;
      tokens++;
      end = t.end;
      break;
    }
    const words = cardinalWords(folded, lex);
    if (!words) break;
    // A figure in digits takes a scale after it ("9.3 billion", "20 milioni"), never a number word to add: "€9.3bn two
    // years ago" is a sum, then a span of time.
    if (digits && !lenient && words.every((w) => w.role === 'add')) break;
    // A word that is a number only as part of one ("a", "un", "o") goes on a figure only before a hundred or a
    // scale ("două mii o sută"): "€2.5 million a year" ends at "million".
    if (tokens > 0 && words.length === 1 && words[0]!.standalone === 'part' && words[0]!.role === 'add' && !beforeMultiple(text, t.end, lex)) break;
    const attempt: Reading = { ...r };
    for (const w of words) if (!applyWord(attempt, w)) break loop;
    Object.assign(r, attempt);
    if (tokens === 0) {
      firstStandalone = words.length === 1 ? words[0]!.standalone ?? 'yes' : 'yes';
      singleMorpheme = words.length === 1;
      elided = words.length === 1 && words[0]!.elided === true;
    }
    plainDigits = false;
    tokens++;
    pos = end = t.end;
  }
  if (!r.started || tokens === 0) return null;
  const alone = tokens === 1 && singleMorpheme;
  if (!lenient && alone && firstStandalone === 'part' && !(elided && APOSTROPHES.has(text[end] ?? '')) && !beforeCurrencyName(text, end, lex) &&
    !beforeWordAndHalf(text, end, lex) && !qualifiedOne(text, start, end, lex) && !beforeSingle(text, end, lex)) return null;
  return {
    start, end, value: tidy(r.total + r.group), ordinal, vague: r.vague, approximate: r.approximate,
    multiplier: r.multiplier, base: r.multiplier === 1 ? tidy(r.total + r.group) : r.base,
    digits, plainDigits: digits && plainDigits, needsContext: alone && firstStandalone === 'counted',
  };
}

/** Whether the word after `pos` is a hundred or a scale ("o sută", "a million"). */
function beforeMultiple(text: string, pos: number, lex: CompiledLexicon): boolean {
  const next = tokenAt(text, pos);
  const words = next?.kind === 'word' ? cardinalWords(foldWord(next.text), lex) : null;
  return words?.[0]?.role === 'multiply' || words?.[0]?.role === 'scale';
}

// ---- public API ----------------------------------------------------------------------------------------------

/**
 * Parses a standalone number expression ("tremila", "6.700,54", "douăzeci și trei", "1,2M", "al doilea").
 * Returns null unless the whole text is one number.
 */
export function parseNumber(text: string, language: Language): number | null {
  const lex = lexiconFor(language);
  let source = text.trim();
  if (!source) return null;
  const folded = foldPhrase(source);
  if (lex.zeroPhrases.has(folded)) return 0;
  const ordinal = lex.ordinals.get(folded);
  if (ordinal !== undefined) return ordinal;
  if (BARE_DECIMAL.test(source)) source = `0${source}`;
  const expression = readExpression(source, 0, lex, true);
  return expression && expression.end === source.length ? expression.value : null;
}

/**
 * Finds the number expressions of a text, left to right, not overlapping. Identifiers are skipped ("F-16", "G7",
 * "5G"); ordinal words that belong to names ("Seconda Guerra Mondiale", "Al Doilea Război Mondial") and idioms
 * ("secondo" = according to, "primo ministro") are left out.
 */
export function scanNumbers(text: string, language: Language): NumberExpression[] {
  const lex = lexiconFor(language);
  const found: NumberExpression[] = [];
  const anchor = lex.anchor;
  anchor.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = anchor.exec(text)) !== null) {
    const start = m.index;
    if (start > 0 && BOUNDARY.test(text[start - 1]!) && !afterCurrencyCode(text, start)) {
      // A figure glued to a word is part of a name or code ("PM2,5", "F-16"), its decimals too.
      GLUED_DIGITS.lastIndex = start;
      anchor.lastIndex = GLUED_DIGITS.test(text) ? GLUED_DIGITS.lastIndex : start + 1;
      continue;
    }
    const phrase = m[0].includes(' ') || m[0].includes('\t') || m[0].includes('\u00a0') ? foldPhrase(m[0]) : null;
    let expression: NumberExpression | null;
    if (phrase !== null && lex.ordinals.has(phrase)) {
      expression = {
        start, end: start + m[0].length, value: lex.ordinals.get(phrase)!, ordinal: true, vague: false,
        approximate: false, multiplier: 1, base: lex.ordinals.get(phrase)!, digits: false, plainDigits: false,
        needsContext: false,
      };
    } else {
      expression = readExpression(text, start, lex, false);
    }
    if (!expression || expression.end <= start) {
      anchor.lastIndex = start + Math.max(1, m[0].length);
      continue;
    }
    anchor.lastIndex = expression.end;
    if (expression.digits) {
      const time = clockTimeEnd(text, expression.start, language);
      if (time > 0) {
        anchor.lastIndex = time;
        continue;
      }
    }
    // Digits after "F-" name things; words after a hyphen are clitics or names ("declarat-o", "Jong-un"), but not
    // after a number word: "trei-patru zile" is a range.
    const afterNumber = !expression.digits && found[found.length - 1]?.end === expression.start - 1 && !found[found.length - 1]!.digits;
    if (isIdentifier(text, expression) && (expression.digits || phrase === null) && !afterNumber) continue;
    if (expression.ordinal && !expression.digits && !isOrdinalInContext(text, expression, language)) continue;
    if (!expression.digits && expression.value === 0 && isReferenceZero(text, expression, language)) continue;
    // A cardinal after a noun of rank is a rank: "pe locul cinci" (RANK_NOUNS).
    if (!expression.ordinal && afterRankNoun(text, expression.start, language)) expression.ordinal = true;
    if (expression.ordinal && expression.digits && language === 'ro') includeRomanianArticle(text, expression);
    // A figure in a smaller scale right after one in millions or billions completes it: "1 milione e 540 mila",
    // "58 milioni 934mila" (1,540,000 and 58,934,000).
    const before = found[found.length - 1];
    if (before && completesScale(text, before, expression, lex)) {
      before.end = expression.end;
      before.value = tidy(before.value + expression.value);
      before.plainDigits = false;
      continue;
    }
    found.push(expression);
  }
  // Most texts have no age word: the suffixes are looked for first.
  const withAges = AGE_SUFFIXES[language].some((suffix) => text.includes(suffix)) ? withAgeWords(text, language, found) : found;
  const withFractions = withFractionsOf(text, language, lex, withAges);
  return language === 'ro' ? withRomanOrdinals(text, withFractions) : withFractions;
}

/**
 * Number words that make an age with a suffix (AGE_SUFFIXES), the word's last vowel dropped before it
 * ("ventunenne": ventuno, "diciottenne", "trentenne", "cinquantenni"): the number part of each, up to where the
 * suffix starts, which claims.ts reads as years.
 */
const AGE_WORDS = perLanguage((language) => AGE_SUFFIXES[language].length
  ? new RegExp(`(?<![\\p{L}\\p{M}\\d])(\\p{L}{3,}?)(?=(?:${alternation(AGE_SUFFIXES[language])})(?![\\p{L}\\p{M}\\d]))`, 'giu')
  : NEVER);
/** The last vowel of a number word, one of which the age word drops ("ventun-enne", "trent-enne"). */
const DROPPED_VOWELS = ['', 'o', 'a', 'e', 'i'];
/** Ages in words beyond this are other words that end alike. */
const OLDEST = 130;

function withAgeWords(text: string, language: Language, found: NumberExpression[]): NumberExpression[] {
  const ages: NumberExpression[] = [];
  for (const m of allMatches(AGE_WORDS[language], text)) {
    const start = m.index;
    const end = start + m[1]!.length;
    if (found.some((e) => e.start < end + SUFFIX_REACH && e.end > start)) continue;
    let value: number | null = null;
    for (const v of DROPPED_VOWELS) {
      value = parseNumber(m[1]! + v, language);
      if (value !== null) break;
    }
    if (value === null || !Number.isInteger(value) || value < 1 || value > OLDEST) continue;
    ages.push({ start, end, value, ordinal: false, vague: false, approximate: false, multiplier: 1, base: value, digits: false, plainDigits: false, needsContext: false });
  }
  return ages.length ? [...found, ...ages].sort((a, b) => a.start - b.start) : found;
}

/** Characters of a suffix after the number part (AGE_SUFFIXES), for the overlap check. */
const SUFFIX_REACH = 4;

const SCALE_GAP = /^[ \t\u00a0]+(?:([\p{L}]+)[ \t\u00a0]+)?$/u;

/** Whether `next` is a figure in a smaller scale that completes `scaled` ("1 milione" and "540 mila"). */
function completesScale(text: string, scaled: NumberExpression, next: NumberExpression, lex: CompiledLexicon): boolean {
  if (scaled.multiplier < 1e6 || next.multiplier < 1000 || next.value >= scaled.multiplier || !Number.isInteger(scaled.base)) return false;
  if (scaled.ordinal || next.ordinal || scaled.vague || next.vague || scaled.approximate || next.approximate || scaled.share || next.share) return false;
  const gap = SCALE_GAP.exec(text.slice(scaled.end, next.start));
  return gap !== null && (gap[1] === undefined || lex.joiners.has(foldWord(gap[1])));
}

interface CompiledFractions {
  phrase: RegExp;
  parts: Map<string, { part: number; share: boolean }>;
  /** Scale words after a fraction, their links before them: "half a million", "un sfert de miliard". */
  scaled: RegExp;
  shareWords: Set<string>;
  /** The words between a fraction and a unit it is a part of (NumberLexicon.fractionUnitLinks), with the space before. */
  unitLink: RegExp;
  /** Ordinals and NumberLexicon.notShareAfter: a fraction after one is no share. */
  notShareAfter: Set<string>;
}

const fractionsCompiled = new Map<Language, CompiledFractions>();
const FRACTION_SPACE = '[ \\t\\u00a0]+';
const WORD_AT = /[ \t\u00a0]+([\p{L}\p{M}]+['’]?)/uy;

function fractionsFor(language: Language, lex: CompiledLexicon): CompiledFractions {
  let compiledFractions = fractionsCompiled.get(language);
  if (compiledFractions) return compiledFractions;
  const data = NUMBER_WORDS[language];
  const parts = new Map(Object.entries(data.fractions).map(([phrase, f]) => [foldPhrase(phrase), f]));
  const phraseOf = (p: string): string => p.split(' ').map((w) => alternation(caseVariants(surfaceVariants(w, language)))).join(FRACTION_SPACE);
  // Scales, and the words that count round ("half a dozen", "mezza dozzina", "mezzo centinaio").
  const scales = [...lex.cardinals].filter(([, w]) => (w.role === 'scale' || w.approximate) && !w.vague).map(([word]) => word);
  const links = data.fractionScaleLinks.map((l) => `${phraseOf(l)}${FRACTION_SPACE}`);
  compiledFractions = {
    phrase: new RegExp(`(?:${Object.keys(data.fractions).map(phraseOf).join('|')})(?![\\p{L}\\p{M}\\d-])`, 'gu'),
    parts,
    scaled: new RegExp(
      `${FRACTION_SPACE}(?:${links.join('|')})?(${alternation(caseVariants(scales.flatMap((w) => surfaceVariants(w, language))))})(?![\\p{L}\\p{M}])`,
      'uy',
    ),
    shareWords: new Set(data.shareWords.map(foldWord)),
    unitLink: new RegExp(`${FRACTION_SPACE}(?:(?:${data.fractionUnitLinks.map(phraseOf).join('|') || '(?!)'})(?![\\p{L}\\p{M}]))?`, 'uy'),
    notShareAfter: new Set([...lex.ordinals.keys(), ...data.notShareAfter.map(foldWord)]),
  };
  fractionsCompiled.set(language, compiledFractions);
  return compiledFractions;
}

/**
 * Where a fraction ending at `end` is a part of a unit ("half a percentage point", "three-quarters of a percentage
 * point", "mezzo punto percentuale", "jumătate de punct procentual"): the end of the words between the two
 * (NumberLexicon.fractionUnitLinks), after which the unit is read as after digits; undefined where no unit follows.
 */
function beforeUnit(text: string, end: number, f: CompiledFractions, language: Language): number | undefined {
  f.unitLink.lastIndex = end;
  const linked = f.unitLink.exec(text);
  if (!linked) return undefined;
  const unitEnd = end + linked[0].length;
  return unitAfter(text, unitEnd, language) !== null ? unitEnd : undefined;
}

/**
 * Fractions (NumberLexicon.fractions) among the expressions found: "half a million" is 500,000 and takes the place
 * of "a million" in it; "metà del gregge", "about a quarter" are shares, in percent. A fraction after an ordinal
 * ("the first half of the year", "la seconda metà") or a word of place or time ("a metà del mese") is a part of
 * time or space, not a figure; one inside a longer expression ("two and a half million") is part of it.
 */
function withFractionsOf(text: string, language: Language, lex: CompiledLexicon, found: NumberExpression[]): NumberExpression[] {
  const f = fractionsFor(language, lex);
  const fractions: NumberExpression[] = [];
  for (const m of allMatches(f.phrase, text)) {
    const start = m.index;
    if (start > 0 && BOUNDARY.test(text[start - 1]!)) continue;
    const fraction = f.parts.get(foldPhrase(m[0]))!;
    const end = start + m[0].length;
    f.scaled.lastIndex = end;
    const scaled = f.scaled.exec(text);
    const scale = scaled ? lex.cardinals.get(foldWord(scaled[1]!)) : undefined;
    let expression: NumberExpression | undefined;
    let unitEnd: number | undefined;
    if (scale) {
      const value = tidy(fraction.part * scale.value);
      expression = {
        start, end: end + scaled![0].length, value, ordinal: false, vague: false, approximate: scale.approximate ?? false, multiplier: scale.value,
        base: fraction.part, digits: false, plainDigits: false, needsContext: false,
      };
    } else if ((unitEnd = beforeUnit(text, end, f, language)) !== undefined) {
      expression = {
        start, end: unitEnd, value: fraction.part, ordinal: false, vague: false, approximate: false, multiplier: 1, base: fraction.part,
        digits: false, plainDigits: false, needsContext: false,
      };
    } else if (fraction.share && !f.notShareAfter.has(foldWord(wordBefore(text, start)))) {
      WORD_AT.lastIndex = end;
      const next = WORD_AT.exec(text);
      if ((next && f.shareWords.has(foldWord(next[1]!))) || qualifierBefore(text, start, language).qualifier !== null) {
        const value = tidy(fraction.part * 100);
        expression = {
          start, end, value, ordinal: false, vague: false, approximate: false, multiplier: 1, base: value, digits: false,
          plainDigits: false, needsContext: false, share: true,
        };
      }
    }
    if (!expression) continue;
    const e = expression;
    // A fraction inside a longer expression is part of it; one that holds expressions takes their place.
    if (found.some((x) => x.start < e.end && e.start < x.end && (x.start < e.start || x.end > e.end))) continue;
    fractions.push(e);
  }
  if (fractions.length === 0) return found;
  const kept = found.filter((x) => !fractions.some((e) => e.start <= x.start && x.end <= e.end));
  return [...kept, ...fractions].sort((a, b) => a.start - b.start);
}

const ROMAN_ORDINAL = /(?<![\p{L}\p{N}])(?:al|a)[ \t\u00a0]+([IVXLC]{1,7})-(?:lea|a)(?![\p{L}\p{M}])/gu;
const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(numeral: string): number {
  let value = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN[numeral[i]!]!;
    const next = ROMAN[numeral[i + 1] ?? ''] ?? 0;
    value += v < next ? -v : v;
  }
  return value;
}

/** Romanian writes ordinals with Roman numerals: "clasa a XII-a", "secolul al XX-lea". */
function withRomanOrdinals(text: string, found: NumberExpression[]): NumberExpression[] {
  if (!text.includes('-')) return found;
  const roman: NumberExpression[] = [];
  for (const m of allMatches(ROMAN_ORDINAL, text)) {
    const start = m.index;
    const value = romanValue(m[1]!);
    roman.push({
      start, end: start + m[0].length, value, ordinal: true, vague: false, approximate: false, multiplier: 1,
      base: value, digits: false, plainDigits: false, needsContext: false,
    });
  }
  if (roman.length === 0) return found;
  const merged = [...found.filter((e) => !roman.some((r) => r.start < e.end && e.start < r.end)), ...roman];
  return merged.sort((a, b) => a.start - b.start);
}

const CLOCK = /^(\d{1,2})([:.])(\d{2})(?!\d|[.,:]\d)/;
const hourCues = new Map<Language, Set<string>>();

/** Where a clock time starting at `start` ends ("10:00", "alle 8.30"), or -1: times are neither claims nor dates. */
function clockTimeEnd(text: string, start: number, language: Language): number {
  const m = CLOCK.exec(text.slice(start, start + 6));
  if (!m || Number(m[1]) > 24 || Number(m[3]) > 59) return -1;
  if (m[2] === ':') return start + m[0].length;
  let cues = hourCues.get(language);
  if (!cues) {
    cues = new Set(HOUR_CUES[language].map(foldWord));
    hourCues.set(language, cues);
  }
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  const end = start + m[0].length;
  // A figure with a unit, a currency or a scale after it is that, after the same words: "from 14.37 lei", "by
  // 10.25%", "at 1.32 million tonnes".
  return before && cues.has(foldWord(before[1]!)) && !unitAfter(text, end, language) && !scaleAfter(text, end, language) ? end : -1;
}

/** Whether a scale word ("million", "milioni", "milioane") follows the figure ending at `end`. */
function scaleAfter(text: string, end: number, language: Language): boolean {
  const after = WORD_AFTER.exec(text.slice(end, end + 16));
  return after !== null && lexiconFor(language).cardinals.get(foldWord(after[1]!))?.role === 'scale';
}

/**
 * "F-16", "Su-27", "COVID-19", "Jong-un": hyphenated to letters, a figure names a thing or is a clitic; so is one
 * hyphenated to a code of letters and digits ("A220-300", "PM2.5-10").
 */
function isIdentifier(text: string, e: NumberExpression): boolean {
  return text[e.start - 1] === '-' && (isLetterAt(text, e.start - 2) || CODE_BEFORE_HYPHEN.test(text.slice(Math.max(0, e.start - CODE_REACH), e.start - 1)));
}

/** A word of letters and digits that ends in digits, right before a hyphen ("A220"). */
const CODE_BEFORE_HYPHEN = /(?:^|[^\p{L}\p{M}\p{N}.,])\p{L}[\p{L}\p{N}]*\p{N}$/u;
const CODE_REACH = 12;

/** The ordinals of the idioms notBefore lists ("primo ministro", "in secondo piano", "second hand"), at most. */
const IDIOM_ORDINALS = 2;

interface OrdinalContext {
  /** Words one of which must come right before an ordinal word (where given). */
  determiners?: ReadonlySet<string>;
  /** Verbs of finishing a race, after which an ordinal word stands alone ("ha chiuso quinto", "è arrivato terzo"),
   * unless an article follows ("è arrivato secondo le previsioni": according to). */
  finishing?: ReadonlySet<string>;
  articles?: ReadonlySet<string>;
  /** Verbs of being, after which an ordinal word of third or more stands alone too ("l'Italia è nona nel ranking");
   * a first or second there is as often an idiom ("è secondo me"). Folded, "è" is also the conjunction "e", after
   * which an ordinal is a rank as well ("il quinto e sesto posto"). */
  copulas?: ReadonlySet<string>;
  /** Nouns of a span of time before which an ordinal word stands without a determiner: "mercoledì, terzo giorno di
   * protesta", "Quinto giorno di allerta" (the count of days so far). */
  timeNouns?: ReadonlySet<string>;
  /** The preposition before the time a rank was run in, after which an ordinal word stands alone: "secondo in 2h08'15\"". */
  timedBy?: string;
  /** Nouns after which a first or second is an idiom, no rank: "primo ministro", "prima linea", "second hand". */
  notBefore: ReadonlySet<string>;
  notAfter: ReadonlySet<string>;
}

const ORDINAL_CONTEXT: Readonly<Record<Language, OrdinalContext>> = {
  it: {
    // Italian ordinal words stand after an article or a determiner; "secondo" alone means "according to".
    determiners: new Set(['il', 'lo', 'la', 'l', 'i', 'gli', 'le', 'un', 'una', 'del', 'dello', 'della', 'dei',
      'degli', 'delle', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'nel', 'nello', 'nella', 'nei', 'negli',
      'nelle', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle',
      'questo', 'questa', 'quel', 'quella', 'suo', 'sua', 'loro', 'nostro', 'nostra',
      // Elided before a vowel: "all'undicesimo giorno", "nell'ottavo anno", "dell'undicesima edizione".
      'all', 'dell', 'nell', 'dall', 'sull', 'quest', 'quell']),
    finishing: new Set(['chiuso', 'chiusa', 'arrivato', 'arrivata', 'giunto', 'giunta', 'classificato', 'classificata',
      'piazzato', 'piazzata', 'finito', 'finita', 'terminato', 'terminata',
      // In the present of a headline: "L'Italia chiude ventiduesima".
      'chiude', 'chiudono', 'arriva', 'arrivano', 'finisce', 'finiscono', 'termina', 'terminano']),
    articles: new Set(['il', 'lo', 'la', 'l', 'i', 'gli', 'le', 'un', 'una', 'uno', 'quanto', 'quanti']),
    copulas: new Set(['e', 'era', 'sono', 'erano', 'resta', 'restano', 'rimane', 'rimangono', 'risulta', 'risultano']),
    timeNouns: new Set(['giorno', 'giornata', 'settimana', 'mese', 'anno', 'notte', 'edizione']),
    timedBy: 'in',
    notBefore: new Set(['ministro', 'ministra', 'piano', 'luogo', 'linea', 'cittadino']),
    notAfter: new Set(),
  },
  ro: { notBefore: new Set(['linie', 'linia', 'ministru', 'ministrul']), notAfter: new Set(['mai']) },
  en: { notBefore: new Set(['lady', 'minister', 'hand']), notAfter: new Set(['at']) },
};

const SENTENCE_END = /[.!?:;"“”«»\n]\s*$|^\s*$/;
/** A race time right after a word: "in 2h08'15\"", "in 2:08:15". */
const RACE_TIME_AFTER = /^\s+\p{L}+\s+\d{1,2}(?:h ?\d{2}['’′]|:\d{2}:)\d{2}/u;

function isOrdinalInContext(text: string, e: NumberExpression, language: Language): boolean {
  const rules = ORDINAL_CONTEXT[language];
  const previous = foldWord(wordRightBefore(text, e.start));
  const after = WORD_AFTER.exec(text.slice(e.end, e.end + 30));
  const next = after ? after[1]! : '';
  if (rules.notAfter.has(previous) || (e.value <= IDIOM_ORDINALS && rules.notBefore.has(foldWord(next)))) return false;
  const finished = (rules.finishing?.has(previous) === true || (e.value > IDIOM_ORDINALS && rules.copulas?.has(previous) === true)) &&
    !rules.articles?.has(foldWord(next));
  const ofTime = rules.timeNouns?.has(foldWord(next)) === true;
  // A rank with the time it was run in: "Girma, secondo in 2h08'15\"", "ottavo in 2h12'55\"".
  const timed = rules.timedBy !== undefined && foldWord(next) === rules.timedBy && RACE_TIME_AFTER.test(text.slice(e.end, e.end + 12));
  // An ordinal word past the tenth is a rank wherever it stands ("partiti come trentunesima forza"): none is an
  // idiom, but the hundredth and thousandth ("un centesimo" is a cent, "millesimo" a vintage).
  const compound = e.value > 10 && e.value % 100 !== 0 && !e.digits;
  if (rules.determiners && !rules.determiners.has(previous) && !finished && !ofTime && !compound && !timed) return false;
  // A capital away from the start of a sentence, or before another capital, marks a name.
  const first = text[e.start]!;
  if (first !== first.toLowerCase()) {
    const sentenceStart = SENTENCE_END.test(text.slice(Math.max(0, e.start - 3), e.start));
    if (!sentenceStart || (next && next[0] !== next[0]!.toLowerCase())) return false;
  }
  return true;
}

/** Whether the word right before a figure is a noun of rank (RANK_NOUNS): "pe locul cinci". */
function afterRankNoun(text: string, start: number, language: Language): boolean {
  const nouns = RANK_NOUNS[language];
  return nouns.length > 0 && nouns.includes(wordRightBefore(text, start).toLowerCase());
}

/** The word right before a figure, an elided article's apostrophe left out ("l'80º"), or ''. */
function wordRightBefore(text: string, start: number): string {
  return ELIDED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? '';
}

/** Romanian digit ordinals carry their article: "al 80-lea", "a 80-a". */
function includeRomanianArticle(text: string, e: NumberExpression): void {
  const m = ROMANIAN_ARTICLE_BEFORE.exec(text.slice(Math.max(0, e.start - 5), e.start));
  if (m && ROMANIAN_ORDINAL_END.test(text.slice(e.start, e.end))) e.start -= m[1]!.length + m[2]!.length;
}
