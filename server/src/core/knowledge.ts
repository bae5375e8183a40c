/**
 * The built-in lexicon: countries in every supported language from Intl.DisplayNames (CLDR), their common
 * aliases, the curated world entities, the towns and cities of GeoNames, and the demonyms that tie adjectives
 * ("nordcoreani", "ruși") to countries.
 */
import { Lexicon, nameKey, slugId, type LexiconEntry } from './aliases';
import { demonymCountries } from './demonyms';
import { COUNTRY_ALIASES, COUNTRY_IDS } from './data/countryAliases';
import { KNOWN_ENTITIES } from './data/entities';
import { PLACE_NAMES } from './data/generated/placeNames';
import { LANGUAGES, type Language } from './types';

export interface Knowledge {
  lexicon: Lexicon;
  /** Folded demonym -> country id, per language. */
  demonyms: Record<Language, ReadonlyMap<string, string>>;
  /** Display names by id, for reports. */
  names: ReadonlyMap<string, string>;
}

let cached: Knowledge | undefined;

export function knowledge(): Knowledge {
  if (cached) return cached;
  const lexicon = new Lexicon();
  const names = new Map<string, string>();
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const add = (name: string, entry: LexiconEntry): void => {
    lexicon.add(name, entry);
    if (!names.has(entry.id)) names.set(entry.id, entry.name);
  };
  // Countries first: they are the most frequent names in news and CLDR's names are authoritative.
  for (const [code, id] of Object.entries(COUNTRY_IDS)) {
    const entry: LexiconEntry = { id, type: 'place', name: english.of(code) ?? id };
    for (const lang of LANGUAGES) {
      const official = new Intl.DisplayNames([lang], { type: 'region' }).of(code);
      if (official && official !== code) add(official, entry);
      for (const alias of COUNTRY_ALIASES[code]?.[lang] ?? []) add(alias, entry);
    }
  }
  for (const e of KNOWN_ENTITIES) {
    const entry: LexiconEntry = { id: e.id, type: e.type, name: e.names.en[0] ?? e.id };
    if (e.offices) entry.offices = true;
    for (const lang of LANGUAGES) for (const n of e.names[lang]) add(n, entry);
  }
  // Towns and cities last: a name the curated data gives another meaning keeps it.
  for (const name of PLACE_NAMES.split('\n')) add(name, { id: slugId(nameKey(name)), type: 'place', name, gazetteer: true });
  cached = { lexicon, demonyms: demonymCountries(), names };
  return cached;
}
