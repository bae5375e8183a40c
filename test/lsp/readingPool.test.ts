/**
 * Readings and tokens worked out on the second thread are those the indexing thread works out itself, for the
 * seed articles (Italian, Romanian, English), and a text that changed since it was sent is read here again.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { readDocument } from '../../server/src/core/reading';
import { tokenize, unpackTokens } from '../../server/src/core/tokens';
import { ReadingPool } from '../../server/src/readingPool';

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const seeds = fs.readdirSync(SEEDS).sort().map((name) => ({ uri: `file:///${name}`, text: fs.readFileSync(path.join(SEEDS, name), 'utf8') }));

test('reading thread: the same readings as the indexing thread', async () => {
  const warnings: string[] = [];
  const pool = new ReadingPool({ info: () => undefined, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) });
  try {
    pool.add(seeds);
    await pool.whenRead();
    assert.deepEqual(warnings, []);
    for (const { uri, text } of seeds) {
      const ahead = pool.reading(uri, text);
      assert.ok(ahead, `no reading of ${uri}`);
      assert.deepEqual(ahead.reading, readDocument(text, tokenize(text)));
      assert.ok(ahead.tokens, `no tokens of ${uri}`);
      assert.deepEqual(unpackTokens(text, ahead.tokens), tokenize(text));
    }
  } finally {
    pool.close();
  }
});

test('reading thread: a text edited since it was sent is not answered for', async () => {
  const pool = new ReadingPool({ info: () => undefined, warn: () => undefined, error: () => undefined });
  try {
    pool.add(seeds.slice(0, 1));
    await pool.whenRead();
    assert.equal(pool.reading(seeds[0]!.uri, seeds[0]!.text + ' Altri 3.000 soldati.'), undefined);
  } finally {
    pool.close();
  }
});
