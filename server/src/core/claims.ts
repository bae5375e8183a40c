/**
 * Numeric claims: every figure of a text except dates and years, with its range, qualifier, unit and concept.
 * Span convention (test/eval/GUIDELINES.md): from the qualifier through the figure and the noun it counts
 * ("circa 11.000-12.000 de soldați", "almeno altri 3.000 soldati"); articles stay out ("l'80º" → "80º").
 */
import { broader, isConceptCue, isFunctionWord, isOutcome, isOutcomeCue, resolveConcept } from './concepts';
import { ANNIVERSARY_LINKS, LASTING_BEFORE, SPAN_ADJECTIVE_ENDINGS } from './data/concepts';
import { NUMBERED_NAME_HEADS } from './data/nameCues';
import { COORDINATORS, IRREGULAR_PAST_FORMS, PARTICIPLES, VERB_ENDINGS } from './data/functionWords';
import { NUMBER_WORDS } from './data/numberWords';
import { BELOW_ZERO_WORDS, MINUS_WORDS } from './data/qualifiers';
import { findDates } from './dates';
import { alternation, foldPhrase, foldWord, wordBefore } from './lexicon';
import { allMatches, NEVER, perLanguage } from './regex';
import { HALF_AFTER_UNIT, scanNumbers, type NumberExpression } from './numbers';
import { changeBy, changeVerbBefore, enclosingOpener, joinsRange, qualifierAfter, qualifierBefore, rangeOpener, spansTime } from './qualifiers';
import { countedNoun, currencyBefore, listedNoun, magnitudeNounAfter, measureBefore, nationalityByAdjective, nounComplement, unitAfter } from './units';
import type { Claim, ClaimKind, Language, Qualifier, Span } from './types';
import { AGAINST_A_SUM, AGE_SUFFIXES, AGO_AFTER, COUNTED_NOUNS, MINUTE_SECOND_MARKS, SHARE_POINTS, UNIT_SCALES, type CountedNoun } from './data/units';

// Regular expressions are made once, at module level (regex.ts says why).
const DIGIT = /\d/;
const LEADING_DIGITS = /^\d+(?![\d.,])/;
const LONG_WORDS = /[\p{L}\p{M}]{4,}/gu;
const WORDS = /[\p{L}\p{M}]+/gu;
const CAPITAL_FIRST = /^\p{Lu}/u;
/** A dash and a digit: the second figure of a range or a score. */
const RANGE_DASH_DIGIT = /^[-–]\d/;
const MILLIONS = /^(?:milion|milioan|million|mln)/;
const SCALE_NOUN_END = /(?:milion[ei]?|milioane|miliard[io]?|miliarde)$/iu;
const BREAKS = /[.;!?](?=\s)|\n/g;
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Words that link a figure to its noun: Romanian "de" always ("80 de ani"), "di"/"of" after scales ("migliaia di"). */
const NOUN_LINKS: Readonly<Record<Language, string>> = { it: 'di', ro: 'de', en: 'of' };

