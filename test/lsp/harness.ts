/**
 * A language client for tests: starts `server/out/server.js --stdio`, speaks LSP to it, answers the requests a
 * server makes of its client (configuration, progress, registrations, refreshes) and records what it is told
 * (diagnostics, index state, messages, progress). Waiting is always polling a condition, never a fixed sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  LogMessageNotification,
  NotificationType,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShowMessageRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { INDEX_STATE_NOTIFICATION, type IndexState } from '../../server/src/protocol';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The server bundle; CORROBORATE_SERVER points the tests at another build (an unpacked .vsix). */
export const SERVER = process.env.CORROBORATE_SERVER ?? path.join(REPO, 'server', 'out', 'server.js');
export const SEEDS = path.join(REPO, 'seeds');

export function uriOf(file: string): string {
  return URI.file(file).toString();
}

/** A temporary workspace holding a copy of the seeds in `seeds/`. */
export function seedWorkspace(): { root: string; seeds: string; file(prefix: string): string; remove(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-lsp-'));
  const seeds = path.join(root, 'seeds');
  fs.mkdirSync(seeds);
  for (const name of fs.readdirSync(SEEDS)) if (name.endsWith('.txt')) fs.copyFileSync(path.join(SEEDS, name), path.join(seeds, name));
  return {
    root,
    seeds,
    file: (prefix) => {
      const name = fs.readdirSync(seeds).find((n) => n.startsWith(prefix));
      if (!name) throw new Error(`no seed ${prefix}`);
      return path.join(seeds, name);
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** Polls `probe` until it returns something other than undefined/false, or fails after `timeout` ms. */
export async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Line and character of the `nth` occurrence of `needle` in `text` (UTF-16, as LSP counts by default). */
export function positionOf(text: string, needle: string, nth = 0, within = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  const offset = at + within;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly states: IndexState[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly progress: { token: string | number; kind: string }[] = [];
  readonly registrations: string[] = [];
  initializeResult!: InitializeResult;
  stderr = '';
  /** The `corroborate` settings the client answers with; change them, then send didChangeConfiguration. */
  settings: Record<string, unknown> = {};

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {}

  /** Starts the server on a workspace folder and waits until it has indexed at least `documents` documents. */
  static async start(folder: string, settings: Record<string, unknown> = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [...(process.env.CORROBORATE_SERVER_ARGS ? process.env.CORROBORATE_SERVER_ARGS.split(' ') : []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child);
    client.settings = settings;
    child.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      client.diagnostics.set(p.uri, p.diagnostics);
    });
    connection.onNotification(new NotificationType<IndexState>(INDEX_STATE_NOTIFICATION), (s) => {
      client.states.push(s);
    });
    connection.onNotification(ShowMessageNotification.type, (m) => {
      client.messages.push(m);
    });
    connection.onNotification(LogMessageNotification.type, (m) => {
      client.logs.push(m.message);
    });
    connection.onNotification(new NotificationType<{ token: string | number; value: { kind: string } }>('$/progress'), (p) => {
      client.progress.push({ token: p.token, kind: p.value.kind });
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => client.settings));
    // The server's notices (showWarningMessage) arrive as requests that could carry actions.
    connection.onRequest(ShowMessageRequest.type, (m) => {
      client.messages.push(m);
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      client.registrations.push(...p.registrations.map((r) => r.method));
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.listen();
    const root = uriOf(folder);
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: path.basename(folder) }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
          semanticTokens: { refreshSupport: true },
          codeLens: { refreshSupport: true },
          symbol: {},
        },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: {
            requests: { full: true, range: true },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative'],
          },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { relatedInformation: true },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** The latest index state once the server reports `ready` with at least `documents` documents. */
  ready(documents: number, timeout = 15_000): Promise<IndexState> {
    return until(() => {
      const s = this.states[this.states.length - 1];
      return s && s.state === 'ready' && s.documents >= documents ? s : undefined;
    }, `index ready with ${documents} documents (states: ${JSON.stringify(this.states.slice(-3))}; stderr: ${this.stderr.slice(-500)})`, timeout);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

/** The command links of a hover: [uri, line, character] of each, in order. */
export function hoverLinks(markdown: string): { line: string; uri: string; at: number }[] {
  const out: { line: string; uri: string; at: number }[] = [];
  for (const line of markdown.split('\n')) {
    for (const m of line.matchAll(/\]\((command:[^)\s]+)\)/g)) {
      const target = m[1]!;
      const query = target.slice(target.indexOf('?') + 1);
      const [uri, at] = JSON.parse(decodeURIComponent(query)) as [string, number, number];
      out.push({ line, uri, at });
    }
  }
  return out;
}

/** Decoded semantic tokens with the text they cover. */
export function decodeTokens(data: readonly number[], text: string, legend: { tokenTypes: string[]; tokenModifiers: string[] }) {
  const lines = text.split('\n');
  const out: { line: number; character: number; text: string; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, length, type, bits] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += dl;
    character = dl === 0 ? character + dc : dc;
    out.push({
      line,
      character,
      text: lines[line]!.slice(character, character + length),
      type: legend.tokenTypes[type]!,
      modifiers: legend.tokenModifiers.filter((_, b) => bits & (1 << b)),
    });
  }
  return out;
}
