/**
 * The shape of a curated entity and the small constructors the domain files use to write one per line.
 *
 * Names are base forms as written in news: Romanian names in the nominative without the enclitic article
 * ("Kremlin", not "Kremlinul"; case endings are handled by the inflection rules), multi-word Romanian names as
 * they are cited ("Uniunea Europeană", "Casa Albă"). Each language's list starts with its usual form, which
 * serves as the display name in that language.
 *
 * The domain files were compiled offline, not copied from a machine-readable source: every name is a claim a
 * reviewer checks against the Wikipedia article titles and press usage each file cites. Wikidata ids are set only
 * for a few dozen prominent items (capitals, heads of state, NATO, the UN, the world wars) whose ids are well known.
 */
import type { EntityType } from '../../types';

export type KnownEntityType = Exclude<EntityType, 'date'>;

export interface KnownEntity {
  /** Lowercase hyphenated English name, the same id across languages (`moscow`, `vladimir-putin`, `kcna`). */
  id: string;
  type: KnownEntityType;
  names: { en: string[]; it: string[]; ro: string[] };
  /** Wikidata item id, set only where it is certain. */
  wikidata?: string;
  /**
   * A body with offices named by the body and the place they serve, written as one name ("ISU Cluj", "IPJ Sibiu",
   * "ARPA Lazio"): Romania's county inspectorates and directorates, Italy's regional agencies.
   */
  offices?: true;
}

/** Names of one entity: `all` holds the names written alike in the three languages, after each language's own. */
export interface NameSpec {
  all?: readonly string[];
  en?: readonly string[];
  it?: readonly string[];
  ro?: readonly string[];
}

function namesOf(spec: NameSpec, language: 'en' | 'it' | 'ro'): string[] {
  return [...new Set([...(spec[language] ?? []), ...(spec.all ?? [])])];
}

function entity(type: KnownEntityType, id: string, spec: NameSpec, wikidata?: string): KnownEntity {
  const names = { en: namesOf(spec, 'en'), it: namesOf(spec, 'it'), ro: namesOf(spec, 'ro') };
  return wikidata === undefined ? { id, type, names } : { id, type, names, wikidata };
}

export const place = (id: string, names: NameSpec, wikidata?: string): KnownEntity => entity('place', id, names, wikidata);
export const person = (id: string, names: NameSpec, wikidata?: string): KnownEntity => entity('person', id, names, wikidata);
export const organization = (id: string, names: NameSpec, wikidata?: string): KnownEntity =>
  entity('organization', id, names, wikidata);
export const event = (id: string, names: NameSpec, wikidata?: string): KnownEntity => entity('event', id, names, wikidata);

/** A body whose offices are named by the body and the place they serve (KnownEntity.offices). */
export const withOffices = (e: KnownEntity): KnownEntity => ({ ...e, offices: true });
