/**
 * The bundles carry eld's n-gram database and stopwords-iso's lists for the supported languages only
 * (scripts/build/languageData.mjs): language detection must answer in the bundles as it does from the sources,
 * which load the libraries' data whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { languageDataPlugin, pruneNgrams, pruneStopwords, type NgramsData } from '../../scripts/build/languageData.mjs';
import { loadCorpus } from '../../scripts/evalCorpus.ts';
import { detectLanguages } from '../../server/src/core/language.ts';
import { LANGUAGES } from '../../server/src/core/types.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.filename);

/** eld's small database as the package ships it (its exports map does not expose the file). */
async function eldSmall(): Promise<NgramsData> {
  // The entry `eld/small` is src/entries/static.small.js, which imports ../ngrams/small.js.
  const file = path.join(path.dirname(fileURLToPath(import.meta.resolve('eld/small'))), '..', 'ngrams', 'small.js');
  return ((await import(pathToFileURL(file).href)) as { ngramsData: NgramsData }).ngramsData;
}

test('the pruned eld database keeps every n-gram that lists a supported language, unchanged, and no other', async () => {
  const full = await eldSmall();
  const pruned = pruneNgrams(full, LANGUAGES);
  assert.equal(pruned.type, full.type);
  assert.deepEqual(pruned.languages, full.languages);
  const ids = Object.entries(full.languages).filter(([, code]) => (LANGUAGES as readonly string[]).includes(code)).map(([id]) => id);
  assert.equal(ids.length, LANGUAGES.length);
  let kept = 0;
  for (const [ngram, scores] of Object.entries(full.ngrams)) {
    if (ids.some((id) => id in scores)) {
      kept++;
      assert.equal(pruned.ngrams[ngram], scores);
    } else assert.ok(!(ngram in pruned.ngrams), ngram);
  }
  assert.equal(Object.keys(pruned.ngrams).length, kept);
  assert.ok(kept > 0 && kept < Object.keys(full.ngrams).length);
  assert.throws(() => pruneNgrams(full, ['it', 'xx']), /no language xx/);
});

test('the pruned stopword lists are those of the supported languages, whole', () => {
  const lists = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
  const pruned = pruneStopwords(lists, LANGUAGES);
  assert.deepEqual(Object.keys(pruned), [...LANGUAGES]);
  for (const l of LANGUAGES) assert.deepEqual(pruned[l], lists[l]);
  assert.throws(() => pruneStopwords(lists, ['it', 'xx']), /no list for xx/);
});

test('bundled with the pruned data, language detection answers as from the sources, text by text and paragraph by paragraph', async () => {
  const built = await esbuild.build({
    stdin: { contents: "export { detectLanguages } from './server/src/core/language.ts';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    plugins: [languageDataPlugin(LANGUAGES)],
  });
  const code = built.outputFiles[0]!.text;
  assert.match(code, /JSON\.parse\(/);
  const bundled = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { detectLanguages: typeof detectLanguages };
  const texts = ['dev', 'test', 'test2', 'test3', 'test4'].flatMap((split) => loadCorpus(split).documents.map((d) => d.text));
  assert.ok(texts.length >= 150);
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim());
  // Paragraphs of the three languages in one text: the segments in another language than the text's.
  const mixed = texts.slice(0, 30).map((t, i) => [t, texts[(i + 7) % texts.length]!.split(/\n\s*\n/)[1] ?? '', texts[(i + 13) % texts.length]!].join('\n\n'));
  const seen = new Set<string>();
  for (const text of [...texts, ...paragraphs, ...mixed]) {
    const expected = detectLanguages(text);
    assert.deepEqual(bundled.detectLanguages(text), expected, text.slice(0, 80));
    seen.add(expected.language);
  }
  assert.deepEqual([...seen].sort(), [...LANGUAGES].sort());
});
