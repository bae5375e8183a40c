/** Same-story neighbourhoods kept across edits are those worked out afresh, to the last bit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryIndex } from '../../server/src/core/stories.ts';

/** Entities of twelve documents: three stories of four, sharing a few entities across stories. */
function documents(): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (let story = 0; story < 3; story++) {
    for (let k = 0; k < 4; k++) {
      const own = [`s${story}-a`, `s${story}-b`, `s${story}-c`].filter((_, i) => (i + k) % 4 !== 3);
      out.push([`doc${story}${k}`, [...own, `common-${k % 2}`, `s${story}-only-${k}`]]);
    }
  }
  return out;
}

/** Weights whose sums round differently in another order: 0.1 + 0.2 + 0.3 is not 0.3 + 0.2 + 0.1. */
const WEIGHTS: Record<string, number> = { 's1-a': 0.1, 's1-b': 0.2, 'common-1': 0.3, 's1-only-1': 0.4 };
const weight = (id: string): number => WEIGHTS[id] ?? 0.7 + 1 / (3 + (id.length % 7));

function indexOf(docs: [string, string[]][]): StoryIndex {
  const stories = new StoryIndex(weight);
  for (const [uri, entities] of docs) stories.set(uri, new Set(entities));
  return stories;
}

/** Every document's neighbours with their similarities, as kept or worked out now. */
const neighbourhoods = (stories: StoryIndex, docs: [string, string[]][]): [string, [string, number][]][] =>
  docs.map(([uri]) => [uri, [...stories.neighbours(uri)!].sort()]);

for (const [what, reorder] of [
  ['the same entities in the same order (an edited figure)', (e: string[]) => e],
  ['the same entities in another order', (e: string[]) => [...e].reverse()],
] as const) {
  test(`a document set again with ${what}: kept neighbourhoods equal those worked out afresh`, () => {
    const docs = documents();
    const warm = indexOf(docs);
    neighbourhoods(warm, docs);
    const [uri, entities] = docs[5]!;
    const again = reorder(entities);
    warm.set(uri, new Set(again));
    const touched = warm.refresh(uri);
    const edited = docs.map(([u, e]): [string, string[]] => [u, u === uri ? again : e]);
    const cold = indexOf(edited);
    assert.deepEqual(neighbourhoods(warm, edited), neighbourhoods(cold, edited));
    // In another order, sums to and from it round differently: the kept similarities had to be corrected.
    const before = neighbourhoods(indexOf(docs), docs);
    if (again === entities) assert.deepEqual(neighbourhoods(cold, edited), before);
    else assert.notDeepEqual(neighbourhoods(cold, edited), before);
    // What the edit touches: its neighbours, each way.
    const near = docs.map(([u]) => u).filter((u) => u !== uri && (cold.neighbours(uri)!.has(u) || cold.neighbours(u)!.has(uri)));
    assert.deepEqual([...touched].sort(), near);
  });
}
