/**
 * The workspace report as a file: Markdown (tables for people to read), CSV (one row per stated figure, for a
 * spreadsheet) or JSON (the report data itself, as `corroborate report` computes it). Document text is escaped
 * for each format; CSV cells that a spreadsheet would run as a formula are quoted as text.
 */
import { formatFigure, type WorkspaceReport } from './core/report';
import { escapeMarkdown } from './markdown';
import type { ExportFormat } from './protocol';

export type Labeler = (uri: string) => string;

function cell(text: string): string {
  return escapeMarkdown(text);
}

function relationsOf(report: WorkspaceReport, g: number, f: number): string[] {
  const out: string[] = [];
  for (const c of report.claims[g]!.comparisons) {
    if (c.a === f) out.push(`${c.relation === 'agrees' ? 'agrees with' : 'conflicts with'} [${c.b + 1}]`);
    else if (c.b === f) out.push(`${c.relation === 'agrees' ? 'agrees with' : 'conflicts with'} [${c.a + 1}]`);
  }
  return out;
}

export function reportMarkdown(report: WorkspaceReport, label: Labeler): string {
  const out = ['# Corroborate report', '', `${report.documents.length} documents, ${report.claims.length} quantities stated by more than one source, ${report.entities.length} entities.`, ''];
  out.push('## Documents', '', '| Document | Language | Entities | Claims |', '| --- | --- | ---: | ---: |');
  for (const d of report.documents) out.push(`| ${cell(label(d.uri))} | ${d.language} | ${d.entities} | ${d.claims} |`);
  out.push('', '## Claims compared across sources', '');
  if (report.claims.length === 0) out.push('No figure is stated by more than one source.', '');
  report.claims.forEach((g, gi) => {
    out.push(`### ${cell(g.concept)}: ${g.conflicts ? `${g.conflicts} conflict${g.conflicts > 1 ? 's' : ''}` : 'all agree'}`, '');
    out.push('| # | Source | Language | Figure | As written | Relations |', '| ---: | --- | --- | --- | --- | --- |');
    g.figures.forEach((f, fi) => {
      out.push(`| ${fi + 1} | ${cell(label(f.uri))} | ${f.language} | ${cell(formatFigure(f))} | ${cell(f.text)} | ${cell(relationsOf(report, gi, fi).join('; '))} |`);
    });
    out.push('');
  });
  const docs = report.documents.map((d) => d.uri);
  out.push('## Entities by document', '', `| Entity | Type | ${docs.map((u) => cell(label(u))).join(' | ')} |`, `| --- | --- | ${docs.map(() => '---:').join(' | ')} |`);
  for (const e of report.entities) out.push(`| ${cell(e.name)} | ${e.type} | ${docs.map((u) => e.documents[u] ?? '').join(' | ')} |`);
  return out.join('\n') + '\n';
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A leading = + - @ makes a spreadsheet evaluate the cell; a quote mark keeps it text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(report: WorkspaceReport, label: Labeler): string {
  const rows: (string | number | null)[][] = [['group', 'concept', 'figure', 'document', 'language', 'low', 'high', 'qualifier', 'unit', 'text', 'relations', 'excerpt']];
  report.claims.forEach((g, gi) => {
    g.figures.forEach((f, fi) => {
      rows.push([gi + 1, g.concept, fi + 1, label(f.uri), f.language, f.low, f.high, f.qualifier, f.unit, f.text, relationsOf(report, gi, fi).join('; '), f.excerpt]);
    });
  });
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function reportJson(report: WorkspaceReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export function exportReport(report: WorkspaceReport, format: ExportFormat, label: Labeler): string {
  if (format === 'markdown') return reportMarkdown(report, label);
  if (format === 'csv') return reportCsv(report, label);
  return reportJson(report);
}
