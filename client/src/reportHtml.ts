/**
 * The claims report page: for each quantity stated by several sources, every source's interval drawn as a bar on
 * one axis shared by the group, coloured by whether it agrees or conflicts, then the table of entities by
 * document. Strict CSP (no source but the nonce'd style and script), theme colours through CSS variables, every
 * text escaped. The page can only ask to open a location by its number in a table the extension keeps.
 */
import type { ClaimsReport, EntitiesReport, WireClaimGroup, WireFigure } from '../../server/src/protocol';

export interface ReportData {
  claims: ClaimsReport;
  entities: EntitiesReport;
}

export interface Target {
  uri: string;
  offset: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const QUALIFIERS: Record<string, string> = { exact: '', approximately: '≈ ', 'at-least': '≥ ', 'more-than': '> ', 'at-most': '≤ ', 'less-than': '< ' };

function figureText(f: WireFigure): string {
  const n = (x: number | null): string => (x === null ? '∞' : x.toLocaleString('en-US', { maximumFractionDigits: 2 }));
  const value = f.low === f.high ? n(f.low) : `${n(f.low)}–${n(f.high)}`;
  const unit = f.unit === 'percent' ? '%' : f.unit ? ` ${f.unit}` : '';
  return `${QUALIFIERS[f.qualifier] ?? ''}${value}${unit}`;
}

/** A round upper bound for an axis (1, 2, 4 or 5 times a power of ten) and the step of its ticks. */
export function axisScale(x: number): { max: number; step: number } {
  if (!(x > 0)) return { max: 1, step: 0.25 };
  const p = 10 ** Math.floor(Math.log10(x));
  const m = [1, 2, 4, 5, 10].find((v) => v * p >= x)!;
  return { max: m * p, step: (m * p) / (m === 5 || m === 10 ? 5 : 4) };
}

const WIDTH = 1000;

/** A figure's extent on the axis: "at least" runs on past the end of the axis, "at most" starts from zero. */
function extent(f: WireFigure, min: number, max: number): { from: number; to: number; open: boolean } {
  const upward = f.qualifier === 'at-least' || f.qualifier === 'more-than' || f.high === null;
  const downward = f.qualifier === 'at-most' || f.qualifier === 'less-than';
  const low = f.low ?? min;
  const high = f.high ?? max;
  return { from: downward ? Math.min(0, low) : low, to: upward ? max : high, open: upward };
}

function groupHtml(g: WireClaimGroup, label: (uri: string) => string, target: (t: Target) => number): string {
  const finite = g.figures.flatMap((f) => [f.low, f.high]).filter((v): v is number => v !== null && Number.isFinite(v));
  const min = Math.min(0, ...finite);
  const { max, step } = axisScale(Math.max(...finite, 0) * 1.1);
  const x = (v: number): number => ((v - min) / (max - min)) * WIDTH;
  const conflicted = new Set(g.comparisons.filter((c) => c.relation === 'conflicts').flatMap((c) => [c.a, c.b]));
  const rows = g.figures.map((f, i) => {
    const cls = conflicted.has(i) ? 'conflict' : 'agree';
    const e = extent(f, min, max);
    const from = x(e.from);
    const width = Math.max(6, x(e.to) - from);
    // The stated figure is solid; where a qualifier leaves the interval open, it fades out in an arrow.
    const stated = e.open ? Math.max(6, x(f.low ?? min) - from) : width;
    const shapes = [`<rect class="${cls}${f.qualifier === 'approximately' ? ' approx' : ''}" x="${from.toFixed(1)}" y="3" width="${stated.toFixed(1)}" height="12" rx="2" />`];
    if (e.open) {
      shapes.push(`<rect class="${cls} open" x="${from.toFixed(1)}" y="6" width="${Math.max(0, width - 10).toFixed(1)}" height="6" />`);
      shapes.push(`<polygon class="${cls}" points="${WIDTH - 12},2 ${WIDTH},9 ${WIDTH - 12},16" />`);
    }
    const bar = `<svg class="bar" viewBox="0 0 ${WIDTH} 18" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(figureText(f))}">${shapes.join('')}</svg>`;
    const relations = g.comparisons
      .filter((c) => c.a === i || c.b === i)
      .map((c) => `${c.relation === 'agrees' ? '✓ agrees with' : '✗ conflicts with'} [${(c.a === i ? c.b : c.a) + 1}]`)
      .join(', ');
    return `<tr><td class="num">[${i + 1}]</td>`
      + `<td><a href="#" data-open="${target({ uri: f.uri, offset: f.start })}" title="${escapeHtml(f.excerpt)}">${escapeHtml(label(f.uri))}</a> <span class="muted">${escapeHtml(f.language)}</span></td>`
      + `<td class="figure">${escapeHtml(figureText(f))}<div class="muted">“${escapeHtml(f.text)}”</div></td>`
      + `<td class="axis">${bar}</td><td class="${cls}-text">${escapeHtml(relations)}</td></tr>`;
  });
  const ticks: string[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(v.toLocaleString('en-US', { maximumFractionDigits: 2 }));
  const axis = `<tr><td></td><td></td><td></td><td class="ticks">${ticks.map((t) => `<span>${escapeHtml(t)}</span>`).join('')}</td><td></td></tr>`;
  const status = g.conflicts ? `<span class="conflict-text">✗ ${g.conflicts} conflict${g.conflicts > 1 ? 's' : ''}</span>` : '<span class="agree-text">✓ all agree</span>';
  return `<section><h3>${escapeHtml(g.concept)} ${status}</h3><table class="claims"><colgroup><col class="n"><col class="src"><col class="fig"><col><col class="rel"></colgroup>${rows.join('')}${axis}</table></section>`;
}

function entitiesHtml(report: EntitiesReport, label: (uri: string) => string): string {
  const docs = report.documents.map((d) => d.uri);
  const head = `<tr><th>Entity</th><th>Type</th>${docs.map((u) => `<th title="${escapeHtml(label(u))}">${escapeHtml(label(u).split('/').pop() ?? '')}</th>`).join('')}</tr>`;
  const shown = report.entities.slice(0, 400);
  const rows = shown.map((e) => `<tr><td>${escapeHtml(e.name)}</td><td class="muted">${escapeHtml(e.type)}</td>${docs.map((u) => `<td class="num">${e.documents[u] ?? ''}</td>`).join('')}</tr>`);
  const more = report.entities.length > shown.length ? `<p class="muted">and ${report.entities.length - shown.length} more entities (export the report for all of them)</p>` : '';
  return `<table class="entities">${head}${rows.join('')}</table>${more}`;
}

export function reportHtml(data: ReportData, label: (uri: string) => string, target: (t: Target) => number, nonce: string, cspSource: string): string {
  const groups = data.claims.claims.map((g) => groupHtml(g, label, target)).join('');
  const conflicts = data.claims.claims.reduce((n, g) => n + g.conflicts, 0);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Corroborate: claims report</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1em; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; } a:hover { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; } table.claims { table-layout: fixed; }
col.n { width: 3em; } col.src { width: 24%; } col.fig { width: 18%; } col.rel { width: 16%; } td, th { padding: 3px 6px; vertical-align: middle; text-align: left; }
th { border-bottom: 1px solid var(--vscode-panel-border); font-weight: 600; }
.entities td { border-bottom: 1px solid var(--vscode-panel-border); }
.muted { color: var(--vscode-descriptionForeground); font-size: 90%; } .num { text-align: right; font-variant-numeric: tabular-nums; }
table.claims td { overflow-wrap: anywhere; } .bar { width: 100%; height: 18px; display: block; }
rect.agree, polygon.agree { fill: var(--vscode-charts-green); } rect.conflict, polygon.conflict { fill: var(--vscode-charts-red); }
rect.open { fill-opacity: 0.35; }
rect.approx { fill-opacity: 0.6; stroke: var(--vscode-foreground); stroke-dasharray: 4 3; stroke-width: 1; }
.agree-text { color: var(--vscode-charts-green); } .conflict-text { color: var(--vscode-charts-red); }
.ticks { display: flex; justify-content: space-between; color: var(--vscode-descriptionForeground); font-size: 85%; border-top: 1px solid var(--vscode-panel-border); }
section { margin-bottom: 1.5em; } h3 { font-weight: 600; margin: 1em 0 0.3em; }
</style></head><body>
<h2>Claims compared across sources</h2>
<p class="muted">${data.claims.documents.length} documents · ${data.claims.claims.length} quantities stated by more than one source · ${conflicts} conflicting pairs. Each bar is the interval a source states, on the axis its group shares.</p>
${groups || '<p>No figure is stated by more than one source.</p>'}
<h2>Entities by document</h2>
${entitiesHtml(data.entities, label)}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('[data-open]') : null;
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', target: Number(link.getAttribute('data-open')) });
});
</script></body></html>`;
}
