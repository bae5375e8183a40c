/**
 * `npm run eval`: precision, recall and F1 of the analysis.
 *  1. The annotated corpus (test/eval/corpus: dev, and the held-out test, test2, test3 and test4): entities (exact span and type),
 *     cross-document entity identity, claims (span overlap) and their values, claim links and their relation,
 *     against three baselines: capitalised words, compromise (English), and "figures within 20%" links.
 *  2. News NER test sets in ../shared/data: RONEC validation (ro) and KIND Wikinews dev (it), exact span.
 *  3. Duckling numerals (it, ro): the value of each expression parsed alone.
 * Options: --split dev|test|test2|test3|test4|<new set> (default the five), --errors (print the mismatches of every split
 * but the held-out ones, with the acceptance model's largest terms for each link it turned down), --json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import { analyzeDocument } from '../server/src/core/analyze.ts';
import { parseNumber } from '../server/src/core/numbers.ts';
import { tokenize } from '../server/src/core/tokens.ts';
import { SAME_STORY, acceptance, acceptanceThreshold, comparable, mutualMatch, restates, type LinkableClaim } from '../server/src/core/links.ts';
import { ACCEPT_FEATURES, LINK_MODEL } from '../server/src/core/data/linkModel.ts';
import { WorkspaceIndex } from '../server/src/core/workspaceIndex.ts';
import type { Language, Mention } from '../server/src/core/types.ts';
import { claimKey, goldLinkKey, loadCorpus, matchClaims, pairKey, type GoldClaim, type GoldCorpus, type GoldEntity } from './evalCorpus.ts';

const SHARED = path.join(import.meta.dirname, '..', '..', 'shared', 'data');
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const asJson = args.includes('--json');
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
/** The held-out splits: their errors are never printed, only their figures. */
const HELD_OUT = /^test\d*$/;
/** Whether --errors prints the mismatches of a split: dev, or a new set scored on arrival before it joins dev. */
const errorsOf = (split: string): boolean => showErrors && !HELD_OUT.test(split);

