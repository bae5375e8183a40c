/**
 * How far V8 lets the heap grow past what was live at the last full collection before collecting again. Left to
 * itself it lets it reach two to four times that: on a 10,000-article workspace, 1.2 to 2.4 GB of resident memory
 * for about 450 MB live. Most of what the server allocates once the workspace is read is short-lived (links
 * worked out for diagnostics), so collecting sooner costs little time. The flag is read at each collection, so
 * setting it before the workspace is read is enough; it holds for the reading thread too.
 */
import * as v8 from 'node:v8';

const HEAP_GROWING_PERCENT = 20;

/** Sets the server's heap growth; the benchmark's indexing process calls it too, to index as the server does. */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
