/**
 * Readings and tokens worked out on the second thread are those the indexing thread works out itself, for the
 * seed articles (Italian, Romanian, English), and a text that changed since it was sent is read here again. A
 * reading not yet sent back is waited for, unless the thread could not read the text or has gone silent.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { readDocument } from '../../server/src/core/reading';
import { plainToken, tokenize, unpackTokens } from '../../server/src/core/tokens';
import { ReadingPool, warmReadingCode } from '../../server/src/readingPool';

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
      assert.deepEqual(unpackTokens(text, ahead.tokens).map(plainToken), tokenize(text).map(plainToken));
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

test('reading thread: a reading asked for before the thread has sent it is waited for', () => {
  const pool = new ReadingPool({ info: () => undefined, warn: () => undefined, error: () => undefined });
  try {
    pool.add(seeds);
    // Asked at once: the thread has not even started.
    for (const { uri, text } of seeds) assert.deepEqual(pool.reading(uri, text)?.reading, readDocument(text, tokenize(text)));
  } finally {
    pool.close();
  }
});

test('reading thread: the last documents of a workspace are read by the thread too, however few are left', () => {
  const pool = new ReadingPool({ info: () => undefined, warn: () => undefined, error: () => undefined });
  // More than the window of documents sent ahead, with fewer than an eighth of it left once the window reaches the end.
  const many = Array.from({ length: 270 }, (_, i) => ({ uri: `file:///copy-${i}.txt`, text: seeds[i % seeds.length]!.text }));
  try {
    pool.add(many);
    const notRead = many.filter(({ uri, text }) => pool.reading(uri, text) === undefined).map((d) => d.uri);
    assert.deepEqual(notRead, []);
  } finally {
    pool.close();
  }
});

test('reading thread: a text the thread cannot read is not waited for', () => {
  const pool = new ReadingPool({ info: () => undefined, warn: () => undefined, error: () => undefined }, { stallMs: 60_000 });
  try {
    // Not a string: tokenising it throws on the thread, which says so.
    const broken = { uri: 'file:///broken.txt', text: 42 as unknown as string };
    pool.add([broken, seeds[0]!]);
    const started = performance.now();
    assert.equal(pool.reading(broken.uri, broken.text), undefined);
    assert.ok(performance.now() - started < 30_000, 'waited for the stall limit');
    assert.ok(pool.reading(seeds[0]!.uri, seeds[0]!.text), 'the next document is read');
  } finally {
    pool.close();
  }
});

test('reading thread: a silent thread is waited for no longer than the stall limit, and said so', async () => {
  const warnings: string[] = [];
  const pool = new ReadingPool({ info: () => undefined, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) }, { stallMs: 300 });
  try {
    await (pool as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    pool.add(seeds.slice(0, 2));
    const started = performance.now();
    assert.equal(pool.reading(seeds[0]!.uri, seeds[0]!.text), undefined);
    assert.equal(pool.reading(seeds[1]!.uri, seeds[1]!.text), undefined);
    assert.ok(performance.now() - started < 2_000, 'waited more than once');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /sent nothing for 0\.3 s/);
  } finally {
    pool.close();
  }
});

test('reading code warmed on the indexing thread: between other work, two documents a turn', async () => {
  const documents = Array.from({ length: 6 }, (_, i) => seeds[i % seeds.length]!);
  const order: string[] = [];
  const warming = warmReadingCode(documents).then(() => order.push('warmed'));
  // Work queued meanwhile (a request) runs before the warming is done.
  setImmediate(() => order.push('request'));
  await warming;
  assert.deepEqual(order, ['request', 'warmed']);
  // A list with nothing to read resolves too.
  await warmReadingCode([]);
});