interface Score { tp: number; fp: number; fn: number }
const score = (): Score => ({ tp: 0, fp: 0, fn: 0 });
const prf = (s: Score): { p: number; r: number; f1: number } => {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (s: Score): string => {
  const { p, r, f1 } = prf(s);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
};
const results: Record<string, number> = {};
function report(name: string, s: Score): void {
  console.log(`  ${name.padEnd(38)} ${fmt(s)}`);
  results[name] = Number(prf(s).f1.toFixed(4));
}

type Span = { start: number; end: number; type?: string };
const spanKey = (s: Span, typed: boolean): string => `${s.start}:${s.end}${typed ? ':' + s.type : ''}`;

function spanScore(gold: readonly Span[], pred: readonly Span[], typed: boolean, into: Score): void {
  const g = new Set(gold.map((s) => spanKey(s, typed)));
  const p = new Set(pred.map((s) => spanKey(s, typed)));
  for (const k of p) if (g.has(k)) into.tp++; else into.fp++;
  for (const k of g) if (!p.has(k)) into.fn++;
}

/** Capitalised-word baseline: maximal runs of capitalised words that do not start a sentence. */
function capitalisedBaseline(text: string): Span[] {
  const out: Span[] = [];
  let run: Span | null = null;
  for (const t of tokenize(text)) {
    if (t.capitalised && !t.sentenceInitial && (!run || /^\s*$/.test(text.slice(run.end, t.start)))) {
      if (run) run.end = t.end;
      else run = { start: t.start, end: t.end };
      continue;
    }
    if (run) out.push(run);
    run = t.capitalised && !t.sentenceInitial ? { start: t.start, end: t.end } : null;
  }
  if (run) out.push(run);
  return out;
}

/** compromise's people, places and organizations, with spans found in the text. */
function compromiseEntities(text: string): Span[] {
  const out: Span[] = [];
  const doc = nlp(text);
  const add = (terms: { text: string; offset: { start: number; length: number } }[], type: string): void => {
    for (const t of terms) {
      const raw = text.slice(t.offset.start, t.offset.start + t.offset.length);
      const trimmed = raw.replace(/[\s.,;:!?"'’)]+$/u, '').replace(/^[\s"'“(]+/u, '');
      const start = t.offset.start + raw.indexOf(trimmed);
      out.push({ start, end: start + trimmed.length, type });
    }
  };
  const json = (v: unknown): { text: string; offset: { start: number; length: number } }[] =>
    (v as { json: (o: object) => { text: string; offset: { start: number; length: number } }[] }).json({ offset: true });
  add(json(doc.people()), 'person');
  add(json(doc.places()), 'place');
  add(json(doc.organizations()), 'organization');
  return out;
}


const sameValue = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

function evalCorpus(corpus: GoldCorpus): void {
  const docs = corpus.documents;
  if (docs.length === 0) {
    console.log(`\n== corpus ${corpus.split}: no articles`);
    return;
  }
  const t0 = performance.now();
  const index = new WorkspaceIndex();
  index.setAll(docs.map((d) => ({ uri: d.path, text: d.text })));
  const ms = performance.now() - t0;
  const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  console.log(`\n== corpus ${corpus.split}: ${docs.length} articles, ${words} words (indexed in ${ms.toFixed(0)} ms)`);

  const ent = score(), entUntyped = score(), entCore = score(), base = score(), comp = score(), compOurs = score();
  const perType: Record<string, Score> = {};
  const claims = score(), claimsExact = score();
  let valueRight = 0, qualifierRight = 0, matchedClaims = 0;
  const goldToPred = new Map<string, { doc: string; start: number }>();
  const predToGold = new Map<string, string>();
  const goldClaimsByCid = new Map<string, GoldClaim & { doc: string }>();
  const idPairs = score();
  const mentionIds: { doc: string; gold: string; pred: string }[] = [];

  for (const d of docs) {
    const facts = index.get(d.path)!.facts;
    const pred = facts.entities;
    spanScore(d.entities, pred, true, ent);
    spanScore(d.entities, pred, false, entUntyped);
    const core = (s: { type?: string }): boolean => s.type === 'person' || s.type === 'place' || s.type === 'organization';
    spanScore(d.entities.filter(core), pred.filter(core), true, entCore);
    for (const t of ['person', 'place', 'organization', 'event', 'date']) {
      spanScore(d.entities.filter((e) => e.type === t), pred.filter((e) => e.type === t), false, (perType[t] ??= score()));
    }
    spanScore(d.entities.filter((e) => e.type !== 'date'), capitalisedBaseline(d.text), false, base);
    if (d.language === 'en') {
      spanScore(d.entities.filter(core), compromiseEntities(d.text), true, comp);
      spanScore(d.entities.filter(core), pred.filter(core), true, compOurs);
    }
    const predByKey = new Map(pred.map((m) => [spanKey(m, false), m]));
    for (const g of d.entities) {
      const m = predByKey.get(spanKey(g, false));
      if (m) mentionIds.push({ doc: d.path, gold: g.id, pred: m.id });
    }
    if (errorsOf(corpus.split)) entityErrors(d.path, d.entities, pred);

    const matched = matchClaims(d.claims, facts.claims);
    claims.tp += matched.size;
    claims.fn += d.claims.length - matched.size;
    claims.fp += facts.claims.length - matched.size;
    spanScore(d.claims, facts.claims, false, claimsExact);
    for (const [g, p] of matched) {
      matchedClaims++;
      if (sameValue(g.low, p.low) && sameValue(g.high, p.high)) valueRight++;
      else if (errorsOf(corpus.split)) console.log(`    value ${d.path} "${g.text}": gold ${g.low}-${g.high}, got ${p.low}-${p.high} "${p.text}"`);
      if (g.qualifier === p.qualifier) qualifierRight++;
      goldToPred.set(claimKey(g.cid, d.story), { doc: d.path, start: p.start });
      predToGold.set(`${d.path}@${p.start}`, claimKey(g.cid, d.story));
    }
    if (errorsOf(corpus.split)) {
      for (const g of d.claims) if (!matched.has(g)) console.log(`    claim missed ${d.path} "${g.text}"`);
      const hit = new Set(matched.values());
      for (const p of facts.claims) if (!hit.has(p)) console.log(`    claim spurious ${d.path} "${p.text}"`);
    }
    for (const c of d.claims) goldClaimsByCid.set(claimKey(c.cid, d.story), { ...c, doc: d.path });
  }
  // Cross-document identity: pairs of matched mentions in different documents, same gold id vs same predicted id.
  for (let i = 0; i < mentionIds.length; i++) {
    for (let j = i + 1; j < mentionIds.length; j++) {
      const a = mentionIds[i]!, b = mentionIds[j]!;
      if (a.doc === b.doc) continue;
      const g = a.gold === b.gold, p = a.pred === b.pred;
      if (g && p) idPairs.tp++; else if (p) idPairs.fp++; else if (g) idPairs.fn++;
    }
  }

  console.log(' entities');
  report(`${corpus.split} entities (span+type)`, ent);
  report(`${corpus.split} entities (span only)`, entUntyped);
  report(`${corpus.split} entities PER+place+ORG`, entCore);
  for (const [t, s] of Object.entries(perType)) report(`${corpus.split}   ${t} (span)`, s);
  report(`${corpus.split} baseline capitalised words (span, no dates)`, base);
  if (comp.tp + comp.fn) {
    report(`${corpus.split} en: compromise PER+place+ORG`, comp);
    report(`${corpus.split} en: ours PER+place+ORG`, compOurs);
  }
  report(`${corpus.split} cross-document entity identity (pairs)`, idPairs);

  console.log(' claims');
  report(`${corpus.split} claims (span overlap)`, claims);
  report(`${corpus.split} claims (exact span)`, claimsExact);
  const va = matchedClaims ? valueRight / matchedClaims : 0;
  console.log(`  ${(corpus.split + ' claim value right').padEnd(38)} ${va.toFixed(3)} (${valueRight}/${matchedClaims});  qualifier right ${(qualifierRight / Math.max(1, matchedClaims)).toFixed(3)}`);
  results[`${corpus.split} claim value accuracy`] = Number(va.toFixed(4));

  // Links: predicted links translated to gold claim ids.
  const gold = new Map(corpus.links.map((l) => [goldLinkKey(l), l.relation]));
  const links = score();
  let relRight = 0, relChecked = 0;
  const foundBy = { agrees: 0, conflicts: 0 };
  // False links, by what the gold says of their two figures: a figure no gold claim is; the figures of two stories;
  // one of them linked in the gold to another figure of the other's article; or neither linked to that article.
  const falseBy = { 'figure not in gold': 0, 'across stories': 0, 'another figure in gold': 0, 'not linked in gold': 0 };
  const storyOfDoc = new Map(docs.map((d) => [d.path, d.story]));
  const goldPartnerDocs = new Map<string, Set<string>>();
  for (const l of corpus.links) {
    const [x, y] = [claimKey(l.a, l.story), claimKey(l.b, l.story)];
    for (const [from, to] of [[x, y], [y, x]] as const) {
      const partners = goldPartnerDocs.get(from) ?? new Set<string>();
      goldPartnerDocs.set(from, partners);
      partners.add(goldClaimsByCid.get(to)!.doc);
    }
  }
  const whyFalse = (a: string | undefined, b: string | undefined, docA: string, docB: string): keyof typeof falseBy => {
    if (!a || !b) return 'figure not in gold';
    if (storyOfDoc.get(docA) !== storyOfDoc.get(docB)) return 'across stories';
    return goldPartnerDocs.get(a)?.has(docB) || goldPartnerDocs.get(b)?.has(docA) ? 'another figure in gold' : 'not linked in gold';
  };
  for (const l of index.allLinks()) {
    const a = predToGold.get(`${l.a.doc}@${l.a.claim.start}`);
    const b = predToGold.get(`${l.b.doc}@${l.b.claim.start}`);
    const key = a && b ? pairKey(a, b) : undefined;
    const rel = key ? gold.get(key) : undefined;
    if (rel) {
      links.tp++;
      foundBy[rel]++;
      relChecked++;
      if (rel === l.relation) relRight++;
      else if (errorsOf(corpus.split)) console.log(`    relation ${key}: gold ${rel}, got ${l.relation} ("${l.a.claim.text}" / "${l.b.claim.text}")`);
    } else {
      links.fp++;
      const why = whyFalse(a, b, l.a.doc, l.b.doc);
      falseBy[why]++;
      if (errorsOf(corpus.split)) console.log(`    link spurious (${why}) ${l.a.doc} ${described(l.a)} ~ ${l.b.doc} ${described(l.b)}`);
    }
  }
  links.fn = gold.size - links.tp;
  // Links to a quantity stated twice or more in the other article ("14 morti" in the headline and "14 vittime" in
  // the body, both linked to "14 deaths"), found apart from the others: each statement is a link of its own.
  const foundKeys = new Set<string>();
  for (const l of index.allLinks()) {
    const a = predToGold.get(`${l.a.doc}@${l.a.claim.start}`), b = predToGold.get(`${l.b.doc}@${l.b.claim.start}`);
    if (a && b) foundKeys.add(pairKey(a, b));
  }
  const partnersIn = new Map<string, number>();
  for (const [k] of gold) {
    const [a, b] = k.split(' ') as [string, string];
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const key = `${x} ${goldClaimsByCid.get(y)!.doc}`;
      partnersIn.set(key, (partnersIn.get(key) ?? 0) + 1);
    }
  }
  const restated = { found: 0, all: 0 }, single = { found: 0, all: 0 };
  for (const [k] of gold) {
    const [a, b] = k.split(' ') as [string, string];
    const many = partnersIn.get(`${a} ${goldClaimsByCid.get(b)!.doc}`)! > 1 || partnersIn.get(`${b} ${goldClaimsByCid.get(a)!.doc}`)! > 1;
    const tally = many ? restated : single;
    tally.all++;
    if (foundKeys.has(k)) tally.found++;
  }
  if (errorsOf(corpus.split)) {
    for (const [k] of gold) {
      if (foundKeys.has(k)) continue;
      const [a, b] = k.split(' ').map((c) => goldClaimsByCid.get(c)!);
      const pa = goldToPred.get(k.split(' ')[0]!), pb = goldToPred.get(k.split(' ')[1]!);
      const concept = (p?: { doc: string; start: number }): string => (p ? String(index.get(p.doc)!.facts.claims.find((c) => c.start === p.start)?.concept) : 'unmatched');
      console.log(`    link missed ${a!.doc} "${a!.text}" [${concept(pa)}] ~ ${b!.doc} "${b!.text}" [${concept(pb)}]`);
    }
  }
  // Baseline: any two figures in different documents within 20% of each other; and the same, told which
  // articles belong to one story (as if it had our story gate for free).
  const near = score();
  const nearInStory = score();
  const all = docs.flatMap((d) => d.claims.map((c) => ({ ...c, doc: d.path, story: d.story })));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!, b = all[j]!;
      if (a.doc === b.doc) continue;
      const va2 = (a.low + a.high) / 2, vb = (b.low + b.high) / 2;
      const close = Math.abs(va2 - vb) <= 0.2 * Math.max(Math.abs(va2), Math.abs(vb));
      const isGold = a.story === b.story && gold.has(pairKey(claimKey(a.cid, a.story), claimKey(b.cid, b.story)));
      if (close && isGold) near.tp++; else if (close) near.fp++; else if (isGold) near.fn++;
      if (a.story === b.story) {
        if (close && isGold) nearInStory.tp++; else if (close) nearInStory.fp++; else if (isGold) nearInStory.fn++;
      } else if (isGold) nearInStory.fn++;
    }
  }
  console.log(' links');
  report(`${corpus.split} claim links`, links);
  report(`${corpus.split} baseline links within 20%`, near);
  report(`${corpus.split} baseline within 20%, same story`, nearInStory);
  const ra = relChecked ? relRight / relChecked : 0;
  console.log(`  ${(corpus.split + ' link relation right').padEnd(38)} ${ra.toFixed(3)} (${relRight}/${relChecked})`);
  const goldBy = (r: string): number => [...gold.values()].filter((v) => v === r).length;
  console.log(`  ${(corpus.split + ' links found, by gold relation').padEnd(38)} agrees ${foundBy.agrees}/${goldBy('agrees')}, conflicts ${foundBy.conflicts}/${goldBy('conflicts')}`);
  console.log(`  ${(corpus.split + ' links found, by statements').padEnd(38)} to a figure stated more than once in the other article ${restated.found}/${restated.all}, to one stated once ${single.found}/${single.all}`);
  console.log(`  ${(corpus.split + ' false links, by what gold says').padEnd(38)} ${Object.entries(falseBy).map(([why, n]) => `${why} ${n}`).join(', ')}`);
  const lost = whereLost(corpus.split, index, [...gold.keys()].filter((k) => !foundKeys.has(k)), goldToPred);
  console.log(`  ${(corpus.split + ' links missed, by where lost').padEnd(38)} ${Object.entries(lost).map(([why, n]) => `${why} ${n}`).join(', ')}`);
  results[`${corpus.split} link relation accuracy`] = Number(ra.toFixed(4));
  const moved = namedOtherwiseAlone(index, docs);
  console.log(`  ${(corpus.split + ' named otherwise alone').padEnd(38)} ${moved.length} of ${docs.length} articles name other entities when analysed again after the workspace${moved.length ? ` (${moved.slice(0, 3).join(', ')}${moved.length > 3 ? ', ...' : ''})` : ''}`);
}

