/**
 * Measures the candidate language detectors (tinyld, eld, franc-min) on short news paragraphs:
 * Romanian from RONEC, Italian from KIND, and the three languages from the evaluation corpus, each restricted
 * to it/ro/en. Prints accuracy per source and length bucket and the time per call.
 * Usage: node --import tsx scripts/compareLanguageDetectors.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tinyld from 'tinyld';
import { eld } from 'eld/small';
import { franc } from 'franc-min';
import { loadCorpus } from './evalCorpus.ts';

const DATA = path.join(import.meta.dirname, '..', '..', 'shared', 'data', 'ner');

interface Sample { lang: string; text: string; source: string }

function chunks(sentences: string[], lang: string, source: string, per: number): Sample[] {
  const out: Sample[] = [];
  for (let i = 0; i + per <= sentences.length; i += per) out.push({ lang, source, text: sentences.slice(i, i + per).join(' ') });
  return out;
}

function ronecSentences(): string[] {
  const rows = JSON.parse(fs.readFileSync(path.join(DATA, 'ronec-valid.json'), 'utf8')) as { tokens: string[]; space_after: boolean[] }[];
  return rows.map((r) => r.tokens.map((t, i) => t + (r.space_after[i] ? ' ' : '')).join('').trim());
}

function kindSentences(): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of fs.readFileSync(path.join(DATA, 'kind-wikinews-dev.tsv'), 'utf8').split('\n')) {
    if (!line.trim()) { if (cur.length) out.push(cur.join(' ').replace(/' /g, "'")); cur = []; continue; }
    cur.push(line.split('\t')[0]!);
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}

function corpusParagraphs(): Sample[] {
  const out: Sample[] = [];
  for (const split of ['dev', 'test']) {
    for (const d of loadCorpus(split).documents) {
      for (const p of d.text.split(/\n\s*\n/)) if (p.trim().length >= 20) out.push({ lang: d.language, source: `corpus-${d.language}`, text: p.trim() });
    }
  }
  return out;
}

const ONLY = ['it', 'ro', 'en'];
const ISO3: Record<string, string> = { ita: 'it', ron: 'ro', eng: 'en' };
eld.setLanguageSubset(ONLY);

const detectors: Record<string, (t: string) => string> = {
  tinyld: (t) => tinyld.detect(t, { only: ONLY }),
  eld: (t) => eld.detect(t).language,
  'franc-min': (t) => ISO3[franc(t, { only: Object.keys(ISO3), minLength: 1 })] ?? '',
};

const samples: Sample[] = [
  ...chunks(ronecSentences(), 'ro', 'ronec-1sent', 1),
  ...chunks(ronecSentences(), 'ro', 'ronec-3sent', 3),
  ...chunks(kindSentences(), 'it', 'kind-1sent', 1),
  ...chunks(kindSentences(), 'it', 'kind-3sent', 3),
  ...corpusParagraphs(),
];

const sources = [...new Set(samples.map((s) => s.source))];
console.log(['detector', ...sources, 'short(<60ch)', 'all', 'µs/call'].join('\t'));
for (const [name, detect] of Object.entries(detectors)) {
  const row = [name];
  const t0 = performance.now();
  const hits = samples.map((s) => detect(s.text) === s.lang);
  const micros = ((performance.now() - t0) * 1000) / samples.length;
  const acc = (pred: (s: Sample) => boolean): string => {
    const idx = samples.map((s, i) => [s, i] as const).filter(([s]) => pred(s));
    return idx.length ? (idx.filter(([, i]) => hits[i]).length / idx.length).toFixed(3) + ` (n=${idx.length})` : '-';
  };
  for (const src of sources) row.push(acc((s) => s.source === src));
  row.push(acc((s) => s.text.length < 60), acc(() => true), micros.toFixed(0));
  console.log(row.join('\t'));
}
