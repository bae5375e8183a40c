/**
 * The Corroborate language server (`node server.js --stdio` or `--node-ipc`): serves the analysis core's facts
 * over LSP. Each handler reads the analysed workspace after any edit still waiting is analysed, and delegates to
 * one feature module; a handler that throws is logged and answers empty, so one bad document never stops the
 * server.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type ClientCapabilities,
  type Disposable,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { canonicalUri } from './articleFolders';
import { noteLinkChange } from './core/filing';
import { ArticleWorkspace, type Logger } from './articles';
import { codeLenses } from './features/codeLens';
import { executeCommand, SERVER_COMMANDS } from './features/commands';
import type { FeatureContext } from './features/context';
import { DiagnosticsPublisher } from './features/diagnostics';
import { hover } from './features/hover';
import { definition, documentSymbols, references, workspaceSymbols } from './features/navigation';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { limitHeapGrowth } from './heap';
import { INDEX_STATE_NOTIFICATION, type IndexState } from './protocol';
import { WorkspaceSync, type FileChange } from './workspaceSync';

limitHeapGrowth();

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

const log: Logger = {
  info: (m) => connection.console.info(m),
  warn: (m) => connection.console.warn(m),
  error: (m) => connection.console.error(m),
};

const articles = new ArticleWorkspace(log);
let capabilities: ClientCapabilities = {};
let indexing = false;
const sync = new WorkspaceSync(articles, {
  log,
  configuration: async (scopeUri) => {
    if (!capabilities.workspace?.configuration) return undefined;
    try {
      return await connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: 'corroborate' } : { section: 'corroborate' });
    } catch (e) {
      log.warn(`Settings unavailable, defaults used: ${describe(e)}`);
      return undefined;
    }
  },
  progress: async (title) => {
    try {
      const reporter = await connection.window.createWorkDoneProgress();
      reporter.begin(title, 0);
      return { report: (p, m) => reporter.report(p, m), done: () => reporter.done() };
    } catch (e) {
      // A client that refuses progress still gets its workspace indexed.
      log.warn(`No progress reporting: ${describe(e)}`);
      return { report: () => undefined, done: () => undefined };
    }
  },
  notice: (m) => void connection.window.showWarningMessage(m),
  indexing: (active) => {
    indexing = active;
    if (active) return sendState();
    // What changed while indexing is published once, at the end; the state turns ready when that is done.
    if (refreshTimer) clearTimeout(refreshTimer);
    refresh();
  },
});
const ctx: FeatureContext = { articles, folders: sync.folders, settings: () => sync.settings };
const diagnostics = new DiagnosticsPublisher(ctx, {
  send: (uri, list) => void connection.sendDiagnostics({ uri, diagnostics: list }),
  openUris: () => documents.keys(),
  error: (m) => log.error(m),
  settled: () => sendState(),
});

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** Runs a handler on the current analysis; a failure is logged and answered with `fallback`. */
function guarded<P, R>(name: string, fallback: R, run: (params: P) => R): (params: P) => R {
  return (params) => {
    try {
      const textDocument = (params as { textDocument?: { uri: string } }).textDocument;
      if (textDocument) textDocument.uri = canonicalUri(textDocument.uri);
      articles.flush();
      return run(params);
    } catch (e) {
      log.error(`${name} failed: ${describe(e)}`);
      return fallback;
    }
  };
}

function state(): IndexState {
  const stats = articles.core.stats();
  // Ready once the conflicts are counted too: the diagnostics pass counts them document by document.
  return {
    state: indexing || diagnostics.busy ? 'indexing' : 'ready',
    documents: stats.documents,
    entities: stats.entities,
    claims: stats.claims,
    conflicts: diagnostics.conflicts,
    skipped: sync.skippedFiles.size,
  };
}

function sendState(): void {
  try {
    void connection.sendNotification(INDEX_STATE_NOTIFICATION, state());
  } catch (e) {
    log.error(`Index state failed: ${describe(e)}`);
  }
}

/** Index changes are gathered for a moment, then diagnostics, tokens, lenses and the status follow once. */
const changedSince = new Set<string>();
let linksSince: Set<string> | 'all' = new Set();
/** Of linksSince, the documents whose links may have changed toward these documents only, in every change since. */
let towardSince = new Map<string, Set<string>>();
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
articles.onDidChange((uris, links, toward) => {
  for (const u of uris) changedSince.add(u);
  if (links === 'all') linksSince = 'all';
  else if (linksSince !== 'all') for (const u of links) noteLinkChange(linksSince, towardSince, u, toward.get(u));
  refreshTimer ??= setTimeout(refresh, 50);
});