/**
 * Where the gold links the index did not find were lost, counted: a claim not found; the two claims not comparable
 * (kind, unit, concept, years, kinds of event or story: `comparable`), and of those, the pairs whose articles share
 * too few entities to be one story (SAME_STORY); comparable, but one of them matched better
 * with another figure of the other article (`mutualMatch`); a mutual match the acceptance model turned down; or
 * found only from the other article's side (the eval reads links from the article whose path sorts first).
 */
function whereLost(split: string, index: WorkspaceIndex, missed: readonly string[], goldToPred: ReadonlyMap<string, { doc: string; start: number }>): Record<string, number> {
  const counts = { 'claim not found': 0, 'not comparable': 0, 'of those, articles apart by entities': 0, 'another figure matched': 0, 'below threshold': 0, 'other side only': 0 };
  const claimAt = (p: { doc: string; start: number } | undefined): LinkableClaim | undefined =>
    p && index.comparison(p.doc).claims.find((c) => c.claim.start === p.start);
  for (const k of missed) {
    const [ga, gb] = k.split(' ') as [string, string];
    let a = claimAt(goldToPred.get(ga));
    let b = claimAt(goldToPred.get(gb));
    if (!a || !b) {
      counts['claim not found']++;
      continue;
    }
    if (b.doc < a.doc) [a, b] = [b, a];
    const { weight, similarity } = index.comparison(a.doc);
    if (comparable(a, b, similarity) === 0) {
      counts['not comparable']++;
      if (similarity(a, b) < SAME_STORY) counts['of those, articles apart by entities']++;
      if (errorsOf(split)) console.log(`    link not comparable ${a.doc} ${described(a)} ~ ${b.doc} ${described(b)}, story ${similarity(a, b).toFixed(2)}`);
      continue;
    }
    const others = index.comparison(b.doc).claims;
    const match = mutualMatch(a, others, (doc) => index.comparison(doc).claims, weight, similarity);
    // The link also comes through a restatement of either claim (linksOf): a match to one of those counts.
    const through = match && (match.b === b || restates(match.b.claim, b.claim));
    if (!match || !through) {
      counts['another figure matched']++;
      if (errorsOf(split)) console.log(`    link lost to another figure ${a.doc} ${described(a)} ~ ${b.doc} ${described(b)}: ${match ? `matched ${described(match.b)}` : 'no mutual match'}`);
    } else if (acceptance(match) < acceptanceThreshold(index.uris.length)) {
      counts['below threshold']++;
      if (errorsOf(split)) console.log(`    link below threshold ${acceptance(match).toFixed(3)} ${a.doc} "${a.claim.text}" ~ ${match.b.doc} "${match.b.claim.text}": ${contributions(match.features)}`);
    } else counts['other side only']++;
  }
  return counts;
}

