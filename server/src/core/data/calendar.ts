/**
 * Month and weekday names. The first form of each is the one `Intl.DateTimeFormat` gives for the language (a test
 * checks this); the others are spellings it lacks: without accents or diacritics, cedillas, Romanian articulated
 * weekdays ("joia" = on Thursday). Abbreviations count only next to a day number or a year.
 */
import type { Language } from '../types';

export interface CalendarNames {
  /** January first. */
  months: readonly (readonly string[])[];
  monthAbbreviations: readonly (readonly string[])[];
  /** Monday first: index + 1 is the ISO weekday. */
  weekdays: readonly (readonly string[])[];
  /** Names that are also common words; they are dates only next to a day or year, or after a `monthCues` word. */
  ambiguousMonths: readonly string[];
  monthCues: readonly string[];
  /** Weekday names that are also common words ("luni" = months), and the words that rule the weekday out nearby. */
  ambiguousWeekdays: readonly string[];
  weekdayNotAfter: readonly string[];
  weekdayNotBefore: readonly string[];
  /** English capitalises month and weekday names, and "may", "march", "sunday" in lowercase are other words. */
  capitalized: boolean;
  /** Words between a month and its year ("novembre del 2024", "September of 2024"). */
  yearLinks: readonly string[];
  /** Words before a four-digit figure that make it a year even when a noun follows ("nel 2024 truppe"). */
  yearCues: readonly string[];
}

