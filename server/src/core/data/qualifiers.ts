/**
 * Words around a figure that say how it is meant: qualifiers ("circa", "at least"), increments ("altri", "another")
 * and ranges ("da ... a ...", "între ... și ...", "between ... and ..."). Lowercase; diacritic-free variants are
 * derived at load time.
 */
import type { Language, Qualifier } from '../types';

/**
 * Written right before the figure. Threshold words ("sotto il 2%", "below 2%") are left out: they name a
 * threshold, not a bound of the figure. "quasi", "aproape", "nearly", "almost" say the figure was not reached:
 * at-most. Italian phrases ending in "di" or "a" also match their article forms ("più del", "fino al").
 */
export const QUALIFIERS: Readonly<Record<Language, Readonly<Record<string, Qualifier>>>> = {
  it: {
    'circa': 'approximately', 'all\'incirca': 'approximately', 'approssimativamente': 'approximately',
    'intorno a': 'approximately', 'attorno a': 'approximately', 'grosso modo': 'approximately',
    'stimati': 'approximately', 'una stima di': 'approximately', 'qualcosa come': 'approximately',
    'quasi': 'at-most', 'fino a': 'at-most', 'al massimo': 'at-most', 'non più di': 'at-most',
    'massimo': 'at-most', 'un massimo di': 'at-most',
    'almeno': 'at-least', 'non meno di': 'at-least', 'minimo': 'at-least', 'un minimo di': 'at-least',
    'oltre': 'more-than', 'più di': 'more-than', 'superiore a': 'more-than',
    'ben oltre': 'more-than',
    'meno di': 'less-than', 'inferiore a': 'less-than', 'poco meno di': 'less-than',
  },
  ro: {
    'aproximativ': 'approximately', 'circa': 'approximately', 'cca': 'approximately', 'în jur de': 'approximately',
    'vreo': 'approximately', 'cam': 'approximately', 'estimativ': 'approximately', 'undeva la': 'approximately',
    'aproape': 'at-most', 'până la': 'at-most', 'maximum': 'at-most', 'cel mult': 'at-most',
    'nu mai mult de': 'at-most',
    'cel puțin': 'at-least', 'minimum': 'at-least', 'nu mai puțin de': 'at-least', 'măcar': 'at-least',
    'peste': 'more-than', 'de peste': 'more-than', 'mai mult de': 'more-than', 'mai mult decât': 'more-than',
    'mai mulți de': 'more-than', 'mai multe de': 'more-than',
    'sub': 'less-than', 'mai puțin de': 'less-than', 'mai puțin decât': 'less-than', 'de sub': 'less-than',
  },
  en: {
    'about': 'approximately', 'around': 'approximately', 'some': 'approximately', 'roughly': 'approximately',
    'approximately': 'approximately', 'approx': 'approximately', 'an estimated': 'approximately',
    'estimated': 'approximately', 'circa': 'approximately', 'in the region of': 'approximately',
    'nearly': 'at-most', 'almost': 'at-most', 'up to': 'at-most', 'as many as': 'at-most', 'at most': 'at-most',
    'no more than': 'at-most', 'close to': 'at-most',
    'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least',
    'more than': 'more-than', 'over': 'more-than', 'upwards of': 'more-than', 'in excess of': 'more-than',
    'just over': 'more-than', 'well over': 'more-than',
    'fewer than': 'less-than', 'less than': 'less-than', 'under': 'less-than',
    'just under': 'less-than',
  },
};

/**
 * Qualifiers that, before a span of time, state the span rather than more of it: English "over" ("spread over five
 * years", "repayable over 12 years", "over three days, 400 people came"), as the annotation guidelines read it.
 * Still more than the span after a word listed in `moreThanAfter` ("for over five years", "took over two hours",
 * "in over a decade"), or before one listed in `moreThanBefore` ("over ten years ago", "over 65 years old").
 */