/** A claim as the link code sees it: text, kind, unit and concept. */
const described = (c: LinkableClaim): string => `"${c.claim.text}" [${c.claim.kind} ${c.claim.unit ?? '-'} ${c.claim.concept ?? '-'}]`;

/** The acceptance model's largest terms for a match (feature=value, weight times value), largest first. */
function contributions(features: readonly number[]): string {
  return features
    .map((v, i) => ({ name: ACCEPT_FEATURES[i]!, v, term: v * LINK_MODEL.accept.weights[i]! }))
    .filter((x) => Math.abs(x.term) >= 0.15)
    .sort((x, y) => Math.abs(y.term) - Math.abs(x.term))
    .map((x) => `${x.name}=${x.v.toFixed(2)} (${x.term >= 0 ? '+' : ''}${x.term.toFixed(2)})`)
    .join(' ');
}

/**
 * The documents whose entities differ when each is set again alone, in turn, after the workspace was indexed
 * together: an editor sees these change at the first edit. What a document names should not depend on the order
 * documents are read in.
 */
function namedOtherwiseAlone(index: WorkspaceIndex, docs: readonly { path: string; text: string }[]): string[] {
  const named = (uri: string): string => index.get(uri)!.facts.entities.map((m) => `${m.start}:${m.end}:${m.type}:${m.id}`).join(' ');
  const moved: string[] = [];
  for (const d of docs) {
    const before = named(d.path);
    index.set(d.path, d.text);
    if (named(d.path) !== before) moved.push(d.path);
  }
  return moved;
}

