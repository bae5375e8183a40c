/**
 * The `corroborate` settings as the server uses them: whatever the client sends is checked field by field, and a
 * value of the wrong shape falls back to its default instead of breaking indexing.
 */
import { DEFAULT_SETTINGS, type CorroborateSettings, type DiagnosticLevel } from './protocol';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown, fallback: string[]): string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string') ? v.filter((s) => s.trim() !== '') : fallback;
}

function number(v: unknown, fallback: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
}

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

/** Settings from a `corroborate` configuration section of any shape. */
export function readSettings(section: unknown): CorroborateSettings {
  const s = isRecord(section) ? section : {};
  const files = isRecord(s.files) ? s.files : {};
  const diagnostics = isRecord(s.diagnostics) ? s.diagnostics : {};
  const codeLens = isRecord(s.codeLens) ? s.codeLens : {};
  const analysis = isRecord(s.analysis) ? s.analysis : {};
  const d = DEFAULT_SETTINGS;
  const severity: DiagnosticLevel = diagnostics.severity === 'hint' || diagnostics.severity === 'information' ? diagnostics.severity : d.diagnostics.severity;
  return {
    files: {
      include: strings(files.include, d.files.include),
      exclude: strings(files.exclude, d.files.exclude),
      maxFileSizeKB: number(files.maxFileSizeKB, d.files.maxFileSizeKB, 1, 1024 * 1024),
    },
    diagnostics: { enable: bool(diagnostics.enable, d.diagnostics.enable), severity },
    codeLens: { enable: bool(codeLens.enable, d.codeLens.enable) },
    analysis: { delay: number(analysis.delay, d.analysis.delay, 0, 10_000) },
  };
}

/** True when two settings read the workspace differently, so that the index must be rebuilt. */
export function filesChanged(a: CorroborateSettings, b: CorroborateSettings): boolean {
  return JSON.stringify(a.files) !== JSON.stringify(b.files);
}
