/**
 * The countries demonyms name ("nordcoreani", "ruși", "Ukrainian"), from data/demonyms.ts: what reading a document
 * and recognising names need of that data, without the lexicon (knowledge.ts), which the build scripts generate
 * part of.
 */
import { nameKey } from './aliases';
import { COUNTRY_IDS } from './data/countryAliases';
import { DEMONYMS } from './data/demonyms';
import { LANGUAGES, type Language } from './types';

let cached: Record<Language, ReadonlyMap<string, string>> | undefined;

/** Demonym, by its name key -> country id, per language. */
export function demonymCountries(): Record<Language, ReadonlyMap<string, string>> {
  if (cached) return cached;
  const demonyms = Object.fromEntries(LANGUAGES.map((l) => [l, new Map<string, string>()])) as Record<Language, Map<string, string>>;
  for (const [code, forms] of Object.entries(DEMONYMS)) {
    const id = COUNTRY_IDS[code];
    if (!id) continue;
    for (const lang of LANGUAGES) for (const f of forms[lang]) demonyms[lang].set(nameKey(f), id);
  }
  return (cached = demonyms);
}
