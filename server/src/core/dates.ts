/**
 * Dates: years, months with or without day and year, weekdays and numeric dates. Relative expressions ("ieri",
 * "last week") are not dates. Ids are language-independent: `2024`, `2024-08`, `2025-05-09`, `--05-09` (day and
 * month), `--08` (month), `weekday-4` (ISO weekday).
 */
import { CALENDAR, DAY_SPAN_JOINERS, ERAS, HOURS_BEFORE } from './data/calendar';
import { alternation, caseVariants, foldWord, surfaceVariants, wordBefore } from './lexicon';
import { qualifierBefore } from './qualifiers';
import { countedNoun, currencyBefore, unitAfter } from './units';
import type { Language, Mention } from './types';
import { allMatches } from './regex';

// Regular expressions are made once, at module level (regex.ts says why).
const NEXT_WORD = /^[ \t\u00a0]+([\p{L}\p{M}]+)/u;
const FINAL_DOT = /\.$/;
const DIGIT_BEFORE = /\d\s*$/;

interface CompiledCalendar {
  scanner: RegExp;
  monthOf: Map<string, number>;
  abbreviations: Set<string>;
  weekdayOf: Map<string, number>;
  ambiguousMonths: Set<string>;
  monthCues: Set<string>;
  ambiguousWeekdays: Set<string>;
  weekdayNotAfter: Set<string>;
  weekdayNotBefore: Set<string>;
  yearCues: Set<string>;
  /** After a weekday: the day and month that complete it ("venerdì 9 maggio", "Friday, May 9"). */
  weekdayTail: RegExp;
  /** Before a month: its day ("9 maggio", "3rd of September"). */
  dayBefore: RegExp;
  /** After a month: day (English) and year ("September 3, 2025", "novembre del 2024"). */
  monthTail: RegExp;
}

const YEAR = '(?:1[89]\\d\\d|20\\d\\d|2100)';
/** A year the scanner also takes alone, before the years it takes anywhere: told from a count only by a cue before it. */
const OLDER_YEAR = '(?:1[0-7]\\d\\d)';
const DAY_SUFFIX = '(?:º|°|st|nd|rd|th)?';
const SP = '[ \\t\\u00a0]';

const compiled = new Map<Language, CompiledCalendar>();

function compile(language: Language): CompiledCalendar {
  const names = CALENDAR[language];
  const monthOf = new Map<string, number>();
  const abbreviations = new Set<string>();
  const weekdayOf = new Map<string, number>();
  const surfaces: string[] = [];
  names.months.forEach((forms, i) => forms.forEach((f) => {
    monthOf.set(foldWord(f), i + 1);
    surfaces.push(...surfaceVariants(f.toLowerCase(), language));
  }));
  names.monthAbbreviations.forEach((forms, i) => forms.forEach((f) => {
    if (!monthOf.has(foldWord(f))) {
      monthOf.set(foldWord(f), i + 1);
      abbreviations.add(foldWord(f));
    }
    surfaces.push(...surfaceVariants(f.toLowerCase(), language));
  }));
  const weekdaySurfaces: string[] = [];
  names.weekdays.forEach((forms, i) => forms.forEach((f) => {
    weekdayOf.set(foldWord(f), i + 1);
    weekdaySurfaces.push(...surfaceVariants(f.toLowerCase(), language));
  }));
  const month = `(?:${alternation(caseVariants(surfaces))})\\.?(?![\\p{L}\\p{M}])`;
  const weekday = `(?:${alternation(caseVariants(weekdaySurfaces))})(?![\\p{L}\\p{M}])`;
  const links = names.yearLinks.map((l) => l.replaceAll("'", '[\'’]')).join('|');
  const set = (words: readonly string[]): Set<string> => new Set(words.map(foldWord));
  return {
    // The boundary before a match is checked in code: a leading lookbehind would slow the scan down.
    scanner: new RegExp(
      `(?:(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)|(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)|` +
      `(${month})|(${weekday})|(?<![\\d][.,])(${YEAR}|${OLDER_YEAR})(?![\\d\\p{L}]|[.,]\\d))`, 'gu'),
    monthOf, abbreviations, weekdayOf,
    ambiguousMonths: set(names.ambiguousMonths),
    monthCues: set(names.monthCues),
    ambiguousWeekdays: set(names.ambiguousWeekdays),
    weekdayNotAfter: set(names.weekdayNotAfter),
    weekdayNotBefore: set(names.weekdayNotBefore),
    yearCues: set(names.yearCues),
    weekdayTail: new RegExp(`,?${SP}+(?:(\\d{1,2})${DAY_SUFFIX}${SP}+(?:of${SP}+)?)?(?=${month})`, 'iuy'),
    dayBefore: new RegExp(`(?<![\\d.,])(\\d{1,2})${DAY_SUFFIX}${SP}+(?:of${SP}+)?$`, 'u'),
    monthTail: new RegExp(
      (language === 'en' ? `${SP}+(\\d{1,2})${DAY_SUFFIX}(?![\\d\\p{L}])(?:,?${SP}+(${YEAR})(?!\\d))?|` : '()()') +
      `(?:,?${SP}+|${SP}+(?:${links})${SP}*)(${YEAR})(?![\\d.,]\\d|\\d)`, 'iuy'),
  };
}

