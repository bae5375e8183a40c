/**
 * The server's analysed workspace when the analysis of one document throws: that document is logged and left
 * out, the others are indexed, and later updates go on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ArticleWorkspace } from '../../server/src/articles';
import { readDocument } from '../../server/src/core/reading';
import { packTokens, tokenize } from '../../server/src/core/tokens';
import { WorkspaceIndex, type ReadingSource } from '../../server/src/core/workspaceIndex';

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

/** Each document's entities as `text:type:id`, in uri order. */
function entitiesOf(get: (uri: string) => { facts: { entities: { text: string; type: string; id: string }[] } } | undefined, uris: readonly string[]): string[][] {
  return [...uris].sort().map((u) => get(u)!.facts.entities.map((m) => `${m.text}:${m.type}:${m.id}`));
}

/** A lone "Romeo" (in 2.txt) is Romeo Pasquali until a second Romeo is named in full (3.txt, set last). */
const ROMEOS = [
  { uri: 'file:///w/1.txt', text: 'Yesterday the spokesman Romeo Pasquali arrived in the capital with the delegation.' },
  { uri: 'file:///w/0.txt', text: 'Talks went on all week, and on Friday the envoy Romeo thanked the hosts.' },
  { uri: 'file:///w/2.txt', text: 'The delegation left on Monday. In the afternoon Romeo said that talks would go on.' },
  { uri: 'file:///w/3.txt', text: 'The mayor Romeo Vitale also spoke to reporters in the square.' },
];
const ROMEO_URIS = ROMEOS.map((d) => d.uri);
const loneRomeo = (index: WorkspaceIndex): string | undefined => index.get('file:///w/2.txt')!.facts.entities.find((m) => m.text === 'Romeo')?.id;

void test('indexing in batches names what one analysis of all the documents names, names found in later batches included', async () => {
  const whole = new WorkspaceIndex();
  whole.setAll(ROMEOS);
  assert.notEqual(loneRomeo(whole), 'romeo-pasquali');

  // One document per batch.
  const articles = new ArticleWorkspace({ info: () => undefined, warn: () => undefined, error: () => undefined }, { batchChars: 1 });
  const changed = new Set<string>();
  articles.onDidChange((u) => u.forEach((x) => changed.add(x)));
  await articles.setMany(ROMEOS);
  assert.deepEqual(entitiesOf((u) => articles.get(u), ROMEO_URIS), entitiesOf((u) => whole.get(u), ROMEO_URIS));
  assert.deepEqual([...changed].sort(), [...ROMEO_URIS].sort());
});

void test('names left to settle are resolved a document per step, as at once', () => {
  const whole = new WorkspaceIndex();
  whole.setAll(ROMEOS);
  const stepped = new WorkspaceIndex();
  for (const d of ROMEOS) stepped.setAll([d], undefined, { settleLater: true });
  assert.equal(loneRomeo(stepped), 'romeo-pasquali', 'the second Romeo is not settled yet');
  const changed: string[] = [];
  for (let done = false; !done; ) {
    const step = stepped.settle(() => true);
    changed.push(...step.changed);
    done = step.done;
  }
  assert.ok(changed.includes('file:///w/2.txt'));
  assert.deepEqual(entitiesOf((u) => stepped.get(u), ROMEO_URIS), entitiesOf((u) => whole.get(u), ROMEO_URIS));
  assert.deepEqual(stepped.settle(), { done: true, changed: [], failed: [] });
});