export const SPAN_QUALIFIERS: Readonly<Record<Language, { words: readonly string[]; moreThanAfter: readonly string[]; moreThanBefore: readonly string[] }>> = {
  it: { words: [], moreThanAfter: [], moreThanBefore: [] },
  ro: { words: [], moreThanAfter: [], moreThanBefore: [] },
  en: {
    words: ['over'],
    moreThanAfter: [
      'for', 'in', 'of', 'after', 'than', 'within', 'aged', 'is', 'was', 'are', 'were', 'be', 'been', 'being',
      'last', 'lasts', 'lasted', 'lasting', 'take', 'takes', 'took', 'taken', 'taking', 'spend', 'spends', 'spent',
      'spending', 'wait', 'waits', 'waited', 'waiting', 'needed', 'needs', 'need', 'required', 'requires',
    ],
    moreThanBefore: ['ago', 'old', 'older', 'earlier', 'later', 'longer'],
  },
};

/** Written right after the figure, before its noun ("3.000 o più soldati", "3,000 or so troops"). */
export const QUALIFIERS_AFTER: Readonly<Record<Language, Readonly<Record<string, Qualifier>>>> = {
  it: { 'circa': 'approximately', 'o più': 'at-least', 'e più': 'at-least', 'o meno': 'at-most' },
  ro: { 'sau mai mult': 'at-least', 'sau mai mulți': 'at-least', 'sau mai multe': 'at-least', 'aproximativ': 'approximately' },
  en: { 'or more': 'at-least', 'or so': 'approximately', 'or fewer': 'at-most', 'or less': 'at-most', 'plus': 'at-least' },
};

/** Italian articles that may stand between a qualifier and a figure ("oltre il 50%", "circa i 3.000"). */
export const ITALIAN_ARTICLES: readonly string[] = ['il', 'lo', 'la', 'i', 'gli', 'le', 'l\''];

/** Italian "di"/"a" joined with an article, as in "più del 50%", "fino al 40%". */
export const ITALIAN_ARTICULATED: Readonly<Record<string, readonly string[]>> = {
  di: ['del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell\''],
  a: ['al', 'allo', 'alla', 'ai', 'agli', 'alle', 'all\''],
};

/** Words before a temperature that make it below zero ("meno 15 gradi", "minus 14 grade Celsius", "minus 15C"). */
export const MINUS_WORDS: Readonly<Record<Language, readonly string[]>> = { it: ['meno'], ro: ['minus'], en: ['minus'] };

/** Words after a temperature that make it below zero ("9 gradi sotto zero", "10 grade sub zero", "five degrees below zero"). */
export const BELOW_ZERO_WORDS: Readonly<Record<Language, readonly string[]>> = {
  it: ['sotto zero', 'sotto lo zero'], ro: ['sub zero'], en: ['below zero', 'below freezing'],
};

/**
 * Words before an amount that make it the size of a change ("raised by €5 million to €70 million", "aumentato di",
 * "crescut cu"): two sums after it are a change, not a range, whatever joins them.
 */
export const CHANGE_BY: Readonly<Record<Language, readonly string[]>> = { it: ['di'], ro: ['cu'], en: ['by'] };

/**
 * Verbs of change right before an opener that may open a change: the two figures after it are where the change
 * starts and where it ends, two claims and not a range ("passerà da 35 a 46 euro", "urcă de la 35 la 46 de euro",
 * "will rise from 9 to 12"). Word forms as written; matched without diacritics.
 */
export const CHANGE_VERBS: Readonly<Record<Language, readonly string[]>> = {
  it: [
    'passa', 'passano', 'passerà', 'passeranno', 'passato', 'passata', 'passati', 'passate',
    'sale', 'salgono', 'salirà', 'saliranno', 'salito', 'salita', 'saliti', 'salite',
    'aumenta', 'aumentano', 'aumenterà', 'aumenteranno', 'aumentato', 'aumentata', 'aumentati', 'aumentate',
    'cresce', 'crescono', 'crescerà', 'cresceranno', 'cresciuto', 'cresciuta', 'cresciuti', 'cresciute',
    'scende', 'scendono', 'scenderà', 'scenderanno', 'sceso', 'scesa', 'scesi', 'scese',
    'cala', 'calano', 'calerà', 'caleranno', 'calato', 'calata', 'calati', 'calate',
    'precipitato', 'precipitata', 'balzato', 'balzata', 'rincarato', 'rincarata', 'lievitato', 'lievitata',
    'rincara', 'rincarano', 'rincarerà',
  ],
  ro: [
    'urcă', 'urcat', 'urce', 'crește', 'cresc', 'crescut', 'crească', 'scade', 'scad', 'scăzut', 'scadă',
    'trece', 'trec', 'trecut', 'coboară', 'coborât', 'sare', 'sărit', 'avansat', 'majorat', 'majorată', 'majorate',
    'majorați', 'mărit', 'mărită', 'mărite', 'măriți', 'redus', 'redusă', 'reduse', 'reduși',
    // Prices: "biletul se scumpește de la 20 la 30 de lei".
    'scumpește', 'scumpesc', 'scumpit', 'scumpită', 'scumpite', 'ieftinește', 'ieftinesc', 'ieftinit', 'ieftinită', 'ieftinite',
  ],
  en: [
    'rise', 'rises', 'rose', 'risen', 'rising', 'increase', 'increases', 'increased', 'increasing',
    'climb', 'climbs', 'climbed', 'climbing', 'jump', 'jumps', 'jumped', 'jumping', 'fall', 'falls', 'fell', 'fallen',
    'falling', 'drop', 'drops', 'dropped', 'dropping', 'grow', 'grows', 'grew', 'grown', 'growing', 'go', 'goes',
    'went', 'gone', 'going', 'raised', 'lowered', 'reduced', 'cut', 'soared', 'surged', 'slipped', 'declined',
  ],
};

