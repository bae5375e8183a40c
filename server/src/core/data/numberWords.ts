/**
 * Number words of Italian, Romanian and English. Each entry is a word (lowercase, with its standard diacritics;
 * variants without diacritics are derived at load time) and how it combines with its neighbours.
 */
import type { Language } from '../types';

/**
 * - `add`: adds its value to the group being built ("tre", "douăzeci", "twenty").
 * - `multiply`: multiplies the group ("cento", "sute", "hundred", "zeci" in "șapte zeci").
 * - `scale`: closes the group and multiplies it ("mila", "milioane", "million"); scales decrease left to right.
 */
export type NumberWordRole = 'add' | 'multiply' | 'scale';

/**
 * - `yes`: a number on its own.
 * - `counted`: also a common word ("nouă" = new, "one" = pronoun): a number only before a counted noun, `de`, a
 *   scale, or after a qualifier.
 * - `part`: a number only inside a longer expression ("un" in "un milione", "mila" in "10 mila", "mie").
 */
export type Standalone = 'yes' | 'counted' | 'part';

export interface NumberWord {
  value: number;
  role: NumberWordRole;
  standalone?: Standalone;
  /** Plural of a scale used without a count ("migliaia", "mii", "thousands"): the figure is at least the scale. */
  vague?: boolean;
  /** Round by meaning ("una decina", "un centinaio", "a dozen"). */
  approximate?: boolean;
  /** Tens elided before a vowel ("vent'anni", "trent'anni"): a number on its own before an apostrophe. */
  elided?: boolean;
}

export interface NumberLexicon {
  cardinals: Readonly<Record<string, NumberWord>>;
  /** Ordinal words and their number ("terzo" 3, "al doilea" 2, "third" 3). */
  ordinals: Readonly<Record<string, number>>;
  /** Suffixes that turn a cardinal into an ordinal, with the letters the cardinal drops ("ottanta" + "esimo"). */
  ordinalSuffixes: readonly string[];
  /** Whole phrases meaning zero, accepted by parseNumber only ("nici unul"). */
  zeroPhrases: readonly string[];
  /**
   * Phrases in which "zero" names a level that figures are measured from, not a figure: "sotto lo zero
   * idrometrico", "sub cota zero", "below hydrometric zero", "lo zero termico" (the freezing level). The figure is
   * the distance from it ("1,42 metri sotto lo zero idrometrico").
   */
  referenceZeros: readonly string[];
  /** Words joining parts of one number ("douăzeci și trei", "one hundred and five"). */
  joiners: readonly string[];
  /** Words between a count and a following scale ("21 de milioane", "decine di migliaia", "tens of thousands"). */
  scaleLinks: readonly string[];
  /**
   * A half added after a joiner: to the count before it ("due e mezzo", "two and a half million") or, after a
   * scale, to the scale ("due milioni e mezzo", "două milioane și jumătate": 2.5 million).
   */
  halves: readonly string[];
  /**
   * Fractions, and the part of the whole each is. Before a scale a fraction is that part of it ("mezzo milione",
   * "half a million", "un sfert de miliard"); one marked `share` is also a share, in percent, of what follows a
   * share word ("metà del gregge", "a quarter of the harvest", "jumătate din") or after a qualifier ("about half",
   * "aproape jumătate"). "mezzo" is an adjective elsewhere ("mezz'ora").
   */
  fractions: Readonly<Record<string, { part: number; share: boolean }>>;
  /** Words between a fraction and its scale ("half a million", "a quarter of a million", "jumătate de milion"). */
  fractionScaleLinks: readonly string[];
  /**
   * Words between a fraction and a unit it is a part of ("half a percentage point", "half a mile", "jumătate de punct
   * procentual"; Italian has none: "mezzo punto percentuale").
   */
  fractionUnitLinks: readonly string[];
  /** Words after a fraction that make it a share of what follows ("metà dei", "jumătate din", "half of", "half the"). */
  shareWords: readonly string[];
  /** Words before a fraction that make it a point in time or space ("a metà del mese", "în jumătate"), no share. */
  notShareAfter: readonly string[];
  /**
   * Where a number word that is also another word (`counted`: "sei" = "you are", "nouă" = "new") is a number
   * beyond a known noun: before a partitive ("sei dei quali", "nouă dintre ei"), or before a noun the lexicon does
   * not know that ends as plurals do ("sei sommozzatori", "nouă focare"), unless a word before makes it the other
   * word ("o nouă lege", "tu sei").
   */
  countedContext: { partitives: readonly string[]; pluralEndings: readonly string[]; notAfter: readonly string[] };
}

