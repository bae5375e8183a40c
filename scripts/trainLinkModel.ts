/**
 * Fits the claim-link models (server/src/core/data/linkModel.ts) on the annotated dev stories.
 *
 * The ranking model: every pair of claims in two articles of the workspace that links.ts may compare (same
 * concept or unit, kind, story...) is an example, labelled by the gold links of test/eval/corpus, with the
 * features of linkFeatures. The acceptance model: every mutual best match under the ranking model is an example,
 * with those features, the rank score and the margin over the next best. Both are logistic regressions with a
 * small L2 penalty, fitted to convergence by Newton's method (deterministic: same data, same weights), on every
 * story indexed in one workspace. The acceptance threshold is the one with the best F1 of the links that linksOf then
 * makes, judged by leaving one story out at a time: each story's links, within it and wrongly to other stories, come
 * from models fitted without any pair that involves it. It is chosen in two settings, each for workspaces of its
 * size: every story in one workspace, and the stories in workspaces of six (SMALL_WORKSPACE), where fewer figures
 * of other stories compete. A threshold the model has stays unless another is better by more than KEEP_MARGIN.
 *
 *   node --import tsx scripts/trainLinkModel.ts [--split dev] [--stories a,b,...] [--without f,g] [--dry-run] [--folds K [--write]] [--mixed] [--listwise]
 * --stories fits on those stories only; --without leaves features out (ablation); --dry-run prints the figures
 * without writing the model. --folds K leaves out K folds of stories in turn (story i in fold i mod K) instead of
 * one story at a time: a few minutes instead of hours, to compare variants; it writes no model unless --write is
 * given, and then the thresholds are those the folds choose (one story left out at a time takes hours on one core
 * at 194 stories). --mixed fits on the pairs and mutual best matches of the small workspaces as well as those of
 * the one workspace. --listwise fits the ranking weights by how well they pick each claim's linked candidates in
 * another document over the others (fitListwise), instead of by each pair alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { acceptance, acceptanceThreshold, comparable, comparisonKeys, filedKeys, linkFeatures, mutualMatch, type LinkableClaim, type Specificity, type StorySimilarity } from '../server/src/core/links.ts';
import { ACCEPT_FEATURES, LINK_FEATURES, LINK_MODEL, type LogisticModel } from '../server/src/core/data/linkModel.ts';
import { WorkspaceIndex } from '../server/src/core/workspaceIndex.ts';
import { loadCorpus, matchClaims, pairKey, type GoldDocument } from './evalCorpus.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const split = option('--split') ?? 'dev';
const only = option('--stories')?.split(',');
const folds = option('--folds') === undefined ? undefined : Number(option('--folds'));
if (folds !== undefined && !(Number.isInteger(folds) && folds >= 2)) throw new Error('--folds takes a whole number of 2 or more');
// With --folds the thresholds are chosen from the folds' figures, and the model is written only when --write asks.
const dryRun = args.includes('--dry-run') || (folds !== undefined && !args.includes('--write'));
const mixed = args.includes('--mixed');
const listwise = args.includes('--listwise');
/** Features left out (weight 0), for ablations. */
const without = new Set(option('--without')?.split(',').filter(Boolean) ?? []);
for (const f of without) if (!(ACCEPT_FEATURES as readonly string[]).includes(f)) throw new Error(`no feature '${f}'; features: ${ACCEPT_FEATURES.join(', ')}`);

const L2 = 0.001;
/** Newton steps at most, and the fall of the objective below which the fit has converged. */
const MAX_STEPS = 100;
const TOLERANCE = 1e-12;
/** A Newton step halved below this fraction is taken as it is: the objective is then flat to rounding. */
const MIN_SCALE = 1e-6;
/** Leave-one-story-out F1 another threshold must gain over the current one to replace it. */
const KEEP_MARGIN = 0.005;
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

const corpus = loadCorpus(split);
const documents = corpus.documents.filter((d) => !only || only.includes(d.story));
const storyOf = new Map(documents.map((d) => [d.path, d.story]));
const stories = [...new Set(documents.map((d) => d.story))].sort();

/** Documents indexed together, with what the link code asks of their index. */
interface Workspace {
  uris: string[];
  index: WorkspaceIndex;
  /** Claims of a document that share a comparison key with a claim, as the workspace index finds them. */
  candidatesIn: (uri: string, of: LinkableClaim) => LinkableClaim[];
  weight: Specificity;
  similarity: StorySimilarity;
}

