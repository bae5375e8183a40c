/**
 * The extension in VS Code's extension host, through the vscode API, on the copy of the seeds the runner opens:
 * the checks of the browser run (semantic tokens, the two hovers, a hover link, the claims report) without the
 * pixels.
 */
import assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { ClaimsReport } from '../../../server/src/protocol';
import { until } from '../poll';

const EXTENSION = 'corroborate.corroborate';
const CLAIM = 'da 10.000 a 12.000 soldati';

/** The seed whose file name starts with `prefix`, in the first workspace folder. */
async function seed(prefix: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(folder, 'a workspace folder is open');
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const name = entries.map(([n]) => n).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  assert.ok(name, `a seed ${prefix}_*.txt in ${folder.toString()}`);
  return vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, name));
}

function positionOf(doc: vscode.TextDocument, needle: string, within = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in ${doc.fileName}`);
  return doc.positionAt(at + within);
}

const fileName = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

/** The markdown of every hover at a position, one string. */
async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n\n');
}

/** The list items of a hover that link to another document: the line and the link's command arguments. */
function hoverItems(markdown: string): { line: string; command: string; args: unknown[] }[] {
  const out: { line: string; command: string; args: unknown[] }[] = [];
  for (const line of markdown.split('\n')) {
    const m = /\]\(command:([\w.]+)\?([^)\s]+)\)/.exec(line);
    if (m && line.startsWith('- ')) out.push({ line, command: m[1]!, args: JSON.parse(decodeURIComponent(m[2]!)) as unknown[] });
  }
  return out;
}

interface Token {
  text: string;
  type: string;
  modifiers: string[];
}

function decode(doc: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const out: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < tokens.data.length; i += 5) {
    const [dl, dc, length, type, bits] = [tokens.data[i]!, tokens.data[i + 1]!, tokens.data[i + 2]!, tokens.data[i + 3]!, tokens.data[i + 4]!];
    line += dl;
    character = dl === 0 ? character + dc : dc;
    out.push({
      text: doc.getText(new vscode.Range(line, character, line, character + length)),
      type: legend.tokenTypes[type] ?? `#${type}`,
      modifiers: legend.tokenModifiers.filter((_, b) => bits & (1 << b)),
    });
  }
  return out;
}

suite('Corroborate in VS Code, through the vscode API', () => {
  let s000: vscode.TextDocument;

  suiteSetup(async function () {
    this.timeout(180_000);
    const extension = vscode.extensions.getExtension(EXTENSION);
    assert.ok(extension, `${EXTENSION} is installed`);
    s000 = await seed('000');
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const seeds = (await vscode.workspace.fs.readDirectory(folder)).filter(([n]) => n.endsWith('.txt')).length;
    await vscode.window.showTextDocument(s000);
    await extension.activate();
    // The server answers the report command once the client runs; the index is ready when it counts every seed.
    await until(async () => {
      const report = await vscode.commands.executeCommand<ClaimsReport | undefined>('corroborate.server.claimsReport');
      return report && report.documents.length === seeds && report.claims.length > 0;
    }, `the language server to index the ${seeds} seeds`, 150_000);
  });

  test('semantic tokens: Putin is a person, Kursk a place other articles share, the claim is corroborated and conflicting', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', s000.uri);
    const tokens = await until(async () => {
      const t = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', s000.uri);
      return t && t.data.length > 0 ? decode(s000, t, legend) : undefined;
    }, 'semantic tokens for 000');
    const find = (text: string): Token | undefined => tokens.find((t) => t.text === text);
    assert.equal(find('Putin')?.type, 'person');
    assert.equal(find('Kursk')?.type, 'place');
    assert.ok(find('Kursk')?.modifiers.includes('shared'), 'Kursk is shared');
    const claim = tokens.find((t) => t.type === 'claim' && t.text.includes('10.000 a 12.000'));
    assert.ok(claim, `a claim token over "10.000 a 12.000": ${tokens.filter((t) => t.type === 'claim').map((t) => t.text).join(' | ')}`);
    assert.deepEqual([...claim.modifiers].sort(), ['conflicting', 'corroborated']);
  });

  test(`hover on "${CLAIM}": 003 and 004 agree, 002 conflicts`, async () => {
    const md = await hoverText(s000, positionOf(s000, CLAIM, 4));
    const items = hoverItems(md);
    const line = (prefix: string): string => items.find((i) => fileName(String(i.args[0])).startsWith(prefix))?.line ?? '';
    assert.match(line('003'), /✓ agrees/, md);
    assert.match(line('004'), /✓ agrees/, md);
    assert.match(line('002'), /✗ conflicts/, md);
    assert.match(md, /troops/);
  });

  test('hover on "Kursk" lists 001, 002 and 004, not 000', async () => {
    const md = await hoverText(s000, positionOf(s000, 'Kursk', 2));
    const named = new Set(hoverItems(md).map((i) => fileName(String(i.args[0])).slice(0, 3)));
    for (const prefix of ['001', '002', '004']) assert.ok(named.has(prefix), `${prefix} in ${md}`);
    assert.ok(!named.has('000'), 'the hovered document is not listed');
    assert.match(md, /place/);
  });

  test('the hover link to 004 opens it at the line of "11.000-12.000"', async () => {
    const md = await hoverText(s000, positionOf(s000, CLAIM, 4));
    const link = hoverItems(md).find((i) => fileName(String(i.args[0])).startsWith('004'));
    assert.ok(link, md);
    assert.equal(link.command, 'corroborate.openLocation');
    await vscode.commands.executeCommand(link.command, ...link.args);
    const s004 = await seed('004');
    const editor = await until(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === s004.uri.toString() ? e : undefined;
    }, 'the editor of 004');
    assert.equal(editor.selection.active.line, positionOf(s004, '11.000-12.000').line);
  });

  test('"Corroborate: Show Claims Report" opens the report on the troops comparison', async () => {
    await vscode.commands.executeCommand('corroborate.showClaimsReport');
    const tab = await until(() => {
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      return tabs.find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('corroborate.report'));
    }, 'the report tab');
    assert.equal(tab.label, 'Corroborate: Claims Report');
    const report = await vscode.commands.executeCommand<ClaimsReport>('corroborate.server.claimsReport');
    const troops = report.claims.find((g) => g.figures.some((f) => f.text === CLAIM));
    assert.ok(troops, 'a group holds the claim');
    assert.equal(troops.concept, 'troops');
    assert.ok(troops.conflicts > 0);
    assert.deepEqual(new Set(troops.figures.map((f) => fileName(f.uri).slice(0, 3))), new Set(['000', '002', '003', '004']));
  });
});