const share = (part: number): { part: number; share: boolean } => ({ part, share: true });
const ofScale = (part: number): { part: number; share: boolean } => ({ part, share: false });

const add = (value: number, standalone: Standalone = 'yes'): NumberWord => ({ value, role: 'add', standalone });
const part = (value: number): NumberWord => ({ value, role: 'add', standalone: 'part' });
const hundred = (value: number, standalone: Standalone = 'part'): NumberWord => ({ value, role: 'multiply', standalone });
const scale = (value: number, standalone: Standalone = 'part'): NumberWord => ({ value, role: 'scale', standalone });
const vagueScale = (value: number): NumberWord => ({ value, role: 'scale', standalone: 'yes', vague: true });
const vagueMultiple = (value: number): NumberWord => ({ value, role: 'multiply', standalone: 'yes', vague: true });
const elidedTens = (value: number): NumberWord => ({ value, role: 'add', standalone: 'part', elided: true });
const about = (value: number, role: NumberWordRole = 'multiply'): NumberWord =>
  ({ value, role, standalone: 'part', approximate: true });

/**
 * Italian writes compound numbers as one word ("duecentotrentatremila"): these are the morphemes they are made of,
 * including the elided tens ("vent" in "ventuno") and "cent" ("centottanta").
 */
const italian: NumberLexicon = {
  cardinals: {
    zero: add(0), nulla: part(0),
    uno: add(1, 'part'), un: part(1), una: part(1),
    due: add(2), tre: add(3), quattro: add(4), cinque: add(5), sei: add(6, 'counted'), sette: add(7),
    otto: add(8), nove: add(9), dieci: add(10), undici: add(11), dodici: add(12), tredici: add(13),
    quattordici: add(14), quindici: add(15), sedici: add(16), diciassette: add(17), diciotto: add(18),
    diciannove: add(19),
    // "venti" is also "winds".
    venti: add(20, 'counted'), vent: elidedTens(20), trenta: add(30), trent: elidedTens(30), quaranta: add(40),
    quarant: elidedTens(40), cinquanta: add(50), cinquant: elidedTens(50), sessanta: add(60), sessant: elidedTens(60),
    settanta: add(70), settant: elidedTens(70), ottanta: add(80), ottant: elidedTens(80), novanta: add(90),
    novant: elidedTens(90),
    cento: hundred(100, 'yes'), cent: hundred(100),
    mille: scale(1000, 'yes'), mila: scale(1000),
    milione: scale(1e6), milioni: vagueScale(1e6), mln: scale(1e6),
    miliardo: scale(1e9), miliardi: vagueScale(1e9), mld: scale(1e9), mrd: scale(1e9),
    decina: about(10), quindicina: about(15), ventina: about(20), trentina: about(30), quarantina: about(40), cinquantina: about(50),
    sessantina: about(60), settantina: about(70), ottantina: about(80), novantina: about(90),
    dozzina: about(12), centinaio: about(100), migliaio: about(1000, 'scale'),
    decine: vagueMultiple(10), dozzine: vagueMultiple(12), centinaia: vagueMultiple(100), migliaia: vagueScale(1000),
  },
  // Singular only: plurals are adjectives ("le prime stime", "i primi giorni").
  ordinals: {
    primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, quinto: 5, quinta: 5, sesto: 6, sesta: 6,
    settimo: 7, settima: 7, ottavo: 8, ottava: 8, nono: 9, nona: 9, decimo: 10, decima: 10,
  },
  ordinalSuffixes: ['esimo', 'esima', 'esimi', 'esime'],
  zeroPhrases: ['nessuno', 'nessuna'],
  referenceZeros: ['sotto zero', 'sotto lo zero', 'sopra zero', 'sopra lo zero', 'zero idrometrico', 'zero termico'],
  joiners: ['e'],
  scaleLinks: ['di'],
  halves: ['mezzo'],
  fractions: {
    'mezzo': ofScale(1 / 2), 'mezza': ofScale(1 / 2), 'metà': share(1 / 2), 'la metà': share(1 / 2), 'un quarto': share(1 / 4),
    'tre quarti': share(3 / 4), 'un terzo': share(1 / 3), 'due terzi': share(2 / 3), 'un quinto': share(1 / 5),
    'due quinti': share(2 / 5), 'tre quinti': share(3 / 5), 'quattro quinti': share(4 / 5),
  },
  fractionScaleLinks: [],
  fractionUnitLinks: [],
  shareWords: ['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', "dell'"],
  notShareAfter: ['a', 'da', 'verso', 'entro', 'per'],
  countedContext: {
    partitives: ['dei', 'degli', 'delle'], pluralEndings: ['i', 'e'], notAfter: ['tu', 'non', 'ci', 'ne', 'se', 'ti', 'mi', 'lo', 'la', 'gli'],
  },
};

