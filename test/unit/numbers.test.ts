/** Number expressions: standalone parsing (with the Duckling numeral sets) and scanning of running text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseNumber, scanNumbers } from '../../server/src/core/numbers';
import { claimReader } from './claimReader';
import type { Language } from '../../server/src/core/types';

const DUCKLING = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'numbers');

/** Accuracy measured over every text of each set; both parse all of them. */
const DUCKLING_THRESHOLD: Readonly<Record<'it' | 'ro', number>> = { it: 1.0, ro: 1.0 };

const PARSES: readonly [string, Language, number | null][] = [
  // Digits and separators by language.
  ['10.000', 'it', 10000], ['1,5', 'it', 1.5], ['6.700,54', 'it', 6700.54], ['100 000', 'it', 100000],
  ['100\u202f000', 'it', 100000], ['1.200.000', 'ro', 1200000], ['36,000', 'en', 36000], ['1.5', 'en', 1.5],
  ['1,200,000.50', 'en', 1200000.5], ['36,000', 'it', 36000], ['0,77', 'it', 0.77], [',77', 'it', 0.77],
  ['0033', 'it', 33],
  // Digit suffixes and scale words.
  ['100K', 'it', 100000], ['1,2M', 'it', 1200000], ['3000K', 'it', 3000000], ['$3m'.slice(1), 'en', 3000000],
  ['20 milioni', 'it', 20000000], ['1,5 miliardi', 'it', 1500000000], ['2 mln', 'it', 2000000],
  ['9 billion', 'en', 9000000000], ['21 de milioane', 'ro', 21000000], ['1,2 milioane', 'ro', 1200000],
  ['10 mila', 'it', 10000],
  // Italian words, written as one word.
  ['tremila', 'it', 3000], ['duecentomila', 'it', 200000], ['trentatré', 'it', 33], ['trentatre', 'it', 33],
  ['ventuno', 'it', 21], ['centottanta', 'it', 180], ['duemilacinquecento', 'it', 2500], ['mille', 'it', 1000],
  ['due milioni trecentomila', 'it', 2300000], ['un milione', 'it', 1000000], ['una decina', 'it', 10],
  ['decine di migliaia', 'it', 10000],
  // Romanian words, with and without diacritics.
  ['două milioane', 'ro', 2000000], ['douăzeci și trei', 'ro', 23], ['douazeci si trei', 'ro', 23],
  ['o sută', 'ro', 100], ['trei sute', 'ro', 300], ['cinci mii', 'ro', 5000], ['mii', 'ro', 1000],
  ['zeci de mii', 'ro', 10000], ['două sute cincizeci de mii', 'ro', 250000], ['unsprezece', 'ro', 11],
  ['şapte', 'ro', 7],
  // English words.
  ['two billion', 'en', 2000000000], ['twenty-three', 'en', 23], ['a hundred', 'en', 100],
  ['one hundred and five', 'en', 105], ['two thousand three hundred', 'en', 2300], ['tens of thousands', 'en', 10000],
  ['a dozen', 'en', 12],
  // Ordinals.
  ['80º', 'it', 80], ['80°', 'it', 80], ['80esimo', 'it', 80], ['ottantesimo', 'it', 80], ['terzo', 'it', 3],
  ['undicesimo', 'it', 11], ['al doilea', 'ro', 2], ['a treia', 'ro', 3], ['primul', 'ro', 1], ['third', 'en', 3],
  ['21st', 'en', 21], ['twenty-first', 'en', 21],
  // Not numbers.
  ['soldati', 'it', null], ['10 soldati', 'it', null], ['', 'it', null], ['tre due', 'it', null],
];

void test('parseNumber: digits, words, scales and ordinals in it/ro/en', () => {
  for (const [text, language, expected] of PARSES) {
    assert.equal(parseNumber(text, language), expected, `${language} "${text}"`);
  }
});

for (const language of ['it', 'ro'] as const) {
  void test(`parseNumber: Duckling ${language} numerals, accuracy ≥ ${DUCKLING_THRESHOLD[language]}`, () => {
    const file = path.join(DUCKLING, `duckling-numeral-${language}.json`);
    const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as { value: number; texts: string[] }[];
    const failures: string[] = [];
    let total = 0;
    for (const { value, texts } of entries) {
      for (const text of texts) {
        total++;
        const got = parseNumber(text, language);
        if (got !== value) failures.push(`"${text}" → ${got} (expected ${value})`);
      }
    }
    const accuracy = (total - failures.length) / total;
    assert.ok(total > 50, `only ${total} texts in ${file}`);
    assert.ok(accuracy >= DUCKLING_THRESHOLD[language], `accuracy ${accuracy.toFixed(3)}: ${failures.join('; ')}`);
  });
}

