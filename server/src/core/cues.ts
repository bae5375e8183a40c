/**
 * The cue words entity recognition reads around capitalised words, compiled once from the data files into
 * folded sets.
 */
import stopwordLists from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import * as cueData from './data/nameCues';
import { en as fakerEn, it as fakerIt, ro as fakerRo } from '@faker-js/faker';
import { COMMON_STEMS } from './data/generated/commonStems';
import { EAST_ASIAN_FAMILY_NAMES, GIVEN_NAMES } from './data/givenNames';
import { demonymCountries } from './demonyms';
import { fold } from './tokens';
import { LANGUAGES, type Language } from './types';

// Regular expressions are made once, at module level (regex.ts says why).
const NON_SPACE = /\S+/g;
const NEITHER_SPACE_NOR_DOT = /[^\s.]+/g;

type PerLanguage = Record<Language, ReadonlySet<string>>;

export interface NameCues {
  stopwords: PerLanguage;
  personTitles: PerLanguage;
  orgHeads: PerLanguage;
  /** Institutions a capitalised noun alone names ("il Governo", "Guvernul"). */
  bodyNouns: PerLanguage;
  placeHeads: PerLanguage;
  /** Heads a name's id leaves out, before the name (HEADS_OUTSIDE_IDS) and after it (HEADS_AFTER_OUTSIDE_IDS). */
  headsOutsideIds: PerLanguage;
  headsAfterOutsideIds: PerLanguage;
  eventHeads: PerLanguage;
  /** Nationality adjectives and nouns (data/demonyms.ts), by their name keys: context, not names. */
  demonyms: Record<Language, ReadonlyMap<string, string>>;
  placePrepositions: PerLanguage;
  /** Lowercase words that may sit inside a name: "Banca d'Italia", "Coreea de Nord", "Bank of England". */
  connectors: PerLanguage;
  /** Connectors that join words only inside an organization's name; between other names they join two names. */
  orgConnectors: PerLanguage;
  /** Phrases that join a body to the body it is attached to ("de pe lângă"), each as its folded words. */
  attachments: Record<Language, readonly (readonly string[])[]>;
  /** Definite articles, after a connector inside a body's name ("per la", "for the"). */
  articles: PerLanguage;
  /** Particles that start surnames ("Di Maio", "Van Rompuy"): the word after one is part of the name. */
  surnameParticles: PerLanguage;
  /** Surname particles in lowercase between a given name and a surname ("Michele de Pascale"). */
  lowercaseParticles: PerLanguage;
  /** Legal forms and words that mark a company or body wherever they stand in its name, in any language. */
  orgSuffixes: ReadonlySet<string>;
  /** Capitalised words of headings and boilerplate that are not names ("Advertisement", "Leggi anche"). */
  notNames: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  /** Snowball stems of common words (from Hunspell dictionaries), where a dictionary fits the licence. */
  commonStems: PerLanguage;
}

/**
 * Folded cue words. A multi-word cue counts by its last word, the one next to the name ("purtătorul de cuvânt"
 * -> "cuvânt", "prime minister" -> "minister"); dots go ("S.p.A." -> "spa").
 */
function folded(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const parts = fold(w).replaceAll('.', '').match(NON_SPACE) ?? [];
    const last = parts[parts.length - 1];
    if (last) out.add(last);
  }
  return out;
}

/** Each phrase as its folded words. */
function phrases(list: readonly string[] | undefined): string[][] {
  return (list ?? []).map((p) => fold(p).match(NON_SPACE) ?? []);
}

/** Every word of each entry: for lists of words that are never names (headings, boilerplate). */
function allWords(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (const part of fold(w).match(NEITHER_SPACE_NOR_DOT) ?? []) out.add(part);
  return out;
}

function perLanguage(lists: Partial<Record<Language, readonly string[]>>): PerLanguage {
  return { it: folded(lists.it ?? []), ro: folded(lists.ro ?? []), en: folded(lists.en ?? []) };
}

/**
 * Given names of Italian, Romanian and English speakers from Faker's locale data (maintained, MIT), plus the
 * transliterated names in data/givenNames.ts. Names that are also function words ("Rosa", "Sole") are left out.
 */
function givenNames(stopwords: PerLanguage): Set<string> {
  const lists: (readonly string[] | undefined)[] = [GIVEN_NAMES, EAST_ASIAN_FAMILY_NAMES];
  for (const locale of [fakerIt, fakerRo, fakerEn]) {
    const first = locale.person?.first_name;
    lists.push(first?.female, first?.male, first?.generic);
  }
  const out = new Set<string>();
  for (const list of lists) {
    for (const name of list ?? []) {
      const f = fold(name);
      if (!LANGUAGES.some((l) => stopwords[l].has(f))) out.add(f);
    }
  }
  return out;
}

let cached: NameCues | undefined;

export function nameCues(): NameCues {
  if (cached) return cached;
  const stop = stopwordLists as unknown as Record<string, string[]>;
  const stopwords = perLanguage({ it: stop['it'], ro: stop['ro'], en: stop['en'] });
  cached = {
    stopwords,
    personTitles: perLanguage(cueData.PERSON_TITLES),
    orgHeads: perLanguage(cueData.ORG_HEADS),
    bodyNouns: perLanguage(cueData.BODY_NOUNS),
    placeHeads: perLanguage(cueData.PLACE_HEADS),
    headsOutsideIds: perLanguage(cueData.HEADS_OUTSIDE_IDS),
    headsAfterOutsideIds: perLanguage(cueData.HEADS_AFTER_OUTSIDE_IDS),
    eventHeads: perLanguage(cueData.EVENT_HEADS),
    demonyms: demonymCountries(),
    placePrepositions: perLanguage(cueData.PLACE_PREPOSITIONS),
    connectors: perLanguage(cueData.NAME_CONNECTORS),
    orgConnectors: perLanguage(cueData.ORG_CONNECTORS),
    articles: perLanguage(cueData.NAME_ARTICLES),
    attachments: {
      it: phrases(cueData.ATTACHMENT_PHRASES.it),
      ro: phrases(cueData.ATTACHMENT_PHRASES.ro),
      en: phrases(cueData.ATTACHMENT_PHRASES.en),
    },
    surnameParticles: perLanguage(cueData.SURNAME_PARTICLES),
    lowercaseParticles: perLanguage(cueData.LOWERCASE_PARTICLES),
    orgSuffixes: folded([...cueData.ORG_SUFFIXES, ...cueData.ORG_NAME_WORDS]),
    notNames: allWords(LANGUAGES.flatMap((l) => cueData.COMMON_CAPITALISED[l] ?? [])),
    givenNames: givenNames(stopwords),
    commonStems: {
      it: new Set((COMMON_STEMS.it ?? '').split('\n')),
      ro: new Set((COMMON_STEMS.ro ?? '').split('\n')),
      en: new Set((COMMON_STEMS.en ?? '').split('\n')),
    },
  };
  return cached;
}
