/**
 * Diagnostics at Information or Hint level for claims whose figure conflicts with another source's, with the
 * conflicting claims as related information. Republished only for the documents an index change can touch.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { formatFigure } from '../core/report';
import type { FeatureContext } from './context';

export const DIAGNOSTIC_SOURCE = 'corroborate';
export const CONFLICT_CODE = 'conflicting-figure';

export function conflictDiagnostics(ctx: FeatureContext, uri: string): Diagnostic[] {
  const settings = ctx.settings().diagnostics;
  const doc = ctx.articles.get(uri);
  if (!doc || !settings.enable) return [];
  const links = ctx.articles.links(uri);
  const out: Diagnostic[] = [];
  doc.facts.claims.forEach((claim, i) => {
    const conflicts = (links[i] ?? []).filter((l) => l.relation === 'conflicts');
    if (conflicts.length === 0) return;
    const sources = conflicts.map((l) => `${ctx.folders.label(l.b.doc)} (${formatFigure(l.b.claim)})`);
    out.push({
      range: ctx.articles.range(uri, claim),
      severity: settings.severity === 'hint' ? DiagnosticSeverity.Hint : DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: CONFLICT_CODE,
      message: `${formatFigure(claim)}${claim.concept ? ` ${claim.concept}` : ''} conflicts with ${sources.join(', ')}`,
      relatedInformation: conflicts.map((l) => ({
        location: { uri: l.b.doc, range: ctx.articles.range(l.b.doc, l.b.claim) },
        message: `${formatFigure(l.b.claim)}: “${l.b.claim.text.replace(/\s+/g, ' ')}”`,
      })),
    });
  });
  return out;
}

/**
 * Which documents to republish after a change: the changed ones, those that state a concept a changed one
 * states, and those whose published diagnostics point into a changed one.
 */
export class DiagnosticsTracker {
  private readonly pointsInto = new Map<string, Set<string>>();

  affected(ctx: FeatureContext, changed: ReadonlySet<string>): Set<string> {
    const out = new Set(changed);
    const concepts = new Set<string>();
    for (const u of changed) for (const c of ctx.articles.get(u)?.facts.claims ?? []) if (c.concept) concepts.add(c.concept);
    if (concepts.size) {
      for (const doc of ctx.articles.core.documents()) if (doc.facts.claims.some((c) => c.concept && concepts.has(c.concept))) out.add(doc.uri);
    }
    for (const [uri, targets] of this.pointsInto) if ([...targets].some((t) => changed.has(t))) out.add(uri);
    return out;
  }

  /** Records what a document's diagnostics point into, for the next `affected`. */
  published(uri: string, diagnostics: readonly Diagnostic[]): void {
    const targets = new Set(diagnostics.flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri)));
    if (targets.size) this.pointsInto.set(uri, targets);
    else this.pointsInto.delete(uri);
  }

  /** Every document with published diagnostics. */
  get withDiagnostics(): string[] {
    return [...this.pointsInto.keys()];
  }
}