function refresh(): void {
  refreshTimer = undefined;
  if (!indexing) {
    diagnostics.changed(new Set(changedSince), linksSince, linksSince === 'all' ? new Map() : towardSince);
    changedSince.clear();
    linksSince = new Set();
    towardSince = new Map();
  }
  if (capabilities.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
  if (capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh');
  sendState();
}

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  sync.setFolders(folders.map(canonicalUri));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      semanticTokensProvider: { legend: LEGEND, full: true, range: true },
      executeCommandProvider: { commands: SERVER_COMMANDS },
      workspace: {
        workspaceFolders: { supported: true, changeNotifications: true },
        fileOperations: { didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } },
      },
    },
    serverInfo: { name: 'corroborate-language-server', version: '0.1.0' },
  };
});

let watchers: Disposable | undefined;

/** Watches the included files for changes, and everything for creations and deletions (folders moved in or out). */
async function watchFiles(): Promise<void> {
  if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  watchers?.dispose();
  const globs = [...new Set(sync.folders.all.flatMap((f) => f.rules.include))];
  watchers = await connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [...globs.map((globPattern) => ({ globPattern })), { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete }],
  });
}

connection.onInitialized(async () => {
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' });
  }
  if (capabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
      sync.addFolders(e.added.map((f) => canonicalUri(f.uri)), e.removed.map((f) => canonicalUri(f.uri)));
      for (const f of e.removed) articles.deleteUnder(canonicalUri(f.uri));
      await sync.loadSettings();
      await watchFiles();
      await sync.indexWorkspace();
    });
  }
  await sync.loadSettings();
  await watchFiles();
  await sync.indexWorkspace();
});

connection.onDidChangeConfiguration(async () => {
  const filesChanged = await sync.loadSettings();
  if (filesChanged) {
    await watchFiles();
    await sync.indexWorkspace();
  }
  // Diagnostics and lenses may have been turned on or off.
  diagnostics.all();
  if (capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh');
});

documents.onDidOpen((e) => sync.didOpen(canonicalUri(e.document.uri), e.document.languageId, e.document.getText()));
documents.onDidChangeContent((e) => sync.didChange(canonicalUri(e.document.uri), e.document.getText()));
documents.onDidClose((e) => void sync.didClose(canonicalUri(e.document.uri)));

const CHANGE_TYPES: Record<FileChangeType, FileChange['type']> = {
  [FileChangeType.Created]: 'created',
  [FileChangeType.Changed]: 'changed',
  [FileChangeType.Deleted]: 'deleted',
};
connection.onDidChangeWatchedFiles((p) => void sync.filesChanged(p.changes.map((c) => ({ uri: canonicalUri(c.uri), type: CHANGE_TYPES[c.type] }))));
connection.workspace.onDidRenameFiles((p) => void sync.filesRenamed(p.files.map((f) => ({ oldUri: canonicalUri(f.oldUri), newUri: canonicalUri(f.newUri) }))));

connection.onHover(guarded('Hover', null, (p) => hover(ctx, p)));
connection.onDefinition(guarded('Definition', null, (p) => definition(ctx, p)));
connection.onReferences(guarded('References', [], (p) => references(ctx, p)));
connection.onDocumentSymbol(guarded('Document symbols', [], (p) => documentSymbols(ctx, p.textDocument.uri)));
connection.onWorkspaceSymbol(guarded('Workspace symbols', [], (p) => workspaceSymbols(ctx, p.query)));
connection.onCodeLens(guarded('Code lens', [], (p) => codeLenses(ctx, p.textDocument.uri)));
connection.languages.semanticTokens.on(guarded('Semantic tokens', { data: [] }, (p) => semanticTokens(ctx, p.textDocument.uri)));
connection.languages.semanticTokens.onRange(guarded('Semantic tokens', { data: [] }, (p) => semanticTokens(ctx, p.textDocument.uri, p.range)));
connection.onExecuteCommand(async (p) => {
  try {
    return await executeCommand(ctx, async () => {
      await sync.loadSettings();
      await sync.indexWorkspace(true);
      await diagnostics.settled();
      return state();
    }, p);
  } catch (e) {
    log.error(`Command ${p.command} failed: ${describe(e)}`);
    throw e;
  }
});

// The last line of defence: a fault outside any handler is logged and the server goes on.
process.on('uncaughtException', (e) => log.error(`Uncaught: ${describe(e)}`));
process.on('unhandledRejection', (e) => log.error(`Unhandled rejection: ${describe(e)}`));

documents.listen(connection);
connection.listen();