export const CALENDAR: Readonly<Record<Language, CalendarNames>> = {
  it: {
    months: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'],
      ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
    monthAbbreviations: [['gen'], ['feb'], ['mar'], ['apr'], ['mag'], ['giu'], ['lug'], ['ago'], ['set', 'sett'],
      ['ott'], ['nov'], ['dic']],
    weekdays: [['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'],
      ['venerdì', 'venerdi'], ['sabato'], ['domenica']],
    ambiguousMonths: [],
    monthCues: [],
    ambiguousWeekdays: [],
    weekdayNotAfter: [],
    weekdayNotBefore: [],
    capitalized: false,
    yearLinks: ['del', 'dell\''],
    yearCues: ['nel', 'del', 'dal', 'al', 'entro', 'anno', 'fino', 'dall\'', 'nell\'', 'dell\'', 'all\'', 'il', 'in',
      'tra', 'fra', 'estate', 'inverno', 'primavera', 'autunno'],
  },
  ro: {
    months: [['ianuarie'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie'], ['iulie'], ['august'],
      ['septembrie'], ['octombrie'], ['noiembrie'], ['decembrie']],
    monthAbbreviations: [['ian'], ['feb', 'febr'], ['mar', 'mart'], ['apr'], [], ['iun'], ['iul'], ['aug'],
      ['sep', 'sept'], ['oct'], ['nov', 'noi'], ['dec']],
    weekdays: [['luni', 'lunea'], ['marți', 'marti', 'marţi', 'marția', 'martea'], ['miercuri', 'miercurea'],
      ['joi', 'joia'], ['vineri', 'vinerea'], ['sâmbătă', 'sambata', 'sîmbătă', 'sâmbăta'], ['duminică', 'duminica']],
    // "mai" is also "more", "still"; "luni" also "months".
    ambiguousMonths: ['mai'],
    monthCues: ['luna', 'lunii', 'luni'],
    ambiguousWeekdays: ['luni', 'lunea'],
    weekdayNotAfter: ['câteva', 'ultimele', 'multe', 'primele', 'următoarele', 'unele', 'acele', 'aceste', 'de',
      'două', 'trei', 'patru', 'cinci', 'șase', 'șapte', 'opt', 'nouă', 'zece', 'doisprezece', 'douăsprezece',
      'cele', 'mai', 'timp', 'ultimii'],
    weekdayNotBefore: ['de', 'la', 'în', 'mai', 'întregi', 'consecutive', 'la rând'],
    capitalized: false,
    yearLinks: ['din', 'anul'],
    yearCues: ['în', 'din', 'anul', 'anului', 'până', 'pînă', 'la', 'de', 'vara', 'iarna', 'toamna',
      'primăvara', 'începutul', 'sfârșitul', 'mijlocul'],
  },
  en: {
    months: [['January'], ['February'], ['March'], ['April'], ['May'], ['June'], ['July'], ['August'],
      ['September'], ['October'], ['November'], ['December']],
    monthAbbreviations: [['Jan'], ['Feb'], ['Mar'], ['Apr'], [], ['Jun'], ['Jul'], ['Aug'], ['Sep', 'Sept'], ['Oct'],
      ['Nov'], ['Dec']],
    weekdays: [['Monday'], ['Tuesday'], ['Wednesday'], ['Thursday'], ['Friday'], ['Saturday'], ['Sunday']],
    // "May" opens sentences as a verb ("May I ...").
    ambiguousMonths: ['May'],
    monthCues: ['in', 'of', 'since', 'until', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'from',
      'through', 'to', 'during', 'before', 'after', 'since', 'that'],
    ambiguousWeekdays: [],
    weekdayNotAfter: [],
    weekdayNotBefore: [],
    capitalized: true,
    yearLinks: ['of'],
    yearCues: ['in', 'since', 'by', 'until', 'of', 'from', 'to', 'during', 'before', 'after',
      'summer', 'winter', 'spring', 'autumn', 'fall', 'early', 'late', 'mid', 'end'],
  },
};

/** Words before a clock time written with a dot ("alle 8.30", "ora 17.00"); with a colon ("10:00") it is always one. */
export const HOUR_CUES: Readonly<Record<Language, readonly string[]>> = {
  it: ['ore', 'alle', 'dalle', 'le', 'verso', 'entro', 'fino'],
  ro: ['ora', 'orele', 'la', 'de', 'până'],
  en: ['at', 'by', 'until', 'from'],
};

/**
 * Words before an hour of the day ("alle 16", "la ora 16:00", "by 1 p.m."): the figure after them is a time, not
 * a quantity. English marks hours after the figure (a.m., p.m.) instead.
 */
export const HOURS_BEFORE: Readonly<Record<Language, readonly string[]>> = {
  it: ['alle', 'ore', 'dalle', 'entro le', 'verso le', 'fino alle', 'intorno alle'],
  ro: ['ora', 'orele', 'la ora', 'până la ora', 'de la ora', 'în jurul orei'],
  // "at 10" and "by 20" are as often quantities as hours: English hours are read by a.m./p.m. and hh:mm only.
  en: [],
};

/**
 * Words between the first day of a span and the date that ends it, whose month the first day shares ("tra il 17 e
 * il 18 febbraio", "dal 17 al 20 febbraio", "de 17 spre 18 februarie", "17 to 18 February"); a dash joins them too.
 */
export const DAY_SPAN_JOINERS: Readonly<Record<Language, readonly string[]>> = {
  it: ['e', 'ed', 'o', 'al', 'il', "l'", 'a'],
  ro: ['și', 'şi', 'spre', 'la', 'sau', 'pe'],
  en: ['to', 'and', 'or', 'through', 'the'],
};

/**
 * Eras written after a year ("79 d.C.", "44 a.C.", "anul 106 d.Hr.", "AD 79" before it in English): the year is a
 * date whatever its size, counted before Christ where `before` says so.
 */
export const ERAS: Readonly<Record<Language, { after: readonly string[]; afterBefore: readonly string[]; before: readonly string[] }>> = {
  it: { after: ['d.C.', 'dopo Cristo'], afterBefore: ['a.C.', 'avanti Cristo'], before: [] },
  ro: { after: ['d.Hr.', 'd.C.', 'e.n.'], afterBefore: ['î.Hr.', 'î.C.', 'î.e.n.'], before: [] },
  en: { after: ['AD', 'CE', 'A.D.'], afterBefore: ['BC', 'BCE', 'B.C.'], before: ['AD', 'A.D.'] },
};
