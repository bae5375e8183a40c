/**
 * Hover: on an entity, its type and canonical name and the other documents that mention it; on a claim, its
 * normalised value and concept and the claims of other documents that state the same quantity, agreeing or
 * conflicting. Document text is escaped; links open the target through the one trusted command.
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { inUnitOf, unsaid } from '../core/links';
import { excerptAround, formatFigure } from '../core/report';
import type { Claim, Mention } from '../core/types';
import { escapeMarkdown, openLocationLink } from '../markdown';
import type { FeatureContext } from './context';
import { count, entityName } from './describe';

/** Other documents listed in a hover before "and N more". */
export const MAX_LISTED = 10;

function locationLink(ctx: FeatureContext, uri: string, start: number): string {
  const position = ctx.articles.position(uri, start);
  return openLocationLink(`${ctx.folders.label(uri)}:${position.line + 1}`, uri, position);
}

function excerpt(ctx: FeatureContext, uri: string, start: number, end: number): string {
  const text = ctx.articles.get(uri)?.text ?? '';
  return `“${escapeMarkdown(excerptAround(text, start, end, 160))}”`;
}

/** The first `n` of some documents in label order, without sorting them all: an entity may be in thousands. */
function firstByLabel(ctx: FeatureContext, docs: Iterable<string>, n: number, except: string): string[] {
  const first: string[] = [];
  for (const d of docs) {
    if (d === except) continue;
    if (first.length === n && ctx.folders.compareLabels(d, first[n - 1]!) >= 0) continue;
    let at = first.length;
    while (at > 0 && ctx.folders.compareLabels(d, first[at - 1]!) < 0) at--;
    first.splice(at, 0, d);
    if (first.length > n) first.pop();
  }
  return first;
}

function entityHover(ctx: FeatureContext, uri: string, mention: Mention): string {
  const { articles } = ctx;
  const index = articles.core;
  const name = entityName(mention.id, mention.text);
  const type = index.typeOf(mention.id) ?? mention.type;
  const docs = index.documentsMentioning(mention.id);
  const lines = [`**${escapeMarkdown(name)}** · ${type}`, `${count(index.mentionsIn(uri, mention.id).length, 'mention')} in this document`];
  const others = docs.size - (docs.has(uri) ? 1 : 0);
  if (others === 0) {
    lines.push('No other document mentions it.');
    return lines.join('\n\n');
  }
  const items = firstByLabel(ctx, docs, MAX_LISTED, uri).map((doc) => {
    const mentions = index.mentionsIn(doc, mention.id);
    const m = mentions[0]!;
    const language = articles.get(doc)?.facts.language ?? '';
    return `- ${locationLink(ctx, doc, m.start)} (${language}${mentions.length > 1 ? `, ${mentions.length}×` : ''}) ${excerpt(ctx, doc, m.start, m.end)}`;
  });
  if (others > MAX_LISTED) items.push(`- and ${others - MAX_LISTED} more`);
  lines.push(`Mentioned in ${count(others, 'other document')}:\n${items.join('\n')}`);
  return lines.join('\n\n');
}

/** A value to four significant digits, as a sum converted at a rate is worth showing. */
const significant = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(4)) : x);

function claimHover(ctx: FeatureContext, uri: string, claim: Claim, index: number): string {
  const figure = escapeMarkdown(formatFigure(claim));
  const head = claim.concept ? `**${figure}** · ${escapeMarkdown(claim.concept)}` : `**${figure}**`;
  const lines = [head];
  if (claim.additional) lines.push('An increment (“another …”): compared only with other increments.');
  const links = ctx.articles.claimLinks(uri, index);
  if (links.length === 0) {
    // Figures with no concept are still compared by their unit (tonnes, euros, percent); bare counts with every count.
    lines.push(
      claim.reference ? 'Not compared: it points back at things already named.'
      : unsaid(claim) ? 'No figure of another document matches it (nothing in its sentence says what is counted).'
      : 'No other document states this quantity.',
    );
    return lines.join('\n\n');
  }
  // Conflicts first: they are what a reader checks.
  const rank = (l: (typeof links)[number]): number => (l.relation === 'conflicts' ? 0 : 1);
  const sorted = [...links].sort((a, b) => rank(a) - rank(b) || ctx.folders.compareLabels(a.b.doc, b.b.doc));
  const items = sorted.slice(0, MAX_LISTED).map((l) => {
    const other = l.b.claim;
    const mark = l.relation === 'agrees' ? '✓ agrees' : '✗ conflicts';
    const language = ctx.articles.get(l.b.doc)?.facts.language ?? '';
    // A figure in another unit of the same dimension is shown in this one's too: "3,300 metre (3.3 km)"; a sum at a
    // rate to four significant digits, "600,000,000 RON (≈ 120,600,000 EUR)".
    const converted = inUnitOf(other, claim);
    const shown = converted?.kind === 'money' ? { ...converted, low: significant(converted.low), high: significant(converted.high) } : converted;
    const inThisUnit = shown ? ` (${escapeMarkdown(formatFigure(shown))})` : '';
    return `- ${mark}: ${locationLink(ctx, l.b.doc, other.start)} (${language}) **${escapeMarkdown(formatFigure(other))}**${inThisUnit} ${excerpt(ctx, l.b.doc, other.start, other.end)}`;
  });
  const conflicts = links.filter((l) => l.relation === 'conflicts').length;
  if (sorted.length > MAX_LISTED) {
    const rest = sorted.slice(MAX_LISTED);
    const restConflicts = rest.filter((l) => l.relation === 'conflicts').length;
    items.push(`- and ${rest.length} more: ${rest.length - restConflicts} agree, ${restConflicts} conflict`);
  }
  lines.push(`Stated in ${count(links.length, 'other document')}${conflicts ? `, ${conflicts} in conflict` : ', all in agreement'}:\n${items.join('\n')}`);
  return lines.join('\n\n');
}

export function hover(ctx: FeatureContext, params: HoverParams): Hover | null {
  const uri = params.textDocument.uri;
  const offset = ctx.articles.offset(uri, params.position);
  if (offset === undefined) return null;
  const index = ctx.articles.core;
  const claim = index.claimAt(uri, offset);
  if (claim) {
    return { contents: { kind: MarkupKind.Markdown, value: claimHover(ctx, uri, claim.claim, claim.index) }, range: ctx.articles.range(uri, claim.claim) };
  }
  const mention = index.entityAt(uri, offset);
  if (mention) return { contents: { kind: MarkupKind.Markdown, value: entityHover(ctx, uri, mention) }, range: ctx.articles.range(uri, mention) };
  return null;
}
