/**
 * The claims report page, from the server's report data: one bar per stated figure on its group's axis, a strict
 * content security policy with nonce'd style and script only, and every text escaped.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { escapeHtml, reportHtml, type ReportData } from '../../client/src/reportHtml';
import { ServerCommands, type ClaimsReport, type EntitiesReport } from '../../server/src/protocol';
import { seedWorkspace, TestClient } from './harness';

const ws = seedWorkspace();
let client: TestClient;
const NONCE = 'bm9uY2Vub25jZW5vbmNl';

function render(data: ReportData): { html: string; targets: { uri: string; offset: number }[] } {
  const targets: { uri: string; offset: number }[] = [];
  const html = reportHtml(data, (u) => u.slice(u.lastIndexOf('/') + 1), (t) => targets.push(t) - 1, NONCE, 'vscode-resource:');
  return { html, targets };
}

void describe('claims report page', () => {
  before(async () => {
    client = await TestClient.start(ws.root);
    await client.ready(5);
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  void test('one bar per figure, one location per figure, a strict CSP', async () => {
    const claims = await client.request<ClaimsReport>('workspace/executeCommand', { command: ServerCommands.claimsReport, arguments: [] });
    const entities = await client.request<EntitiesReport>('workspace/executeCommand', { command: ServerCommands.entitiesReport, arguments: [] });
    const { html, targets } = render({ claims, entities });
    const figures = claims.claims.reduce((n, g) => n + g.figures.length, 0);
    assert.ok(figures > 0);
    // One solid bar per stated figure (an open-ended one adds a faded extension).
    assert.equal((html.match(/<rect class="(agree|conflict)( approx)?"/g) ?? []).length, figures);
    assert.equal(targets.length, figures);
    assert.match(html, new RegExp(`content="default-src 'none'; style-src vscode-resource: 'nonce-${NONCE}'; script-src 'nonce-${NONCE}';"`));
    for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) assert.ok(tag.includes(`nonce="${NONCE}"`), tag);
    assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handlers');
    assert.ok(!/\sstyle=/i.test(html), 'no inline styles (the CSP would block them)');
    for (const e of entities.entities.slice(0, 20)) assert.ok(html.includes(escapeHtml(e.name)), e.name);
  });

  void test('document text is escaped everywhere', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const data: ReportData = {
      claims: {
        documents: [{ uri: 'file:///a/<b>.txt', language: 'it', entities: 1, claims: 1 }],
        claims: [
          {
            concept: evil,
            conflicts: 1,
            comparisons: [{ a: 0, b: 1, relation: 'conflicts' }],
            figures: [
              { uri: 'file:///a/<b>.txt', language: 'it', start: 0, end: 5, text: evil, low: 1, high: 2, qualifier: 'exact', unit: evil, excerpt: evil },
              { uri: 'file:///a/c.txt', language: 'ro', start: 3, end: 9, text: 'x', low: 3, high: null, qualifier: 'at-least', unit: null, excerpt: '</script><script>alert(1)</script>' },
            ],
          },
        ],
      },
      entities: { documents: [{ uri: 'file:///a/<b>.txt', language: 'it', entities: 1, claims: 1 }], entities: [{ id: 'x', name: evil, type: 'person', documents: { 'file:///a/<b>.txt': 1 }, total: 1 }] },
    };
    const { html } = render(data);
    assert.ok(!html.includes('<img'), 'no element from document text');
    assert.ok(!html.includes('<b>'), 'no element from a file name');
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the page script');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;'));
    assert.match(html, /<polygon /, 'an unbounded figure is drawn open-ended');
  });
});