function workspaceOf(docs: readonly GoldDocument[]): Workspace {
  const index = new WorkspaceIndex();
  index.setAll(docs.map((d) => ({ uri: d.path, text: d.text })));
  const uris = docs.map((d) => d.path);
  const keyed = new Map(uris.map((u) => [u, index.comparison(u).claims.map((c) => ({ c, keys: filedKeys(c.claim) }))]));
  const candidatesIn = (uri: string, of: LinkableClaim): LinkableClaim[] => {
    const keys = comparisonKeys(of.claim);
    return keyed.get(uri)!.filter((k) => k.keys.some((x) => keys.includes(x))).map((k) => k.c);
  };
  const { weight, similarity } = index.comparison(uris[0]!);
  return { uris, index, candidatesIn, weight, similarity };
}

/** Every story in one workspace: the fit's data, and one of the two settings the threshold is judged in. */
const whole = workspaceOf(documents);
/**
 * The stories in workspaces of SMALL_WORKSPACE stories each, in order of name: the other setting. Story weights
 * and similarities depend on what else a workspace holds, and a folder of a few stories has fewer figures of
 * other stories to link by mistake than one of eighty. The held-out splits are indexed so, six stories each.
 */
const SMALL_WORKSPACE = 6;
const small: Workspace[] = [];
for (let i = 0; i < stories.length; i += SMALL_WORKSPACE) {
  const some = new Set(stories.slice(i, i + SMALL_WORKSPACE));
  small.push(workspaceOf(documents.filter((d) => some.has(d.story))));
}

/** Gold claim id of each predicted claim that overlaps a gold one, by `doc#index` (claims do not depend on the workspace). */
const goldId = new Map<string, string>();
for (const d of documents) {
  const claims = whole.index.get(d.path)!.facts.claims;
  for (const [g, p] of matchClaims(d.claims, claims)) goldId.set(`${d.path}#${claims.indexOf(p)}`, `${d.story}/${g.cid}`);
}
const goldLinks = new Set(corpus.links.filter((l) => !only || only.includes(l.story)).map((l) => pairKey(`${l.story}/${l.a}`, `${l.story}/${l.b}`)));
const goldPerStory = new Map<string, number>();
for (const key of goldLinks) goldPerStory.set(key.split('/')[0]!, (goldPerStory.get(key.split('/')[0]!) ?? 0) + 1);

const claimKey = (c: LinkableClaim): string => `${c.doc}#${c.index}`;
const isGold = (a: LinkableClaim, b: LinkableClaim): boolean => {
  const ga = goldId.get(claimKey(a));
  const gb = goldId.get(claimKey(b));
  return ga !== undefined && gb !== undefined && goldLinks.has(pairKey(ga, gb));
};

interface Example { stories: readonly string[]; features: number[]; label: number }

/** Every comparable pair of a workspace once. */
function pairsOf(w: Workspace): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < w.uris.length; i++) {
    for (let j = i + 1; j < w.uris.length; j++) {
      for (const a of w.index.comparison(w.uris[i]!).claims) {
        for (const b of w.candidatesIn(w.uris[j]!, a)) {
          const story = comparable(a, b, w.similarity);
          if (story > 0) out.push({ stories: [storyOf.get(a.doc)!, storyOf.get(b.doc)!], features: linkFeatures(a, b, story, w.weight), label: isGold(a, b) ? 1 : 0 });
        }
      }
    }
  }
  return out;
}
/** The workspaces the models are fitted on: the one workspace, and with --mixed the small ones too. */
const fittedOn = mixed ? [whole, ...small] : [whole];
const pairs = fittedOn.flatMap(pairsOf);

/**
 * The candidates of one claim in one other document, for the listwise fit (--listwise): the features of each
 * comparable candidate, and which of them the gold links the claim to.
 */
interface Choice { stories: readonly string[]; features: number[][]; labels: number[] }

