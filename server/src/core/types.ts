/** Facts the analysis core produces. Offsets are UTF-16 code units into the document text. */

export type Language = 'it' | 'ro' | 'en';
export const LANGUAGES: readonly Language[] = ['it', 'ro', 'en'];

export type EntityType = 'person' | 'place' | 'organization' | 'event' | 'date';

export interface Span {
  start: number;
  end: number;
}

/** One occurrence of a named entity in a document. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Canonical id, the same across languages, spellings and inflections (e.g. `moscow`). */
  id: string;
}

export type Qualifier = 'exact' | 'approximately' | 'at-least' | 'more-than' | 'at-most' | 'less-than';

export type ClaimKind = 'count' | 'money' | 'percent' | 'ordinal' | 'measure';

/** A numeric expression with its normalised value and what it counts. */
export interface Claim extends Span {
  text: string;
  low: number;
  high: number;
  qualifier: Qualifier;
  kind: ClaimKind;
  /** Unit of the figure: a counted noun in English singular (`soldier`), an ISO currency (`EUR`), `percent`, a measure (`km`). */
  unit: string | null;
  /** What is counted, language-independent (`troops`, `deaths`, `aid`); null when nothing in context says. */
  concept: string | null;
  /** True for increments ("altri 3.000", "another 3,000", "încă 3.000"): they do not state a total. */
  additional: boolean;
  /** Points back at things already named ("i due paesi", "the three leaders"): compared with nothing. */
  reference?: boolean;
}

export type Relation = 'agrees' | 'conflicts';
