/**
 * The language server over stdio on a copy of the seeds: capabilities, semantic tokens, hovers naming the other
 * documents, navigation, code lens, diagnostics and the report commands.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { CodeLens, Diagnostic, DocumentSymbol, Hover, Location, MarkupContent, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { claimGroups, entityRows, workspaceReport } from '../../server/src/core/report';
import { WorkspaceIndex } from '../../server/src/core/workspaceIndex';
import { ServerCommands, TOKEN_MODIFIERS, TOKEN_TYPES, type ClaimsReport, type EntitiesReport, type ExportedReport } from '../../server/src/protocol';
import { decodeTokens, hoverLinks, positionOf, seedWorkspace, TestClient, until, uriOf } from './harness';

const ws = seedWorkspace();
let client: TestClient;
const seed = (prefix: string): { path: string; uri: string; text: string } => {
  const path = ws.file(prefix);
  return { path, uri: uriOf(path), text: fs.readFileSync(path, 'utf8') };
};
const s000 = seed('000');
const s001 = seed('001');
const s002 = seed('002');
const s003 = seed('003');
const s004 = seed('004');
const name = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1, uri.lastIndexOf('/') + 4);

async function hoverAt(doc: { uri: string; text: string }, needle: string, within = 0): Promise<string> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: doc.uri }, position: positionOf(doc.text, needle, 0, within) });
  assert.ok(h, `a hover on "${needle}"`);
  return (h.contents as MarkupContent).value;
}

void describe('language server on the seeds', () => {
  before(async () => {
    client = await TestClient.start(ws.root);
    await client.ready(5);
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  void test('initialize announces every capability with the token legend', () => {
    const c = client.initializeResult.capabilities;
    assert.ok(c.hoverProvider);
    assert.ok(c.definitionProvider);
    assert.ok(c.referencesProvider);
    assert.ok(c.documentSymbolProvider);
    assert.ok(c.workspaceSymbolProvider);
    assert.ok(c.codeLensProvider);
    assert.deepEqual(c.semanticTokensProvider?.legend, { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] });
    assert.equal(c.semanticTokensProvider?.full, true);
    assert.equal(c.semanticTokensProvider?.range, true);
    assert.deepEqual(c.executeCommandProvider?.commands, Object.values(ServerCommands));
  });

  void test('indexing reports work-done progress and registers file watchers', () => {
    assert.ok(client.progress.some((p) => p.kind === 'begin'));
    assert.ok(client.progress.some((p) => p.kind === 'end'));
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'));
  });

  void test('semantic tokens of 000 decode to its entities and claims', async () => {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: s000.uri } });
    const decoded = decodeTokens(tokens.data, s000.text, client.initializeResult.capabilities.semanticTokensProvider!.legend);
    assert.ok(decoded.length >= 30, `at least 30 tokens, got ${decoded.length}`);
    const has = (text: string, type: string): boolean => decoded.some((t) => t.text === text && t.type === type);
    for (const [text, type] of [
      ['Putin', 'person'],
      ['Kim Jong-un', 'person'],
      ['Xi Jinping', 'person'],
      ['Pyongyang', 'place'],
      ['Corea del Nord', 'place'],
      ['Kursk', 'place'],
      ['Pechino', 'place'],
      ['Russia', 'place'],
      ['Seconda Guerra Mondiale', 'event'],
      ['2024', 'date'],
    ] as const) {
      assert.ok(has(text, type), `token "${text}" as ${type}; tokens: ${decoded.map((t) => `${t.text}:${t.type}`).join(', ')}`);
    }
    const claim = decoded.find((t) => t.type === 'claim' && t.text.includes('10.000 a 12.000'));
    assert.ok(claim, `a claim token over "10.000 a 12.000"; claims: ${decoded.filter((t) => t.type === 'claim').map((t) => t.text).join(' | ')}`);
    assert.ok(claim.modifiers.includes('conflicting') && claim.modifiers.includes('corroborated'), `modifiers ${claim.modifiers.join(',')}`);
    assert.ok(decoded.find((t) => t.text === 'Kursk')!.modifiers.includes('shared'));

    const range = { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } };
    const part = await client.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri: s000.uri }, range });
    const inRange = decodeTokens(part.data, s000.text, client.initializeResult.capabilities.semanticTokensProvider!.legend);
    assert.ok(inRange.length > 0 && inRange.every((t) => t.line < 6));
    assert.deepEqual(inRange, decoded.filter((t) => t.line < 6));
  });

  void test('hover on "da 10.000 a 12.000 soldati" in 000: 003 and 004 agree, 002 conflicts', async () => {
    const md = await hoverAt(s000, 'da 10.000 a 12.000 soldati', 3);
    const links = hoverLinks(md);
    const mark = (prefix: string): string | undefined => links.find((l) => name(l.uri) === prefix)?.line;
    assert.match(mark('003') ?? '', /✓ agrees/, md);
    assert.match(mark('004') ?? '', /✓ agrees/, md);
    assert.match(mark('002') ?? '', /✗ conflicts/, md);
    assert.match(md, /troops/);
    // Links open the claim's line in the other document.
    const to004 = links.find((l) => name(l.uri) === '004')!;
    assert.equal(to004.at, positionOf(s004.text, '11.000-12.000').line);
  });

  void test('hover on "Kursk" names 001, 002 and 004', async () => {
    const md = await hoverAt(s000, 'Kursk');
    const named = new Set(hoverLinks(md).map((l) => name(l.uri)));
    for (const n of ['001', '002', '004']) assert.ok(named.has(n), `${n} in ${md}`);
    assert.ok(!named.has('000'), 'the hovered document is not listed');
    assert.match(md, /place/);
    for (const l of hoverLinks(md)) assert.match(l.line, /\]\(command:corroborate\.openLocation\?/);
  });

  void test('definition is the first mention in the workspace; references are all of them', async () => {
    const def = await client.request<Location | null>('textDocument/definition', { textDocument: { uri: s004.uri }, position: positionOf(s004.text, 'Kursk') });
    assert.equal(def?.uri, s000.uri);
    assert.deepEqual(def?.range.start, positionOf(s000.text, 'Kursk'));
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: s000.uri },
      position: positionOf(s000.text, 'Kursk'),
      context: { includeDeclaration: true },
    });
    const texts = { [s000.uri]: s000.text, [s001.uri]: s001.text, [s002.uri]: s002.text, [s004.uri]: s004.text };
    assert.deepEqual(new Set(refs.map((r) => name(r.uri))), new Set(['000', '001', '002', '004']));
    for (const r of refs) {
      const lines = texts[r.uri]!.split('\n');
      assert.match(lines[r.range.start.line]!.slice(r.range.start.character, r.range.end.character), /Kursk/);
    }
    assert.equal(refs.filter((r) => r.uri === s000.uri).length, (s000.text.match(/Kursk/g) ?? []).length);
    const claimRefs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: s000.uri },
      position: positionOf(s000.text, '10.000 a 12.000'),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(new Set(claimRefs.map((r) => name(r.uri))), new Set(['002', '003', '004']));
  });

  void test('document symbols list the entities and claims of a file', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: s000.uri } });
    assert.ok(symbols.some((s) => s.name === 'Kursk'));
    assert.ok(symbols.some((s) => s.name.includes('10.000 a 12.000') && /troops/.test(s.detail ?? '')));
  });

  void test('workspace symbol "Coreea de Nord" finds the Italian mentions too', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Coreea de Nord' });
    assert.ok(found.some((s) => s.location.uri === s004.uri && s.name === 'Coreea de Nord'), JSON.stringify(found.slice(0, 5)));
    assert.ok(found.some((s) => s.location.uri === s000.uri && s.name === 'Corea del Nord'), JSON.stringify(found.slice(0, 5)));
    assert.ok(found.some((s) => s.location.uri === s003.uri));
  });

  void test('code lens: a summary on the first line, and one on each claim with matches', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: s000.uri } });
    assert.match(lenses[0]!.command!.title, /^\d+ entities · \d+ claims? · [1-9]\d* conflicts? with other sources$/);
    assert.equal(lenses[0]!.range.start.line, 0);
    const line = positionOf(s000.text, '10.000 a 12.000').line;
    const onClaim = lenses.find((l) => l.range.start.line === line);
    assert.match(onClaim?.command?.title ?? '', /✓ 2 sources agree · ✗ 1 source conflicts/);
  });

  void test('a claim in conflict with another source is an Information diagnostic', async () => {
    const diagnostics = await until<Diagnostic[]>(() => {
      const list = client.diagnostics.get(s000.uri);
      return list && list.length > 0 ? list : undefined;
    }, 'diagnostics for 000');
    const onClaim = diagnostics.find((d) => d.range.start.line === positionOf(s000.text, '10.000 a 12.000').line);
    assert.ok(onClaim, JSON.stringify(diagnostics));
    assert.equal(onClaim.severity, 3);
    assert.ok(onClaim.relatedInformation?.some((r) => r.location.uri === s002.uri));
  });

  void test('executeCommand returns the report data `corroborate report` computes', async () => {
    const index = new WorkspaceIndex();
    index.setAll([s000, s001, s002, s003, s004].map((s) => ({ uri: s.uri, text: s.text })));
    const expected = workspaceReport(index);
    const claims = await client.request<ClaimsReport>('workspace/executeCommand', { command: ServerCommands.claimsReport, arguments: [] });
    assert.deepEqual(claims, JSON.parse(JSON.stringify({ documents: expected.documents, claims: claimGroups(index) })));
    const entities = await client.request<EntitiesReport>('workspace/executeCommand', { command: ServerCommands.entitiesReport, arguments: [] });
    assert.deepEqual(entities, JSON.parse(JSON.stringify({ documents: expected.documents, entities: entityRows(index) })));
    const troops = claims.claims.find((g) => g.figures.some((f) => f.uri === s000.uri && f.text.includes('10.000')));
    assert.ok(troops && troops.conflicts > 0);
    assert.deepEqual(new Set(troops.figures.map((f) => name(f.uri))), new Set(['000', '002', '003', '004']));

    const md = await client.request<ExportedReport>('workspace/executeCommand', { command: ServerCommands.exportReport, arguments: ['markdown'] });
    assert.match(md.content, /^# Corroborate report/);
    const csv = await client.request<ExportedReport>('workspace/executeCommand', { command: ServerCommands.exportReport, arguments: ['csv'] });
    assert.match(csv.content, /^group,concept,figure,document,/);
    const json = await client.request<ExportedReport>('workspace/executeCommand', { command: ServerCommands.exportReport, arguments: ['json'] });
    assert.deepEqual(JSON.parse(json.content), JSON.parse(JSON.stringify(expected)));
    await assert.rejects(client.request('workspace/executeCommand', { command: ServerCommands.exportReport, arguments: ['pdf'] }));
  });

  void test('the status notification counts the index', () => {
    const s = client.states[client.states.length - 1]!;
    assert.equal(s.documents, 5);
    assert.ok(s.entities > 10 && s.claims > 5 && s.conflicts >= 1, JSON.stringify(s));
  });
});