/** Every claim's candidates in every other document of a workspace, where they are two or more and one is linked. */
function choicesOf(w: Workspace): Choice[] {
  const out: Choice[] = [];
  for (const uri of w.uris) {
    for (const a of w.index.comparison(uri).claims) {
      for (const other of w.uris) {
        if (other === uri) continue;
        const features: number[][] = [];
        const labels: number[] = [];
        for (const b of w.candidatesIn(other, a)) {
          const story = comparable(a, b, w.similarity);
          if (story === 0) continue;
          features.push(linkFeatures(a, b, story, w.weight));
          labels.push(isGold(a, b) ? 1 : 0);
        }
        if (features.length >= 2 && labels.includes(1)) out.push({ stories: [storyOf.get(a.doc)!, storyOf.get(other)!], features, labels });
      }
    }
  }
  return out;
}
const choices = listwise ? fittedOn.flatMap(choicesOf) : [];

/** The mean log loss of a model over examples, plus its L2 penalty (the bias is not penalised). */
function objective(data: readonly Example[], bias: number, weights: readonly number[]): number {
  let loss = 0;
  for (const e of data) {
    let z = bias;
    for (let k = 0; k < weights.length; k++) z += weights[k]! * e.features[k]!;
    // log(1 + e^z) - y z, without overflow.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - e.label * z;
  }
  return loss / data.length + (L2 / 2) * weights.reduce((sum, w) => sum + w * w, 0);
}

