/** Types of languageData.mjs, which esbuild.mjs imports in plain Node. */
import type { Plugin } from 'esbuild';

/** eld's n-gram database: language codes by id, and per n-gram its score in each language that lists it. */
export interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

export function pruneNgrams(data: NgramsData, languages: readonly string[]): NgramsData;
export function pruneStopwords(lists: Record<string, string[]>, languages: readonly string[]): Record<string, string[]>;
export function languageDataPlugin(languages: readonly string[]): Plugin;
