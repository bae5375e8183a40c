/**
 * The cue words entity recognition reads around capitalised words, compiled once from the data files into
 * folded sets.
 */
import stopwordLists from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import * as cueData from './data/nameCues';
import { GIVEN_NAMES } from './data/givenNames';
import { fold } from './tokens';
import { LANGUAGES, type Language } from './types';

type PerLanguage = Record<Language, ReadonlySet<string>>;

export interface NameCues {
  stopwords: PerLanguage;
  personTitles: PerLanguage;
  orgHeads: PerLanguage;
  placeHeads: PerLanguage;
  eventHeads: PerLanguage;
  placePrepositions: PerLanguage;
  /** Lowercase words that may sit inside a name: "Banca d'Italia", "Coreea de Nord", "Bank of England". */
  connectors: PerLanguage;
  orgSuffixes: ReadonlySet<string>;
  /** Capitalised words of headings and boilerplate that are not names ("Advertisement", "Leggi anche"). */
  notNames: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
}

function folded(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    for (const part of fold(w).split(/[\s.]+/)) if (part) out.add(part);
  }
  return out;
}

function perLanguage(lists: Partial<Record<Language, readonly string[]>>): PerLanguage {
  return Object.fromEntries(LANGUAGES.map((l) => [l, folded(lists[l] ?? [])])) as PerLanguage;
}

let cached: NameCues | undefined;

export function nameCues(): NameCues {
  if (cached) return cached;
  const stop = stopwordLists as unknown as Record<string, string[]>;
  cached = {
    stopwords: perLanguage({ it: stop['it'], ro: stop['ro'], en: stop['en'] }),
    personTitles: perLanguage(cueData.PERSON_TITLES),
    orgHeads: perLanguage(cueData.ORG_HEADS),
    placeHeads: perLanguage(cueData.PLACE_HEADS),
    eventHeads: perLanguage(cueData.EVENT_HEADS),
    placePrepositions: perLanguage(cueData.PLACE_PREPOSITIONS),
    connectors: perLanguage(cueData.NAME_CONNECTORS),
    orgSuffixes: folded(cueData.ORG_SUFFIXES),
    notNames: folded(LANGUAGES.flatMap((l) => cueData.COMMON_CAPITALISED[l] ?? [])),
    givenNames: folded(GIVEN_NAMES),
  };
  return cached;
}
