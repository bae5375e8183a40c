/**
 * Times the indexing thread's share of indexing a workspace (core/workspaceIndex.ts) on the benchmark's generated
 * articles: naming entities and filing each document's facts, batch by batch as the server sets them, then settling
 * the names found across documents. The readings are worked out beforehand and handed over as the reading thread
 * hands them (structured clones, tokens packed), so that this is the part the reading thread cannot take. A script
 * that prints figures, not a test:
 *   node --import tsx scripts/bench/namingParts.ts [DOCUMENTS] [ROUNDS]
 * DOCUMENTS (2,000 unless given) are the first of the benchmark's corpus of 10,000 (seed 1); each round indexes them
 * all into a new index, ROUNDS times (7 unless given), and prints the fastest and the median round in ms. The
 * first rounds also let V8 optimise the code, as indexing a workspace does; the fastest round is the steady cost,
 * which the machine's own changes of speed move least. To compare two versions of the code, run it for each in
 * turn, several times over: the machine's speed moves within minutes.
 */
import { performance } from 'node:perf_hooks';
import { readDocument } from '../../server/src/core/reading';
import { packTokens, tokenize } from '../../server/src/core/tokens';
import { WorkspaceIndex, type ReadAhead } from '../../server/src/core/workspaceIndex';
import { BATCH_CHARS } from '../../server/src/articles';
import { generateCorpus } from './corpus';

const documents = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 7);

const docs = generateCorpus(10_000, 1).documents.slice(0, documents).map((d, i) => ({ uri: `file:///bench/${i}.txt`, text: d.text }));
const readings = docs.map((d) => {
  const tokens = tokenize(d.text);
  return { reading: readDocument(d.text, tokens), tokens: packTokens(tokens) };
});

const times = { batches: [] as number[], settle: [] as number[], whole: [] as number[] };
let mentions = 0;
for (let r = 0; r < rounds; r++) {
  const ahead = new Map<string, ReadAhead>(docs.map((d, i) => [d.uri, structuredClone(readings[i]!)]));
  const index = new WorkspaceIndex();
  const t0 = performance.now();
  for (let i = 0; i < docs.length; ) {
    let size = 0;
    let j = i;
    while (j < docs.length && (j === i || size + docs[j]!.text.length <= BATCH_CHARS)) size += docs[j++]!.text.length;
    index.setAll(docs.slice(i, j), (uri) => ahead.get(uri), { settleLater: true });
    i = j;
  }
  const t1 = performance.now();
  while (!index.settle().done);
  const t2 = performance.now();
  times.batches.push(t1 - t0);
  times.settle.push(t2 - t1);
  times.whole.push(t2 - t0);
  mentions = index.stats().mentions;
}

console.log(`${docs.length} articles, ${rounds} rounds, ${mentions} mentions`);
for (const [name, ts] of Object.entries(times)) {
  ts.sort((a, b) => a - b);
  console.log(`${name.padEnd(8)} fastest ${ts[0]!.toFixed(0).padStart(5)} ms, median ${ts[Math.floor(rounds / 2)]!.toFixed(0).padStart(5)} ms`);
}
