/**
 * Ids of public bodies named in words of data/institutionWords.ts, the same in every language: the glosses of the
 * words of the name, with the countries of its nationalities and the known places in it, sorted ("Ministerul
 * Sănătății", "Ministero della Salute" and "Ministry of Health" are all "health-ministry";
 * "Parchetul din Milano" and "Procura di Milano" are "milan-prosecutor"); a form of two words glosses them together
 * ("City Council"). A name with any other word has none, and keeps the id of its words as written.
 */
import { candidateKeys, lookup } from './aliases';
import type { NameCues } from './cues';
import { INSTITUTION_WORDS } from './data/institutionWords';
import { knowledge } from './knowledge';
import { fold } from './tokens';
import { LANGUAGES, type Language } from './types';

let glosses: Record<Language, ReadonlyMap<string, string>> | undefined;

/** Gloss by folded form, per language. */
function glossesByForm(): Record<Language, ReadonlyMap<string, string>> {
  if (glosses) return glosses;
  const out = Object.fromEntries(LANGUAGES.map((l) => [l, new Map<string, string>()])) as Record<Language, Map<string, string>>;
  for (const w of INSTITUTION_WORDS) for (const l of LANGUAGES) for (const form of w[l]) out[l].set(fold(form), w.gloss);
  return (glosses = out);
}

/** The id of a body named by `words` (as written, in order), or undefined when a word is none of the above. */
export function institutionId(words: readonly string[], language: Language, cues: NameCues): string | undefined {
  const byForm = glossesByForm()[language];
  const parts = new Set<string>();
  let glossed = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // A form of two words ("city council") glosses the two together.
    const pair = i + 1 < words.length ? byForm.get(`${fold(word)} ${fold(words[i + 1]!)}`) : undefined;
    if (pair !== undefined) {
      glossed++;
      if (pair) parts.add(pair);
      i++;
      continue;
    }
    const forms = candidateKeys(word, language);
    // An elided connector comes with its apostrophe ("dell'"), which the keys leave out.
    if (cues.connectors[language].has(fold(word)) || (forms.length === 1 && cues.connectors[language].has(forms[0]!))) continue;
    const gloss = forms.map((f) => byForm.get(f)).find((g) => g !== undefined);
    if (gloss !== undefined) {
      glossed++;
      if (gloss) parts.add(gloss);
      continue;
    }
    const country = forms.map((f) => cues.demonyms[language].get(f)).find((c) => c !== undefined);
    if (country !== undefined) {
      parts.add(country);
      continue;
    }
    const place = forms.map((f) => lookup([knowledge().lexicon], f)).find((e) => e?.type === 'place');
    if (!place) return undefined;
    parts.add(place.id);
  }
  // A word of the list and one more thing at least: "Ministerul" alone says too little of which body it is.
  return glossed >= 1 && parts.size >= 2 ? [...parts].sort().join('-') : undefined;
}
