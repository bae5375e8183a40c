/**
 * Semantic tokens: entity mentions typed by entity type, claims as `claim`, with modifiers that say how a fact
 * relates to the other documents (`shared` entity, `corroborated` or `conflicting` claim).
 */
import { SemanticTokensBuilder, type Range, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import { TOKEN_MODIFIERS, TOKEN_TYPES, type TokenModifier, type TokenType } from '../protocol';
import type { FeatureContext } from './context';

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

interface Token {
  start: number;
  end: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

function modifierBits(modifiers: readonly TokenModifier[]): number {
  let bits = 0;
  for (const m of modifiers) bits |= 1 << TOKEN_MODIFIERS.indexOf(m);
  return bits;
}

/** The facts of a document as tokens, in order, without overlaps (the earlier, then longer, fact wins). */
function tokensOf(ctx: FeatureContext, uri: string): Token[] {
  const doc = ctx.articles.get(uri);
  if (!doc) return [];
  const index = ctx.articles.core;
  const links = ctx.articles.links(uri);
  const tokens: Token[] = [];
  for (const m of doc.facts.entities) {
    tokens.push({ start: m.start, end: m.end, type: m.type, modifiers: index.documentsMentioning(m.id).size > 1 ? ['shared'] : [] });
  }
  doc.facts.claims.forEach((c, i) => {
    const relations = (links[i] ?? []).map((l) => l.relation);
    const modifiers: TokenModifier[] = [];
    if (relations.includes('conflicts')) modifiers.push('conflicting');
    if (relations.includes('agrees')) modifiers.push('corroborated');
    tokens.push({ start: c.start, end: c.end, type: 'claim', modifiers });
  });
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Token[] = [];
  for (const t of tokens) if (t.end > t.start && (out.length === 0 || t.start >= out[out.length - 1]!.end)) out.push(t);
  return out;
}

export function semanticTokens(ctx: FeatureContext, uri: string, range?: Range): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const lines = ctx.articles.lineMap(uri);
  if (!lines) return builder.build();
  const from = range ? lines.offsetAt(range.start) : 0;
  const to = range ? lines.offsetAt(range.end) : Infinity;
  for (const t of tokensOf(ctx, uri)) {
    if (t.end <= from || t.start >= to) continue;
    const type = TOKEN_TYPES.indexOf(t.type);
    const bits = modifierBits(t.modifiers);
    // A token may not span lines: a name broken by a line break becomes one token per line.
    const start = lines.positionAt(t.start);
    const end = lines.positionAt(t.end);
    for (let line = start.line; line <= end.line; line++) {
      const a = line === start.line ? start.character : 0;
      const b = line === end.line ? end.character : lines.offsetAt({ line: line + 1, character: 0 }) - lines.offsetAt({ line, character: 0 });
      const text = lines.getText({ start: { line, character: a }, end: { line, character: b } }).replace(/[\r\n]+$/, '');
      if (text.length > 0) builder.push(line, a, text.length, type, bits);
    }
  }
  return builder.build();
}