function entityErrors(doc: string, gold: readonly GoldEntity[], pred: readonly Mention[]): void {
  const p = new Map(pred.map((m) => [spanKey(m, false), m]));
  const g = new Map(gold.map((m) => [spanKey(m, false), m]));
  for (const [k, e] of g) {
    const m = p.get(k);
    if (!m) console.log(`    entity missed ${doc} "${e.text}" ${e.type}`);
    else if (m.type !== e.type) console.log(`    entity type ${doc} "${e.text}" gold ${e.type}, got ${m.type}`);
  }
  for (const [k, m] of p) if (!g.has(k)) console.log(`    entity spurious ${doc} "${m.text}" ${m.type} ${m.id}`);
}

// ---- NER test sets ----

interface NerSentence { text: string; spans: Span[] }

function bioSpans(tokens: readonly string[], tags: readonly string[], spaceAfter: (i: number) => boolean, map: (t: string) => string | null): NerSentence {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  tokens.forEach((t, i) => {
    starts.push(text.length);
    text += t;
    ends.push(text.length);
    if (spaceAfter(i) && i < tokens.length - 1) text += ' ';
  });
  const spans: Span[] = [];
  let cur: Span | null = null;
  tags.forEach((tag, i) => {
    const [bio, raw] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    const type = raw ? map(raw) : null;
    if (bio === 'I' && cur && type === cur.type) {
      cur.end = ends[i]!;
      return;
    }
    if (cur) spans.push(cur);
    cur = bio !== 'O' && type ? { start: starts[i]!, end: ends[i]!, type } : null;
  });
  if (cur) spans.push(cur);
  return { text, spans };
}

