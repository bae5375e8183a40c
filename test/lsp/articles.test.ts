/**
 * The server's analysed workspace when the analysis of one document throws: that document is logged and left
 * out, the others are indexed, and later updates go on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ArticleWorkspace } from '../../server/src/articles';

const TEXTS = {
  'file:///a.txt': 'Il presidente russo Vladimir Putin ha incontrato Kim Jong-un a Pyongyang.',
  'file:///b.txt': 'Putin a vorbit cu Kim la Beijing.',
  'file:///bad.txt': 'This one throws.',
};

function workspaceWithFault(): { articles: ArticleWorkspace; errors: string[] } {
  const errors: string[] = [];
  const articles = new ArticleWorkspace({ info: () => undefined, warn: () => undefined, error: (m) => errors.push(m) });
  const index = articles.core;
  const set = index.set.bind(index);
  const setAll = index.setAll.bind(index);
  index.set = (uri: string, text: string): string[] => {
    if (uri.includes('bad')) throw new Error('analysis failed');
    return set(uri, text);
  };
  index.setAll = (docs: Iterable<{ uri: string; text: string }>): void => {
    const list = [...docs];
    if (list.some((d) => d.uri.includes('bad'))) throw new Error('analysis failed');
    setAll(list);
  };
  return { articles, errors };
}

void test('a document whose analysis throws is left out; the rest of the batch is indexed', async () => {
  const { articles, errors } = workspaceWithFault();
  const changes: string[][] = [];
  articles.onDidChange((uris) => changes.push([...uris]));
  await articles.setMany(Object.entries(TEXTS).map(([uri, text]) => ({ uri, text })));
  assert.deepEqual(articles.uris.sort(), ['file:///a.txt', 'file:///b.txt']);
  assert.ok(articles.failures.has('file:///bad.txt'));
  assert.match(errors.join('\n'), /Analysis of file:\/\/\/bad\.txt failed/);
  assert.ok(changes.length > 0);

  articles.set('file:///bad.txt', 'Still throws.');
  assert.equal(articles.get('file:///bad.txt'), undefined);
  articles.set('file:///a.txt', TEXTS['file:///a.txt'] + ' Poi è partito per Mosca.');
  assert.ok(articles.get('file:///a.txt')!.text.endsWith('Mosca.'));
  assert.ok(articles.get('file:///a.txt')!.facts.entities.length > 0);
});

void test('edits wait out their delay, and a request flushes them first', () => {
  const { articles } = workspaceWithFault();
  articles.set('file:///a.txt', TEXTS['file:///a.txt']);
  const revision = articles.revision;
  articles.schedule('file:///a.txt', 'Kim Jong-un a Pyongyang.', 10_000);
  assert.equal(articles.revision, revision, 'not analysed before the delay');
  articles.flush();
  assert.equal(articles.get('file:///a.txt')!.text, 'Kim Jong-un a Pyongyang.');
  assert.ok(articles.revision > revision);
  assert.deepEqual(articles.position('file:///a.txt', 4), { line: 0, character: 4 });
});
