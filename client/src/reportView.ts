/**
 * The claims report as a webview panel: one panel, refreshed when shown again or when the index changes, that
 * opens a source when the page asks for a location it was given.
 */
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import { reportHtml, type ReportData, type Target } from './reportHtml';

/** The one report panel; showing it again refreshes it. */
export class ReportView {
  private static current: ReportView | undefined;
  private targets: Target[] = [];

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly load: () => Promise<ReportData>,
  ) {
    panel.onDidDispose(() => (ReportView.current = undefined));
    panel.webview.onDidReceiveMessage((m: unknown) => {
      this.open(m).catch((e: unknown) => void vscode.window.showErrorMessage(`Corroborate: cannot open the source: ${e instanceof Error ? e.message : String(e)}`));
    });
  }

  static async show(load: () => Promise<ReportData>): Promise<void> {
    if (!ReportView.current) {
      const panel = vscode.window.createWebviewPanel('corroborate.report', 'Corroborate: Claims Report', vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [],
      });
      ReportView.current = new ReportView(panel, load);
    }
    ReportView.current.panel.reveal(undefined, true);
    await ReportView.current.render();
  }

  /** Redraws the open panel, if any, after the index changed. */
  static async refresh(): Promise<void> {
    if (ReportView.current?.panel.visible) await ReportView.current.render();
  }

  private async render(): Promise<void> {
    const data = await this.load();
    const targets: Target[] = [];
    const label = (uri: string): string => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
    const nonce = crypto.randomBytes(16).toString('base64');
    this.panel.webview.html = reportHtml(data, label, (t) => targets.push(t) - 1, nonce, this.panel.webview.cspSource);
    this.targets = targets;
  }

  private async open(message: unknown): Promise<void> {
    const index = (message as { type?: unknown; target?: unknown } | null)?.target;
    const target = typeof index === 'number' && Number.isInteger(index) ? this.targets[index] : undefined;
    if (!target) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
    const position = document.positionAt(target.offset);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
  }
}
