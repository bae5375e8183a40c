/**
 * Fits the claim-link model (server/src/core/data/linkModel.ts) on the annotated dev stories.
 *
 * Every pair of claims in two articles of the workspace that links.ts may compare (same concept, kind and unit,
 * same story...) is an example, labelled by the gold links of test/eval/corpus; the features are linkFeatures'.
 * A logistic regression with a small L2 penalty is fitted by plain gradient descent (deterministic: same data,
 * same weights). The threshold is the one with the best F1 of the links that linksOf would then make, judged by
 * leaving one story out at a time: each story's links, within it and wrongly to other stories, are chosen by a
 * model fitted without any pair that involves it.
 *
 *   node --import tsx scripts/trainLinkModel.ts [--split dev] [--stories a,b,...] [--dry-run]
 * --stories fits on those stories only; --dry-run prints the figures without writing the model.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { comparable, comparisonKeys, linkFeatures, linksOf, type LinkableClaim } from '../server/src/core/links.ts';
import { LINK_FEATURES, LINK_MODEL } from '../server/src/core/data/linkModel.ts';
import { WorkspaceIndex } from '../server/src/core/workspaceIndex.ts';
import { loadCorpus, matchClaims } from './evalCorpus.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const split = option('--split') ?? 'dev';
const only = option('--stories')?.split(',');
const dryRun = args.includes('--dry-run');

const L2 = 0.01;
const STEPS = 3000;
const RATE = 0.2;
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

const corpus = loadCorpus(split);
const documents = corpus.documents.filter((d) => !only || only.includes(d.story));
const index = new WorkspaceIndex();
index.setAll(documents.map((d) => ({ uri: d.path, text: d.text })));

/** Gold claim id of each predicted claim that overlaps a gold one, by `doc#index`. */
const goldId = new Map<string, string>();
const storyOf = new Map<string, string>();
for (const d of documents) {
  storyOf.set(d.path, d.story);
  const claims = index.get(d.path)!.facts.claims;
  for (const [g, p] of matchClaims(d.claims, claims)) goldId.set(`${d.path}#${claims.indexOf(p)}`, `${d.story}/${g.cid}`);
}
const goldLinks = new Set(corpus.links.filter((l) => !only || only.includes(l.story)).map((l) => pairKey(`${l.story}/${l.a}`, `${l.story}/${l.b}`)));
const goldPerStory = new Map<string, number>();
for (const key of goldLinks) goldPerStory.set(key.split('/')[0]!, (goldPerStory.get(key.split('/')[0]!) ?? 0) + 1);

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

const isGold = (a: LinkableClaim, b: LinkableClaim): boolean => {
  const ga = goldId.get(`${a.doc}#${a.index}`);
  const gb = goldId.get(`${b.doc}#${b.index}`);
  return ga !== undefined && gb !== undefined && goldLinks.has(pairKey(ga, gb));
};

interface Example { stories: readonly string[]; features: number[]; label: number }

const view = (uri: string): ReturnType<WorkspaceIndex['comparison']> => index.comparison(uri);
/** Claims of a document that share a comparison key with a claim, as the workspace index finds them. */
const candidatesIn = (uri: string, of: LinkableClaim): LinkableClaim[] => {
  const keys = comparisonKeys(of.claim);
  return view(uri).claims.filter((c) => comparisonKeys(c.claim).some((k) => keys.includes(k)));
};

// Every comparable pair once.
const examples: Example[] = [];
const uris = documents.map((d) => d.path);
for (let i = 0; i < uris.length; i++) {
  for (let j = i + 1; j < uris.length; j++) {
    const { claims, weight, similarity } = view(uris[i]!);
    for (const a of claims) {
      for (const b of candidatesIn(uris[j]!, a)) {
        const story = comparable(a, b, similarity);
        if (story === 0) continue;
        examples.push({ stories: [storyOf.get(a.doc)!, storyOf.get(b.doc)!], features: linkFeatures(a, b, story, weight), label: isGold(a, b) ? 1 : 0 });
      }
    }
  }
}

function fit(data: readonly Example[]): { bias: number; weights: number[] } {
  const n = LINK_FEATURES.length;
  let bias = 0;
  const weights = new Array<number>(n).fill(0);
  for (let step = 0; step < STEPS; step++) {
    let gBias = 0;
    const g = new Array<number>(n).fill(0);
    for (const e of data) {
      let z = bias;
      for (let k = 0; k < n; k++) z += weights[k]! * e.features[k]!;
      const err = 1 / (1 + Math.exp(-z)) - e.label;
      gBias += err;
      for (let k = 0; k < n; k++) g[k]! += err * e.features[k]!;
    }
    bias -= (RATE * gBias) / data.length;
    for (let k = 0; k < n; k++) weights[k] = weights[k]! - RATE * (g[k]! / data.length + L2 * weights[k]!);
  }
  return { bias, weights };
}

