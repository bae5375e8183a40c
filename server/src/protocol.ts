/**
 * What the language server and the client agree on: command ids, setting names, the semantic token legend, the
 * index state notification and the report shapes on the wire. Plain values only, so that both bundles (and the
 * manifest test) import it without pulling in either side.
 */
import type { ClaimGroup, EntityRow, ReportFigure, WorkspaceReport } from './core/report';

export const ARTICLE_LANGUAGE = 'article';

/** Commands the client registers and contributes in package.json. */
export const ClientCommands = {
  showClaimsReport: 'corroborate.showClaimsReport',
  exportReport: 'corroborate.exportReport',
  reindex: 'corroborate.reindex',
  showOutput: 'corroborate.showOutput',
  /** Opens a document at a line: the one command hover links may run. Arguments: uri, line, character. */
  openLocation: 'corroborate.openLocation',
  /** Peeks the references of a position: the code lens on a claim. Arguments: uri, line, character. */
  showReferences: 'corroborate.showReferences',
} as const;

/**
 * Commands the server answers through `workspace/executeCommand`. Their ids differ from the client's because
 * the language client registers every server command as an editor command of the same id.
 */
export const ServerCommands = {
  /** -> ClaimsReport */
  claimsReport: 'corroborate.server.claimsReport',
  /** -> EntitiesReport */
  entitiesReport: 'corroborate.server.entitiesReport',
  /** (format: ExportFormat) -> ExportedReport */
  exportReport: 'corroborate.server.exportReport',
  /** -> IndexState, once the workspace is read again */
  reindex: 'corroborate.server.reindex',
} as const;

export const EXPORT_FORMATS = ['markdown', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Setting names under `corroborate.` and their defaults. */
export const Settings = {
  include: 'corroborate.files.include',
  exclude: 'corroborate.files.exclude',
  maxFileSizeKB: 'corroborate.files.maxFileSizeKB',
  diagnosticsEnable: 'corroborate.diagnostics.enable',
  diagnosticsSeverity: 'corroborate.diagnostics.severity',
  codeLensEnable: 'corroborate.codeLens.enable',
  analysisDelay: 'corroborate.analysis.delay',
  traceServer: 'corroborate.trace.server',
} as const;

export type DiagnosticLevel = 'information' | 'hint';

/** The `corroborate` configuration section as the server reads it. */
export interface CorroborateSettings {
  files: { include: string[]; exclude: string[]; maxFileSizeKB: number };
  diagnostics: { enable: boolean; severity: DiagnosticLevel };
  codeLens: { enable: boolean };
  analysis: { delay: number };
}

export const DEFAULT_SETTINGS: CorroborateSettings = {
  files: { include: ['**/*.txt', '**/*.md', '**/*.article'], exclude: ['**/node_modules/**', '**/.*/**'], maxFileSizeKB: 2048 },
  diagnostics: { enable: true, severity: 'information' },
  codeLens: { enable: true },
  analysis: { delay: 300 },
};

/** Semantic token types: the entity types of the core, and numeric claims. Order is the legend's. */
export const TOKEN_TYPES = ['person', 'place', 'organization', 'event', 'date', 'claim'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** Standard types each custom type falls back to in themes that know nothing of it. */
export const TOKEN_SUPER_TYPES: Record<TokenType, string> = {
  person: 'variable',
  place: 'namespace',
  organization: 'class',
  event: 'function',
  date: 'enumMember',
  claim: 'number',
};

export const TOKEN_MODIFIERS = ['conflicting', 'corroborated', 'shared'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** Sent by the server whenever the index changes. */
export const INDEX_STATE_NOTIFICATION = 'corroborate/indexState';

export interface IndexState {
  state: 'indexing' | 'ready';
  documents: number;
  entities: number;
  claims: number;
  /** Pairs of claims in different documents whose figures conflict. */
  conflicts: number;
  /** Files left out of the index (too large, binary, unreadable). */
  skipped: number;
}

/** JSON turns unbounded figures ("at least 3,000": high = Infinity) into null. */
export type WireFigure = Omit<ReportFigure, 'low' | 'high'> & { low: number | null; high: number | null };
export type WireClaimGroup = Omit<ClaimGroup, 'figures'> & { figures: WireFigure[] };

export interface ClaimsReport {
  documents: WorkspaceReport['documents'];
  claims: WireClaimGroup[];
}

export interface EntitiesReport {
  documents: WorkspaceReport['documents'];
  entities: EntityRow[];
}

export interface ExportedReport {
  format: ExportFormat;
  content: string;
}
