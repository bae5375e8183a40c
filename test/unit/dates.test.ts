/** Dates: years, months, days, weekdays and numeric dates, with their canonical ids. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CALENDAR } from '../../server/src/core/data/calendar';
import { findDates } from '../../server/src/core/dates';
import { LANGUAGES, type Language } from '../../server/src/core/types';

/** Text → the dates found, as `surface=id`. */
const FIXTURES: readonly [string, Language, string[]][] = [
  ['Nel 2024 e nel 1945.', 'it', ['2024=2024', '1945=1945']],
  // Years with their era, whatever their size; before Christ counted astronomically.
  ['Dopo il terremoto del 62 d.C. e nel 1200 d.C.', 'it', ['62 d.C.=0062', '1200 d.C.=1200']],
  ['Vezuviul a erupt în anul 79 d.Hr.; Cezar a murit în 44 î.Hr.', 'ro', ['79 d.Hr.=0079', '44 î.Hr.=-0043']],
  ['Vesuvius erupted in AD 79; Caesar died in 44 BC.', 'en', ['AD 79=0079', '44 BC=-0043']],
  ['Venerdì 9 maggio e giugno 2024.', 'it', ['Venerdì 9 maggio=--05-09', 'giugno 2024=2024-06']],
  ["Dall'agosto al novembre del 2024.", 'it', ['agosto=--08', 'novembre del 2024=2024-11']],
  // The first day of a span of days shares the month of its last.
  ['Nella notte tra martedì 17 e mercoledì 18 febbraio.', 'it', ['martedì 17=--02-17', 'mercoledì 18 febbraio=--02-18']],
  ['Dal 3 al 20 marzo e il 17-18 maggio.', 'it', ['3=--03-03', '20 marzo=--03-20', '17=--05-17', '18 maggio=--05-18']],
  ['În noaptea de 17 spre 18 februarie.', 'ro', ['17=--02-17', '18 februarie=--02-18']],
  ['From 5 to 12 March 2026, with 40 dead on 18 March.', 'en', ['5=2026-03-05', '12 March 2026=2026-03-12', '18 March=--03-18']],
  ['Il 6 febbraio 2023, giovedì e a gennaio.', 'it', ['6 febbraio 2023=2023-02-06', 'giovedì=weekday-4', 'gennaio=--01']],
  ['Il 1º maggio, il 15/09/2025 e il 2025-09-03.', 'it', ['1º maggio=--05-01', '15/09/2025=2025-09-15', '2025-09-03=2025-09-03']],
  ['Nel Mar Nero, lunedi.', 'it', ['lunedi=weekday-1']],
  ['La sfârșitul anului 2024, în 2025 și anul 2023.', 'ro', ['2024=2024', '2025=2025', '2023=2023']],
  ['Vineri, 9 mai 2025, și sâmbătă.', 'ro', ['Vineri, 9 mai 2025=2025-05-09', 'sâmbătă=weekday-6']],
  ['În luna mai, joi, și în mai multe orașe.', 'ro', ['mai=--05', 'joi=weekday-4']],
  ['A declarat luni că trei luni de zile și ultimele luni.', 'ro', ['luni=weekday-1']],
  ['Noiembrie 2024 și 15 septembrie 2025, sambata.', 'ro', ['Noiembrie 2024=2024-11', '15 septembrie 2025=2025-09-15', 'sambata=weekday-6']],
  ['On Thursday, 3 September 2025 and September 3, 2025.', 'en', ['Thursday, 3 September 2025=2025-09-03', 'September 3, 2025=2025-09-03']],
  ['On Thursday the talks ended.', 'en', ['Thursday=weekday-4']],
  ['Friday, May 9, in May, and they may march in March 2024.', 'en', ['Friday, May 9=--05-09', 'May=--05', 'March 2024=2024-03']],
  ['Since 2005, by the end of 2024.', 'en', ['2005=2005', '2024=2024']],
  ['From 1941-1945.', 'en', ['1941=1941', '1945=1945']],
  // A year before 1800 needs a word that announces it, and no counted noun after it.
  ['Built in 1754, not 1500 homes, nor in 1200 homes.', 'en', ['1754=1754']],
  ['Costruita nel 1754, su 1200 metri.', 'it', ['1754=1754']],
  ['Construită în 1754, cu 1500 de locuri.', 'ro', ['1754=1754']],
  ['Programul PHARE 2005 de cooperare.', 'ro', ['2005=2005']],
];

void test('findDates: surfaces and canonical ids', () => {
  for (const [text, language, expected] of FIXTURES) {
    const got = findDates(text, language).map((d) => `${d.text}=${d.id}`);
    assert.deepEqual(got, expected, `${language} "${text}"`);
    for (const d of findDates(text, language)) {
      assert.equal(text.slice(d.start, d.end), d.text);
      assert.equal(d.type, 'date');
    }
  }
});

const NOT_DATES: readonly [string, Language][] = [
  ['Circa 2000 persone e 1900 soldati, il 15% e 2.024 euro.', 'it'],
  ['2000 de oameni și 1999 de lei.', 'ro'],
  ['1900 de soldați, 2010 de euro.', 'ro'],
  ['About 2000 people, ieri, last week, 10.000 soldati.', 'en'],
  ['the 12,000 troops', 'en'],
];

void test('findDates: counts that look like years, relative expressions and big numbers are not dates', () => {
  for (const [text, language] of NOT_DATES) {
    assert.deepEqual(findDates(text, language).map((d) => d.text), [], `${language} "${text}"`);
  }
});

void test('calendar data: the first name of each month and weekday is the one Intl gives', () => {
  for (const language of LANGUAGES) {
    const names = CALENDAR[language];
    for (let m = 0; m < 12; m++) {
      const intl = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, m, 15));
      assert.equal(names.months[m]![0], intl, `${language} month ${m + 1}`);
    }
    for (let d = 0; d < 7; d++) {
      // 2024-01-01 was a Monday.
      const intl = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + d));
      assert.equal(names.weekdays[d]![0], intl, `${language} weekday ${d + 1}`);
    }
  }
});

const hours: [string, 'it' | 'ro' | 'en', string[]][] = [
  ['Alle 11 aveva votato il 12,1%, alle 16 il 27,4%.', 'it', ['11=T11:00', '16=T16:00']],
  ['La ora 16:00 votaseră 26,9% dintre alegători.', 'ro', ['16:00=T16:00']],
  ['By 1 p.m. turnout was 18.4%, at 7pm 35%.', 'en', ['1 p.m.=T13:00', '7pm=T19:00']],
  ['alle 8.30 del mattino', 'it', ['8.30=T08:30']],
  ['The vote was won by 20 seats at 10 polling stations.', 'en', []],
];

for (const [text, language, expected] of hours) {
  void test(`hours of the day: ${text}`, () => {
    assert.deepEqual(findDates(text, language).filter((d) => d.id.startsWith('T')).map((d) => `${d.text}=${d.id}`), expected);
  });
}

void test('a month abbreviated with a dot takes the day and year after it; alone, it is no date', () => {
  const found = (text: string): string[] => findDates(text, 'en').map((d) => `${d.text}=${d.id}`);
  assert.deepEqual(found('Bulgaria joins the eurozone on Jan. 1. Officials agreed.'), ['Jan. 1=--01-01']);
  assert.deepEqual(found('The next meeting is on Oct. 29, 2025, in Frankfurt.'), ['Oct. 29, 2025=2025-10-29']);
  assert.deepEqual(found('Prices rose in Jan. Then they fell.'), []);
});
