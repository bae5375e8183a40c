/** Helpers that turn word lists from the data files into fast lookups and regexes. */
import type { Language } from './types';

// Regular expressions are made once, at module level (regex.ts says why).
const QUOTES = /[’ʼ`]/g;
const SPACES = /\s+/g;

/** Romanian is written with comma-below ș ț, with the older cedilla ş ţ, and often without diacritics at all. */
const CEDILLA = /[şţŞŢ]/g;
const CEDILLA_TO_COMMA: Readonly<Record<string, string>> = { 'ş': 'ș', 'ţ': 'ț', 'Ş': 'Ș', 'Ţ': 'Ț' };
const ACCENTED = /[àáâãäăåèéêëìíîïòóôõöùúûüșțÀÁÂÃÄĂÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜȘȚ]/g;
const PLAIN: Readonly<Record<string, string>> = {
  à: 'a', á: 'a', â: 'a', ã: 'a', ä: 'a', ă: 'a', å: 'a', è: 'e', é: 'e', ê: 'e', ë: 'e', ì: 'i', í: 'i', î: 'i',
  ï: 'i', ò: 'o', ó: 'o', ô: 'o', õ: 'o', ö: 'o', ù: 'u', ú: 'u', û: 'u', ü: 'u', ș: 's', ț: 't',
  À: 'A', Á: 'A', Â: 'A', Ã: 'A', Ä: 'A', Ă: 'A', Å: 'A', È: 'E', É: 'E', Ê: 'E', Ë: 'E', Ì: 'I', Í: 'I', Î: 'I',
  Ï: 'I', Ò: 'O', Ó: 'O', Ô: 'O', Õ: 'O', Ö: 'O', Ù: 'U', Ú: 'U', Û: 'U', Ü: 'U', Ș: 'S', Ț: 'T',
};

/** Writes Romanian cedillas as commas below ("şi" → "și"). */
export function stripCedillas(word: string): string {
  return word.replace(CEDILLA, (c) => CEDILLA_TO_COMMA[c] ?? c);
}

/** Removes the diacritics of Italian and Romanian letters ("două" → "doua", "trentatré" → "trentatre"). */
export function stripDiacritics(word: string): string {
  return stripCedillas(word).replace(ACCENTED, (c) => PLAIN[c] ?? c);
}

const PLAIN_WORD = /^[a-z' -]*$/;
const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** The key a word is looked up by: lowercase, without diacritics, typographic apostrophes made plain. */
export function foldWord(word: string): string {
  if (PLAIN_WORD.test(word)) return word;
  let result = folded.get(word);
  if (result === undefined) {
    result = stripDiacritics(word.toLowerCase()).replace(QUOTES, "'");
    if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
    folded.set(word, result);
  }
  return result;
}

/** The key a phrase is looked up by: each word folded (foldWord), each run of whitespace one space. */
export function foldPhrase(phrase: string): string {
  return foldWord(phrase).replace(SPACES, ' ');
}

/**
 * A word of the lexicon data as listed: "=word" is matched as written only, where its stem is that of other words
 * ("=lives": "living" is no death; data/concepts.ts, data/units.ts); any other is matched by stem too.
 */
export function listedWord(listed: string): { word: string; byStem: boolean } {
  return listed.startsWith('=') ? { word: listed.slice(1), byStem: false } : { word: listed, byStem: true };
}

/** The surface forms a word can take in running text: as listed, without diacritics, with cedillas (Romanian). */
export function surfaceVariants(word: string, language: Language): string[] {
  const forms = new Set([word, stripDiacritics(word)]);
  if (language === 'ro') forms.add(word.replaceAll('ș', 'ş').replaceAll('ț', 'ţ'));
  return [...forms];
}

/**
 * Lowercase, Capitalised and UPPERCASE forms. Scanners list them instead of matching case-insensitively, which
 * lets the regex engine skip ahead on first letters.
 */
export function caseVariants(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of words) {
    const lower = w.toLowerCase();
    out.add(lower);
    out.add(lower.charAt(0).toUpperCase() + lower.slice(1));
    out.add(lower.toUpperCase());
  }
  return [...out];
}

/** Builds a Map from folded word to value; the first entry of a key wins. */
export function foldedMap<V>(entries: Iterable<readonly [string, V]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [word, value] of entries) {
    const key = foldWord(word);
    if (!map.has(key)) map.set(key, value);
  }
  return map;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

interface TrieNode { end: boolean; next: Map<string, TrieNode> }

/**
 * A regex source matching any of `words`, factored as a trie so the engine decides on the first letters instead of
 * trying each alternative: ["tre", "tredici", "trenta"] → "tre(?:dici|nta)?". Spaces in phrases match any run of
 * horizontal whitespace.
 */
export function alternation(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    if (!word) continue;
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const render = (node: TrieNode): string => {
    const branches = [...node.next.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ch, child]) => (ch === ' ' ? '[ \\t\\u00a0]+' : ch.replace(REGEX_SPECIAL, '\\$&')) + render(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length === 1 && branches[0]!.length > 1 ? `(?:${body})?` : `${body}?`;
  };
  return render(root);
}

/** Letters of the Latin scripts the project reads, by code unit: cheaper than a Unicode regex per character. */
export function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && (code < 0x2000 || code > 0x206f));
}

/**
 * The word that ends right before `pos`, skipping spaces (and commas when `commas`) and an elision apostrophe
 * ("dell'", "l'"); "" when there is none.
 */
export function wordBefore(text: string, pos: number, commas = false): string {
  let p = pos - 1;
  while (p >= 0) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (commas && c === 44)) p--;
    else break;
  }
  if (p >= 0 && (text[p] === "'" || text[p] === '’')) p--;
  const end = p + 1;
  while (p >= 0 && isLetterCode(text.charCodeAt(p))) p--;
  return text.slice(p + 1, end);
}

/** The word right after `pos`, past spaces (sticky: read from `lastIndex`). */
const WORD_AFTER = /[ \t\u00a0]+([\p{L}\p{M}]+)/uy;

/** The word that starts after `pos` past spaces, or undefined where none does (punctuation, a digit, the end). */
export function wordAfter(text: string, pos: number): string | undefined {
  WORD_AFTER.lastIndex = pos;
  return WORD_AFTER.exec(text)?.[1];
}
