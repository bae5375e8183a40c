/** Snowball stems of words, cached: claims stem the few words around each figure, and the same words recur. */
import * as snowball from 'snowball-stemmers';
import { stripDiacritics } from './lexicon';
import type { Language } from './types';

const ALGORITHM: Readonly<Record<Language, string>> = { it: 'italian', ro: 'romanian', en: 'english' };

interface CachedStemmer { stemmer: snowball.Stemmer; cache: Map<string, string> }

const stemmers = new Map<Language, CachedStemmer>();

/** Bounds the cache: a long session sees many words, few of them near numbers. */
const CACHE_LIMIT = 50_000;

/**
 * Stem of a lowercase word. Romanian is stemmed without diacritics, so "soldați", "soldaţi" (cedilla) and
 * "soldati" (none) share a stem.
 */
export function stem(word: string, language: Language): string {
  let entry = stemmers.get(language);
  if (!entry) {
    entry = { stemmer: snowball.newStemmer(ALGORITHM[language]), cache: new Map() };
    stemmers.set(language, entry);
  }
  let result = entry.cache.get(word);
  if (result === undefined) {
    result = entry.stemmer.stem(language === 'ro' ? stripDiacritics(word) : word);
    if (entry.cache.size >= CACHE_LIMIT) entry.cache.clear();
    entry.cache.set(word, result);
  }
  return result;
}
