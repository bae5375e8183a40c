/**
 * Times the parts of a document's reading (core/reading.ts) on the benchmark's generated articles, in this process
 * and on this thread, to see which part a change to the reading code moves: tokens, languages, dates and hours,
 * number expressions, and the whole reading. A script that prints figures, not a test:
 *   node --import tsx scripts/bench/readingParts.ts [DOCUMENTS] [ROUNDS]
 * DOCUMENTS (2,000 unless given) are the first of the benchmark's corpus of 10,000 (seed 1); each part reads them
 * all once per round, ROUNDS times (9 unless given), and prints the fastest and the median round in ms. The first
 * rounds also let V8 optimise the code, as indexing a workspace does.
 */
import { performance } from 'node:perf_hooks';
import { findDates } from '../../server/src/core/dates';
import { detectLanguage, detectLanguages } from '../../server/src/core/language';
import { scanNumbers } from '../../server/src/core/numbers';
import { readDocument } from '../../server/src/core/reading';
import { tokenize } from '../../server/src/core/tokens';
import { generateCorpus } from './corpus';

const documents = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 9);
const texts = generateCorpus(10_000, 1).documents.slice(0, documents).map((d) => d.text);
const languages = texts.map((t) => detectLanguage(t));

const parts: Record<string, (text: string, i: number) => number> = {
  tokens: (t) => tokenize(t).length,
  languages: (t) => detectLanguages(t).segments.length,
  // findDates keeps the dates of the last text it read only: one after another, no text is answered from it.
  'dates and hours': (t, i) => findDates(t, languages[i]!).length,
  numbers: (t, i) => scanNumbers(t, languages[i]!).length,
  'whole reading': (t) => readDocument(t, tokenize(t)).claims.length,
};

console.log(`${texts.length} articles, ${rounds} rounds`);
for (const [name, part] of Object.entries(parts)) {
  const times: number[] = [];
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    found = 0;
    texts.forEach((t, i) => (found += part(t, i)));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(16)} fastest ${times[0]!.toFixed(0).padStart(5)} ms, median ${times[Math.floor(rounds / 2)]!.toFixed(0).padStart(5)} ms (${found} found)`);
}
