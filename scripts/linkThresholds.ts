/**
 * Claim-link figures of the blind sets of dev stories that joined after the link models were fitted
 * (test/eval/dev-sets.tsv), each set of six stories indexed as its own workspace of 18 articles, as the held-out
 * splits are, at several acceptance thresholds: which threshold suits workspaces of that size, judged on stories the
 * models never saw. A script that prints figures, not a test:
 *   node --import tsx scripts/linkThresholds.ts [THRESHOLD,THRESHOLD,...]
 * Each set is indexed once with the lowest threshold; a link is kept at a threshold where its acceptance score
 * reaches it, as linksOf keeps it (links.ts). Prints F1 per set and threshold, then the totals.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LINK_MODEL } from '../server/src/core/data/linkModel.ts';
import { acceptanceThreshold } from '../server/src/core/links.ts';
import { WorkspaceIndex } from '../server/src/core/workspaceIndex.ts';
import { claimKey, goldLinkKey, loadCorpus, matchClaims, pairKey } from './evalCorpus.ts';

const SETS_FILE = path.join(import.meta.dirname, '..', 'test', 'eval', 'dev-sets.tsv');
const THRESHOLDS = (process.argv[2] ?? '0.04,0.06,0.08,0.1,0.12,0.15,0.2,0.25,0.3').split(',').map(Number);

interface Tally { tp: number; fp: number; fn: number }
const f1 = (t: Tally): number => (2 * t.tp) / Math.max(1, 2 * t.tp + t.fp + t.fn);

const sets = new Map<string, string[]>();
for (const line of fs.readFileSync(SETS_FILE, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [set, story] = line.split('\t') as [string, string];
  sets.set(set, [...(sets.get(set) ?? []), story]);
}

const corpus = loadCorpus('dev');
const inModel = acceptanceThreshold(18);
// The lowest threshold for workspaces of the sets' size, so that every link of a higher one is among those made.
const small = LINK_MODEL.thresholds[0]!;
small.threshold = Math.min(...THRESHOLDS);
const totals = THRESHOLDS.map((): Tally => ({ tp: 0, fp: 0, fn: 0 }));
console.log(`${sets.size} sets of stories the link models were not fitted on, each its own workspace; F1 at ${THRESHOLDS.join(', ')}`);
for (const [set, stories] of sets) {
  const docs = corpus.documents.filter((d) => stories.includes(d.story));
  if (docs.length === 0) continue;
  const gold = new Set(corpus.links.filter((l) => stories.includes(l.story)).map(goldLinkKey));
  const index = new WorkspaceIndex();
  index.setAll(docs.map((d) => ({ uri: d.path, text: d.text })));
  const predToGold = new Map<string, string>();
  for (const d of docs) {
    for (const [g, p] of matchClaims(d.claims, index.get(d.path)!.facts.claims)) predToGold.set(`${d.path}@${p.start}`, claimKey(g.cid, d.story));
  }
  const scored = index.allLinks().map((l) => {
    const a = predToGold.get(`${l.a.doc}@${l.a.claim.start}`);
    const b = predToGold.get(`${l.b.doc}@${l.b.claim.start}`);
    return { score: l.score, right: a !== undefined && b !== undefined && gold.has(pairKey(a, b)) };
  });
  const row = THRESHOLDS.map((t, k) => {
    const kept = scored.filter((l) => l.score >= t);
    const tally = { tp: kept.filter((l) => l.right).length, fp: kept.filter((l) => !l.right).length, fn: 0 };
    tally.fn = gold.size - tally.tp;
    totals[k]!.tp += tally.tp;
    totals[k]!.fp += tally.fp;
    totals[k]!.fn += tally.fn;
    return f1(tally).toFixed(3);
  });
  console.log(`set ${set}: ${row.join(' ')}`);
}
THRESHOLDS.forEach((t, k) => {
  const s = totals[k]!;
  console.log(`threshold ${t}${t === inModel ? ' (the model\'s)' : ''}: P ${(s.tp / Math.max(1, s.tp + s.fp)).toFixed(3)} R ${(s.tp / Math.max(1, s.tp + s.fn)).toFixed(3)} F1 ${f1(s).toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
});