// After a number word, an apostrophe stands for the vowel it elides ("vent'anni").
const NOUN = /(?:[ \t\u00a0\u202f]+|(?<=\p{L})['’])([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?)/uy;
const LETTER = /[\p{L}\p{M}]/u;
const SPACES = /\s+/g;

interface NounMatch { word: string; end: number }

/**
 * The word after `pos` on the same line, separated by spaces only (glued letters, as in "10km", are units), or by
 * the apostrophe of an elided number word ("vent'anni").
 */
function wordAfter(text: string, pos: number): NounMatch | null {
  NOUN.lastIndex = pos;
  const m = NOUN.exec(text);
  return m ? { word: m[1]!, end: pos + m[0].length } : null;
}

/**
 * The word after `pos` when it is a known counted noun (a word a noun comes after: "4,000 allied troops", "due
 * presunti trafficanti"). A past form found only by a noun's stem is a verb ("43 samples tested": not tests).
 */
function knownNounAfter(text: string, pos: number, language: Language): { word: string; noun: CountedNoun; end: number } | null {
  const next = wordAfter(text, pos);
  if (!next || isFunctionWord(next.word, language)) return null;
  if (VERB_ENDINGS[language].test(next.word.toLowerCase()) && !listedNoun(next.word, language)) return null;
  const noun = countedNoun(next.word, language);
  return noun ? { word: next.word, noun, end: next.end } : null;
}

/** A number word that stands for a figure of its own ("ten", "dieci", "zece"), not one that needs company ("a", "un"). */
function isWholeNumberWord(word: string, language: Language): boolean {
  const cardinals = NUMBER_WORDS[language].cardinals;
  const entry = cardinals[word.toLowerCase()] ?? cardinals[foldWord(word)];
  return entry !== undefined && entry.standalone !== 'part';
}

/** An English plural in -s (not "-ss": "glass", "press"). */
const ENGLISH_PLURAL = /[^s]s$/iu;

/** The noun a figure counts, after an optional link word; capitalised words (names) only if known nouns. */
function countedWord(text: string, pos: number, language: Language, linkAllowed: boolean, linkRequired = false):
  { word: string; noun: CountedNoun | null; end: number } | null {
  let next = wordAfter(text, pos);
  if (!next) return null;
  if (foldWord(next.word) === NOUN_LINKS[language] && (linkAllowed || language === 'ro')) {
    const after = wordAfter(text, next.end);
    // "one of ten cities": the noun is the whole's, counted by the figure after the link.
    if (!after || isFunctionWord(after.word, language) || isWholeNumberWord(after.word, language)) return null;
    next = after;
  } else if (linkRequired) return null;
  if (isFunctionWord(next.word, language)) return null;
  let word = next.word;
  let noun = countedNoun(word, language);
  let end = next.end;
  const capitalized = word[0] !== word[0]!.toLowerCase();
  if (language === 'en') {
    // English puts modifiers first: "4,000 allied troops", "three Baltic states", "27,000 police officers".
    let before = '';
    for (let k = 0; k < 2; k++) {
      const more = knownNounAfter(text, end, language);
      if (!more) break;
      // A plural is seldom the modifier of a singular: in "4,000 drivers strike" the drivers are counted and strike;
      // nor of a span of time: "96 entities days before" counts entities.
      if (ENGLISH_PLURAL.test(word) && (!ENGLISH_PLURAL.test(more.word) || more.noun?.quantity === 'duration')) break;
      before = word;
      // Two nouns listed together are the noun they make ("crew members" are a crew, not members).
      const phrase = countedNoun(`${word} ${more.word}`, language);
      ({ word, noun, end } = more);
      if (phrase) noun = phrase;
    }
    // Two modifiers the lexicon does not know before a plural it knows: "20 intensive care beds".
    if (!noun && !capitalized && !VERB_ENDINGS[language].test(word.toLowerCase())) {
      const second = wordAfter(text, end);
      const head = second && !isFunctionWord(second.word, language) && second.word === second.word.toLowerCase() &&
        !countedNoun(second.word, language) && !VERB_ENDINGS[language].test(second.word) ? knownNounAfter(text, second.end, language) : null;
      if (head && ENGLISH_PLURAL.test(head.word)) ({ word, noun, end } = head);
    }
    // Citizens of a nationality are its people: "six Romanian citizens" are Romanians.
    if (noun?.ofNationality) noun = nationalityByAdjective(before) ?? noun;
  } else {
    // An adjective may come first: "due presunti trafficanti", "patru noi cazuri". Not one of nationality, which
    // comes after the noun: in "două parcuri italiene" the parks are counted, not Italians.
    const more = noun || capitalized ? null : knownNounAfter(text, end, language);
    if (more && !more.noun?.adjective) ({ word, noun, end } = more);
    // "șase cetățeni români", "tre cittadini italiani": Romanians, Italians.
    const after = noun?.ofNationality ? wordAfter(text, end) : null;
    const nationality = after ? countedNoun(after.word, language) : null;
    if (after && nationality?.adjective) {
      noun = nationality;
      end = after.end;
    }
    // A noun of two words is the noun its words make: "posti di lavoro" are jobs, "posti letto" beds.
    const complemented = nounComplement(text, end, language);
    if (complemented !== null) {
      const phrase = countedNoun(`${word} ${text.slice(end, complemented).trim()}`.replace(SPACES, ' '), language);
      if (phrase) noun = phrase;
      end = complemented;
    }
  }
  if (!noun && (capitalized || VERB_ENDINGS[language].test(word.toLowerCase()))) return null;
  // A past participle that shares only its stem with a counted noun is a verb, and what it counts is unknown:
  // "212 medicati" were treated, not doctors ("medici").
  if (noun && PARTICIPLES[language].test(word.toLowerCase()) && !listedNoun(word, language)) noun = null;
  return { word, noun, end };
}

/** An age ending glued to the digits (AGE_SUFFIXES), at their end; none in a language without them. */
const AGE_SUFFIX = perLanguage((language) =>
  AGE_SUFFIXES[language].length ? new RegExp(`^(?:${alternation(AGE_SUFFIXES[language])})(?![\\p{L}\\p{M}\\d])`, 'u') : NEVER);
const AGE_SUFFIX_REACH = 8;
const YEAR = COUNTED_NOUNS.find((n) => n.unit === 'year')!;

/**
 * English joins a figure to its unit with a hyphen when the two qualify a noun ("a 24-hour strike", "a 3-kilometre
 * tailback", "an eight-minute ovation", "a 35-year-old man"): the word after the hyphen is the unit, a measure or a
 * counted noun, and the noun that follows is not what is counted. Italian and Romanian have no such compounds (a
 * Romanian "3-lea" is an ordinal), but Italian glues an age's ending to its digits ("un 53enne": 53 years).
 */
function hyphenatedUnit(text: string, end: number, language: Language):
  { end: number; word: string; of: { unit: string; concept: string | null } | { noun: CountedNoun } } | null {
  const age = AGE_SUFFIX[language].exec(text.slice(end, end + AGE_SUFFIX_REACH))?.[0];
  if (age) return { end: end + age.length, word: age, of: { noun: YEAR } };
  if (language !== 'en' || text[end] !== '-' || !LETTER.test(text[end + 1] ?? '')) return null;
  // Read as if the hyphen were a space: the offsets stay the same.
  const spaced = `${text.slice(0, end)} ${text.slice(end + 1)}`;
  const measure = unitAfter(spaced, end, language);
  if (measure && kindOfUnit(measure.unit) === 'measure') {
    return { end: measure.end, word: text.slice(end + 1, measure.end), of: { unit: measure.unit, concept: measure.concept } };
  }
  const next = wordAfter(spaced, end);
  // "35-year-old": the unit is the word before the next hyphen.
  const noun = next ? countedNoun(next.word.split('-')[0]!, language) : null;
  return next && noun ? { end: next.end, word: next.word, of: { noun } } : null;
}

/**
 * Whether a number word that is also another word is a number where no known noun follows it
 * (NumberLexicon.countedContext): before a partitive, or before an unknown noun that ends as plurals do.
 */
function countedInContext(text: string, figure: NumberExpression, attached: string | null, language: Language): boolean {
  const { cardinals, countedContext: context } = NUMBER_WORDS[language];
  // Written as the lexicon writes it: "noua" without its diacritic is "the new" ("Noua linie").
  if (!Object.hasOwn(cardinals, text.slice(figure.start, figure.end).toLowerCase())) return false;
  if (context.notAfter.includes(foldWord(wordBefore(text, figure.start)))) return false;
  const next = wordAfter(text, figure.end);
  // "unul dintre ei" is "one of them", a pronoun.
  if (next && context.partitives.includes(foldWord(next.word))) return figure.value > 1;
  // A noun written in lowercase: a capitalised word after it starts a name.
  if (attached === null || attached !== attached.toLowerCase()) return false;
  const word = foldWord(attached);
  return word.length > 3 && context.pluralEndings.some((e) => word.endsWith(e));
}

/** Whether a number lies in one of the spans (a date, a time in hours, minutes and seconds). */
function overlapsAny(e: NumberExpression, spans: readonly Span[]): boolean {
  for (const d of spans) if (d.start < e.end && e.start < d.end) return true;
  return false;
}

const DASHES = new Set(['-', '–', '—']);
const MAX_CONNECTOR = 12;

interface Figure {
  first: NumberExpression; last: NumberExpression; low: number; high: number; opener: { start: number } | null; percentOnFirst: boolean;
  /** A qualifier between the range's opener and its first figure ("from about 10 to 12 euros"). */
  openerQualifier: Qualifier | null;
}

/** Joins a figure with the next one into a range when a connector stands between them. */
function readRange(text: string, numbers: readonly NumberExpression[], i: number, language: Language): Figure {
  const first = numbers[i]!;
  const single: Figure = { first, last: first, low: first.value, high: first.value, opener: null, percentOnFirst: false, openerQualifier: null };
  const next = numbers[i + 1];
  if (!next || first.ordinal || next.ordinal || next.start - first.end > MAX_CONNECTOR || inScoreList(text, first, next)) return single;
  let between = text.slice(first.end, next.start);
  if (between.includes('\n')) return single;
  let percentOnFirst = false;
  let measureOnFirst = false;
  if (between.trimStart().startsWith('%')) {
    percentOnFirst = true;
    between = between.trimStart().slice(1);
  } else {
    // A measure written at each end: "4C to 5C", "between 10 km and 12 km".
    const measure = unitAfter(text, first.end, language);
    if (measure && measure.end <= next.start && kindOfUnit(measure.unit) === 'measure' && unitAfter(text, next.end, language)?.unit === measure.unit) {
      measureOnFirst = true;
      between = text.slice(measure.end, next.start);
    }
  }
  let connector = between.trim();
  let opener = rangeOpener(text, first.start, language);
  // The opener may stand before a qualifier of the first figure ("from about 350 to 1,000").
  let openerQualifier: Qualifier | null = null;
  if (!opener) {
    const qualified = qualifierBefore(text, first.start, language);
    opener = qualified.qualifier !== null ? rangeOpener(text, qualified.start, language) : null;
    if (opener) openerQualifier = qualified.qualifier;
  }
  // "between €1.5 billion and €2 billion": the same currency sign before both figures of a range that only encloses;
  // "from €10m to €12m" may be a change, and stays two sums as "de la 10 lei la 12 lei" does. With no opener at all,
  // a bare connector joins them too ("$20,000 to $30,000 a day"), but not after a word that makes the first the size
  // of a change ("raised by €5 million to €70 million").
  const sign = percentOnFirst ? null : currencyBefore(text, first.start, language);
  if (sign && connector) {
    const nextSign = currencyBefore(text, next.start, language);
    const signOpener = rangeOpener(text, sign.start, language);
    if (nextSign?.unit === sign.unit && nextSign.start >= first.end) {
      const signsApart = text.slice(first.end, nextSign.start).trim();
      const enclosed = signOpener !== null && enclosingOpener(signOpener.opener, language);
      const bare = !signOpener && !opener && !changeBy(text, sign.start, language) && joinsRange(signsApart, null, language) === 'bare';
      if (enclosed || bare) connector = signsApart;
      if (enclosed) {
        opener = signOpener;
        openerQualifier = null;
      }
    }
  }
  if (!connector) return single;
  const joined = joinsRange(connector, opener?.opener ?? null, language);
  if (!joined) return single;
  // A share written whole then a figure without one is no range but a share and what it comes to ("raised by 15% to
  // 9,200 tonnes", "grew 8.4% to 9.3 million"); "from 19% to 21%" has it at each end.
  if (percentOnFirst && unitAfter(text, next.end, language)?.unit !== 'percent') return single;
  // An opener that may open a change ("da", "de la", "from"; not "tra", "între", "between") opens one after a verb
  // of change ("passerà da 35 a 46 euro", "urcă de la 35 la 46 de euro"), and before a share or a measure written
  // whole at each end ("de la 19% la 21%", "from 2,400 metres to 3,000 metres"), as "de la 4.325 de lei la 4.600 de
  // lei" is two sums; "între 12% și 30%" is a range.
  if (joined === 'opened' && opener && !enclosingOpener(opener.opener, language) &&
    (percentOnFirst || measureOnFirst || changeVerbBefore(text, opener.start, language))) return single;
  // "tra 10 e 12 mila": the scale of the second figure applies to the first.
  const low = next.multiplier > 1 && first.multiplier === 1 && first.value < next.base ? first.value * next.multiplier : first.value;
  if (!(low < next.value) && !(low === next.value && DASHES.has(connector))) return single;
  return { first, last: next, low, high: next.value, opener: joined === 'opened' ? opener : null, percentOnFirst,
    openerQualifier: joined === 'opened' ? openerQualifier : null };
}

/** Two small figures joined by a dash, as a score of a set or a game is written ("6-4"). */
const SCORE_PAIR = /^\d{1,2}[-–]\d{1,2}$/;
/** Another score right before or after one, in a row of them: "6-4, 4-6, 7-5", "7-6 (7-4) 6-3". */
const SCORE_BEFORE = /\d{1,2}[-–]\d{1,2}(?:\s*\(\d{1,2}(?:[-–]\d{1,2})?\))?,?\s+$/;
const SCORE_AFTER = /^(?:\s*\(\d{1,2}(?:[-–]\d{1,2})?\))?,?\s+\d{1,2}[-–]\d{1,2}(?!\d)/;
/** Characters looked at on each side of a score for another one. */
const SCORE_REACH = 16;

/**
 * Whether two figures joined by a dash are a score among others ("6-4, 4-6, 7-5" of a tennis match): the games each
 * side won, two figures, never a range.
 */
function inScoreList(text: string, first: Span, next: Span): boolean {
  if (!SCORE_PAIR.test(text.slice(first.start, next.end))) return false;
  return SCORE_BEFORE.test(text.slice(Math.max(0, first.start - SCORE_REACH), first.start)) || SCORE_AFTER.test(text.slice(next.end, next.end + SCORE_REACH));
}

/**
 * A time in hours, minutes and seconds ("2:11:48", a race's): a span of time, not the hour of a day (dates.ts reads
 * "16:00", never a time with seconds).
 */
const CLOCK_DURATION = /(?<![\d.,:])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:]|[.,]\d)/g;