/** Running text → the expressions found, as `surface=value` (ordinals marked with #, vague ones with +). */
const SCANS: readonly [string, Language, string[]][] = [
  ['da 10.000 a 12.000 soldati nel 2024', 'it', ['10.000=10000', '12.000=12000', '2024=2024']],
  ["l'80º anniversario e l'80esimo", 'it', ['80º=80#', '80esimo=80#']],
  ['il terzo giorno, secondo la KCNA, e il secondo incontro', 'it', ['terzo=3#', 'secondo=2#']],
  ['nella Seconda Guerra Mondiale, tremila persone', 'it', ['tremila=3000']],
  ['un incontro con una delegazione e un milione di euro', 'it', ['un milione=1000000']],
  ['migliaia di persone e decine di migliaia', 'it', ['migliaia=1000+', 'decine di migliaia=10000+']],
  ['F-16, Su-27, COVID-19 e 5 caccia', 'it', ['5=5']],
  ['al doilea tur și Al Doilea Război Mondial, a 80-a aniversare', 'ro', ['al doilea=2#', 'a 80-a=80#']],
  ['clasa a XII-a, secolul al XX-lea, ediția a XVII-a', 'ro', ['a XII-a=12#', 'al XX-lea=20#', 'a XVII-a=17#']],
  ['mii de soldați și o nouă lege', 'ro', ['mii=1000+', 'nouă=9']],
  ['a meeting with twenty-three leaders and 21st place', 'en', ['twenty-three=23', '21st=21#']],
  ['€9 billion and $3m', 'en', ['9 billion=9000000000', '3m=3000000']],
  ['a temperatura di 40°C', 'it', ['40=40']],
];

void test('scanNumbers: expressions in running text, identifiers and name ordinals left out', () => {
  for (const [text, language, expected] of SCANS) {
    const got = scanNumbers(text, language).map((e) =>
      `${text.slice(e.start, e.end)}=${e.value}${e.ordinal ? '#' : ''}${e.vague ? '+' : ''}`);
    assert.deepEqual(got, expected, `${language} "${text}"`);
  }
});

void test('scanNumbers: "nouă" (also "new") and "one" are flagged as needing context', () => {
  const [nine] = scanNumbers('o nouă lege', 'ro');
  assert.equal(nine?.needsContext, true);
  const [one] = scanNumbers('one of them', 'en');
  assert.equal(one?.needsContext, true);
  const [three] = scanNumbers('trei case', 'ro');
  assert.equal(three?.needsContext, false);
});

void test('a half after a joiner: to the count before it, or half the scale after a scale', () => {
  assert.equal(parseNumber('due milioni e mezzo', 'it'), 2_500_000);
  assert.equal(parseNumber('două milioane și jumătate', 'ro'), 2_500_000);
  assert.equal(parseNumber('two and a half million', 'en'), 2_500_000);
  assert.equal(parseNumber('tre e mezzo', 'it'), 3.5);
  assert.equal(parseNumber('one and a half', 'en'), 1.5);
  // A half after the noun, or a half hour, is not the figure's.
  const figures = (text: string, language: Language): string[] => scanNumbers(text, language).map((e) => `${text.slice(e.start, e.end)}=${e.value}`);
  assert.deepEqual(figures('Il volo è durato tre ore e mezzo.', 'it'), ['tre=3']);
});

test('half a word that counts round is half its number: "half a dozen", "mezza dozzina", "mezzo centinaio"', () => {
  const read = claimReader('low', 'qualifier');
  assert.deepEqual(read('Half a dozen Italian firms left.', 'en'), ['Half a dozen Italian firms:6:approximately']);
  assert.deepEqual(read('Una mezza dozzina di aziende e mezzo centinaio di persone.', 'it'),
    ['mezza dozzina di aziende:6:approximately', 'mezzo centinaio di persone:50:approximately']);
  // "mezza" before no number word is no figure.
  assert.deepEqual(read("Dopo mezza giornata e mezz'ora di attesa.", 'it'), []);
});

test('a figure in a smaller scale right after one in millions completes it', () => {
  const read = claimReader('low');
  assert.deepEqual(read('I disoccupati sono 1 milione e 540 mila; i residenti 58 milioni 934mila.', 'it'),
    ['1 milione e 540 mila:1540000', '58 milioni 934mila:58934000']);
  assert.deepEqual(read('Sunt 2 milioane și 300 de mii de pensionari.', 'ro'), ['2 milioane și 300 de mii de pensionari:2300000']);
  // After a comma it is another figure.
  assert.deepEqual(read('It has 3 million people, 40,000 of them poor.', 'en'), ['3 million people:3000000', '40,000:40000']);
});