const romanian: NumberLexicon = {
  cardinals: {
    zero: add(0),
    unu: add(1, 'counted'), unul: add(1, 'counted'), una: part(1), un: part(1), o: part(1),
    doi: add(2), două: add(2), trei: add(3), patru: add(4), cinci: add(5), șase: add(6), șapte: add(7),
    opt: add(8), nouă: add(9, 'counted'), zece: add(10),
    unsprezece: add(11), doisprezece: add(12), douăsprezece: add(12), treisprezece: add(13),
    paisprezece: add(14), patrusprezece: add(14), cincisprezece: add(15), șaisprezece: add(16),
    șaptesprezece: add(17), optsprezece: add(18), nouăsprezece: add(19),
    // Spoken forms, frequent in quotes.
    unșpe: add(11), doișpe: add(12), douășpe: add(12), treișpe: add(13), paișpe: add(14), cinșpe: add(15),
    șaișpe: add(16), șaptișpe: add(17), optișpe: add(18), nouășpe: add(19),
    douăzeci: add(20), treizeci: add(30), patruzeci: add(40), cincizeci: add(50), șaizeci: add(60),
    șaptezeci: add(70), optzeci: add(80), nouăzeci: add(90),
    // "șapte zeci" (70) is written apart too; "zeci de mii" are tens of thousands.
    zeci: vagueMultiple(10),
    sută: hundred(100), sute: vagueMultiple(100),
    mie: scale(1000), mii: vagueScale(1000),
    milion: scale(1e6), milioane: vagueScale(1e6), mln: scale(1e6), mil: scale(1e6),
    miliard: scale(1e9), miliarde: vagueScale(1e9), mld: scale(1e9),
  },
  ordinals: {
    primul: 1, prima: 1, întâi: 1, întâiul: 1, întâia: 1,
    'al doilea': 2, 'a doua': 2, 'al treilea': 3, 'a treia': 3, 'al patrulea': 4, 'a patra': 4,
    'al cincilea': 5, 'a cincea': 5, 'al șaselea': 6, 'a șasea': 6, 'al șaptelea': 7, 'a șaptea': 7,
    'al optulea': 8, 'a opta': 8, 'al nouălea': 9, 'a noua': 9, 'al zecelea': 10, 'a zecea': 10,
    'al unsprezecelea': 11, 'a unsprezecea': 11, 'al doisprezecelea': 12, 'a douăsprezecea': 12,
    'al douăzecilea': 20, 'a douăzecea': 20, 'al treizecilea': 30, 'a treizecea': 30,
    'al patruzecilea': 40, 'a patruzecea': 40, 'al cincizecilea': 50, 'a cincizecea': 50,
    'al șaizecilea': 60, 'a șaizecea': 60, 'al șaptezecilea': 70, 'a șaptezecea': 70,
    'al optzecilea': 80, 'a optzecea': 80, 'al nouăzecilea': 90, 'a nouăzecea': 90,
    'al o sutălea': 100, 'a o suta': 100,
  },
  // Written with digits: "al 80-lea", "a 80-a".
  ordinalSuffixes: ['-lea', '-a'],
  zeroPhrases: ['nici unul', 'nici unu', 'nici una', 'nici o', 'nicio', 'niciun', 'nimic'],
  referenceZeros: ['sub zero', 'sub cota zero', 'peste cota zero', 'cota zero', 'zero hidrometric', 'zero hidrometrică', 'zero termic'],
  joiners: ['și'],
  scaleLinks: ['de'],
  halves: ['jumătate'],
  fractions: {
    'jumătate': share(1 / 2), 'o jumătate': share(1 / 2), 'un sfert': share(1 / 4), 'trei sferturi': share(3 / 4),
    'o treime': share(1 / 3), 'două treimi': share(2 / 3), 'o cincime': share(1 / 5), 'două cincimi': share(2 / 5),
    'trei cincimi': share(3 / 5), 'patru cincimi': share(4 / 5),
  },
  fractionScaleLinks: ['de'],
  fractionUnitLinks: ['de'],
  shareWords: ['din', 'dintre'],
  notShareAfter: ['la', 'pe', 'în', 'pe la', 'spre'],
  countedContext: {
    partitives: ['dintre', 'din'], pluralEndings: ['i', 'e', 'uri', 'le'], notAfter: ['o', 'a', 'cea', 'mai', 'această', 'noua'],
  },
};

