/**
 * Report data over a workspace index: claims grouped by concept with each source's figure and how it relates to
 * the others, and entities with the documents that mention them. The same data feeds the CLI report, the
 * server's report commands and the report view.
 */
import { knowledge } from './knowledge';
import type { WorkspaceIndex } from './workspaceIndex';
import type { Claim, EntityType, Language, Qualifier, Relation } from './types';

// Regular expressions are made once, at module level (regex.ts says why).
const WHITESPACE = /\s/;
const SENTENCE_STOP = /[.!?](?=\s|$)|\n/;
const SPACES = /\s+/g;

export interface ReportFigure {
  uri: string;
  language: Language;
  start: number;
  end: number;
  text: string;
  low: number;
  high: number;
  qualifier: Qualifier;
  unit: string | null;
  /** The sentence the figure is stated in. */
  excerpt: string;
}

export interface ReportComparison {
  a: number;
  b: number;
  relation: Relation;
}

/** A group of figures in different documents that state the same quantity, and how they relate pairwise. */
export interface ClaimGroup {
  concept: string;
  figures: ReportFigure[];
  comparisons: ReportComparison[];
  conflicts: number;
}

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  /** Mentions per document uri. */
  documents: Record<string, number>;
  total: number;
}

export interface WorkspaceReport {
  documents: { uri: string; language: Language; entities: number; claims: number }[];
  claims: ClaimGroup[];
  entities: EntityRow[];
}

/**
 * Where the sentence around `at` starts: after the last line break, or . ! ? followed by a space, before `at`
 * (one followed by `at` itself does not end a sentence). Scanned back from `at`: searching the text before it
 * for the sentence's start would cost time quadratic in the text.
 */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && i + 1 < at && WHITESPACE.test(text[i + 1]!))) return i + 1;
  }
  return 0;
}

/** The sentence around a span, on one line, trimmed to `max` characters. */
export function excerptAround(text: string, start: number, end: number, max = 200): string {
  const after = text.slice(end);
  // A sentence ends at . ! ? followed by a space, not at a decimal point ("11.9%"), or at a line break.
  const from = sentenceStart(text, start);
  const stop = after.search(SENTENCE_STOP);
  let s = text.slice(from, stop < 0 ? text.length : end + stop + 1).replace(SPACES, ' ').trim();
  if (s.length > max) {
    const at = Math.max(0, start - from - Math.floor(max / 3));
    s = (at > 0 ? '…' : '') + s.slice(at, at + max).trim() + '…';
  }
  return s;
}

function figure(index: WorkspaceIndex, uri: string, claim: Claim): ReportFigure {
  const doc = index.get(uri)!;
  return {
    uri,
    language: doc.facts.language,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier,
    unit: claim.unit,
    excerpt: excerptAround(doc.text, claim.start, claim.end),
  };
}

/** Groups linked claims into connected components, one group per quantity stated across documents. */
/**
 * What a group of linked figures counts: the concept most of them were given (figures compared by their unit may
 * have none, or the two languages' words may have given them different ones), else their unit.
 */
function groupLabel(claims: readonly Claim[]): string {
  const votes = new Map<string, number>();
  for (const c of claims) if (c.concept) votes.set(c.concept, (votes.get(c.concept) ?? 0) + 1);
  let label: string | undefined;
  for (const [concept, n] of votes) if (label === undefined || n > votes.get(label)! || (n === votes.get(label)! && concept < label)) label = concept;
  return label ?? claims.find((c) => c.unit)?.unit ?? 'figure';
}

export function claimGroups(index: WorkspaceIndex): ClaimGroup[] {
  const links = index.allLinks();
  const parent = new Map<string, string>();
  const key = (doc: string, i: number): string => `${doc}\u0000${i}`;
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const l of links) {
    for (const c of [l.a, l.b]) if (!parent.has(key(c.doc, c.index))) parent.set(key(c.doc, c.index), key(c.doc, c.index));
    parent.set(find(key(l.a.doc, l.a.index)), find(key(l.b.doc, l.b.index)));
  }
  const groups = new Map<string, { members: string[]; links: typeof links }>();
  for (const k of parent.keys()) {
    const root = find(k);
    const g = groups.get(root) ?? { members: [], links: [] };
    g.members.push(k);
    groups.set(root, g);
  }
  for (const l of links) groups.get(find(key(l.a.doc, l.a.index)))!.links.push(l);
  const out: ClaimGroup[] = [];
  for (const g of groups.values()) {
    g.members.sort();
    const position = new Map(g.members.map((m, i) => [m, i]));
    const figures = g.members.map((m) => {
      const [doc, i] = m.split('\u0000') as [string, string];
      return figure(index, doc, index.get(doc)!.facts.claims[Number(i)]!);
    });
    const comparisons = g.links.map((l) => ({
      a: position.get(key(l.a.doc, l.a.index))!,
      b: position.get(key(l.b.doc, l.b.index))!,
      relation: l.relation,
    }));
    const concept = groupLabel(g.members.map((m) => {
      const [doc, i] = m.split('\u0000') as [string, string];
      return index.get(doc)!.facts.claims[Number(i)]!;
    }));
    out.push({ concept, figures, comparisons, conflicts: comparisons.filter((c) => c.relation === 'conflicts').length });
  }
  return out.sort((a, b) => a.concept.localeCompare(b.concept) || b.figures.length - a.figures.length || a.figures[0]!.uri.localeCompare(b.figures[0]!.uri));
}

export function entityRows(index: WorkspaceIndex): EntityRow[] {
  const { names } = knowledge();
  const rows: EntityRow[] = [];
  for (const id of index.entityIds()) {
    const documents: Record<string, number> = {};
    let total = 0;
    let firstText = '';
    for (const { uri, mention } of index.mentionsOf(id)) {
      documents[uri] = (documents[uri] ?? 0) + 1;
      total++;
      firstText ||= mention.text;
    }
    rows.push({ id, name: names.get(id) ?? firstText, type: index.typeOf(id) ?? 'organization', documents, total });
  }
  return rows.sort((a, b) => Object.keys(b.documents).length - Object.keys(a.documents).length || b.total - a.total || a.id.localeCompare(b.id));
}

export function workspaceReport(index: WorkspaceIndex): WorkspaceReport {
  const documents = [...index.documents()]
    .map((d) => ({ uri: d.uri, language: d.facts.language, entities: d.facts.entities.length, claims: d.facts.claims.length }))
    .sort((a, b) => a.uri.localeCompare(b.uri));
  return { documents, claims: claimGroups(index), entities: entityRows(index) };
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  approximately: '≈',
  'at-least': '≥',
  'more-than': '>',
  'at-most': '≤',
  'less-than': '<',
};

/** What `toLocaleString('en-US', { maximumFractionDigits: 2 })` gives, without building a formatter per number. */
const FIGURE_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A figure as a reader writes it: "≈ 11,000–12,000 soldier". */
export function formatFigure(f: { low: number; high: number; qualifier: Qualifier; unit: string | null }): string {
  const n = (x: number): string => FIGURE_NUMBER.format(x);
  const value = f.low === f.high ? n(f.low) : `${n(f.low)}–${n(f.high)}`;
  const q = QUALIFIER_WORDS[f.qualifier];
  const unit = f.unit === 'percent' ? '%' : f.unit ? ` ${f.unit}` : '';
  return `${q ? q + ' ' : ''}${value}${unit}`;
}
