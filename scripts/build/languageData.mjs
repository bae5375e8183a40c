/**
 * Two libraries' data, bundled so that it loads fast (esbuild.mjs). The data and the code that reads it stay the
 * libraries' own; only what the bundles carry of it, and how, changes:
 * - eld's n-gram database (`eld/small`, 81,206 n-grams of 60 languages, 2.1 MB of JavaScript) took 0.6 s to load, on
 *   each thread that detects languages, before the first document could be read. The analysis asks eld about the
 *   supported languages only (`eld.setLanguageSubset(LANGUAGES)`, core/language.ts): eld adds each n-gram's score to
 *   the languages it lists, then keeps the subset's scores. So an n-gram that lists none of them changes no answer;
 *   those are left out (9,760 n-grams stay, with every language they list), and the rest is parsed as JSON, which
 *   V8 reads much faster than an object literal. `test/unit/languageData.test.ts` checks both.
 * - stopwords-iso's lists: those of the supported languages only (core/cues.ts and core/language.ts read no others).
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';

/** eld's language ids (its database's numbering) of some ISO 639-1 codes. */
function languageIds(data, languages) {
  const ids = Object.entries(data.languages).filter(([, code]) => languages.includes(code)).map(([id]) => id);
  const missing = languages.filter((code) => !Object.values(data.languages).includes(code));
  if (missing.length) throw new Error(`eld's database has no language ${missing.join(', ')}`);
  return ids;
}

/** eld's database with the n-grams that list none of `languages` left out; the others as they were. */
export function pruneNgrams(data, languages) {
  const ids = languageIds(data, languages);
  const ngrams = {};
  for (const [ngram, scores] of Object.entries(data.ngrams)) if (ids.some((id) => id in scores)) ngrams[ngram] = scores;
  return { ...data, ngrams };
}

/** stopwords-iso's lists of `languages` only. */
export function pruneStopwords(lists, languages) {
  const missing = languages.filter((code) => !Array.isArray(lists[code]));
  if (missing.length) throw new Error(`stopwords-iso has no list for ${missing.join(', ')}`);
  return Object.fromEntries(languages.map((code) => [code, lists[code]]));
}

const ELD_SMALL = /[\\/]eld[\\/]src[\\/]ngrams[\\/]small\.js$/;
const STOPWORDS = /[\\/]stopwords-iso[\\/]stopwords-iso\.json$/;

/** The esbuild plugin that bundles eld's small database and stopwords-iso's lists for `languages`. */
export function languageDataPlugin(languages) {
  return {
    name: 'language-data',
    setup(build) {
      build.onLoad({ filter: ELD_SMALL }, async (args) => {
        const { ngramsData } = await import(pathToFileURL(args.path).href);
        const json = JSON.stringify(pruneNgrams(ngramsData, languages));
        return { contents: `export const ngramsData = JSON.parse(${JSON.stringify(json)});\n`, loader: 'js' };
      });
      build.onLoad({ filter: STOPWORDS }, async (args) => {
        const lists = JSON.parse(await fs.promises.readFile(args.path, 'utf8'));
        return { contents: JSON.stringify(pruneStopwords(lists, languages)), loader: 'json' };
      });
    },
  };
}
