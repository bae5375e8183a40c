/**
 * How far V8 lets the heap grow past what was live at the last full collection before collecting again. Left to
 * itself it lets it reach two to four times that: on a 10,000-article workspace, 1.2 to 2.4 GB of resident memory
 * for about 450 MB live. Most of what the server allocates once the workspace is read is short-lived (links
 * worked out for diagnostics), so collecting sooner costs little time. The flag is read at each collection, so
 * setting it before the workspace is read is enough; it holds for the reading thread too.
 *
 * While a workspace is read, almost all that is allocated stays (texts, facts, inverted maps): a full collection
 * then finds little to free and marks all that is live so far. So the heap may grow further while a workspace is
 * read (INDEXING_HEAP_GROWING_PERCENT). V8 sets the next limit at each full collection only, so the limit of the
 * last one while reading would stand after it (up to twice what was live then): one full collection once the
 * workspace is read (0.2 s on 10,000 articles) sets it from the server's growth again.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

const HEAP_GROWING_PERCENT = 20;
const INDEXING_HEAP_GROWING_PERCENT = 100;

/** V8's full collection, once limitHeapGrowth has set the server's growth and could have it. */
let fullCollection: (() => void) | undefined;

/** Sets the server's heap growth; the benchmark's indexing process calls it too, to index as the server does. */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // V8's collector as `--expose-gc` gives it, to a context of its own: the server's globals stay as they are.
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('typeof gc === "function" ? gc : undefined');
    fullCollection = typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    fullCollection = undefined;
  }
}

/**
 * Runs the reading of a workspace with the heap growth of indexing, then collects once with the server's. Where
 * limitHeapGrowth was not called (tests, the CLI), or V8's collector could not be had, it leaves growth alone.
 */
export async function whileIndexing<T>(work: () => Promise<T>): Promise<T> {
  // Without a collection to set the limit after, a larger growth while reading would raise the server's peak.
  const collect = fullCollection;
  if (!collect) return work();
  v8.setFlagsFromString(`--heap-growing-percent=${INDEXING_HEAP_GROWING_PERCENT}`);
  try {
    return await work();
  } finally {
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    collect();
  }
}
