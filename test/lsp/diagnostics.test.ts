/**
 * Diagnostics after an edit: documents whose links may have changed only toward the edited one have those links
 * worked out again and keep their other conflicts. What is published must be what recomputing every document gives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { ArticleFolders } from '../../server/src/articleFolders';
import { ArticleWorkspace } from '../../server/src/articles';
import type { FeatureContext } from '../../server/src/features/context';
import { DiagnosticsPublisher } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import type { Language } from '../../server/src/core/types';
import { generateCorpus, scaleFigure } from '../../scripts/bench/corpus';

/** A publisher over `ctx` that keeps the last list sent per document. */
function publisher(ctx: FeatureContext): { publisher: DiagnosticsPublisher; sent: Map<string, Diagnostic[]> } {
  const sent = new Map<string, Diagnostic[]>();
  const p = new DiagnosticsPublisher(ctx, {
    send: (uri, list) => sent.set(uri, list),
    openUris: () => [],
    error: (m) => assert.fail(m),
    settled: () => undefined,
  });
  return { publisher: p, sent };
}

const published = (sent: ReadonlyMap<string, Diagnostic[]>, uris: readonly string[]): string[] =>
  uris.map((u) => JSON.stringify(sent.get(u) ?? []));

void test('after edits, diagnostics skip the documents they cannot touch and equal a full recomputation', async () => {
  const corpus = generateCorpus(300, 7);
  const articles = new ArticleWorkspace({ info: () => undefined, warn: () => undefined, error: (m) => assert.fail(m) });
  const ctx: FeatureContext = { articles, folders: new ArticleFolders(), settings: () => DEFAULT_SETTINGS };
  const uriOf = (p: string): string => `file:///corpus/${p}`;
  await articles.setMany(corpus.documents.map((d) => ({ uri: uriOf(d.path), text: d.text })));
  const changes: { uris: Set<string>; links: Set<string> | 'all'; toward: Map<string, Set<string>> } = { uris: new Set(), links: new Set(), toward: new Map() };
  articles.onDidChange((uris, links, toward) => {
    for (const u of uris) changes.uris.add(u);
    if (links === 'all') changes.links = 'all';
    else if (changes.links !== 'all') for (const u of links) changes.links.add(u);
    for (const [u, only] of toward) changes.toward.set(u, new Set([...(changes.toward.get(u) ?? []), ...only]));
  });
  const incremental = publisher(ctx);
  incremental.publisher.all();
  await incremental.publisher.settled();

  // Count the documents worked out in full (prepareLinks), against those queued.
  const recomputed = new Set<string>();
  let counting = false;
  const prepare = articles.prepareLinks.bind(articles);
  articles.prepareLinks = (uri, enough) => {
    if (counting) recomputed.add(uri);
    return prepare(uri, enough);
  };
  let towardEdits = 0;
  const story = [...corpus.storySizes.keys()][0]!;
  let edits = 0;
  for (const d of corpus.documents.filter((x) => x.story === story).slice(0, 4)) {
    const uri = uriOf(d.path);
    const claim = articles.get(uri)!.facts.claims.find((c) => scaleFigure(c.text, d.language as Language, 10) !== c.text);
    if (!claim) continue;
    const text = articles.get(uri)!.text;
    for (const next of [text.slice(0, claim.start) + scaleFigure(claim.text, d.language as Language, 10) + text.slice(claim.end), text]) {
      articles.set(uri, next);
      edits++;
      const { uris, links, toward } = changes;
      recomputed.clear();
      counting = true;
      incremental.publisher.changed(uris, links, toward);
      changes.uris = new Set();
      changes.links = new Set();
      changes.toward = new Map();
      await incremental.publisher.settled();
      counting = false;
      if (toward.size > 0) {
        // An edit that names the same entities: the other documents of its story have their links toward it worked
        // out again, not all their links (here the edited figure, ten times too large, conflicts with much of its
        // story, and 44 to 71 of its 74 other articles were worked out in full when only those that did not
        // conflict with it were spared). Only the edited document is worked out in full.
        towardEdits++;
        assert.deepEqual([...recomputed], [uri], `${recomputed.size} of ${toward.size} documents recomputed`);
      }
      // Every document recomputed from its links as they stand now.
      const full = publisher(ctx);
      full.publisher.all();
      await full.publisher.settled();
      const uris2 = [...articles.uris].sort();
      assert.deepEqual(published(incremental.sent, uris2), published(full.sent, uris2), `edit ${edits} of ${uri}`);
      assert.equal(incremental.publisher.conflicts, full.publisher.conflicts);
    }
  }
  assert.ok(edits >= 4, `${edits} edits`);
  assert.ok(towardEdits >= 2, `${towardEdits} edits naming the same entities`);
});