const english: NumberLexicon = {
  cardinals: {
    zero: add(0), one: add(1, 'counted'), a: part(1), an: part(1),
    two: add(2), three: add(3), four: add(4), five: add(5), six: add(6), seven: add(7), eight: add(8),
    nine: add(9), ten: add(10), eleven: add(11), twelve: add(12), thirteen: add(13), fourteen: add(14),
    fifteen: add(15), sixteen: add(16), seventeen: add(17), eighteen: add(18), nineteen: add(19),
    twenty: add(20), thirty: add(30), forty: add(40), fifty: add(50), sixty: add(60), seventy: add(70),
    eighty: add(80), ninety: add(90),
    // "another dozen" as "a dozen": the increment stands before the word alone.
    hundred: hundred(100), hundreds: vagueMultiple(100), dozen: { ...about(12), standalone: 'yes' }, dozens: vagueMultiple(12),
    tens: vagueMultiple(10),
    thousand: scale(1000), thousands: vagueScale(1000),
    million: scale(1e6), millions: vagueScale(1e6), mn: scale(1e6),
    billion: scale(1e9), billions: vagueScale(1e9), bn: scale(1e9),
    trillion: scale(1e12), trillions: vagueScale(1e12), tn: scale(1e12),
  },
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
    eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
    seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
  },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  zeroPhrases: ['none', 'nobody', 'no one'],
  referenceZeros: ['below zero', 'above zero', 'hydrometric zero'],
  joiners: ['and'],
  scaleLinks: ['of'],
  halves: ['a half'],
  fractions: {
    'half': share(1 / 2), 'one half': share(1 / 2), 'a quarter': share(1 / 4), 'one quarter': share(1 / 4),
    'three quarters': share(3 / 4), 'three-quarters': share(3 / 4), 'a third': share(1 / 3), 'one third': share(1 / 3),
    'two thirds': share(2 / 3), 'two-thirds': share(2 / 3), 'a fifth': share(1 / 5), 'one fifth': share(1 / 5),
    'two fifths': share(2 / 5), 'two-fifths': share(2 / 5), 'three fifths': share(3 / 5), 'three-fifths': share(3 / 5),
    'four fifths': share(4 / 5), 'four-fifths': share(4 / 5),
  },
  fractionScaleLinks: ['a', 'of a'],
  fractionUnitLinks: ['a', 'an', 'of a', 'of an'],
  shareWords: ['of', 'the', 'its', 'their'],
  notShareAfter: ['in', 'by'],
  // "one of", "one more": English "one" stays a number before known nouns only.
  countedContext: { partitives: [], pluralEndings: [], notAfter: [] },
};

export const NUMBER_WORDS: Readonly<Record<Language, NumberLexicon>> = { it: italian, ro: romanian, en: english };

/**
 * Digit suffixes and abbreviations that multiply the figure before them ("100K", "1,2M", "$3m", "€9bn", "2 mln").
 * Case matters: "M" is a million in every language, "m" only in English money and counts ("$3m", "3m people").
 */
export const DIGIT_SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3, K: 1e3, M: 1e6, G: 1e9, B: 1e9,
  mln: 1e6, Mln: 1e6, mil: 1e6, mn: 1e6, bn: 1e9, bln: 1e9, mld: 1e9, mrd: 1e9, tn: 1e12,
};

/** Marks written after digits to make an ordinal: "80º", "80°", "1ª" (Italian and Romanian usage). */
export const ORDINAL_MARKS: readonly string[] = ['º', '°', 'ª'];

/**
 * Nouns of a rank that a cardinal follows: Romanian says "pe locul cinci", "locul 3" for fifth and third place (DEX,
 * "loc"); Italian and English put an ordinal there ("al quinto posto", "fifth place").
 */
export const RANK_NOUNS: Readonly<Record<Language, readonly string[]>> = {
  it: [],
  ro: ['locul', 'locului', 'poziția', 'poziției', 'poziţia', 'poziţiei'],
  en: [],
};

/**
 * Words of "single" after the article-one that make it a count of one ("un singur pompier", "una sola persona", "a
 * single firefighter"): not the article, which the guidelines leave out.
 */
export const SINGLE_AFTER_ONE: Readonly<Record<Language, readonly string[]>> = {
  it: ['solo', 'sola', 'unico', 'unica'],
  ro: ['singur', 'singură', 'singura'],
  en: ['single'],
};
