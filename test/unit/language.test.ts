import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage, detectLanguages } from '../../server/src/core/language.ts';

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');

const expected: Record<string, string> = {
  '000_d955c7af2d878d5a.txt': 'it',
  '001_4abfc22e9b485577.txt': 'it',
  '002_97c3695ea277783c.txt': 'it',
  '003_f9709d498a926a0f.txt': 'it',
  '004_39816f37140de1bd.txt': 'ro',
};

for (const [file, lang] of Object.entries(expected)) {
  test(`seed ${file} is ${lang}`, () => {
    assert.equal(detectLanguage(fs.readFileSync(path.join(SEEDS, file), 'utf8')), lang);
  });
}

test('short news sentences in each language', () => {
  assert.equal(detectLanguage('Il governo ha stanziato venti milioni di euro per gli sfollati.'), 'it');
  assert.equal(detectLanguage('Guvernul a alocat douăzeci de milioane de lei pentru sinistrați.'), 'ro');
  assert.equal(detectLanguage('The government set aside twenty million euros for the displaced.'), 'en');
});

test('a paragraph in another language is a segment of its own', () => {
  const it = [
    "Il Presidente russo ha lodato il coraggio dei soldati, secondo quanto dichiarato durante l'incontro con Kim.",
    'La collaborazione tra i due paesi si è intensificata nel corso dell\'anno, con truppe e lavoratori inviati nella regione.',
    'Mentre il mondo osserva questi sviluppi, è chiaro che i rapporti tra i governi si stanno rafforzando.',
  ];
  const en = 'The Kremlin said on Thursday that the talks would continue and that both leaders were satisfied with the results.';
  const text = [it[0], it[1], en, it[2]].join('\n\n');
  const r = detectLanguages(text);
  assert.equal(r.language, 'it');
  assert.equal(r.segments.length, 1);
  assert.equal(r.segments[0]!.language, 'en');
  assert.equal(text.slice(r.segments[0]!.start, r.segments[0]!.end), en);
});

test('stopwords are counted whatever their case, and words with letters beyond the BMP or that lowercase to two units are compared whole', () => {
  // All capitals, a dateline and a headline: the stopword vote decides, as for the same text in lowercase.
  const ro = 'ÎN TIMP CE GUVERNUL ȘI SINDICATELE NU AU AJUNS LA UN ACORD, GREVA CONTINUĂ PENTRU CĂ NIMENI NU CEDEAZĂ.';
  assert.equal(detectLanguage(ro), 'ro');
  assert.equal(detectLanguage(ro.toLowerCase()), 'ro');
  const it = 'PERCHÉ IL GOVERNO NON HA ANCORA DECISO, GLI SFOLLATI SONO TUTTI ANCORA NELLE TENDE DELLA PROTEZIONE CIVILE.';
  assert.equal(detectLanguage(it), 'it');
  // "İ" lowercases to two units; "𝐀" is beyond the BMP: neither breaks the count of the words around them.
  assert.equal(detectLanguage(`İstanbul 𝐀nkara: ${it.toLowerCase()}`), 'it');
});
