/** Claim relations: intervals given qualifiers, and the seed figures that agree or conflict. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractClaims } from '../../server/src/core/claims';
import { claimInterval, formatInterval, relate } from '../../server/src/core/relations';
import type { Claim, Language, Qualifier, Relation } from '../../server/src/core/types';

function claim(low: number, high: number, qualifier: Qualifier): Claim {
  return { start: 0, end: 0, text: '', low, high, qualifier, kind: 'count', unit: null, concept: null, additional: false };
}

type Figure = [low: number, high: number, qualifier: Qualifier];

const PAIRS: readonly [Figure, Figure, Relation][] = [
  [[14, 14, 'at-least'], [15, 15, 'exact'], 'agrees'],
  [[14, 14, 'at-least'], [14, 14, 'exact'], 'agrees'],
  [[14, 14, 'more-than'], [14, 14, 'exact'], 'conflicts'],
  [[14, 14, 'more-than'], [15, 15, 'exact'], 'agrees'],
  [[14, 14, 'exact'], [15, 15, 'exact'], 'conflicts'],
  [[23, 23, 'exact'], [21, 21, 'exact'], 'conflicts'],
  [[27000, 27000, 'approximately'], [27000, 27000, 'exact'], 'agrees'],
  [[27000, 27000, 'approximately'], [29000, 29000, 'exact'], 'agrees'],
  // Two outlets' round figures a sixth apart conflict: "about 12,000" and "circa 10.000".
  [[27000, 27000, 'approximately'], [29500, 29500, 'exact'], 'conflicts'],
  [[12000, 12000, 'approximately'], [10000, 10000, 'approximately'], 'conflicts'],
  [[27000, 27000, 'approximately'], [31000, 31000, 'exact'], 'conflicts'],
  [[11000, 11000, 'approximately'], [10000, 12000, 'exact'], 'agrees'],
  [[11000, 12000, 'exact'], [15000, 15000, 'exact'], 'conflicts'],
  [[600, 600, 'at-most'], [590, 590, 'exact'], 'agrees'],
  [[600, 600, 'at-most'], [610, 610, 'exact'], 'conflicts'],
  [[600, 600, 'less-than'], [600, 600, 'exact'], 'conflicts'],
  [[600, 600, 'at-most'], [600, 600, 'exact'], 'agrees'],
  [[100, 100, 'at-least'], [50, 50, 'less-than'], 'conflicts'],
  [[100, 100, 'at-least'], [200, 200, 'at-most'], 'agrees'],
  [[5, 5, 'approximately'], [6, 6, 'exact'], 'agrees'],
  [[3.5, 3.5, 'exact'], [3.5, 3.5, 'exact'], 'agrees'],
];

void test('relate: intervals given qualifiers', () => {
  for (const [a, b, expected] of PAIRS) {
    const [x, y] = [claim(...a), claim(...b)];
    assert.equal(relate(x, y), expected, `${formatInterval(claimInterval(x))} vs ${formatInterval(claimInterval(y))}`);
    assert.equal(relate(y, x), expected, 'relate is symmetric');
  }
});

void test('claimInterval: open and closed bounds', () => {
  assert.equal(formatInterval(claimInterval(claim(14, 14, 'more-than'))), '(14, ∞]');
  assert.equal(formatInterval(claimInterval(claim(10000, 12000, 'exact'))), '[10000, 12000]');
  assert.equal(formatInterval(claimInterval(claim(27000, 27000, 'approximately'))), '[24975, 29025]');
  assert.equal(formatInterval(claimInterval(claim(50, 50, 'less-than'))), '[-∞, 50)');
});

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');

function seedClaim(prefix: string, language: Language, text: string): Claim {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(file, `seed ${prefix}`);
  const found = extractClaims(fs.readFileSync(path.join(SEEDS, file), 'utf8'), language).find((c) => c.text === text);
  assert.ok(found, `seed ${prefix}: "${text}"`);
  return found;
}

void test('seeds: the North Korean troops sent to Kursk', () => {
  const supplied = seedClaim('000', 'it', 'da 10.000 a 12.000 soldati');
  assert.equal(relate(supplied, seedClaim('004', 'ro', 'circa 11.000-12.000 de soldați')), 'agrees');
  assert.equal(relate(supplied, seedClaim('003', 'it', 'circa 11.000 truppe')), 'agrees');
  assert.equal(relate(supplied, seedClaim('002', 'it', '15.000 schierati')), 'conflicts');
});
