/**
 * The client's commands: report view, export, reindex, output, and the two the server's hovers and lenses use
 * (open a location, peek references). Arguments that arrive from a link are checked before use.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
  ClientCommands,
  ServerCommands,
  type ClaimsReport,
  type EntitiesReport,
  type ExportedReport,
  type ExportFormat,
  type IndexState,
} from '../../server/src/protocol';
import { ReportView } from './reportView';

function server<T>(client: LanguageClient, command: string, ...args: unknown[]): Promise<T> {
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
}

/** A uri, line and character as the server sends them in links and lenses; undefined if anything is off. */
function location(uri: unknown, line: unknown, character: unknown): { uri: vscode.Uri; position: vscode.Position } | undefined {
  if (typeof uri !== 'string' || !Number.isInteger(line) || !Number.isInteger(character) || (line as number) < 0 || (character as number) < 0) return undefined;
  const parsed = vscode.Uri.parse(uri, true);
  if (parsed.scheme !== 'file' && parsed.scheme !== 'untitled') return undefined;
  return { uri: parsed, position: new vscode.Position(line as number, character as number) };
}

const FORMATS: { label: string; format: ExportFormat; extension: string }[] = [
  { label: 'Markdown', format: 'markdown', extension: 'md' },
  { label: 'CSV', format: 'csv', extension: 'csv' },
  { label: 'JSON', format: 'json', extension: 'json' },
];

export function loadReport(client: LanguageClient): () => Promise<{ claims: ClaimsReport; entities: EntitiesReport }> {
  return async () => {
    const [claims, entities] = await Promise.all([server<ClaimsReport>(client, ServerCommands.claimsReport), server<EntitiesReport>(client, ServerCommands.entitiesReport)]);
    return { claims, entities };
  };
}

async function exportReport(client: LanguageClient): Promise<void> {
  const choice = await vscode.window.showQuickPick(FORMATS, { title: 'Corroborate: export the report as' });
  if (!choice) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `corroborate-report.${choice.extension}`) : undefined,
    filters: { [choice.label]: [choice.extension] },
  });
  if (!target) return;
  const exported = await server<ExportedReport>(client, ServerCommands.exportReport, choice.format);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exported.content));
  void vscode.window.showInformationMessage(`Corroborate: report written to ${vscode.workspace.asRelativePath(target)}.`);
}

export function registerCommands(client: LanguageClient): vscode.Disposable[] {
  const run = (id: string, task: (...args: unknown[]) => Promise<unknown>): vscode.Disposable =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        await task(...args);
      } catch (e) {
        void vscode.window.showErrorMessage(`Corroborate: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  return [
    run(ClientCommands.showClaimsReport, () => ReportView.show(loadReport(client))),
    run(ClientCommands.exportReport, () => exportReport(client)),
    run(ClientCommands.reindex, async () => {
      const s = await server<IndexState>(client, ServerCommands.reindex);
      void vscode.window.showInformationMessage(`Corroborate: ${s.documents} documents indexed, ${s.claims} claims, ${s.conflicts} conflicts.`);
    }),
    run(ClientCommands.showOutput, async () => client.outputChannel.show(true)),
    run(ClientCommands.openLocation, async (uri, line, character) => {
      const at = location(uri, line, character);
      if (at) await vscode.window.showTextDocument(at.uri, { selection: new vscode.Range(at.position, at.position) });
    }),
    run(ClientCommands.showReferences, async (uri, line, character) => {
      const at = location(uri, line, character);
      if (at) await vscode.commands.executeCommand('editor.action.findReferences', at.uri, at.position);
    }),
  ];
}
