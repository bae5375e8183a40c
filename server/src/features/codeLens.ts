/**
 * Code lenses: a summary at the top of each document ("12 entities · 8 claims · 2 conflicts with other sources")
 * that opens the claims report, and one above each claim that other documents also state, which peeks them.
 */
import type { CodeLens } from 'vscode-languageserver';
import { ClientCommands } from '../protocol';
import type { FeatureContext } from './context';
import { count } from './describe';

export function summaryTitle(entities: number, claims: number, conflicts: number): string {
  return `${count(entities, 'entity', 'entities')} · ${count(claims, 'claim')} · ${count(conflicts, 'conflict')} with other sources`;
}

export function codeLenses(ctx: FeatureContext, uri: string): CodeLens[] {
  const doc = ctx.articles.get(uri);
  if (!doc || !ctx.settings().codeLens.enable) return [];
  const links = ctx.articles.links(uri);
  const conflicts = links.reduce((n, ls) => n + ls.filter((l) => l.relation === 'conflicts').length, 0);
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const lenses: CodeLens[] = [
    {
      range: top,
      command: { title: summaryTitle(new Set(doc.facts.entities.map((m) => m.id)).size, doc.facts.claims.length, conflicts), command: ClientCommands.showClaimsReport },
    },
  ];
  doc.facts.claims.forEach((claim, i) => {
    const ls = links[i] ?? [];
    if (ls.length === 0) return;
    const agree = ls.filter((l) => l.relation === 'agrees').length;
    const conflict = ls.length - agree;
    const parts = [agree ? `✓ ${agree} ${agree === 1 ? 'source agrees' : 'sources agree'}` : '', conflict ? `✗ ${conflict} ${conflict === 1 ? 'source conflicts' : 'sources conflict'}` : ''];
    const range = ctx.articles.range(uri, claim);
    lenses.push({
      range,
      command: { title: parts.filter(Boolean).join(' · '), command: ClientCommands.showReferences, arguments: [uri, range.start.line, range.start.character] },
    });
  });
  return lenses;
}
