/**
 * Navigation across documents: definition (an entity's first mention in the workspace), references (every
 * mention of an entity, or a claim and the claims it is linked to), document symbols (the entities and claims
 * of a file) and workspace symbols (entities found by name in any supported language).
 */
import {
  SymbolKind,
  type DefinitionParams,
  type DocumentSymbol,
  type Location,
  type ReferenceParams,
  type SymbolInformation,
  type TextDocumentPositionParams,
} from 'vscode-languageserver';
import { candidateKeys, nameKey } from '../core/aliases';
import { knowledge } from '../core/knowledge';
import { formatFigure } from '../core/report';
import { LANGUAGES, type EntityType } from '../core/types';
import type { MentionRef } from '../core/workspaceIndex';
import type { FeatureContext } from './context';
import { count, entityName } from './describe';

export const ENTITY_SYMBOL_KINDS: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Variable,
  place: SymbolKind.Namespace,
  organization: SymbolKind.Module,
  event: SymbolKind.Event,
  date: SymbolKind.Constant,
};

/** Workspace symbol results beyond this are left out: a client lists them, it does not page them. */
export const MAX_WORKSPACE_SYMBOLS = 1000;

/** Mentions in a stable order: documents by uri, then by position. */
function ordered(mentions: MentionRef[]): MentionRef[] {
  return mentions.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.mention.start - b.mention.start));
}

function location(ctx: FeatureContext, uri: string, span: { start: number; end: number }): Location {
  return { uri, range: ctx.articles.range(uri, span) };
}

function at(ctx: FeatureContext, params: TextDocumentPositionParams): { uri: string; offset: number } | undefined {
  const offset = ctx.articles.offset(params.textDocument.uri, params.position);
  return offset === undefined ? undefined : { uri: params.textDocument.uri, offset };
}

export function definition(ctx: FeatureContext, params: DefinitionParams): Location | null {
  const p = at(ctx, params);
  const mention = p && ctx.articles.core.entityAt(p.uri, p.offset);
  if (!mention) return null;
  const first = ordered(ctx.articles.core.mentionsOf(mention.id))[0];
  return first ? location(ctx, first.uri, first.mention) : null;
}

export function references(ctx: FeatureContext, params: ReferenceParams): Location[] {
  const p = at(ctx, params);
  if (!p) return [];
  const index = ctx.articles.core;
  const claim = index.claimAt(p.uri, p.offset);
  if (claim) {
    const links = ctx.articles.claimLinks(p.uri, claim.index);
    const own = params.context.includeDeclaration ? [location(ctx, p.uri, claim.claim)] : [];
    return [...own, ...links.map((l) => location(ctx, l.b.doc, l.b.claim))];
  }
  const mention = index.entityAt(p.uri, p.offset);
  if (!mention) return [];
  const all = ordered(index.mentionsOf(mention.id));
  // The first mention is the definition; the request says whether to list it.
  return (params.context.includeDeclaration ? all : all.slice(1)).map((m) => location(ctx, m.uri, m.mention));
}

export function documentSymbols(ctx: FeatureContext, uri: string): DocumentSymbol[] {
  const doc = ctx.articles.get(uri);
  if (!doc) return [];
  const symbols: { start: number; symbol: DocumentSymbol }[] = [];
  const seen = new Map<string, number>();
  for (const m of doc.facts.entities) seen.set(m.id, (seen.get(m.id) ?? 0) + 1);
  const listed = new Set<string>();
  for (const m of doc.facts.entities) {
    if (listed.has(m.id)) continue;
    listed.add(m.id);
    const range = ctx.articles.range(uri, m);
    const detail = `${m.type} · ${count(seen.get(m.id)!, 'mention')}`;
    symbols.push({ start: m.start, symbol: { name: entityName(m.id, m.text), detail, kind: ENTITY_SYMBOL_KINDS[m.type], range, selectionRange: range } });
  }
  for (const c of doc.facts.claims) {
    const range = ctx.articles.range(uri, c);
    const detail = c.concept ? `${formatFigure(c)} · ${c.concept}` : formatFigure(c);
    symbols.push({ start: c.start, symbol: { name: c.text.replace(/\s+/g, ' '), detail, kind: SymbolKind.Number, range, selectionRange: range } });
  }
  return symbols.sort((a, b) => a.start - b.start).map((s) => s.symbol);
}

/** Per index revision: the name keys each entity is written with in the workspace. */
const written = new WeakMap<object, { revision: number; keys: Map<string, Set<string>> }>();

function writtenKeys(ctx: FeatureContext): Map<string, Set<string>> {
  const cached = written.get(ctx.articles);
  if (cached?.revision === ctx.articles.revision) return cached.keys;
  const keys = new Map<string, Set<string>>();
  for (const doc of ctx.articles.core.documents()) {
    for (const m of doc.facts.entities) {
      let set = keys.get(m.id);
      if (!set) keys.set(m.id, (set = new Set([nameKey(entityName(m.id, m.text))])));
      set.add(nameKey(m.text));
    }
  }
  written.set(ctx.articles, { revision: ctx.articles.revision, keys });
  return keys;
}

/**
 * Entity ids a query names: through the name lexicon in every language (so "Coreea de Nord" finds north-korea,
 * written "Corea del Nord" in Italian), then by any written form that contains the query.
 */
export function entitiesNamed(ctx: FeatureContext, query: string): string[] {
  const q = nameKey(query);
  const keys = writtenKeys(ctx);
  if (!q) return [...keys.keys()];
  const exact = new Set<string>();
  const { lexicon } = knowledge();
  for (const language of LANGUAGES) {
    for (const key of candidateKeys(query.trim(), language)) {
      const entry = lexicon.get(key);
      if (entry && keys.has(entry.id)) exact.add(entry.id);
    }
  }
  const partial: string[] = [];
  for (const [id, forms] of keys) {
    if (exact.has(id)) continue;
    if (forms.has(q)) exact.add(id);
    else if ([...forms].some((f) => f.includes(q))) partial.push(id);
  }
  return [...exact, ...partial.sort()];
}

export function workspaceSymbols(ctx: FeatureContext, query: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const index = ctx.articles.core;
  const everything = nameKey(query) === '';
  for (const id of entitiesNamed(ctx, query)) {
    const mentions = ordered(index.mentionsOf(id));
    // An empty query lists each entity once; a query lists every mention of what it names.
    for (const { uri, mention } of everything ? mentions.slice(0, 1) : mentions) {
      if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
      const name = entityName(id, mention.text);
      out.push({
        name: mention.text.replace(/\s+/g, ' '),
        kind: ENTITY_SYMBOL_KINDS[index.typeOf(id) ?? mention.type],
        location: location(ctx, uri, mention),
        containerName: `${name} · ${ctx.folders.label(uri)}`,
      });
    }
  }
  return out;
}
