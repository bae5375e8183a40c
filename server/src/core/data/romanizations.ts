/**
 * Spellings that the romanizations of one name differ by across Italian, Romanian and English news: the same
 * Bulgarian, Ukrainian or Russian name is "Boyko Borissov" (English, BGN/PCGN-like), "Boiko Borisov" (Romanian),
 * "Nadezhda" and "Nadejda", "Yuriy" and "Jurij" (German-style, common in Italian). Each rule rewrites a folded
 * name, in order, so that the spellings meet; used for the ids of people not in the data (core/entities.ts).
 * Curated for this project from those systems' usual letter equivalents.
 */
export const ROMANIZATION_RULES: readonly (readonly [RegExp, string])[] = [
  // zh (English) and j (Romanian) write one sound; j (German-style) and y (English) write another: all are i.
  [/zh/g, 'j'],
  [/j/g, 'i'],
  [/y/g, 'i'],
  // Doubled consonants ("Borissov", "Larissa") are written single in other spellings.
  [/([b-df-hj-np-tv-z])\1/g, '$1'],
  // English "kh" is Italian and Romanian "h" ("Kharkiv", "Harkiv").
  [/kh/g, 'h'],
];