/**
 * The links linksOf makes from the documents of one story, against every document of the workspace, under the
 * model now in LINK_MODEL: links within the story, and false ones to other stories (counted in the fold of the
 * story that comes first by name, so that each is counted once).
 */
function linkStory(story: string): { tp: number; fp: number } {
  const made = new Set<string>();
  for (const uri of uris) {
    if (storyOf.get(uri) !== story) continue;
    const { claims, weight, similarity } = view(uri);
    for (const c of claims) {
      const candidates = uris.filter((u) => u !== uri).flatMap((u) => candidatesIn(u, c));
      for (const l of linksOf(c, candidates, (doc, of) => candidatesIn(doc, of), weight, similarity)) {
        if (storyOf.get(l.b.doc)! < story) continue;
        made.add(pairKey(`${l.a.doc}#${l.a.index}`, `${l.b.doc}#${l.b.index}`));
      }
    }
  }
  let tp = 0;
  for (const key of made) {
    const [a, b] = key.split(' ').map((k) => goldId.get(k));
    if (a && b && goldLinks.has(pairKey(a, b))) tp++;
  }
  return { tp, fp: made.size - tp };
}

const f1 = (tp: number, fp: number, fn: number): number => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

function use(model: { bias: number; weights: number[] }, threshold: number): void {
  LINK_MODEL.bias = model.bias;
  LINK_MODEL.weights = model.weights;
  LINK_MODEL.threshold = threshold;
}

// Leave one story out: the figures a story gets from a model that never saw it.
const stories = [...new Set(documents.map((d) => d.story))].sort();
const totals = THRESHOLDS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
for (const story of stories) {
  const model = fit(examples.filter((e) => !e.stories.includes(story)));
  THRESHOLDS.forEach((t, i) => {
    use(model, t);
    const { tp, fp } = linkStory(story);
    totals[i]!.tp += tp;
    totals[i]!.fp += fp;
    totals[i]!.fn += (goldPerStory.get(story) ?? 0) - tp;
  });
}
let bestAt = 0;
THRESHOLDS.forEach((t, i) => {
  const { tp, fp, fn } = totals[i]!;
  if (f1(tp, fp, fn) > f1(totals[bestAt]!.tp, totals[bestAt]!.fp, totals[bestAt]!.fn)) bestAt = i;
  console.log(`threshold ${t.toFixed(2)}: leave-one-story-out links P ${(tp / Math.max(1, tp + fp)).toFixed(3)} R ${(tp / Math.max(1, tp + fn)).toFixed(3)} F1 ${f1(tp, fp, fn).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
});

const model = fit(examples);
const threshold = THRESHOLDS[bestAt]!;
const positives = examples.filter((e) => e.label).length;
console.log(`${stories.length} stories, ${documents.length} articles, ${examples.length} comparable pairs (${positives} linked in the gold)`);
console.log(`threshold ${threshold}; weights: bias ${model.bias.toFixed(3)}, ${LINK_FEATURES.map((f, i) => `${f} ${model.weights[i]!.toFixed(3)}`).join(', ')}`);

if (!dryRun) {
  const file = path.join(import.meta.dirname, '..', 'server', 'src', 'core', 'data', 'linkModel.ts');
  const round = (n: number): number => Number(n.toFixed(4));
  const source = fs.readFileSync(file, 'utf8').replace(/export const LINK_MODEL = \{[\s\S]*?\n\};/, [
    'export const LINK_MODEL = {',
    `  /** Fitted on ${split}: ${stories.length} stories, ${documents.length} articles, ${examples.length} comparable pairs, ${positives} of them linked. */`,
    `  bias: ${round(model.bias)},`,
    `  weights: [${model.weights.map(round).join(', ')}],`,
    `  /** Best leave-one-story-out F1 (${f1(totals[bestAt]!.tp, totals[bestAt]!.fp, totals[bestAt]!.fn).toFixed(3)}) among ${THRESHOLDS.join(', ')}. */`,
    `  threshold: ${threshold},`,
    '};',
  ].join('\n'));
  fs.writeFileSync(file, source);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
