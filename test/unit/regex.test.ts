/** allMatches: the matches matchAll finds, found with the expression itself rather than a copy of it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allMatches } from '../../server/src/core/regex.ts';

const summary = (ms: Iterable<RegExpMatchArray>): unknown[] => [...ms].map((m) => ({ index: m.index, text: [...m], groups: m.groups }));

test('allMatches finds what matchAll finds: groups, empty matches, surrogate pairs, and lastIndex left at 0', () => {
  const cases: [RegExp, string][] = [
    [/(?<h>\d{1,2}):(?<m>\d{2})/g, 'alle 16:30, poi alle 9:05 e 23:59.'],
    [/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g, 'primo\nparagrafo\n\nsecondo\n\n\nterzo'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}+/gu, 'Țară 😀 Ünïcode'],
    [/q/g, 'nothing here'],
  ];
  for (const [re, text] of cases) {
    assert.deepEqual(summary(allMatches(re, text)), summary(text.matchAll(re)), `${re}`);
    assert.equal(re.lastIndex, 0);
  }
  assert.throws(() => allMatches(/a/, 'a'), /global/);
});

test('allMatches runs the expression itself, where matchAll makes a copy of it', () => {
  let copies = 0;
  class Counted extends RegExp {
    static override get [Symbol.species](): RegExpConstructor {
      copies++;
      return RegExp;
    }
  }
  const re = new Counted('\\d+', 'g');
  assert.equal(allMatches(re, 'a 1 b 22').length, 2);
  assert.equal(copies, 0);
  assert.equal([...'a 1 b 22'.matchAll(re)].length, 2);
  assert.equal(copies, 1);
});