function calendarFor(language: Language): CompiledCalendar {
  let c = compiled.get(language);
  if (!c) {
    c = compile(language);
    compiled.set(language, c);
  }
  return c;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function dateId(year: number | null, month: number | null, day: number | null): string {
  if (year !== null && month === null) return String(year);
  if (year !== null) return day !== null ? `${year}-${pad(month!)}-${pad(day)}` : `${year}-${pad(month!)}`;
  return day !== null ? `--${pad(month!)}-${pad(day)}` : `--${pad(month!)}`;
}

const validDay = (d: number): boolean => d >= 1 && d <= 31;

function previousWord(text: string, pos: number): string {
  return foldWord(wordBefore(text, pos, true));
}

function nextWord(text: string, pos: number): string {
  const m = NEXT_WORD.exec(text.slice(pos, pos + 24));
  return m ? m[1]! : '';
}

/** A lowercase English month or weekday is another word ("may", "march"); English names are capitalised. */
const capitalizedOk = (text: string, start: number, names: { capitalized: boolean }): boolean =>
  !names.capitalized || text[start] !== text[start]!.toLowerCase();

/**
 * A four-digit figure is a year unless it reads as a count: after a qualifier or currency ("circa 2000 persone",
 * "€2000"), before percent, a currency, a measure or a counted noun ("2000 soldati"), or Romanian "de" ("2000 de
 * oameni"). A word that announces a year wins ("nel 2024 truppe"). A year before 1800 needs that word and no count
 * reading after it ("built in 1754", but "in 1500 homes").
 */
function isYear(text: string, start: number, end: number, language: Language, cal: CompiledCalendar): boolean {
  const cued = cal.yearCues.has(previousWord(text, start));
  if (Number(text.slice(start, end)) < 1800) {
    if (!cued) return false;
  } else if (cued) return true;
  if (qualifierBefore(text, start, language).qualifier !== null || currencyBefore(text, start, language)) return false;
  if (unitAfter(text, end, language)) return false;
  let next = nextWord(text, end);
  let after = end;
  // Romanian counts take "de" before their noun: "2000 de oameni", but "programul 2005 de cooperare" is a year.
  if (language === 'ro' && foldWord(next) === 'de') {
    after = text.indexOf(next, end) + next.length;
    if (unitAfter(text, end, language)) return false;
    next = nextWord(text, after);
  }
  if (!next) return true;
  return countedNoun(next, language) === null || next[0] !== next[0]!.toLowerCase();
}

const BOUNDARY = /[\p{L}\p{N}]/u;

/** extractClaims needs the dates of the text the caller usually asks dates for too: the last answer is kept. */
let last: { text: string; language: Language; dates: readonly Mention[] } | null = null;

export function findDates(text: string, language: Language): Mention[] {
  if (last && last.text === text && last.language === language) return last.dates.map((d) => ({ ...d }));
  const dates = scanDates(text, language);
  last = { text, language, dates: dates.map((d) => ({ ...d })) };
  return dates;
}

const eraPatterns = new Map<Language, RegExp | null>();

/** A year with its era (ERAS): "79 d.C.", "44 a.C.", "106 d.Hr.", "AD 79", "300 BC". */
function eraPattern(language: Language): RegExp | null {
  if (!eraPatterns.has(language)) {
    const { after, afterBefore, before } = ERAS[language];
    const parts = [
      ...(before.length ? [`(?:${alternation(before)})${SP}+(?<by>\\d{1,4})`] : []),
      `(?<y>\\d{1,4})${SP}*(?:(?<ad>${alternation(after)})|(?<bc>${alternation(afterBefore)}))`,
    ];
    eraPatterns.set(language, after.length ? new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null);
  }
  return eraPatterns.get(language)!;
}

/**
 * Years with their era: dates whatever their size ("il terremoto del 62 d.C.", "AD 79"), with an ISO year as id
 * (0079; a year before Christ counted astronomically, 44 BC being -0043). A date found inside one (a cued year
 * "1200" of "1200 d.C.") gives way to it.
 */
function findEras(text: string, language: Language, dates: Mention[]): void {
  const re = eraPattern(language);
  if (!re) return;
  for (const m of allMatches(re, text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const inside = dates.filter((d) => d.start < end && start < d.end);
    if (inside.some((d) => d.start < start || d.end > end)) continue;
    for (const d of inside) dates.splice(dates.indexOf(d), 1);
    const year = Number(g['by'] ?? g['y']);
    const id = g['bc'] !== undefined ? (year <= 1 ? '0000' : `-${String(year - 1).padStart(4, '0')}`) : String(year).padStart(4, '0');
    dates.push({ start, end, text: text.slice(start, end), type: 'date', id });
  }
  dates.sort((a, b) => a.start - b.start);
}

const hourPatterns = new Map<Language, RegExp>();

/** "alle 16", "la ora 16:00", "ore 8.30", "1 p.m.", "16:00": the hour is a date mention with id `T16:00`. */
function hourPattern(language: Language): RegExp {
  let re = hourPatterns.get(language);
  if (!re) {
    const cues = HOURS_BEFORE[language].map((c) => c.replaceAll(' ', '\\s+')).join('|');
    // The hour's digits come first and the words before them are looked back at from their end: every
    // alternative then starts with a digit, which most places of a text are not.
    const cued = `(?<ch>\\d{1,2})(?<=\\b(?:${cues})\\s+\\d{1,2})(?:[:.](?<cm>\\d{2}))?(?!\\d|[.,]\\d|\\s*%)`;
    const meridiem = '(?<mh>\\d{1,2})(?::(?<mm>\\d{2}))?\\s*(?<ap>[ap])\\.?\\s?m\\.?(?![\\p{L}])';
    const clock = '(?<![\\d.,:])(?<kh>\\d{1,2}):(?<km>\\d{2})(?![\\d:])';
    re = new RegExp([...(cues ? [cued] : []), meridiem, clock].join('|'), 'giu');
    hourPatterns.set(language, re);
  }
  return re;
}

function findHours(text: string, language: Language, dates: Mention[]): void {
  const re = hourPattern(language);
  for (const m of allMatches(re, text)) {
    const g = m.groups ?? {};
    const hourText = g['ch'] ?? g['mh'] ?? g['kh'];
    const minuteText = g['cm'] ?? g['mm'] ?? g['km'];
    const meridiem = g['ap'];
    let hour = Number(hourText);
    const minute = minuteText === undefined ? 0 : Number(minuteText);
    if (meridiem?.toLowerCase() === 'p' && hour < 12) hour += 12;
    if (hour > 24 || minute > 59) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    const id = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    dates.push({ start, end, text: text.slice(start, end), type: 'date', id });
  }
  dates.sort((a, b) => a.start - b.start);
}

function scanDates(text: string, language: Language): Mention[] {
  const cal = calendarFor(language);
  const names = CALENDAR[language];
  const dates: Mention[] = [];
  const push = (start: number, end: number, id: string): void => {
    dates.push({ start, end, text: text.slice(start, end), type: 'date', id });
  };
  const scanner = cal.scanner;
  scanner.lastIndex = 0;
  let pendingWeekday: { start: number; end: number; weekday: number; day: number | null; monthAt: number } | null = null;
  let m: RegExpExecArray | null;
  while ((m = scanner.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && BOUNDARY.test(text[start - 1]!)) {
      scanner.lastIndex = start + 1;
      continue;
    }
    if (m[1] !== undefined) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (mo >= 1 && mo <= 12 && validDay(d)) push(start, end, dateId(y, mo, d));
    } else if (m[4] !== undefined) {
      let [d, mo] = [Number(m[4]), Number(m[5])];
      // Day first, except in English where a second part above 12 can only be the day.
      if (language === 'en' && mo > 12 && d <= 12) [d, mo] = [mo, d];
      if (mo >= 1 && mo <= 12 && validDay(d)) push(start, end, dateId(Number(m[6]), mo, d));
    } else if (m[7] !== undefined) {
      const word = foldWord(m[7].replace(FINAL_DOT, ''));
      const month = cal.monthOf.get(word)!;
      let dateStart = start;
      let day: number | null = null;
      const weekdayBefore = pendingWeekday?.monthAt === start ? pendingWeekday : null;
      if (pendingWeekday && pendingWeekday.monthAt === start) {
        dateStart = pendingWeekday.start;
        day = pendingWeekday.day;
      } else {
        const before = cal.dayBefore.exec(text.slice(Math.max(0, start - 10), start));
        if (before && validDay(Number(before[1]))) {
          day = Number(before[1]);
          dateStart = start - before[0].length;
        }
      }
      pendingWeekday = null;
      let dateEnd = m[7].endsWith('.') ? end - 1 : end;
      let year: number | null = null;
      // The day and year come after an abbreviation's dot ("Jan. 1", "Oct. 29, 2025"); a month alone leaves its dot
      // out, as it may end the sentence.
      cal.monthTail.lastIndex = end;
      const tail = cal.monthTail.exec(text);
      if (tail) {
        const tailDay = tail[1] !== undefined && tail[1] !== '' ? Number(tail[1]) : null;
        if (tailDay !== null && day === null && validDay(tailDay)) {
          day = tailDay;
          year = tail[2] ? Number(tail[2]) : null;
          dateEnd = cal.monthTail.lastIndex;
        } else if (tail[3] !== undefined) {
          year = Number(tail[3]);
          dateEnd = cal.monthTail.lastIndex;
        }
      }
      const ambiguous = cal.abbreviations.has(word) || cal.ambiguousMonths.has(word);
      const supported = day !== null || year !== null || (cal.ambiguousMonths.has(word) && cal.monthCues.has(previousWord(text, start)));
      if (capitalizedOk(text, start, names) && (!ambiguous || supported)) {
        push(dateStart, dateEnd, dateId(year, month, day));
        scanner.lastIndex = dateEnd;
      } else if (weekdayBefore) {
        push(weekdayBefore.start, weekdayBefore.end, `weekday-${weekdayBefore.weekday}`);
      }
    } else if (m[8] !== undefined) {
      if (!capitalizedOk(text, start, names)) continue;
      const word = foldWord(m[8]);
      const weekday = cal.weekdayOf.get(word)!;
      if (cal.ambiguousWeekdays.has(word)) {
        const prev = previousWord(text, start);
        const next = foldWord(nextWord(text, end));
        if (cal.weekdayNotAfter.has(prev) || DIGIT_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || cal.weekdayNotBefore.has(next)) continue;
      }
      cal.weekdayTail.lastIndex = end;
      const tail = cal.weekdayTail.exec(text);
      if (tail && (tail[1] !== undefined || language === 'en')) {
        pendingWeekday = { start, end, weekday, day: tail[1] !== undefined ? Number(tail[1]) : null, monthAt: cal.weekdayTail.lastIndex };
        scanner.lastIndex = cal.weekdayTail.lastIndex;
        continue;
      }
      push(start, end, `weekday-${weekday}`);
    } else if (m[9] !== undefined) {
      if (isYear(text, start, end, language, cal)) push(start, end, m[9]);
    }
  }
  firstDaysOfSpans(text, language, cal, dates);
  findEras(text, language, dates);
  findHours(text, language, dates);
  return dates;
}

/** A day, then joiners or a dash, then the end of what comes before a date: the day a span of days starts on. */
const DAY_THEN_JOINERS = /(?<![\d.,:])(\d{1,2})([^\d]{1,24})$/;
const JOINER_WORDS = /[^\s\-–—]+/g;
const DAY_ID = /^(.*-)(\d{2})$/;
const DASH = /[-–—]/;
const NOT_SPACE = /\S/;

/**
 * The first day of a span of days whose last day is a date, in the same month ("tra martedì 17 e mercoledì 18
 * febbraio", "dal 17 al 20 febbraio", "17-18 February"): a date too, not a figure. A weekday written right before the
 * first day is part of it.
 */
function firstDaysOfSpans(text: string, language: Language, cal: CompiledCalendar, dates: Mention[]): void {
  const joiners = new Set(DAY_SPAN_JOINERS[language]);
  const found: Mention[] = [];
  for (const date of dates) {
    const id = DAY_ID.exec(date.id);
    if (!id) continue;
    const from = Math.max(0, date.start - 30);
    const m = DAY_THEN_JOINERS.exec(text.slice(from, date.start));
    if (!m) continue;
    const day = Number(m[1]);
    if (!validDay(day) || day >= Number(id[2])) continue;
    // Between the two: joiners, a dash, or the weekday of the later day ("e mercoledì 18 febbraio").
    const between = m[2]!;
    const words = between.toLowerCase().match(JOINER_WORDS) ?? [];
    if (words.length === 0 && !DASH.test(between)) continue;
    if (!words.every((w) => joiners.has(w) || cal.weekdayOf.has(foldWord(w)))) continue;
    let start = from + m.index;
    const end = start + m[1]!.length;
    if (BOUNDARY.test(text[start - 1] ?? '')) continue;
    const weekday = dates.find((d) => d.id.startsWith('weekday-') && d.end <= start && !NOT_SPACE.test(text.slice(d.end, start)));
    if (weekday) {
      start = weekday.start;
      dates.splice(dates.indexOf(weekday), 1);
    }
    found.push({ start, end, text: text.slice(start, end), type: 'date', id: `${id[1]}${String(day).padStart(2, '0')}` });
  }
  for (const d of found) if (!dates.some((x) => x.start < d.end && d.start < x.end)) dates.push(d);
  dates.sort((a, b) => a.start - b.start);
}
