/**
 * `corroborate`: the analysis without an editor.
 *   corroborate analyze --json PATH...   facts and links as one JSON object
 *   corroborate report PATH...           claims compared across sources, entities by document
 */
import { formatFigure, workspaceReport, type ClaimGroup, type WorkspaceReport } from './core/report';
import { WorkspaceIndex } from './core/workspaceIndex';
import { readArticles, DEFAULT_MAX_BYTES } from './workspaceFiles';

const USAGE = `Usage:
  corroborate analyze --json PATH...   entities, claims and cross-document claim links as JSON
  corroborate report PATH...           claims compared across sources and entities by document
PATH is an article (.txt, .md) or a folder walked for articles.
Options: --max-bytes N   skip files larger than N bytes (default ${DEFAULT_MAX_BYTES})`;

interface Parsed {
  command: string;
  json: boolean;
  paths: string[];
  maxBytes: number;
}

function parse(argv: readonly string[]): Parsed | string {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') return USAGE;
  if (command !== 'analyze' && command !== 'report') return `Unknown command '${command}'.\n${USAGE}`;
  const out: Parsed = { command, json: false, paths: [], maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') out.json = true;
    else if (a === '--max-bytes') {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n <= 0) return '--max-bytes takes a positive whole number of bytes.';
      out.maxBytes = n;
    } else if (a.startsWith('--')) return `Unknown option '${a}'.\n${USAGE}`;
    else out.paths.push(a);
  }
  if (out.paths.length === 0) return `No PATH given.\n${USAGE}`;
  return out;
}

function analyzeJson(index: WorkspaceIndex, order: readonly string[]): string {
  const documents = order.map((path) => {
    const { facts } = index.get(path)!;
    return {
      path,
      language: facts.language,
      entities: facts.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, id: e.id })),
      claims: facts.claims.map((c) => ({
        start: c.start,
        end: c.end,
        text: c.text,
        low: c.low,
        high: c.high,
        qualifier: c.qualifier,
        unit: c.unit,
        concept: c.concept,
      })),
    };
  });
  const links = index.allLinks().map((l) => ({
    a: { path: l.a.doc, start: l.a.claim.start },
    b: { path: l.b.doc, start: l.b.claim.start },
    relation: l.relation,
  }));
  return JSON.stringify({ documents, links });
}

function groupLines(g: ClaimGroup): string[] {
  const lines = [`  ${g.concept}${g.conflicts ? `  (${g.conflicts} conflict${g.conflicts > 1 ? 's' : ''})` : '  (all agree)'}`];
  g.figures.forEach((f, i) => lines.push(`    [${i + 1}] ${f.uri} (${f.language})  ${formatFigure(f)}  "${f.text}"`));
  for (const c of g.comparisons) lines.push(`        [${c.a + 1}] ${c.relation === 'agrees' ? 'agrees with' : 'CONFLICTS with'} [${c.b + 1}]`);
  return lines;
}

export function renderReport(r: WorkspaceReport): string {
  const out: string[] = [];
  out.push(`Corroborate report: ${r.documents.length} documents`);
  for (const d of r.documents) out.push(`  ${d.uri} (${d.language}): ${d.entities} entities, ${d.claims} claims`);
  out.push('', `Claims compared across sources (${r.claims.length} quantities):`);
  if (r.claims.length === 0) out.push('  none: no figure is stated by more than one source');
  for (const g of r.claims) out.push(...groupLines(g));
  const shared = r.entities.filter((e) => Object.keys(e.documents).length > 1);
  out.push('', `Entities in more than one document (${shared.length} of ${r.entities.length}):`);
  const docs = r.documents.map((d) => d.uri);
  for (const e of shared) {
    const where = docs.filter((u) => e.documents[u]).map((u) => `${u.split('/').pop()}×${e.documents[u]}`);
    out.push(`  ${e.name} [${e.type}, ${e.id}]: ${where.join(', ')}`);
  }
  return out.join('\n');
}

function main(argv: readonly string[]): number {
  const parsed = parse(argv);
  if (typeof parsed === 'string') {
    const help = parsed === USAGE;
    (help ? process.stdout : process.stderr).write(parsed + '\n');
    return help ? 0 : 2;
  }
  const { files, skipped } = readArticles(parsed.paths, parsed.maxBytes);
  for (const s of skipped) process.stderr.write(`corroborate: skipped ${s.path}: ${s.reason}\n`);
  const index = new WorkspaceIndex();
  index.setAll(files.map((f) => ({ uri: f.path, text: f.text })));
  if (parsed.command === 'analyze') {
    if (!parsed.json) process.stderr.write('corroborate: analyze prints JSON; pass --json\n');
    process.stdout.write(analyzeJson(index, files.map((f) => f.path)) + '\n');
  } else {
    process.stdout.write(renderReport(workspaceReport(index)) + '\n');
  }
  return files.length === 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
