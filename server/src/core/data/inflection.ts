/**
 * How proper names inflect, as suffix rewrites from an inflected form back to candidate base forms. Applied to
 * folded (lowercase, diacritic-free) words; each candidate is looked up, none is trusted on its own.
 *
 * Romanian marks case and definiteness with endings on the name itself (GLR, "Gramatica limbii române", 2005:
 * genitive-dative of feminine nouns in -a/-ea is -ei, of masculine and neuter nouns -ului/-lui; the definite
 * nominative adds -ul; plural -ele/-ile becomes -elor/-ilor, and a plural in -i takes the article as -ii and the
 * genitive as -ilor). Italian elides articles before the name
 * ("dell'Ucraina") and English adds a possessive "'s": the tokenizer splits both off, so they need no rule here.
 */
import type { Language } from '../types';

export interface SuffixRule {
  /** Ending of the inflected form. */
  suffix: string;
  /** What replaces it in the base form. */
  base: string;
  example: string;
}

export const NAME_INFLECTIONS: Record<Language, readonly SuffixRule[]> = {
  ro: [
    { suffix: 'ului', base: '', example: 'Kremlinului -> Kremlin, Bucureștiului -> București' },
    { suffix: 'ului', base: 'ul', example: 'Regatului -> Regatul (Regatului Unit)' },
    { suffix: 'lui', base: '', example: 'Chișinăului -> Chișinău' },
    { suffix: 'ului', base: 'i', example: 'Iașului -> Iași' },
    { suffix: 'ul', base: '', example: 'Kremlinul -> Kremlin' },
    { suffix: 'ul', base: 'u', example: 'Chișinăul -> Chișinău, Bacăul -> Bacău' },
    { suffix: 'ei', base: 'a', example: 'Rusiei -> Rusia, Moscovei -> Moscova' },
    { suffix: 'ei', base: 'ea', example: 'Coreei -> Coreea' },
    { suffix: 'ii', base: 'a', example: 'Americii -> America' },
    { suffix: 'ii', base: 'ea', example: 'Uniunii -> Uniunea, Marii -> Marea' },
    { suffix: 'ii', base: 'ie', example: 'Britanii -> Britanie (Marii Britanii)' },
    { suffix: 'ii', base: 'i', example: 'Alpii -> Alpi, Carpații -> Carpați (plurals with the article)' },
    { suffix: 'ilor', base: 'i', example: 'Alpilor -> Alpi, Balcanilor -> Balcani' },
    { suffix: 'elor', base: 'ele', example: 'Statelor -> Statele' },
    { suffix: 'ilor', base: 'ile', example: 'Țărilor -> Țările' },
    { suffix: 'ene', base: 'eana', example: 'Europene -> Europeană (Uniunii Europene)' },
    { suffix: 'e', base: 'a', example: 'Albe -> Albă (Casei Albe)' },
  ],
  it: [],
  en: [],
};

/** Hyphenated Romanian case endings written after foreign names: "Bruxelles-ului", "Tokyo-ul". */
export const DETACHED_ENDINGS: readonly string[] = ['ului', 'ul', 'lui', 'ei'];
