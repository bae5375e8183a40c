import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateKeys, tokenKeys } from '../../server/src/core/aliases.ts';
import { fold, folded, latinLettersOnly, packTokens, plainToken, tokenize, unpackTokens } from '../../server/src/core/tokens.ts';

const cases: { text: string; words: string[]; initial: string[]; sentences: number }[] = [
  { text: "L'Ucraina e la Russia.", words: ['L', 'Ucraina', 'e', 'la', 'Russia'], initial: ['L', 'Ucraina'], sentences: 1 },
  { text: "contro l'occupazione dell'Ucraina", words: ['contro', 'l', 'occupazione', 'dell', 'Ucraina'], initial: ['contro'], sentences: 1 },
  { text: "Russia's army. Kim Jong-un said", words: ['Russia', 's', 'army', 'Kim', 'Jong-un', 'said'], initial: ['Russia', 'Kim'], sentences: 2 },
  { text: 'U.S. officials met Mr. Smith. Then', words: ['U.S.', 'officials', 'met', 'Mr', 'Smith', 'Then'], initial: ['U.S.', 'Then'], sentences: 2 },
  { text: 'în S.U.A. și U.E.', words: ['în', 'S.U.A.', 'și', 'U.E.'], initial: ['în'], sentences: 1 },
  { text: 'Titolo\nCorpo del testo', words: ['Titolo', 'Corpo', 'del', 'testo'], initial: ['Titolo', 'Corpo'], sentences: 2 },
  { text: 'da 10.000 a 12.000 soldați', words: ['da', '10.000', 'a', '12.000', 'soldați'], initial: ['da'], sentences: 1 },
  { text: '„Este bine” a spus Putin.', words: ['Este', 'bine', 'a', 'spus', 'Putin'], initial: ['Este'], sentences: 1 },
  { text: 'Il 𝐀lfa e la cifra 1,5 o 10 000 - non 3.', words: ['Il', '𝐀lfa', 'e', 'la', 'cifra', '1,5', 'o', '10 000', 'non', '3'], initial: ['Il'], sentences: 1 },
  { text: 'Jong‐un, A.Bcd e nord- e 2-3 sud-est', words: ['Jong‐un', 'A.B', 'cd', 'e', 'nord', 'e', '2', '3', 'sud-est'], initial: ['Jong‐un'], sentences: 1 },
];

for (const c of cases) {
  test(`tokenize: ${c.text}`, () => {
    const tokens = tokenize(c.text);
    assert.deepEqual(tokens.map((t) => t.text), c.words);
    assert.deepEqual(tokens.filter((t) => t.sentenceInitial).map((t) => t.text), c.initial);
    assert.equal(new Set(tokens.map((t) => t.sentence)).size, c.sentences);
    for (const t of tokens) assert.equal(c.text.slice(t.start, t.end), t.text);
  });
}

test('offsets are UTF-16 code units', () => {
  const text = '😀 Mosca și Moscova';
  const t = tokenize(text).find((x) => x.text === 'Moscova')!;
  assert.equal(t.start, text.indexOf('Moscova'));
});

test('fold removes diacritics and unifies Romanian cedillas', () => {
  assert.equal(fold('Bucureşti'), fold('București'));
  assert.equal(fold('Chișinău'), 'chisinau');
  assert.equal(fold('Dell’Ucraina'), "dell'ucraina");
});

test('latinLettersOnly: Latin letters with precomposed diacritics, and punctuation of any script, keep a word its length when folded', () => {
  assert.equal(latinLettersOnly('Țara își face „planuri” – până în 2030, spune Ștefan Đorđević.'), true);
  assert.equal(latinLettersOnly('Il sindaco di Москва'), false);
  // A combining acute accent after the e: folding drops it, and the word is shorter.
  assert.equal(latinLettersOnly('Il caffe\u0301 di Roma'), false);
  assert.equal(fold('caffe\u0301').length, 'caffe\u0301'.length - 1);
});

test('tokens packed as numbers unpack to the same tokens', () => {
  const sentences = Array.from({ length: 300 }, (_, i) => `Frase ${i}: „L'Ucraina” e S.U.A. hanno 10.000 soldați.`);
  const text = ['dell\'Ucraina — 𝐀lfa: Jong‐un.', ...sentences].join('\n');
  const tokens = tokenize(text);
  assert.ok(tokens.some((t) => t.elided) && tokens.some((t) => t.numeric) && tokens.some((t) => t.sentenceInitial) && tokens.some((t) => t.capitalised));
  assert.ok(tokens[tokens.length - 1]!.sentence >= 300);
  const unpacked = unpackTokens(text, packTokens(tokens));
  assert.equal(unpacked.length, tokens.length);
  assert.deepEqual(unpacked.map(plainToken), tokens.map(plainToken));
  assert.deepEqual(unpackTokens('', packTokens([])), []);
});

test('a token keeps its folded form and name keys, the same as worked out from its text, and the keys per language', () => {
  const text = 'Bruxelles-ului și Moscovei, dar Șeful ŞCOLII a plecat.';
  for (const tokens of [tokenize(text), unpackTokens(text, packTokens(tokenize(text)))]) {
    for (const t of tokens) {
      assert.equal(folded(t), fold(t.text));
      assert.equal(folded(t), fold(t.text), 'asked again');
      for (const language of ['ro', 'it', 'ro', 'en'] as const) assert.deepEqual(tokenKeys(t, language), candidateKeys(t.text, language));
    }
  }
  // "Moscovei" has the base form "moscova" as a Romanian key, not as an English one.
  const moscovei = tokenize(text).find((t) => t.text === 'Moscovei')!;
  assert.ok(tokenKeys(moscovei, 'ro').length > tokenKeys(moscovei, 'en').length);
  assert.ok(tokenKeys(moscovei, 'ro').length > 1);
  // A token made by hand (not by tokenize) gets the same answers.
  const made = { ...plainToken(moscovei) };
  assert.deepEqual(tokenKeys(made, 'ro'), candidateKeys('Moscovei', 'ro'));
  assert.equal(folded(made), 'moscovei');
});
