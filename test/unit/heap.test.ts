/**
 * The heap policy of the server (server/src/heap.ts): reading a workspace under whileIndexing gives back what the
 * reading gave, or its error, and a full collection runs after it once limitHeapGrowth has been called.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { limitHeapGrowth, whileIndexing } from '../../server/src/heap';

test('whileIndexing gives back the value or the error of the work, before and after limitHeapGrowth', async () => {
  assert.equal(await whileIndexing(() => Promise.resolve(41)), 41);
  limitHeapGrowth();
  assert.equal(await whileIndexing(() => Promise.resolve(42)), 42);
  await assert.rejects(whileIndexing(() => Promise.reject(new Error('unreadable folder'))), /unreadable folder/);
  assert.equal((globalThis as { gc?: unknown }).gc, undefined, 'the collector is not put among the globals');
});

test('a workspace read under whileIndexing leaves the heap collected: garbage made while reading is freed', async () => {
  limitHeapGrowth();
  let kept: object[] | undefined;
  let collected = false;
  await whileIndexing(async () => {
    kept = Array.from({ length: 1000 }, (_, i) => ({ i }));
    const garbage = { big: new Array(100_000).fill(0) };
    const ref = new WeakRef(garbage);
    await new Promise((resolve) => setImmediate(resolve));
    setImmediate(() => (collected = ref.deref() === undefined));
  });
  // The collection ran in whileIndexing's finally, after the work: the object the work dropped is gone.
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(collected, 'an object dropped while reading is collected once the reading is done');
  assert.equal(kept?.length, 1000);
});