function ronec(): NerSentence[] {
  const rows = JSON.parse(fs.readFileSync(path.join(SHARED, 'ner', 'ronec-valid.json'), 'utf8')) as { tokens: string[]; ner_tags: string[]; space_after: boolean[] }[];
  const map = (t: string): string | null => (t === 'PERSON' ? 'person' : t === 'GPE' || t === 'LOC' ? 'place' : t === 'ORG' ? 'organization' : null);
  return rows.map((r) => bioSpans(r.tokens, r.ner_tags, (i) => r.space_after[i]!, map));
}

function kind(): NerSentence[] {
  const out: NerSentence[] = [];
  let toks: string[] = [], tags: string[] = [];
  const map = (t: string): string | null => (t === 'PER' ? 'person' : t === 'LOC' ? 'place' : t === 'ORG' ? 'organization' : null);
  const flush = (): void => {
    if (toks.length) out.push(bioSpans(toks, tags, (i) => !/['’]$/.test(toks[i]!), map));
    toks = [];
    tags = [];
  };
  for (const line of fs.readFileSync(path.join(SHARED, 'ner', 'kind-wikinews-dev.tsv'), 'utf8').split('\n')) {
    if (!line.trim()) { flush(); continue; }
    const [tok, tag] = line.split('\t');
    toks.push(tok!);
    tags.push((tag ?? 'O').trim());
  }
  flush();
  return out;
}

const pooledNer = score();

function evalNer(name: string, sentences: readonly NerSentence[], language: Language, namesOnly = false): void {
  const all = score();
  const perType: Record<string, Score> = {};
  const t0 = performance.now();
  for (const s of sentences) {
    const pred = analyzeDocument(s.text, { language }).entities.filter((m) => m.type === 'person' || m.type === 'place' || m.type === 'organization');
    if (namesOnly) {
      // Gold spans that start with a lowercase word (RONEC's "jucători", "ea") are out of scope; so are
      // predictions overlapping them.
      const lower = s.spans.filter((g) => !/^\p{Lu}/u.test(s.text.slice(g.start, g.end)));
      const kept = pred.filter((p) => !lower.some((g) => g.start < p.end && p.start < g.end));
      spanScore(s.spans.filter((g) => !lower.includes(g)), kept, true, all);
      continue;
    }
    spanScore(s.spans, pred, true, all);
    for (const t of ['person', 'place', 'organization']) spanScore(s.spans.filter((x) => x.type === t), pred.filter((x) => x.type === t), true, (perType[t] ??= score()));
  }
  console.log(`\n== ${name}: ${sentences.length} sentences (${(performance.now() - t0).toFixed(0)} ms)`);
  report(`${name} PER+place+ORG (exact span+type)`, all);
  if (namesOnly) return;
  pooledNer.tp += all.tp;
  pooledNer.fp += all.fp;
  pooledNer.fn += all.fn;
  for (const [t, s] of Object.entries(perType)) report(`${name}   ${t}`, s);
}

function evalDuckling(language: 'it' | 'ro'): void {
  const rows = JSON.parse(fs.readFileSync(path.join(SHARED, 'numbers', `duckling-numeral-${language}.json`), 'utf8')) as { value: number; texts: string[] }[];
  let right = 0, total = 0;
  const wrong: string[] = [];
  for (const r of rows) {
    for (const t of r.texts) {
      total++;
      const v = parseNumber(t, language);
      if (v !== null && sameValue(v, r.value)) right++;
      else wrong.push(`${t}=${v}`);
    }
  }
  console.log(`  duckling numerals ${language}: ${(right / total).toFixed(3)} (${right}/${total})${wrong.length ? '  wrong: ' + wrong.slice(0, 12).join(', ') : ''}`);
  results[`duckling ${language} accuracy`] = Number((right / total).toFixed(4));
}

for (const split of splitArg ? [splitArg] : ['dev', 'test', 'test2', 'test3', 'test4']) evalCorpus(loadCorpus(split));
if (!splitArg) {
  evalNer('RONEC valid (ro)', ronec(), 'ro');
  evalNer('KIND Wikinews dev (it)', kind(), 'it');
  console.log('\n== news NER, both sets together');
  report('RONEC + KIND PER+place+ORG (exact span+type)', pooledNer);
  evalNer('RONEC valid (ro), capitalised gold spans only', ronec(), 'ro', true);
  console.log('\n== numbers');
  evalDuckling('it');
  evalDuckling('ro');
}
if (asJson) console.log(JSON.stringify(results));
