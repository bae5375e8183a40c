/**
 * Which of two currencies of one name a sum is in: "lei" are Romanian lei (RON) in most news, Moldovan lei (MDL) in
 * news about the Republic of Moldova ("bugetul municipiului Chișinău, de 8,6 miliarde de lei"). A sum written with
 * the bare name is read by what its sentence names: the other country and not the usual one makes it the other
 * currency, the usual one keeps it; a sentence that names neither goes by the document, where the other country is
 * named more often than the usual one. A sum written in full ("RON", "lei romeni") stays as written. The cues are
 * data (SHARED_CURRENCY_NAMES).
 */
import { SHARED_CURRENCY_NAMES, type SharedCurrencyName } from './data/units';
import { folded, foldText, sentenceAt, type Token } from './tokens';
import type { Claim, Language } from './types';

/** How often each side of `shared` is named, per sentence index, and in the whole document. */
interface Counts {
  local: Map<number, number>;
  usual: Map<number, number>;
  localTotal: number;
  usualTotal: number;
}

/**
 * A cue as matched: the folded word before it, if any ("republica" of "republica moldov"), and the beginning of the
 * word, or the whole word (`whole`).
 */
interface Cue {
  before: string | undefined;
  start: string;
  whole: boolean;
}

/**
 * A shared name's cues in one language: those of each side, the folded first letters of the words they match, and an
 * expression that finds the last word of any local cue in a folded text (localCueIn).
 */
interface LanguageCues {
  local: Cue[];
  usual: Cue[];
  initials: Set<string>;
  anyLocal: RegExp;
}

const compiled = new Map<SharedCurrencyName, Partial<Record<Language, LanguageCues>>>();

function cuesOf(shared: SharedCurrencyName, language: Language): LanguageCues {
  let byLanguage = compiled.get(shared);
  if (!byLanguage) compiled.set(shared, (byLanguage = {}));
  let cues = byLanguage[language];
  if (!cues) {
    const cue = (c: string, whole = false): Cue => {
      const space = c.lastIndexOf(' ');
      return space < 0 ? { before: undefined, start: c, whole } : { before: c.slice(0, space), start: c.slice(space + 1), whole };
    };
    const local = shared.localCues[language].map((c) => cue(c));
    const usual = [...shared.usualCues[language].map((c) => cue(c)), ...shared.usualWords.map((w) => cue(w, true))];
    const initials = new Set([...local, ...usual].map((c) => c.start[0]!));
    const anyLocal = new RegExp([...new Set(local.map((c) => c.start))].join('|'));
    cues = byLanguage[language] = { local, usual, initials, anyLocal };
  }
  return cues;
}

const NON_ASCII = 0x80;

function countCues(tokens: readonly Token[], shared: SharedCurrencyName, language: Language): Counts {
  const counts: Counts = { local: new Map(), usual: new Map(), localTotal: 0, usualTotal: 0 };
  const { local, usual, initials } = cuesOf(shared, language);
  const matches = (c: Cue, word: string, before: string): boolean =>
    (c.before === undefined || c.before === before) && (c.whole ? word === c.start : word.startsWith(c.start));
  let before = '';
  for (const t of tokens) {
    if (t.numeric) {
      before = '';
      continue;
    }
    // Most words begin with a letter no cue begins with: they are not folded, only remembered (lowercase) as the
    // word before the next, as the first words of the cues are written without diacritics.
    const first = t.text.charCodeAt(0);
    if (first < NON_ASCII && !initials.has(t.text[0]!.toLowerCase())) {
      before = t.text.toLowerCase();
      continue;
    }
    const word = folded(t);
    if (local.some((c) => matches(c, word, before))) {
      counts.local.set(t.sentence, (counts.local.get(t.sentence) ?? 0) + 1);
      counts.localTotal++;
    } else if (usual.some((c) => matches(c, word, before))) {
      counts.usual.set(t.sentence, (counts.usual.get(t.sentence) ?? 0) + 1);
      counts.usualTotal++;
    }
    before = word;
  }
  return counts;
}

/**
 * Whether a text has the last word of any local cue of its language in it (folded, as the cues are): a text with
 * none (most) names nothing of the other country, and its words are not looked at one by one (countCues matches
 * only where this finds).
 */
function localCueIn(text: string, shared: SharedCurrencyName, language: Language): boolean {
  return cuesOf(shared, language).anyLocal.test(foldText(text));
}

/**
 * Whether a document is about the other country: the first sentence that names either country names it more often
 * than the usual one ("Orheiul Vechi, luat cu asalt", then tourists from Iași and Suceava), or, where that sentence
 * names both as often, the document names it more often in all.
 */
function aboutLocal(counts: Counts): boolean {
  let first = Infinity;
  for (const s of counts.local.keys()) first = Math.min(first, s);
  for (const s of counts.usual.keys()) first = Math.min(first, s);
  const local = counts.local.get(first) ?? 0;
  const usual = counts.usual.get(first) ?? 0;
  return local !== usual ? local > usual : counts.localTotal > counts.usualTotal;
}

/**
 * Sets the currency of the sums in a shared currency name that their sentence, or the document, says are in the
 * other country's currency.
 */
export function readLocalCurrencies(text: string, claims: readonly Claim[], tokens: readonly Token[], language: Language): void {
  for (const shared of SHARED_CURRENCY_NAMES) {
    if (!claims.some((c) => c.unit === shared.usual && !shared.explicit.test(c.text))) continue;
    // A sum written in full in the other currency ("25,5 milioane de lei moldovenești") says which the bare ones of
    // the document are, unless another is written in full in the usual one.
    const statedLocal = claims.some((c) => c.unit === shared.local) && !claims.some((c) => c.unit === shared.usual && shared.explicit.test(c.text));
    if (!statedLocal && !localCueIn(text, shared, language)) continue;
    const counts = countCues(tokens, shared, language);
    if (!statedLocal && counts.localTotal === 0) continue;
    const documentLocal = statedLocal || aboutLocal(counts);
    for (const c of claims) {
      if (c.unit !== shared.usual || shared.explicit.test(c.text)) continue;
      const s = sentenceAt(tokens, c.start);
      const local = counts.local.get(s) ?? 0;
      const usual = counts.usual.get(s) ?? 0;
      if (local > 0 ? usual === 0 : usual === 0 && documentLocal) c.unit = shared.local;
    }
  }
}