/**
 * A time written with marks, as sports pages write race times ("2h07'48\"": hours, minutes, seconds) and paces
 * ("3'01\"": minutes and seconds, where the language writes them so: MINUTE_SECOND_MARKS).
 */
const MARKED_DURATION = /(?<![\d\p{L}.,'’])(?:(\d{1,2})h ?)?(\d{1,2})['’′]([0-5]\d)(?:"|”|″|'')?(?![\d\p{L}])/gu;
const CLOSING_MARK = /(?:"|”|″|'')$/;

/** Times in hours, minutes and seconds, as counts of seconds (the unit data/units.ts has for "secondi"). */
function clockDurations(text: string, language: Language): Claim[] {
  const found: Claim[] = [];
  const push = (start: number, written: string, seconds: number): void => void found.push(
    { start, end: start + written.length, text: written, low: seconds, high: seconds, qualifier: 'exact', kind: 'count', unit: 'second', concept: 'duration', additional: false });
  if (text.includes(':')) for (const m of allMatches(CLOCK_DURATION, text)) push(m.index, m[0], Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]));
  if (text.includes("'") || text.includes('’') || text.includes('′')) {
    for (const m of allMatches(MARKED_DURATION, text)) {
      // Minutes and seconds alone are a time only with the closing mark, and only where the language writes them so.
      if (m[1] === undefined && !(MINUTE_SECOND_MARKS[language] && CLOSING_MARK.test(m[0]))) continue;
      push(m.index, m[0], Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Units of time from the largest, each a count of the next ("2 ore, 8 minute și 37 de secunde"). */
const TIME_UNITS = ['day', 'hour', 'minute', 'second'];

/**
 * A span of time said in several units, largest first and joined by a comma or "and" ("2 ore e 8 minuti", "2 ore, 8
 * minute și 37 de secunde", "two hours and eight minutes"), is one figure, in its smallest unit, with the qualifier
 * of its first part ("sub 2 ore și 8 minute"): each part alone would state another span.
 */
function joinTimeParts(text: string, claims: Claim[], language: Language): void {
  for (let k = claims.length - 2; k >= 0; k--) {
    const larger = claims[k]!;
    const smaller = claims[k + 1]!;
    const from = TIME_UNITS.indexOf(larger.unit ?? '');
    const to = TIME_UNITS.indexOf(smaller.unit ?? '');
    if (larger.kind !== 'count' || smaller.kind !== 'count' || from < 0 || to <= from || larger.low !== larger.high ||
      smaller.low !== smaller.high || smaller.qualifier !== 'exact' || smaller.additional || !timePartsJoined(text.slice(larger.end, smaller.start), language)) continue;
    const value = (larger.low * UNIT_SCALES[larger.unit!]!.size) / UNIT_SCALES[smaller.unit!]!.size + smaller.low;
    claims.splice(k, 2, { ...larger, end: smaller.end, text: text.slice(larger.start, smaller.end), low: value, high: value, unit: smaller.unit, concept: 'duration' });
  }
}

/** Whether what stands between two parts of a span of time joins them: a comma, "and", or both. */
function timePartsJoined(between: string, language: Language): boolean {
  const words = foldPhrase(between).replace(',', ' ').trim();
  return words === '' || COORDINATORS[language].some((c) => foldWord(c) === words);
}

export function extractClaims(text: string, language: Language): Claim[] {
  const dates = findDates(text, language);
  const durations = clockDurations(text, language);
  const numbers = scanNumbers(text, language).filter((e) => !overlapsAny(e, dates) && !overlapsAny(e, durations));
  const claims: Claim[] = [];
  for (let i = 0; i < numbers.length; i++) {
    // A number word inside the claim before is part of it ("a 30-second clip").
    if (numbers[i]!.start < (claims[claims.length - 1]?.end ?? 0)) continue;
    const figure = readRange(text, numbers, i, language);
    // Context starts after the previous figure and the noun it counts.
    // A word ordinal before it ("was second with 15.2%") belongs to the same clause: read across it.
    let previous = i - 1;
    while (previous >= 0 && numbers[previous]!.ordinal && !numbers[previous]!.digits) previous--;
    const lastClaim = claims[claims.length - 1];
    const windowStart = Math.max(numbers[previous]?.end ?? 0, lastClaim && !(lastClaim.kind === 'ordinal' && !DIGIT.test(lastClaim.text)) ? lastClaim.end : 0);
    if (figure.last !== figure.first) i++;
    const claim = buildClaim(text, language, figure, windowStart, numbers[i + 1] ?? null);
    if (!claim || insideName(text, claim) || numbersName(text, claim, language)) continue;
    const before = claims[claims.length - 1];
    // A figure listed after another of the same kind and unit counts the same thing ("9% in France and 1.2% in
    // Italy", "alle 11 il 12,1%, alle 16 il 27,4%").
    if (claim.concept === null && (claim.unit === null || claim.unit === before?.unit) && before?.concept && before.kind === claim.kind &&
      coordinated(text, before.end, claim.start, language)) {
      claim.concept = before.concept;
    }
    // The start of a change written without the unit of its end has it ("passerà da 35 a 46 euro", "rose from 10
    // to 12 percent"): a range would have been read as one figure (readRange).
    if (before && before.kind === 'count' && before.unit === null && !before.reference && (claim.kind === 'money' || claim.kind === 'percent' ||
      claim.kind === 'measure') && endsOfChange(text, before, claim, language)) {
      before.kind = claim.kind;
      before.unit = claim.unit;
    }
    // The two ends of a change, each with its unit ("de la 4.325 de lei la 4.600 de lei", "from 12 deaths to 15
    // deaths"), count the same thing: what one end is said to be, the other is.
    if (before && before.kind === claim.kind && before.unit === claim.unit && (before.concept === null) !== (claim.concept === null) &&
      endsOfChange(text, before, claim, language)) {
      if (claim.concept === null) claim.concept = before.concept;
      else before.concept = claim.concept;
    }
    // A bare figure set against a sum earlier in its sentence is a sum in its currency (AGAINST_A_SUM): "550 euro al
    // mese, contro i circa 300 di Bucarest".
    if (claim.kind === 'count' && claim.unit === null && !claim.reference && contextOnly(claim)) {
      const sum = sumSetAgainst(text, claims, claim, language);
      if (sum) takeCurrency(claim, sum, text, language, windowStart);
    }
    // Sums in a text about money often drop the currency after the first ("salirà a 3,4 miliardi"): a bare figure
    // in millions or billions is a sum when the last figure stated in that scale, nearby, is one.
    const scale = claim.kind === 'count' && claim.unit === null ? scaleOf(claim) : undefined;
    const antecedent = scale ? lastOfScale(claims, scale) : undefined;
    if (antecedent?.kind === 'money' && nearEnough(text, antecedent, claim)) takeCurrency(claim, antecedent, text, language, windowStart);
    // Billions left bare in such a text are sums however far the last was ("costa 3,2 miliardi" paragraphs after
    // "18,5 miliardi di euro"), unless the last figure in billions counted something else.
    // A measure in the same scale earlier in the sentence leaves its unit out the same way: "1,5 milioni di
    // tonnellate di acciaio, contro i 2,1 milioni dell'anno scorso".
    else if (antecedent?.kind === 'measure' && contextOnly(claim) && !SENTENCE_BREAK.test(text.slice(antecedent.end, claim.start))) {
      claim.kind = 'measure';
      claim.unit = antecedent.unit;
      claim.concept = antecedent.concept;
    } else if (scale === 'B' && !(antecedent?.kind === 'count' && antecedent.unit !== null)) {
      const sum = lastOfScale(claims, scale, claims.length, 'money');
      if (sum) takeCurrency(claim, sum, text, language, windowStart);
    }
    // A sum in the other scale earlier in the sentence gives a bare figure its currency too: "Servono 1,8 miliardi
    // di dollari, ma ne sono arrivati appena 290 milioni".
    if (scale && claim.kind === 'count' && claim.unit === null) {
      const scaled = lastInSentence(text, claims, claim, (c) => scaleOf(c) !== undefined);
      if (scaled?.kind === 'money') takeCurrency(claim, scaled, text, language, windowStart);
    }
    claims.push(claim);
  }
  if (durations.length) {
    claims.push(...durations);
    claims.sort((a, b) => a.start - b.start);
  }
  joinTimeParts(text, claims, language);
  // The first figure in millions or billions may leave the currency to the next one, nearby ("record da oltre
  // 412 milioni" in a headline, "412,6 milioni di euro" in the lead); in billions, however far, as billions left
  // bare after a sum are ("un conto da 1,2 miliardi" in a headline, "1,2 miliardi di euro" paragraphs on); in
  // millions, however far, where the sum is stated again with the same value ("danni per 5 milioni" in a headline,
  // "circa 5 milioni di euro" paragraphs on).
  // Bare figures in a row take it alike: "incassati solo 2,8 miliardi: buco da 1,4 miliardi", then "2,8 miliardi di
  // euro" in the body.
  const scales = claims.map(scaleOf);
  const bare = claims.map((c) => c.kind === 'count' && c.unit === null && !c.reference);
  const stated = (j: number, scale: 'M' | 'B'): boolean => !bare[j] && scales[j] === scale;
  for (let k = 0; k < claims.length; k++) {
    const scale = scales[k];
    if (!bare[k] || !scale || claims.some((_, j) => j < k && stated(j, scale))) continue;
    const figure = claims[k]!;
    const next = claims.find((_, j) => j > k && stated(j, scale));
    if (next?.kind === 'money' && (scale === 'B' || nearEnough(text, figure, next) || (next.low === figure.low && next.high === figure.high))) {
      takeCurrency(figure, next, text, language, claims[k - 1]?.end ?? 0);
    }
  }
  // Bare figures listed right before one with a unit, or in millions or billions, share its unit and scale: "a 6, 10
  // e 15 anni", "rispettivamente da 2, 2 e 1,5 miliardi di euro", "tranșe de 2,25, 1,75 și 1,5 miliarde de euro".
  // Figures of a list are written alike, in digits or in words, and of one order of magnitude: "took 329,305, or
  // 47.0%" restates a count as a share, and in "the average age was 34, and nearly half were" a clause follows.
  for (let k = claims.length - 1; k > 0; k--) {
    const last = claims[k]!;
    const scale = scaleOf(last);
    if ((!scale && last.unit === null) || last.reference) continue;
    const lastValue = scale ? last.low / SCALE_FACTOR[scale] : last.low;
    for (let j = k - 1; j >= 0; j--) {
      const bare = claims[j]!;
      if (bare.kind !== 'count' || bare.unit !== null || bare.reference || scaleOf(bare) || !LISTED[language].test(text.slice(bare.end, claims[j + 1]!.start)) ||
        DIGIT.test(bare.text) !== DIGIT.test(last.text) || !ofOneOrder(bare.low, lastValue)) break;
      if (scale) {
        bare.low *= SCALE_FACTOR[scale];
        bare.high *= SCALE_FACTOR[scale];
      }
      bare.kind = last.kind;
      bare.unit = last.unit;
      bare.concept = last.concept;
    }
  }
  // A bare figure of a partitive takes what the whole counts: "71 dei 240 seggi", "7 din cele 41 de județe",
  // "quattro delle sette carrozze" (a whole that points back has a noun and no concept). That
  // says more than a topic the words around it name ("cases ... in 38 of the 41 counties"); what happened to people
  // stays ("killed 8 of the 41 passengers" are deaths).
  for (let k = 0; k + 1 < claims.length; k++) {
    const part = claims[k]!;
    const whole = claims[k + 1]!;
    if ((contextOnly(part) || (conceptFromContext.has(part) && THING_UNITS.has(whole.unit ?? ''))) && part.unit === null && part.kind === 'count' &&
      (whole.concept !== null || whole.unit !== null) &&
      PARTITIVE[language].test(text.slice(part.end, whole.start))) {
      part.concept = whole.concept;
      part.unit = whole.unit;
    }
  }
  // A bare count after a counted figure in its sentence leaves out the same noun: "71 seats, up from 69", "oltre
  // 370.000 spettatori, contro i 335.000", "11 angajați, dintre care trei". As with partitives, that says more than a
  // topic the words around it name ("2,000 wolves, with the largest populations in the north, where there are 900").
  // Millions or billions after a figure in no such scale are of something else ("quattro nuove stazioni e un conto
  // da 1,2 miliardi"), and so is a figure of another order ("25.000 visitatori in due giorni, circa 18 mila per la
  // polizia": visitors, not days). Nor does a span of time said as a time before now ("Dieci anni fa, nel 2015,
  // erano appena 47").
  for (let k = 1; k < claims.length; k++) {
    const bare = claims[k]!;
    const before = claims[k - 1]!;
    if (bare.kind !== 'count' || bare.unit !== null || !contextOnly(bare) || bare.reference || before.kind !== 'count' ||
      (before.unit === null && before.concept === null) || SENTENCE_BREAK.test(text.slice(before.end, bare.start)) ||
      writtenAsName(text, bare) || (scaleOf(bare) && !scaleOf(before)) || !ofOneOrder(bare.low, before.low) || saidAgo(text, before, language)) continue;
    bare.unit = before.unit;
    bare.concept = before.concept;
  }
  sharePoints(text, claims, language);
  return claims;
}

/** How many times larger than another a figure of the same list may be (ofOneOrder). */
const LIST_SPREAD = 20;

/** Whether two values lie within LIST_SPREAD times of each other, as figures listed together do. */
function ofOneOrder(a: number, b: number): boolean {
  const [small, large] = a <= b ? [Math.abs(a), Math.abs(b)] : [Math.abs(b), Math.abs(a)];
  return large <= LIST_SPREAD * Math.max(small, Number.MIN_VALUE);
}

/** A word that makes the span of time before it a time before now, right after it (AGO_AFTER). */
const AGO = perLanguage((language) => new RegExp(`[ \\t\\u00a0]+(?:${alternation(AGO_AFTER[language])})(?![\\p{L}\\p{M}])`, 'iuy'));

/** Whether a claim is a span of time said as a time before now ("dieci anni fa", "ten years ago"). */
function saidAgo(text: string, claim: Claim, language: Language): boolean {
  const re = AGO[language];
  re.lastIndex = claim.end;
  return re.test(text);
}

/** Words that set a bare figure against a sum, right before it (AGAINST_A_SUM). */
const AGAINST_A_SUM_BEFORE = perLanguage((language) =>
  new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alternation(AGAINST_A_SUM[language])})[ \\t\\u00a0]*$`, 'iu'));

/** The last sum of a claim's sentence, when the words right before the claim set it against that sum. */
function sumSetAgainst(text: string, claims: readonly Claim[], claim: Claim, language: Language): Claim | undefined {
  if (!AGAINST_A_SUM_BEFORE[language].test(text.slice(Math.max(0, claim.start - 40), claim.start))) return undefined;
  return lastInSentence(text, claims, claim, (c) => c.kind === 'money');
}

/** How far before a count of points a share makes them percentage points (SHARE_POINTS), in characters. */
const SHARE_POINTS_REACH = 400;

/** Counts of points that are points of a share (SHARE_POINTS in data/units.ts) become such shares. */
function sharePoints(text: string, claims: Claim[], language: Language): void {
  const { nouns, ofGdp, of } = SHARE_POINTS[language];
  for (const c of claims) {
    if (c.kind !== 'count' || c.unit !== 'point' || c.reference) continue;
    const noun = LAST_WORD.exec(c.text)?.[0];
    if (noun === undefined || !nouns.includes(noun.toLowerCase())) continue;
    const after = text.slice(c.end, c.end + 16).replace(LEADING_SPACE, '').toLowerCase();
    // A word of the list, whole: "di" not the start of "dietro"; an elided one ("d'") runs into the next word.
    const starts = (w: string): boolean => after.startsWith(w.toLowerCase()) && (w.endsWith("'") || !LETTER_FIRST.test(after.slice(w.length)));
    if (ofGdp.some(starts)) {
      c.kind = 'percent';
      c.unit = 'percent';
    } else if (!of.some(starts) &&
      claims.some((d) => d.kind === 'percent' && d.end <= c.start && c.start - d.end <= SHARE_POINTS_REACH)) {
      c.kind = 'percent';
      c.unit = 'percentage-point';
    }
  }
}

const LAST_WORD = /[\p{L}\p{M}]+$/u;
const LEADING_SPACE = /^[ \t\u00a0]+/;
const LETTER_FIRST = /^[\p{L}\p{M}]/u;

/**
 * A number word capitalised within a sentence is used as a name ("i ministri dei Ventisette", "the Twenty-Seven"):
 * it leaves out no noun of a figure before it.
 */
function writtenAsName(text: string, claim: Claim): boolean {
  return claim.start > 0 && CAPITAL_FIRST.test(claim.text) && !SENTENCE_END.test(text.slice(Math.max(0, claim.start - 4), claim.start));
}

const CAPITALISED_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*)[ \u00a0]$/u;
const CAPITALISED_AFTER = /^[ \u00a0]\p{Lu}[\p{L}\p{M}]*/u;
const SENTENCE_END = /[.!?:;\n]\s*$/;

/**
 * Whether a figure in digits is part of a name ("Movimento 5 Stelle", "Il Sole 24 Ore"): a capitalised word
 * right before it that does not start a sentence, and one right after it, on a line mostly in ordinary case (in a
 * title-case headline, "Russia Sends 12,000 Troops", every word is capitalised).
 */
function insideName(text: string, claim: Claim): boolean {
  const digits = LEADING_DIGITS.exec(claim.text)?.[0];
  if (!digits) return false;
  const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, claim.start - 40), claim.start));
  const after = claim.start + digits.length;
  if (!before || !CAPITALISED_AFTER.test(text.slice(after, after + 40))) return false;
  // The word, then one space, right before the figure.
  const wordStart = claim.start - 1 - before[1]!.length;
  if (SENTENCE_END.test(text.slice(Math.max(0, wordStart - 3), wordStart)) || wordStart === 0) return false;
  const lineStart = text.lastIndexOf('\n', claim.start) + 1;
  const lineEnd = text.indexOf('\n', claim.end);
  const words = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).match(LONG_WORDS) ?? [];
  const capitalised = words.filter((w) => CAPITAL_FIRST.test(w)).length;
  return capitalised * 3 < words.length * 2;
}

const NUMBERED_HEADS: Record<Language, ReadonlySet<string>> = {
  it: new Set(NUMBERED_NAME_HEADS.it), ro: new Set(NUMBERED_NAME_HEADS.ro), en: new Set(NUMBERED_NAME_HEADS.en),
};

/**
 * Whether a small whole number, alone, numbers the noun right before it, which makes a name of the two: "la Linea 1
 * della metropolitana", "Sectorul 3", "Terminal 2" (data/nameCues.ts). A bare figure, with no noun, unit,
 * multiplier or qualifier, right after a capitalised word that is no function word, numbers that name too, whatever
 * the name: "Olkiluoto 3, the largest reactor", "the Estlink 2 link", "on Rai 1".
 */
function numbersName(text: string, claim: Claim, language: Language): boolean {
  const digits = LEADING_DIGITS.exec(claim.text)?.[0];
  // A share ("Sectorul 3% din buget") is read as one whatever comes before it: only counts are looked at, and
  // none before a noun the lexicon counts: that figure counts it ("bloccati in linea 12 convogli").
  if (!digits || digits.length > 3 || claim.kind !== 'count') return false;
  const after = wordAfter(text, claim.start + digits.length)?.word;
  if (after && countedNoun(after, language)) return false;
  const gap = text.charCodeAt(claim.start - 1);
  if (gap !== 32 && gap !== 0xa0) return false;
  const before = wordBefore(text, claim.start);
  if (NUMBERED_HEADS[language].has(before.toLowerCase())) return true;
  // Not a score, written as a range is ("beat Romania 41-13").
  if (RANGE_DASH_DIGIT.test(text.slice(claim.end, claim.end + 2))) return false;
  return claim.text === digits && claim.qualifier === 'exact' && CAPITAL_FIRST.test(before) && !isFunctionWord(before, language);
}

/** A minus word or sign right before a figure ("meno 15", "minus 15C", "-12°C"; not the dash of "10-12"). */
const MINUS_BEFORE = perLanguage((language) =>
  new RegExp(`(?:^|[^\\p{L}\\p{M}\\d])(?<minus>(?:${alternation(MINUS_WORDS[language])})[ \\u00a0]+|[-−])$`, 'iud'));

/** A below-zero phrase right after a temperature (BELOW_ZERO_WORDS), from where it is looked for. */
const BELOW_ZERO_AFTER = perLanguage((language) =>
  new RegExp(`[ \\u00a0]+(?:${alternation(BELOW_ZERO_WORDS[language])})(?![\\p{L}\\p{M}])`, 'iuy'));

/** Where the below-zero phrase after a temperature ends, if one follows it (BELOW_ZERO_AFTER). */
function belowZeroAfter(text: string, end: number, language: Language): number | null {
  const re = BELOW_ZERO_AFTER[language];
  re.lastIndex = end;
  return re.exec(text) ? re.lastIndex : null;
}

/** A minus sign glued to a figure, after a space or a bracket (not a dash between two figures or words). */
const SIGN_BEFORE = /(?:^|[\s(])[-−]$/;

/** Where the minus before a temperature starts, if one does (MINUS_BEFORE). */
function minusBefore(text: string, start: number, language: Language): number | null {
  const from = Math.max(0, start - 8);
  const at = MINUS_BEFORE[language].exec(text.slice(from, start))?.indices?.groups?.['minus']?.[0];
  return at === undefined ? null : from + at;
}

const DEFINITE_BEFORE: Record<Language, RegExp> = {
  it: /(?:^|\s)(?:i|gli|le|dei|degli|delle|ai|agli|alle|coi|tra i|fra i)\s+(?:(?:nostri|nostre|vostri|vostre|loro|suoi|sue|propri|proprie)\s+)?$/i,
  ro: /(?:^|\s)(?:cei|cele|celor|ambii|ambele)\s+$/i,
  en: /(?:^|\s)(?:the|both|these|those|our|their|its)\s+$/i,
};

const PARTITIVE: Record<Language, RegExp> = {
  it: /^\s+(?:dei|degli|delle|su|sui|sugli|sulle)\s+$/,
  ro: /^\s+(?:din|dintre)(?:\s+(?:cele|cei))?\s+$/,
  // "38 of the country's 41 counties", "7 of its 12 reactors".
  en: /^\s+(?:of|out of)(?:\s+(?:the|its|their|[\p{L}\p{M}]+['’]s)){0,2}\s+$/u,
};

function buildClaim(text: string, language: Language, figure: Figure, windowStart: number,
  following: NumberExpression | null): Claim | null {
  const { first, last } = figure;
  let start = first.start;
  let end = last.end;
  let kind: ClaimKind = first.ordinal ? 'ordinal' : 'count';
  let unit: string | null = null;
  let fallback: string | null = null;
  // Hundredths of a currency ("9 centesimi") are stated in its units (0.09 euros).
  let per = 1;

  const symbol = currencyBefore(text, start, language);
  if (symbol && !first.ordinal) {
    start = symbol.start;
    kind = 'money';
    unit = symbol.unit;
  }
  if (figure.opener) start = Math.min(start, figure.opener.start);
  // The currency, measure or percent after the figure, read once for what follows.
  const unitNext = !first.ordinal && (kind === 'count' || kind === 'money') ? unitAfter(text, last.end, language) : null;
  // Below zero: a temperature after a minus word or sign, or before a below-zero phrase ("9 gradi sotto zero").
  const temperature = !figure.opener && kind === 'count' && UNIT_SCALES[unitNext?.unit ?? '']?.dimension === 'temperature';
  // A bare figure with a minus sign glued to it is below zero too ("-28,4 gradi a Bologna e -6 nella Capitale").
  const signed = !temperature && !figure.opener && kind === 'count' && unitNext === null && !first.ordinal && SIGN_BEFORE.test(text.slice(Math.max(0, start - 2), start));
  const minus = temperature ? minusBefore(text, start, language) : signed ? start - 1 : null;
  if (minus !== null) start = minus;
  const belowZero = temperature && minus === null && unitNext ? belowZeroAfter(text, unitNext.end, language) : null;
  const negative = minus !== null || belowZero !== null;
  const before = qualifierBefore(text, start, language);
  start = before.start;
  // A qualifier after the opener of a range qualifies it ("from about 10 to 12 euros").
  let qualifier: Qualifier | null = before.qualifier ?? figure.openerQualifier;
  let additional = before.additional;

  // A word before the figure, or before its qualifier, that makes it a measure ("magnitudo 6,2", "di magnitudo
  // superiore a 4"), or, for a figure with a fraction, a quake named by it after ("a 7.7 quake": the noun names the
  // quake, the figure its magnitude).
  const fraction = figure.low === figure.high && !Number.isInteger(figure.low) && last.multiplier === 1;
  const measured = kind === 'count' && !first.ordinal
    ? measureBefore(text, first.start, language) ?? (before.qualifier !== null ? measureBefore(text, start, language) : null) ??
      (fraction ? magnitudeNounAfter(text, last.end, language) : null)
    : null;
  if (measured) {
    kind = 'measure';
    unit = measured.unit;
    fallback = measured.concept;
  }

  // Letters glued to digits that are no unit name a thing ("5G", "3D").
  const glued = last.digits && !last.ordinal && LETTER.test(text[last.end] ?? '');

  let attached: string | null = null;
  let noun: CountedNoun | null = null;
  const compound = kind === 'count' && !first.ordinal ? hyphenatedUnit(text, end, language) : null;
  if (compound) {
    end = compound.end;
    if ('unit' in compound.of) {
      kind = 'measure';
      unit = compound.of.unit;
      fallback = compound.of.concept;
    } else {
      attached = compound.word;
      noun = compound.of.noun;
      unit = noun.unit;
    }
  } else if (!first.ordinal) {
    const after = kind === 'count' || kind === 'money' ? unitNext : null;
    if (after && (kind === 'count' || after.unit === unit || isCurrency(after.unit))) {
      end = belowZero ?? after.end;
      unit = after.unit;
      per = after.per ?? 1;
      fallback = after.concept ?? fallback;
      kind = kindOfUnit(after.unit);
    } else if (glued) {
      return null;
    } else if (figure.percentOnFirst || first.share) {
      kind = 'percent';
      unit = 'percent';
    }
    const post = qualifierAfter(text, end, language);
    if (post && kind === 'count') {
      qualifier = qualifier ?? post.qualifier;
      additional = additional || post.additional;
      end = post.end;
    }
    if (kind === 'count') {
      const linked = first.vague || last.multiplier > 1 || last.approximate || !last.digits || post?.additional === true;
      // Italian and Romanian millions and billions are nouns: what they count follows "di", "de" ("320 milioni di
      // euro"); a word right after them says something else of the figure ("320 milioni erogati").
      const counted = countedWord(text, end, language, linked, language !== 'en' && SCALE_NOUN_END.test(text.slice(start, end)));
      if (counted) {
        attached = counted.word;
        noun = counted.noun;
        end = counted.end;
        // A word the lexicon does not know is kept as written; a participle ("schierati") or an English past form
        // ("11 sank") is no unit.
        const verb = isConceptCue(counted.word, language) || IRREGULAR_PAST_FORMS[language].has(counted.word.toLowerCase());
        unit = noun?.unit ?? (verb ? null : counted.word.toLowerCase());
        const increment = qualifierAfter(text, end, language);
        if (increment?.additional) additional = true;
      }
    } else {
      const next = wordAfter(text, end);
      attached = next?.word ?? null;
    }
  } else {
    const next = wordAfter(text, end);
    attached = next?.word ?? null;
    noun = attached ? countedNoun(attached, language) : null;
  }
  // A word that is also a common non-numeric word ("nouă" = new, "one") counts only before a known noun or unit,
  // or after a qualifier ("cel puțin nouă au fost rănite").
  if (first.needsContext && figure.last === first && kind === 'count' && !noun && before.qualifier === null &&
    !countedInContext(text, first, attached, language)) return null;

  // A half after the unit: "tre ore e mezza", "due anni e mezzo", "două ore și jumătate", "two hours and a half".
  let half = 0;
  if ((noun !== null || kind === 'measure') && figure.low === figure.high && Number.isInteger(figure.low)) {
    const m = HALF_AFTER_UNIT[language].exec(text.slice(end, end + HALF_REACH));
    // A half that begins the next figure is its own ("mezza dozzina di aziende e mezzo centinaio di persone").
    if (m && !(following && following.start < end + m[0].length)) {
      end += m[0].length;
      half = 0.5;
    }
  }
  // A span of time after English "over" is the span it states ("spread over five years", "over three nights"), the
  // word outside the claim.
  if (before.qualifier !== null && qualifier === before.qualifier && unit !== null && (UNIT_SCALES[unit]?.dimension === 'time' || noun?.quantity === 'duration') &&
    spansTime(text, before.start, end, language)) {
    qualifier = null;
    start = first.start;
  }
  if (qualifier === null) qualifier = first.vague ? 'at-least' : first.approximate || last.approximate ? 'approximately' : 'exact';
  // A unit that measures one thing only says what the figure is (hectares are an area, °C a temperature, km/h a
  // speed); lengths may be a depth, a distance or a height, which the words around them tell.
  const decisive = kind === 'measure' && fallback !== null && fallback !== 'distance' ? fallback : null;
  let concept = decisive ?? (kind === 'ordinal' ? ordinalConcept(text, language, start, end, windowStart) ?? noun?.concept ?? null : resolveConcept({
    text, language, kind, start, end, attached, noun,
    windowStart: Math.min(windowStart, start),
    windowEnd: following ? following.start : text.length,
    fallback,
  }));
  if (noun?.unit === 'year' && concept === null && followedBy(text, end, ANNIVERSARY_LINKS[language])) concept = 'anniversary';
  // Years lasted ("l'inchiesta, durata due anni") or said as one adjective ("a two-year inquiry") are a span.
  if (noun?.unit === 'year' && concept === null && kind === 'count' && (LASTING_BEFORE[language].includes(foldWord(wordBefore(text, start))) ||
    SPAN_ADJECTIVE_ENDINGS[language].some((e) => text.endsWith(e, end)))) concept = 'duration';
  // "For a fourth day", "il quarto giorno", "a cincea zi": the days gone by, the span a count of days states ("four
  // days"), compared with it (links.ts).
  const dayOrdinal = kind === 'ordinal' && countedNoun(wordAfter(text, end)?.word ?? '', language)?.unit === 'day';
  if (dayOrdinal) concept = 'duration';
  // "I due paesi", "the three leaders", "cele două țări" point back at things already named: a reference, not a
  // figure of what happened, so it has no concept, and it is compared with figures of its own noun only (links.ts).
  // A noun that says what happened is a toll however it is introduced: "dei sette feriti", "printre cei patru morți",
  // and so is a noun followed by the word that says it: "printre cele trei persoane ucise".
  const reference = kind === 'count' && !first.digits && figure.low === figure.high && figure.low <= 10 && qualifier === 'exact' &&
    !noun?.outcome && DEFINITE_BEFORE[language].test(text.slice(Math.max(0, start - 12), start)) &&
    !(noun !== null && isOutcomeCue(wordAfter(text, end)?.word ?? '', language));
  if (reference) concept = null;
  // People counted by who they are, with nothing said of what happened to them, are that: "about 45 people".
  if (concept === null && kind === 'count' && noun?.people && !reference) concept = noun.unit;
  if (concept === null && kind === 'count' && noun?.quantity && !reference) concept = noun.quantity;
  const claim: Claim = {
    start, end, text: text.slice(start, end), low: (negative ? -figure.high : figure.low + half) / per, high: (negative ? -figure.low : figure.high + half) / per, qualifier, kind,
    unit: dayOrdinal ? 'day' : kind === 'ordinal' ? null : unit, concept, additional, ...(reference ? { reference } : {}),
  };
  if (concept !== null && attached === null && !noun) conceptFromContext.add(claim);
  return claim;
}

/**
 * Claims whose concept only the words around them give (no word of their own, no unit): what a partitive or an
 * elided noun says of them says more, unless it is what happened to people ("killed 8 of the 41 passengers").
 */
const conceptFromContext = new WeakSet<Claim>();
/**
 * Units of nouns that count things, not people: what the words around a figure say happened to people (a toll read
 * from "ha fermato", stopped or detained) is not what a figure of them counts ("ha fermato due dei tre altoforni").
 */
const THING_UNITS = new Set(COUNTED_NOUNS.filter((n) => !n.people && !n.outcome && !(n.concept !== undefined && broader(n.concept).includes('person')))
  .map((n) => n.unit));
const contextOnly = (claim: Claim): boolean => claim.concept === null || (conceptFromContext.has(claim) && !isOutcome(claim.concept));

const SENTENCE_BREAK = /[.;!?](?=\s|$)|\n/;
/** Millions ('M') or billions ('B'), where a figure is stated in one of them. */
function scaleOf(claim: Claim): 'M' | 'B' | undefined {
  const word = SCALED.exec(claim.text)?.[1]?.toLowerCase();
  return word === undefined ? undefined : MILLIONS.test(word) ? 'M' : 'B';
}

/**
 * The last figure among claims stated in the same scale: the one a bare "3,4 miliardi" leaves its currency or noun
 * out after ("3 miliardi di euro ... 4 milioni di famiglie ... 3,4 miliardi"; "40 million hectolitres, from 47.5
 * million"); of one kind only, if given.
 */
function lastOfScale(claims: readonly Claim[], scale: 'M' | 'B', before = claims.length, kind?: ClaimKind): Claim | undefined {
  for (let k = before - 1; k >= 0; k--) if ((!kind || claims[k]!.kind === kind) && scaleOf(claims[k]!) === scale) return claims[k];
  return undefined;
}

const SCALE_FACTOR = { M: 1e6, B: 1e9 } as const;
/** What stands between two figures of a list: a comma, or the word that joins its last two. */
const LISTED: Readonly<Record<Language, RegExp>> = {
  it: /^(?:,|\s+(?:e|ed|o)) $/,
  ro: /^(?:,|\s+(?:și|şi|sau)) $/,
  en: /^(?:,|,? (?:and|or)) $/,
};

const HALF_REACH = 16;

/** The last figure before `claim`, in its sentence, of which `which` holds. */
function lastInSentence(text: string, claims: readonly Claim[], claim: Claim, which: (earlier: Claim) => boolean): Claim | undefined {
  for (let k = claims.length - 1; k >= 0; k--) {
    const earlier = claims[k]!;
    if (SENTENCE_BREAK.test(text.slice(earlier.end, claim.start))) return undefined;
    if (which(earlier)) return earlier;
  }
  return undefined;
}

const SCALED = /\b(milion|milioan|miliard|million|billion|mln|mld|bn)/iu;
const MONEY_CONTEXT = 600;

/**
 * Whether two figures, `earlier` then `later`, stand near enough for a sum to give a bare figure its currency:
 * within MONEY_CONTEXT characters and three sentence breaks.
 */
function nearEnough(text: string, earlier: Claim, later: Claim): boolean {
  return later.start - earlier.end < MONEY_CONTEXT && !SENTENCE_BREAKS_BETWEEN(text, earlier.end, later.start, 3);
}

/** Makes a bare figure a sum in the currency of `sum`; what a count was read as (votes, countries) no concept of a sum is. */
function takeCurrency(bare: Claim, sum: Claim, text: string, language: Language, windowStart: number): void {
  bare.kind = 'money';
  bare.unit = sum.unit;
  bare.concept = resolveMoneyConcept(text, language, bare, windowStart);
}

/** True if more than `most` sentence breaks lie between two offsets. */
function SENTENCE_BREAKS_BETWEEN(text: string, from: number, to: number, most: number): boolean {
  return (text.slice(from, to).match(BREAKS)?.length ?? 0) > most;
}

function resolveMoneyConcept(text: string, language: Language, claim: Claim, windowStart: number): string | null {
  return resolveConcept({
    text, language, kind: 'money', start: claim.start, end: claim.end, attached: null, noun: null,
    windowStart: Math.min(windowStart, claim.start), windowEnd: Math.min(text.length, claim.end + 200), fallback: null,
  });
}

/** An ordinal ranks what the words next to it name: "the sixth national rail strike", "Greva ... este a șasea". */
function ordinalConcept(text: string, language: Language, start: number, end: number, windowStart: number): string | null {
  return resolveConcept({
    text, language, kind: 'ordinal', start, end, attached: null, noun: null,
    windowStart: Math.max(windowStart, start - 60), windowEnd: Math.min(text.length, end + 40), fallback: null,
  });
}
const MAX_COORDINATED_GAP = 60;

/** Two figures that open and close a range written with a unit each: "de la X lei la Y lei", "from X to Y". */
function endsOfChange(text: string, first: Claim, second: Claim, language: Language): boolean {
  const opener = rangeOpener(text, first.start, language);
  return opener !== null && joinsRange(text.slice(first.end, second.start).trim(), opener.opener, language) === 'opened';
}

/** A bare figure listed after another in the same sentence counts the same thing ("eight ... and two in Moldova"). */
function coordinated(text: string, from: number, to: number, language: Language): boolean {
  if (to - from > MAX_COORDINATED_GAP) return false;
  const between = text.slice(from, to);
  if (SENTENCE_BREAK.test(between)) return false;
  const words = new Set(between.toLowerCase().match(WORDS));
  return COORDINATORS[language].some((w) => words.has(w));
}

function isCurrency(unit: string): boolean {
  return CURRENCY_CODE.test(unit);
}

/** The kind of figure a unit after it makes: a share, a sum, or a measure. */
function kindOfUnit(unit: string): ClaimKind {
  return unit === 'percent' || unit === 'percentage-point' || unit === 'basis-point' ? 'percent' : isCurrency(unit) ? 'money' : 'measure';
}

function followedBy(text: string, pos: number, words: readonly string[]): boolean {
  const ahead = foldPhrase(text.slice(pos, pos + 16)).trimStart();
  return words.some((w) => ahead.startsWith(foldWord(w)) && !LETTER.test(ahead[w.length] ?? ''));
}
