import { loadCorpus, matchClaims } from './evalCorpus.ts';
import { WorkspaceIndex } from '../server/src/core/workspaceIndex.ts';
const split = process.argv[2] ?? 'dev';
const corpus = loadCorpus(split);
const byStory = new Map<string, typeof corpus.documents>();
for (const d of corpus.documents) (byStory.get(d.story) ?? byStory.set(d.story, []).get(d.story)!).push(d);
const stories = [...byStory.keys()].sort();
const found = new Set<string>();
const goldOf = new Map<string, string>();
for (let i = 0; i < stories.length; i += 6) {
  const docs = stories.slice(i, i + 6).flatMap((s) => byStory.get(s)!);
  const index = new WorkspaceIndex();
  index.setAll(docs.map((d) => ({ uri: d.path, text: d.text })));
  for (const d of docs) { const claims = index.get(d.path)!.facts.claims; for (const [g, p] of matchClaims(d.claims, claims)) goldOf.set(`${d.path}@${p.start}`, `${d.story}/${g.cid}`); }
  for (const l of index.allLinks()) { const a = goldOf.get(`${l.a.doc}@${l.a.claim.start}`), b = goldOf.get(`${l.b.doc}@${l.b.claim.start}`); if (a && b) found.add([a, b].sort().join(' ')); }
}
const art = (cid: string): string => { const n = Number(cid.slice(1)); return n <= 20 || (n >= 61 && n <= 80) ? 'it' : n <= 40 || (n >= 81 && n <= 100) ? 'ro' : 'en'; };
const partners = new Map<string, Set<string>>();
for (const l of corpus.links) { const a = `${l.story}/${l.a}`, b = `${l.story}/${l.b}`; (partners.get(a) ?? partners.set(a, new Set()).get(a)!).add(b); (partners.get(b) ?? partners.set(b, new Set()).get(b)!).add(a); }
const stat = { multi: [0, 0], single: [0, 0] };
for (const l of corpus.links) {
  const a = `${l.story}/${l.a}`, b = `${l.story}/${l.b}`;
  const multi = [...partners.get(a)!].filter((x) => art(x.split('/')[1]!) === art(l.b)).length > 1 || [...partners.get(b)!].filter((x) => art(x.split('/')[1]!) === art(l.a)).length > 1;
  const k = [a, b].sort().join(' ');
  const s = multi ? stat.multi : stat.single;
  s[1]++; if (found.has(k)) s[0]++;
}
console.log(split, 'multi-partner links found', stat.multi, (stat.multi[0] / stat.multi[1]).toFixed(3), 'single', stat.single, (stat.single[0] / stat.single[1]).toFixed(3));
// missed multi-partner links where a sibling link was found: print the two mentions in one article
const text = new Map<string, string>();
for (const d of corpus.documents) for (const c of d.claims) text.set(`${d.story}/${c.cid}`, `${d.text.slice(c.start, c.end)} [${c.low}-${c.high} ${c.qualifier} ${c.concept}]`);
let n = 0; const out: string[] = [];
for (const l of corpus.links) {
  const a = `${l.story}/${l.a}`, b = `${l.story}/${l.b}`;
  if (found.has([a, b].sort().join(' '))) continue;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const y2 of partners.get(x)!) {
      if (y2 === y || art(y2.split('/')[1]!) !== art(y.split('/')[1]!)) continue;
      if (found.has([x, y2].sort().join(' '))) { n++; out.push(`${l.story}\t${text.get(x)}\t~ found ${text.get(y2)}\t missed ${text.get(y)}`); }
    }
  }
}
console.log('missed with a sibling found', n);
console.log(out.slice(0, 400).join('\n'));
