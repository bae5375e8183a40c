/**
 * The index follows the workspace: files left out with a notice, an edit that changes a figure flips a relation,
 * deleted and created files leave and enter hovers, document text in hovers is escaped, and a hostile document
 * does not stop the server.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { ServerCommands, type ClaimsReport, type IndexState } from '../../server/src/protocol';
import { hoverLinks, positionOf, seedWorkspace, TestClient, until, uriOf } from './harness';

const ws = seedWorkspace();
let client: TestClient;
const doc = (prefix: string): { path: string; uri: string; text: string } => {
  const p = ws.file(prefix);
  return { path: p, uri: uriOf(p), text: fs.readFileSync(p, 'utf8') };
};
const s000 = doc('000');
const s002 = doc('002');
const s004 = doc('004');
const name = (uri: string): string => path.basename(uri).slice(0, 3);

async function hoverMarkdown(uri: string, text: string, needle: string, within = 0): Promise<string> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, 0, within) });
  return h ? (h.contents as MarkupContent).value : '';
}

void describe('index updates', () => {
  before(async () => {
    // Left out: a binary file and one over the size cap (set to 64 KiB for the test).
    fs.writeFileSync(path.join(ws.root, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(ws.root, 'huge.md'), 'Roma. '.repeat(20_000));
    client = await TestClient.start(ws.root, { files: { maxFileSizeKB: 64 } });
    await client.ready(5);
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  void test('binary and oversized files are left out with one notice', () => {
    const s = client.states[client.states.length - 1]!;
    assert.equal(s.documents, 5);
    assert.equal(s.skipped, 2);
    const notice = client.messages.find((m) => /left 2 file\(s\) out of the index/.test(m.message));
    assert.ok(notice, JSON.stringify(client.messages));
    assert.ok(client.logs.some((l) => /scan\.txt: binary file/.test(l)));
    assert.ok(client.logs.some((l) => /huge\.md: larger than the 64 KiB limit/.test(l)));
  });

  void test('an edit that changes a figure flips its relation', async () => {
    const before = await hoverMarkdown(s000.uri, s000.text, 'da 10.000 a 12.000 soldati', 3);
    assert.match(hoverLinks(before).find((l) => name(l.uri) === '002')?.line ?? '', /✗ conflicts/);
    await client.notify('textDocument/didOpen', { textDocument: { uri: s002.uri, languageId: 'plaintext', version: 1, text: s002.text } });
    const at = positionOf(s002.text, '15.000');
    await client.notify('textDocument/didChange', {
      textDocument: { uri: s002.uri, version: 2 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 6 } }, text: '11.000' }],
    });
    await until(async () => {
      const md = await hoverMarkdown(s000.uri, s000.text, 'da 10.000 a 12.000 soldati', 3);
      return /✓ agrees/.test(hoverLinks(md).find((l) => name(l.uri) === '002')?.line ?? '');
    }, '002 to agree after the edit');
    // Closing without saving returns to the text on disk.
    await client.notify('textDocument/didClose', { textDocument: { uri: s002.uri } });
    await until(async () => {
      const md = await hoverMarkdown(s000.uri, s000.text, 'da 10.000 a 12.000 soldati', 3);
      return /✗ conflicts/.test(hoverLinks(md).find((l) => name(l.uri) === '002')?.line ?? '');
    }, '002 to conflict again once closed');
  });

  void test('a deleted file disappears from hovers; a created one appears', async () => {
    const mentions = async (): Promise<Set<string>> => new Set(hoverLinks(await hoverMarkdown(s000.uri, s000.text, 'Kursk')).map((l) => name(l.uri)));
    assert.ok((await mentions()).has('004'));
    fs.rmSync(s004.path);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: s004.uri, type: 3 }] });
    await until(async () => !(await mentions()).has('004'), '004 to leave the Kursk hover');
    const report = await client.request<ClaimsReport>('workspace/executeCommand', { command: ServerCommands.claimsReport, arguments: [] });
    assert.ok(report.documents.every((d) => d.uri !== s004.uri));

    const moved = path.join(ws.root, 'moved', '104.txt');
    fs.mkdirSync(path.dirname(moved));
    fs.writeFileSync(moved, s004.text);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.dirname(moved)), type: 1 }] });
    await until(async () => (await mentions()).has('104'), 'the new file to enter the Kursk hover');
    fs.rmSync(path.dirname(moved), { recursive: true });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.dirname(moved)), type: 3 }] });
    await until(async () => !(await mentions()).has('104'), 'a deleted folder to take its files along');
  });

  void test('a file renamed in the editor keeps its facts under the new name', async () => {
    const from = doc('003');
    const to = path.join(ws.seeds, '103_renamed.txt');
    fs.renameSync(from.path, to);
    await client.notify('workspace/didRenameFiles', { files: [{ oldUri: from.uri, newUri: uriOf(to) }] });
    const report = await until(async () => {
      const r = await client.request<ClaimsReport>('workspace/executeCommand', { command: ServerCommands.claimsReport, arguments: [] });
      return r.documents.some((d) => d.uri === uriOf(to)) && r;
    }, 'the renamed file in the report');
    assert.ok(report.documents.every((d) => d.uri !== from.uri));
  });

  void test('settings changes apply: diagnostics off clears them, reindex reads the workspace again', async () => {
    await until(() => (client.diagnostics.get(s000.uri)?.length ?? 0) > 0, 'conflict diagnostics on 000');
    client.settings = { ...client.settings, diagnostics: { enable: false } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await until(() => client.diagnostics.get(s000.uri)?.length === 0, 'diagnostics cleared');
    client.settings = { ...client.settings, diagnostics: { enable: true, severity: 'hint' } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await until(() => client.diagnostics.get(s000.uri)?.every((d) => d.severity === 4) && client.diagnostics.get(s000.uri)!.length > 0, 'hint diagnostics');
    const state = await client.request<IndexState>('workspace/executeCommand', { command: ServerCommands.reindex, arguments: [] });
    assert.equal(state.documents, fs.readdirSync(ws.seeds).length);
    assert.equal(state.state, 'ready');
  });

  void test('document text in a hover is escaped and links only open locations', async () => {
    const hostile = path.join(ws.root, 'hostile.txt');
    const text = 'La regione di Kursk [click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** $(alert) `code` ![i](http://x/i.png) &amp; www.example.com.\n';
    fs.writeFileSync(hostile, text);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(hostile), type: 1 }] });
    const md = await until(async () => {
      const m = await hoverMarkdown(s000.uri, s000.text, 'Kursk');
      return hoverLinks(m).some((l) => l.uri === uriOf(hostile)) && m;
    }, 'the hostile file in the Kursk hover');
    const line = md.split('\n').find((l) => l.includes('hostile'))!;
    assert.ok(!/\]\(command:workbench/.test(line), line);
    // Every "<" is escaped ("\\<img" renders as text): no raw HTML reaches the hover.
    assert.ok(/<img/.test(line) && !/(^|[^\\])</.test(line), line);
    assert.ok(!/\*\*bold\*\*/.test(line) && !/\$\(alert\)/.test(line) && !/!\[i\]/.test(line) && !/&amp;/.test(line), line);
    for (const m of md.matchAll(/\]\(([^)]*)\)/g)) assert.match(m[1]!, /^command:corroborate\.openLocation\?/);
  });

  void test('a hostile document does not take the server down', async () => {
    const uri = uriOf(path.join(ws.root, 'noise.article'));
    const text = '\uD800'.repeat(50) + '1'.repeat(5000) + ' ' + '9.'.repeat(3000) + '\n' + '«'.repeat(2000) + ' Kursk\u0000\uFFFF\n'.repeat(200);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    const md = await hoverMarkdown(s000.uri, s000.text, 'Kursk');
    assert.ok(md.length > 0);
    await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
    assert.ok(client.alive);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});
