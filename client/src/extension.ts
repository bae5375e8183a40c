/**
 * The Corroborate client: starts the language server, shows the index state in the status bar, registers the
 * commands, and trusts the hovers' location links, and only those. Everything analytical is in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ARTICLE_LANGUAGE, ClientCommands, INDEX_STATE_NOTIFICATION, type IndexState } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { ReportView } from './reportView';
import { IndexStatus } from './statusBar';

let client: LanguageClient | undefined;

/** Hover links may run the command that opens a location, and no other. */
const HOVER_TRUST = { enabledCommands: [ClientCommands.openLocation] };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: ARTICLE_LANGUAGE },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
    ],
    middleware: {
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        for (const content of hover?.contents ?? []) if (content instanceof vscode.MarkdownString) content.isTrusted = HOVER_TRUST;
        return hover;
      },
    },
  };
  client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
  const status = new IndexStatus();
  context.subscriptions.push(status, ...registerCommands(client));

  let redraw: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    client.onNotification(INDEX_STATE_NOTIFICATION, (state: IndexState) => {
      status.update(state);
      // An open report follows the index, once the burst of changes settles.
      if (redraw) clearTimeout(redraw);
      redraw = setTimeout(() => void ReportView.refresh().catch(() => undefined), 500);
    }),
  );
  try {
    await client.start();
  } catch (e) {
    status.failed(e instanceof Error ? e.message : String(e));
    throw e;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