/** Solves a x = b for a symmetric positive definite `a` by its Cholesky decomposition. */
function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const l = a.map((row) => row.slice());
  for (let j = 0; j < n; j++) {
    let d = l[j]![j]!;
    for (let k = 0; k < j; k++) d -= l[j]![k]! ** 2;
    if (!(d > 0)) throw new Error('the fit is singular: a feature is constant or a combination of others (leave it out with --without)');
    l[j]![j] = Math.sqrt(d);
    for (let i = j + 1; i < n; i++) {
      let sum = l[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = sum / l[j]![j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}

/**
 * The unknowns that minimise a convex objective (`value`), by Newton's method: each step solves the system of the
 * Hessian that `derivatives` gives at the unknowns and is halved until the objective falls. Stops when it falls by
 * less than TOLERANCE, or after MAX_STEPS.
 */
function newton(start: number[], value: (x: readonly number[]) => number,
  derivatives: (x: readonly number[]) => { gradient: number[]; hessian: number[][] }): number[] {
  let x = start;
  let current = value(x);
  for (let step = 0; step < MAX_STEPS; step++) {
    const { gradient, hessian } = derivatives(x);
    const delta = solve(hessian, gradient);
    for (let scale = 1; ; scale /= 2) {
      const next = x.map((v, i) => v - scale * delta[i]!);
      const nextValue = value(next);
      if (nextValue <= current || scale < MIN_SCALE) {
        const fall = current - nextValue;
        x = next;
        current = nextValue;
        if (fall < TOLERANCE) return x;
        break;
      }
    }
  }
  return x;
}

/**
 * Sums of a gradient and of the lower triangle of a Hessian over `count` examples made means, with the L2 penalty on
 * the unknowns from `penalisedFrom` on (a bias before them is not penalised), and the Hessian made symmetric.
 */
function penalised(gradient: number[], hessian: number[][], count: number, x: readonly number[], penalisedFrom: number): { gradient: number[]; hessian: number[][] } {
  for (let i = 0; i < gradient.length; i++) {
    gradient[i]! /= count;
    for (let j = 0; j <= i; j++) hessian[i]![j]! /= count;
    if (i >= penalisedFrom) {
      gradient[i]! += L2 * x[i]!;
      hessian[i]![i]! += L2;
    }
    for (let j = 0; j < i; j++) hessian[j]![i] = hessian[i]![j]!;
  }
  return { gradient, hessian };
}

/** The features a fit uses (not left out with --without), by index. */
const usedOf = (names: readonly string[]): number[] => names.flatMap((f, k) => (without.has(f) ? [] : [k]));

/** All the weights of `names` from the unknowns of the features used, from `offset` on; those left out are 0. */
function weightsOf(x: readonly number[], used: readonly number[], n: number, offset: number): number[] {
  const weights = new Array<number>(n).fill(0);
  used.forEach((k, i) => (weights[k] = x[i + offset]!));
  return weights;
}

/**
 * The logistic regression that minimises `objective`, by Newton's method (newton). The objective is convex, so this
 * reaches its one minimum in a few dozen steps whatever the order of the examples. Features left out (--without)
 * keep weight 0.
 */
function fit(data: readonly Example[], names: readonly string[]): LogisticModel {
  const n = names.length;
  // The unknowns: the bias, then the weights of the features used.
  const used = usedOf(names);
  const m = used.length + 1;
  const x = new Array<number>(m).fill(0);
  const derivatives = (unknowns: readonly number[]): { gradient: number[]; hessian: number[][] } => {
    const bias = unknowns[0]!;
    const weights = weightsOf(unknowns, used, n, 1);
    const gradient = new Array<number>(m).fill(0);
    const hessian = Array.from({ length: m }, () => new Array<number>(m).fill(0));
    for (const e of data) {
      x[0] = 1;
      for (let k = 0; k < used.length; k++) x[k + 1] = e.features[used[k]!]!;
      let z = bias;
      for (let k = 0; k < n; k++) z += weights[k]! * e.features[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const curvature = p * (1 - p);
      for (let i = 0; i < m; i++) {
        gradient[i]! += (p - e.label) * x[i]!;
        const ci = curvature * x[i]!;
        const row = hessian[i]!;
        for (let j = 0; j <= i; j++) row[j]! += ci * x[j]!;
      }
    }
    return penalised(gradient, hessian, data.length, unknowns, 1);
  };
  const fitted = newton(new Array<number>(m).fill(0), (u) => objective(data, u[0]!, weightsOf(u, used, n, 1)), derivatives);
  return { bias: fitted[0]!, weights: weightsOf(fitted, used, n, 1) };
}

/**
 * The ranking weights fitted listwise (--listwise): for each linked candidate of a claim in another document, the
 * log of its share of the softmax over it and the candidates not linked, which is what picking the best match asks
 * of the weights. Convex, so Newton's method as in `fit`; there is no bias, which the softmax cannot see. The
 * weights are then scaled and given a bias by a pointwise fit of the one score they make (calibrated), so that the
 * rank score still reads as a probability for the acceptance model.
 */
function fitListwise(data: readonly Choice[], names: readonly string[]): number[] {
  const n = names.length;
  const used = usedOf(names);
  const m = used.length;
  const score = (w: readonly number[], x: readonly number[]): number => {
    let z = 0;
    for (let k = 0; k < n; k++) z += w[k]! * x[k]!;
    return z;
  };
  let count = 0;
  for (const c of data) for (const l of c.labels) count += l;
  const objectiveOf = (w: readonly number[]): number => {
    let loss = 0;
    for (const c of data) {
      const z = c.features.map((x) => score(w, x));
      const negatives = z.filter((_, k) => c.labels[k] === 0);
      for (let k = 0; k < z.length; k++) {
        if (c.labels[k] !== 1) continue;
        const top = Math.max(z[k]!, ...negatives);
        let sum = Math.exp(z[k]! - top);
        for (const v of negatives) sum += Math.exp(v - top);
        loss += top + Math.log(sum) - z[k]!;
      }
    }
    return loss / count + (L2 / 2) * w.reduce((sum, v) => sum + v * v, 0);
  };
  const derivatives = (unknowns: readonly number[]): { gradient: number[]; hessian: number[][] } => {
    const weights = weightsOf(unknowns, used, n, 0);
    const gradient = new Array<number>(m).fill(0);
    const hessian = Array.from({ length: m }, () => new Array<number>(m).fill(0));
    for (const c of data) {
      const z = c.features.map((x) => score(weights, x));
      for (let k = 0; k < z.length; k++) {
        if (c.labels[k] !== 1) continue;
        // The softmax over the linked candidate k and the candidates not linked.
        const members = z.flatMap((_, j) => (j === k || c.labels[j] === 0 ? [j] : []));
        const top = Math.max(...members.map((j) => z[j]!));
        const e = members.map((j) => Math.exp(z[j]! - top));
        const total = e.reduce((a, b) => a + b, 0);
        const mean = new Array<number>(m).fill(0);
        members.forEach((j, t) => {
          const p = e[t]! / total;
          const x = c.features[j]!;
          for (let i = 0; i < m; i++) mean[i]! += p * x[used[i]!]!;
        });
        const xk = c.features[k]!;
        for (let i = 0; i < m; i++) gradient[i]! += mean[i]! - xk[used[i]!]!;
        members.forEach((j, t) => {
          const p = e[t]! / total;
          const x = c.features[j]!;
          for (let i = 0; i < m; i++) {
            const di = x[used[i]!]! - mean[i]!;
            const row = hessian[i]!;
            for (let q = 0; q <= i; q++) row[q]! += p * di * (x[used[q]!]! - mean[q]!);
          }
        });
      }
    }
    return penalised(gradient, hessian, count, unknowns, 0);
  };
  return weightsOf(newton(new Array<number>(m).fill(0), (u) => objectiveOf(weightsOf(u, used, n, 0)), derivatives), used, n, 0);
}

/** Listwise weights calibrated: one scale and a bias fitted pointwise on the score they make (see fitListwise). */
function calibrated(weights: readonly number[], data: readonly Example[]): LogisticModel {
  const one = data.map((e) => {
    let z = 0;
    for (let k = 0; k < weights.length; k++) z += weights[k]! * e.features[k]!;
    return { stories: e.stories, features: [z], label: e.label };
  });
  const fitted = fit(one, ['score']);
  return { bias: fitted.bias, weights: weights.map((w) => w * fitted.weights[0]!) };
}

/** The mutual best matches of the documents of some stories against every document of a workspace, under LINK_MODEL.rank. */
function mutualMatches(w: Workspace, from: (uri: string) => boolean): { a: LinkableClaim; b: LinkableClaim; features: number[] }[] {
  const seen = new Map<string, { a: LinkableClaim; b: LinkableClaim; features: number[] }>();
  for (const uri of w.uris) {
    if (!from(uri)) continue;
    for (const c of w.index.comparison(uri).claims) {
      for (const other of w.uris) {
        if (other === uri) continue;
        const match = mutualMatch(c, w.candidatesIn(other, c), w.candidatesIn, w.weight, w.similarity);
        if (match) seen.set(pairKey(claimKey(c), claimKey(match.b)), { a: c, b: match.b, features: match.features });
      }
    }
  }
  return [...seen.values()];
}

const f1 = (tp: number, fp: number, fn: number): number => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

/** Fits both models on the pairs that involve none of the stories `left`; returns them with the acceptance examples. */
function fitBoth(left: ReadonlySet<string>): { rank: LogisticModel; accept: LogisticModel; acceptExamples: number } {
  const keptPairs = pairs.filter((e) => !e.stories.some((s) => left.has(s)));
  const rank = listwise ? calibrated(fitListwise(choices.filter((c) => !c.stories.some((s) => left.has(s))), LINK_FEATURES), keptPairs) : fit(keptPairs, LINK_FEATURES);
  LINK_MODEL.rank = rank;
  const kept = (uri: string): boolean => !left.has(storyOf.get(uri)!);
  const matches = fittedOn.flatMap((w) => mutualMatches(w, kept).filter((m) => kept(m.b.doc)));
  const accept = fit(matches.map((m) => ({ stories: [], features: m.features, label: isGold(m.a, m.b) ? 1 : 0 })), ACCEPT_FEATURES);
  return { rank, accept, acceptExamples: matches.length };
}

// Leave one story out (or, with --folds, one fold of stories): the links a story gets from models that never saw
// it, in the workspace of every story and in its small workspace. False links to other stories are counted in the
// turn of the story (or fold) that comes first, so that each is counted once.
type Counts = { tp: number; fp: number; fn: number };
const noCounts = (): Counts[] => THRESHOLDS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
const settings = [
  { name: 'one workspace', of: (): Workspace[] => [whole], totals: noCounts() },
  { name: `workspaces of ${SMALL_WORKSPACE} stories`, of: (group: readonly string[]): Workspace[] => [...new Set(group.map((story) => small[Math.floor(stories.indexOf(story) / SMALL_WORKSPACE)]!))], totals: noCounts() },
];
const groups = folds ? Array.from({ length: folds }, (_, k) => stories.filter((_, i) => i % folds === k)) : stories.map((s) => [s]);
const groupOf = new Map(groups.flatMap((g, k) => g.map((s) => [s, k] as const)));
groups.forEach((group, k) => {
  const left = new Set(group);
  const { rank, accept } = fitBoth(left);
  LINK_MODEL.rank = rank;
  LINK_MODEL.accept = accept;
  const gold = group.reduce((n, s) => n + (goldPerStory.get(s) ?? 0), 0);
  for (const setting of settings) {
    const matches = setting.of(group).flatMap((w) => mutualMatches(w, (uri) => left.has(storyOf.get(uri)!))).filter((m) => groupOf.get(storyOf.get(m.b.doc)!)! >= k);
    THRESHOLDS.forEach((t, i) => {
      let tp = 0;
      let fp = 0;
      for (const m of matches) {
        if (acceptance({ b: m.b, features: m.features }) < t) continue;
        if (isGold(m.a, m.b)) tp++;
        else fp++;
      }
      const totals = setting.totals[i]!;
      totals.tp += tp;
      totals.fp += fp;
      totals.fn += gold - tp;
    });
  }
});
const f1Of = ({ tp, fp, fn }: Counts): number => f1(tp, fp, fn);
for (const setting of settings) {
  THRESHOLDS.forEach((t, i) => {
    const { tp, fp, fn } = setting.totals[i]!;
    console.log(`threshold ${t.toFixed(2)}: ${folds ? `${folds} folds` : 'leave-one-story-out'} links, ${setting.name}: P ${(tp / Math.max(1, tp + fp)).toFixed(3)} R ${(tp / Math.max(1, tp + fn)).toFixed(3)} F1 ${f1(tp, fp, fn).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
  });
}
// A threshold per setting, for workspaces of its size in articles (the small ones: their mean): the links of a
// workspace are accepted at the threshold its size gives (acceptanceThreshold, links.ts). The thresholds the model
// has now are not changed by fitting; each moves only for a clearly better one: neighbouring thresholds differ by a
// few links on dev, and following those differences moves every link figure for nothing the data can tell.
const sizes = [documents.length, Math.round(documents.length / small.length)];
const chosen = settings.map((setting, k) => {
  const f1At = (i: number): number => f1Of(setting.totals[i]!);
  let bestAt = 0;
  THRESHOLDS.forEach((_, i) => {
    if (f1At(i) > f1At(bestAt)) bestAt = i;
  });
  const currentAt = THRESHOLDS.indexOf(acceptanceThreshold(sizes[k]!));
  const at = currentAt >= 0 && f1At(bestAt) - f1At(currentAt) <= KEEP_MARGIN ? currentAt : bestAt;
  return { documents: sizes[k]!, threshold: THRESHOLDS[at]!, f1: f1At(at), setting: setting.name };
});
const thresholds = [...chosen].sort((a, b) => a.documents - b.documents);

const { rank, accept, acceptExamples } = fitBoth(new Set());
const threshold = thresholds.map((t) => `${t.threshold} for ${t.documents} articles`).join(', ');
const positives = pairs.filter((e) => e.label).length;
const show = (m: LogisticModel, names: readonly string[]): string => `bias ${m.bias.toFixed(3)}, ${names.map((f, i) => `${f} ${m.weights[i]!.toFixed(3)}`).join(', ')}`;
console.log(`${stories.length} stories, ${documents.length} articles, ${pairs.length} comparable pairs (${positives} linked in the gold), ${acceptExamples} mutual best matches`);
console.log(`rank: ${show(rank, LINK_FEATURES)}`);
console.log(`accept (threshold ${threshold}): ${show(accept, ACCEPT_FEATURES)}`);

if (!dryRun) {
  const file = path.join(import.meta.dirname, '..', 'server', 'src', 'core', 'data', 'linkModel.ts');
  const round = (n: number): number => Number(n.toFixed(4));
  const model = (m: LogisticModel): string => `{ bias: ${round(m.bias)}, weights: [${m.weights.map(round).join(', ')}] }`;
  const source = fs.readFileSync(file, 'utf8').replace(/export const LINK_MODEL: [^=]*= \{[\s\S]*?\n\};/, [
    'export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; thresholds: AcceptanceThreshold[] } = {',
    `  /** Fitted on ${split}: ${stories.length} stories, ${documents.length} articles, ${pairs.length} comparable pairs, ${positives} of them linked. */`,
    `  rank: ${model(rank)},`,
    `  /** Fitted on the ${acceptExamples} mutual best matches under rank. */`,
    `  accept: ${model(accept)},`,
    `  /** ${folds ? `${folds} folds of stories,` : 'Leave-one-story-out'} F1 ${chosen.map((c) => `${c.f1.toFixed(3)} (${c.setting}, at ${c.threshold})`).join(' and ')}: for each, the best among ${THRESHOLDS.join(', ')} or within ${KEEP_MARGIN} of it. */`,
    `  thresholds: [${thresholds.map((t) => `{ documents: ${t.documents}, threshold: ${t.threshold} }`).join(', ')}],`,
    '};',
  ].join('\n'));
  fs.writeFileSync(file, source);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
