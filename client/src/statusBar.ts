/** The status bar item: what the index holds, from the server's index state notification. */
import * as vscode from 'vscode';
import { ClientCommands, type IndexState } from '../../server/src/protocol';

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export class IndexStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corroborate.index', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Corroborate';
    this.item.command = ClientCommands.showClaimsReport;
    this.item.text = '$(sync~spin) Corroborate';
    this.item.tooltip = 'Corroborate: starting the language server';
    this.item.show();
  }

  update(s: IndexState): void {
    const entities = count(s.entities, 'entity', 'entities');
    const counts = `${count(s.documents, 'doc')} · ${entities} · ${count(s.claims, 'claim')} · ${count(s.conflicts, 'conflict')}`;
    this.item.text = `${s.state === 'indexing' ? '$(sync~spin)' : '$(checklist)'} ${counts}`;
    const lines = [
      `**Corroborate**${s.state === 'indexing' ? ': indexing…' : ''}`,
      `${count(s.documents, 'document')} indexed: ${entities}, ${count(s.claims, 'claim')}.`,
      `${count(s.conflicts, 'pair')} of claims conflict across sources.`,
    ];
    if (s.skipped) lines.push(`${count(s.skipped, 'file')} left out of the index (see Corroborate: Show Output).`);
    lines.push('Click for the claims report.');
    this.item.tooltip = new vscode.MarkdownString(lines.join('\n\n'));
  }

  failed(message: string): void {
    this.item.text = '$(error) Corroborate';
    this.item.tooltip = `Corroborate: the language server stopped: ${message}`;
    this.item.command = ClientCommands.showOutput;
  }

  dispose(): void {
    this.item.dispose();
  }
}
