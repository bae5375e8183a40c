/**
 * Reads the annotated evaluation corpus (test/eval/corpus, see test/eval/GUIDELINES.md): strips the inline
 * markup and returns plain texts with gold entity spans, claims and claim links.
 * Run with `--check` to validate every file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CORPUS_ROOT = path.join(import.meta.dirname, '..', 'test', 'eval', 'corpus');

const ENTITY_TYPES = new Set(['person', 'place', 'organization', 'event', 'date']);
const QUALIFIERS = new Set(['exact', 'approximately', 'at-least', 'more-than', 'at-most', 'less-than']);

export interface GoldEntity { start: number; end: number; text: string; type: string; id: string }
export interface GoldClaim {
  start: number; end: number; text: string; low: number; high: number;
  qualifier: string; concept: string | null; cid: string;
}
export interface GoldDocument {
  /** `<story>/<file>.txt`, the path the system sees. */
  path: string;
  story: string;
  language: string;
  text: string;
  entities: GoldEntity[];
  claims: GoldClaim[];
}
export interface GoldLink { story: string; a: string; b: string; relation: 'agrees' | 'conflicts' }
export interface GoldCorpus { split: string; documents: GoldDocument[]; links: GoldLink[] }

/** A gold claim across the corpus: its id within its story, and the story ("c12@ancona-fishing-fleet-fuel-costs"). */
export const claimKey = (cid: string, story: string): string => `${cid}@${story}`;
/** A pair of claims either way round, as links are listed once in either order. */
export const pairKey = (a: string, b: string): string => [a, b].sort().join(' ');
/** The pair a gold link joins. */
export const goldLinkKey = (l: GoldLink): string => pairKey(claimKey(l.a, l.story), claimKey(l.b, l.story));

const MARKUP = /\[\[([^\]|]+)\|([^\]|]+)\|([^\]|]+)\]\]|\{\{([^}|]+)\|([^}|]+)\|([^}|]+)\|([^}|]+)\|([^}|]+)\|([^}|]+)\}\}/g;

export function parseAnnotated(source: string, where: string): Omit<GoldDocument, 'path' | 'story' | 'language'> {
  const entities: GoldEntity[] = [];
  const claims: GoldClaim[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(MARKUP)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    const start = text.length;
    if (m[1] !== undefined) {
      const [surface, type, id] = [m[1], m[2]!.trim(), m[3]!.trim()];
      if (!ENTITY_TYPES.has(type)) throw new Error(`${where}: unknown entity type '${type}' in ${m[0]}`);
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`${where}: bad entity id '${id}' in ${m[0]}`);
      text += surface;
      entities.push({ start, end: text.length, text: surface, type, id });
    } else {
      const [surface, lowS, highS, qualifier, concept, cid] = [m[4]!, m[5]!, m[6]!, m[7]!.trim(), m[8]!.trim(), m[9]!.trim()];
      const low = Number(lowS);
      const high = Number(highS);
      if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) {
        throw new Error(`${where}: bad value ${lowS}..${highS} in ${m[0]}`);
      }
      if (!QUALIFIERS.has(qualifier)) throw new Error(`${where}: unknown qualifier '${qualifier}' in ${m[0]}`);
      if (!/^c\d+$/.test(cid)) throw new Error(`${where}: bad claim id '${cid}' in ${m[0]}`);
      text += surface;
      claims.push({ start, end: text.length, text: surface, low, high, qualifier, concept: concept === '-' ? null : concept, cid });
    }
  }
  text += source.slice(last);
  const stray = /\[\[|\]\]|\{\{|\}\}/.exec(text);
  if (stray) {
    const line = text.slice(0, stray.index).split('\n').length;
    throw new Error(`${where}:${line}: unbalanced or malformed markup near '${text.slice(stray.index, stray.index + 40)}'`);
  }
  return { text, entities, claims };
}

/** One-to-one matching of predicted claims to gold claims by span overlap. */
export function matchClaims<T extends { start: number; end: number }>(gold: readonly GoldClaim[], pred: readonly T[]): Map<GoldClaim, T> {
  const pairs = new Map<GoldClaim, T>();
  const used = new Set<T>();
  for (const g of gold) {
    const hit = pred.find((p) => !used.has(p) && p.start < g.end && g.start < p.end);
    if (hit) {
      pairs.set(g, hit);
      used.add(hit);
    }
  }
  return pairs;
}

export function loadCorpus(split: string): GoldCorpus {
  const root = path.join(CORPUS_ROOT, split);
  const documents: GoldDocument[] = [];
  const links: GoldLink[] = [];
  if (!fs.existsSync(root)) return { split, documents, links };
  for (const story of fs.readdirSync(root).sort()) {
    const dir = path.join(root, story);
    if (!fs.statSync(dir).isDirectory()) continue;
    const owner = new Map<string, string>();
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith('.ann')) continue;
      const where = path.join(split, story, file);
      const language = file.slice(0, 2);
      if (!['it', 'ro', 'en'].includes(language)) throw new Error(`${where}: file name must start with it-, ro- or en-`);
      const parsed = parseAnnotated(fs.readFileSync(path.join(dir, file), 'utf8'), where);
      const docPath = `${story}/${file.replace(/\.ann$/, '.txt')}`;
      for (const c of parsed.claims) {
        if (owner.has(c.cid)) throw new Error(`${where}: claim id ${c.cid} also used in ${owner.get(c.cid)}`);
        owner.set(c.cid, docPath);
      }
      documents.push({ path: docPath, story, language, ...parsed });
    }
    const linksFile = path.join(dir, 'links.tsv');
    if (!fs.existsSync(linksFile)) continue;
    const seen = new Set<string>();
    fs.readFileSync(linksFile, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const [a, b, relation] = line.trim().split(/\s+/);
      const where = `${path.join(split, story, 'links.tsv')}:${i + 1}`;
      if (!a || !b || (relation !== 'agrees' && relation !== 'conflicts')) throw new Error(`${where}: expected 'cA<TAB>cB<TAB>agrees|conflicts'`);
      if (!owner.has(a) || !owner.has(b)) throw new Error(`${where}: unknown claim id ${owner.has(a) ? b : a}`);
      if (owner.get(a) === owner.get(b)) throw new Error(`${where}: ${a} and ${b} are in the same article`);
      const key = pairKey(a, b);
      if (seen.has(key)) throw new Error(`${where}: pair listed twice`);
      seen.add(key);
      links.push({ story, a, b, relation });
    });
  }
  return { split, documents, links };
}

if (process.argv[1] === import.meta.filename && process.argv.includes('--check')) {
  let failed = false;
  for (const split of fs.readdirSync(CORPUS_ROOT).sort()) {
    try {
      const c = loadCorpus(split);
      const words = c.documents.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
      const ents = c.documents.reduce((n, d) => n + d.entities.length, 0);
      const claims = c.documents.reduce((n, d) => n + d.claims.length, 0);
      const agree = c.links.filter((l) => l.relation === 'agrees').length;
      console.log(`${split}: ${c.documents.length} articles, ${words} words, ${ents} entities, ${claims} claims, ` +
        `${c.links.length} links (${agree} agree, ${c.links.length - agree} conflict)`);
    } catch (e) {
      failed = true;
      console.error(String(e instanceof Error ? e.message : e));
    }
  }
  process.exitCode = failed ? 1 : 0;
}