void test('documents read ahead are settled with the tokens read with them, not with those of a text since replaced', () => {
  // Read ahead as the reading thread does: the reading, and the tokens packed.
  const ahead: ReadingSource = (_uri, text) => {
    const tokens = tokenize(text);
    return { reading: readDocument(text, tokens), tokens: packTokens(tokens) };
  };
  const stepped = new WorkspaceIndex();
  const [first, second, third, last] = ROMEOS;
  for (const d of [first!, second!, third!]) stepped.setAll([d], ahead, { settleLater: true });
  // 2.txt is replaced before the second Romeo comes, by a text whose words lie elsewhere: settling analyses it again.
  const replaced = { uri: 'file:///w/2.txt', text: 'On Monday the whole delegation left early. Later that afternoon Romeo said talks would go on.' };
  stepped.setAll([replaced], undefined, { settleLater: true });
  stepped.setAll([last!], ahead, { settleLater: true });
  assert.equal(loneRomeo(stepped), 'romeo-pasquali', 'the second Romeo is not settled yet');
  while (!stepped.settle().done);
  const texts = ROMEOS.map((d) => (d.uri === replaced.uri ? replaced : d));
  const whole = new WorkspaceIndex();
  whole.setAll(texts);
  assert.notEqual(loneRomeo(whole), 'romeo-pasquali');
  assert.deepEqual(entitiesOf((u) => stepped.get(u), ROMEO_URIS), entitiesOf((u) => whole.get(u), ROMEO_URIS));
  for (const u of ROMEO_URIS) assert.deepEqual(stepped.get(u)!.facts.entities.map((m) => [m.start, m.end]), whole.get(u)!.facts.entities.map((m) => [m.start, m.end]));
});

void test('a document whose analysis fails when its text changes leaves the index, and the counts go with it', () => {
  const errors: string[] = [];
  const articles = new ArticleWorkspace({ info: () => undefined, warn: () => undefined, error: (m) => errors.push(m) });
  for (const d of ROMEOS) articles.set(d.uri, d.text);
  const index = articles.core as unknown as { analyse: (uri: string, text: string, ...rest: unknown[]) => string[] };
  const analyse = index.analyse.bind(index);
  index.analyse = (uri, text, ...rest) => {
    if (uri === 'file:///w/2.txt') throw new Error('analysis failed');
    return analyse(uri, text, ...rest);
  };
  articles.set('file:///w/2.txt', ROMEOS[2]!.text + ' Romeo Pasquali will return on Monday.');
  assert.equal(articles.get('file:///w/2.txt'), undefined);
  assert.ok(articles.failures.has('file:///w/2.txt'));
  assert.deepEqual(articles.uris.sort(), ['file:///w/0.txt', 'file:///w/1.txt', 'file:///w/3.txt']);
  // Nothing else failed on the way, and the counts are those of the other documents alone.
  assert.deepEqual(errors.filter((e) => !e.startsWith('Analysis of file:///w/2.txt failed')), []);
  const rest = new WorkspaceIndex();
  rest.setAll(ROMEOS.filter((d) => d.uri !== 'file:///w/2.txt'));
  assert.deepEqual(articles.core.stats(), rest.stats());
});

void test('a document whose analysis fails when analysed again for a later name leaves the index, and the rest goes on', async () => {
  const errors: string[] = [];
  const articles = new ArticleWorkspace({ info: () => undefined, warn: () => undefined, error: (m) => errors.push(m) }, { batchChars: 1 });
  // Naming a text again, given its facts before (as settling does), fails for this document.
  const index = articles.core as unknown as { name: (text: string, reading?: unknown, before?: unknown) => unknown };
  const name = index.name.bind(index);
  let faulty = true;
  index.name = (text, reading, before) => {
    if (faulty && before && text === ROMEOS[2]!.text) throw new Error('analysis failed');
    return name(text, reading, before);
  };
  const changed = new Set<string>();
  articles.onDidChange((u) => u.forEach((x) => changed.add(x)));
  await articles.setMany(ROMEOS);
  assert.equal(articles.get('file:///w/2.txt'), undefined);
  assert.ok(articles.failures.has('file:///w/2.txt'));
  assert.match(errors.join('\n'), /Analysis of file:\/\/\/w\/2\.txt failed; the document is left out of the index/);
  assert.ok(changed.has('file:///w/2.txt'));
  assert.deepEqual(articles.uris.sort(), ['file:///w/0.txt', 'file:///w/1.txt', 'file:///w/3.txt']);
  // The index is whole: the document set again is analysed as in one analysis of all of them.
  faulty = false;
  articles.set('file:///w/2.txt', ROMEOS[2]!.text);
  const whole = new WorkspaceIndex();
  whole.setAll(ROMEOS);
  assert.equal(loneRomeo(articles.core), loneRomeo(whole));
});