/** Increments: the figure adds to an earlier one and does not state a total. */
export const INCREMENTS: Readonly<Record<Language, { before: readonly string[]; after: readonly string[] }>> = {
  it: { before: ['altri', 'altre', 'altro', 'altra', 'ulteriori'], after: ['in più', 'ulteriori', 'aggiuntivi', 'aggiuntive', 'supplementari', 'straordinari', 'straordinarie'] },
  ro: { before: ['încă', 'alți', 'alte', 'alţi', 'suplimentar'], after: ['în plus', 'suplimentari', 'suplimentare'] },
  en: { before: ['another', 'an additional', 'additional', 'a further', 'further', 'an extra', 'extra'], after: ['more', 'other', 'additional', 'extra'] },
};

/**
 * "New" right after a figure or its noun ("12 nuove rotte", "auto nuove", "14 rute noi", "12 new cases"): part of
 * the claim, and no increment. Outlets say "new" of the same figure or not ("1.081.726 auto nuove" against "about
 * 1.08 million vehicles"), and of totals as often as of additions ("new homes" built in a year).
 */
export const NEW_WORDS: Readonly<Record<Language, readonly string[]>> = {
  it: ['nuovi', 'nuove'],
  ro: ['noi'],
  en: ['new'],
};

/**
 * Ranges: an opener before the first figure, a connector between the figures. Without an opener only the
 * `bare` connectors make a range ("11.000-12.000", "10 to 12", "due o tre"). The `enclosing` openers only ever
 * open a range; the others may open a change ("salito da 10 a 12", "rose from 10 to 12").
 */
export const RANGES: Readonly<Record<Language, { openers: Readonly<Record<string, readonly string[]>>; bare: readonly string[]; enclosing: readonly string[] }>> = {
  it: {
    // With the article before each figure: "tra i 26 e i 54 anni", "tra il 20 e il 30%", "dal 15 al 20%"; the
    // article of each figure is its own ("tra i 45 e gli 82 anni", "dagli 8 ai 12 anni").
    openers: {
      da: ['a', 'fino a'], tra: ['e'], fra: ['e'], dai: ['ai', 'agli', 'a'], dalle: ['alle', 'a'], dagli: ['agli', 'ai', 'a'], dal: ['al'],
      'tra il': ['e il'], 'tra i': ['e i', 'e gli'], 'tra le': ['e le'], 'tra gli': ['e gli', 'e i'],
      'fra il': ['e il'], 'fra i': ['e i', 'e gli'], 'fra le': ['e le'], 'fra gli': ['e gli', 'e i'],
    },
    bare: ['-', '–', '—', 'o'],
    enclosing: ['tra', 'fra', 'tra il', 'tra i', 'tra le', 'tra gli', 'fra il', 'fra i', 'fra le', 'fra gli'],
  },
  ro: {
    openers: { 'de la': ['la', 'până la'], 'între': ['și'] },
    bare: ['-', '–', '—', 'sau', 'până la'],
    enclosing: ['între'],
  },
  en: {
    openers: { from: ['to'], between: ['and'] },
    bare: ['-', '–', '—', 'to', 'or'],
    enclosing: ['between'],
  },
};
