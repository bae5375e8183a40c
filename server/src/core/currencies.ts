/**
 * Which of two currencies of one name a sum is in: "lei" are Romanian lei (RON) in most news, Moldovan lei (MDL) in
 * news about the Republic of Moldova ("bugetul municipiului Chișinău, de 8,6 miliarde de lei"). A sum written with
 * the bare name is read by what its sentence names: the other country and not the usual one makes it the other
 * currency, the usual one keeps it; a sentence that names neither goes by the document, where the other country is
 * named more often than the usual one. A sum written in full ("RON", "lei romeni") stays as written. The cues are
 * data (SHARED_CURRENCY_NAMES).
 */
import { SHARED_CURRENCY_NAMES, type SharedCurrencyName } from './data/units';
import { fold, type Token } from './tokens';
import type { Claim, Language } from './types';

/** How often each side of `shared` is named, per sentence index, and in the whole document. */
interface Counts {
  local: Map<number, number>;
  usual: Map<number, number>;
  localTotal: number;
  usualTotal: number;
}

/** Whether a cue ("chisinau", or two words: "republica moldov") is at a word, given the folded word before it. */
function cueAt(cue: string, word: string, before: string): boolean {
  const space = cue.indexOf(' ');
  return space < 0 ? word.startsWith(cue) : before === cue.slice(0, space) && word.startsWith(cue.slice(space + 1));
}

function countCues(tokens: readonly Token[], shared: SharedCurrencyName, language: Language): Counts {
  const counts: Counts = { local: new Map(), usual: new Map(), localTotal: 0, usualTotal: 0 };
  const localCues = shared.localCues[language];
  const usualCues = shared.usualCues[language];
  let before = '';
  for (const t of tokens) {
    if (t.numeric) {
      before = '';
      continue;
    }
    const word = fold(t.text);
    if (localCues.some((c) => cueAt(c, word, before))) {
      counts.local.set(t.sentence, (counts.local.get(t.sentence) ?? 0) + 1);
      counts.localTotal++;
    } else if (shared.usualWords.includes(word) || usualCues.some((c) => cueAt(c, word, before))) {
      counts.usual.set(t.sentence, (counts.usual.get(t.sentence) ?? 0) + 1);
      counts.usualTotal++;
    }
    before = word;
  }
  return counts;
}

/**
 * Sets the currency of the sums in a shared currency name that their sentence, or the document, says are in the
 * other country's currency. `sentenceOf` gives the sentence index of an offset.
 */
export function readLocalCurrencies(claims: readonly Claim[], tokens: readonly Token[], language: Language, sentenceOf: (offset: number) => number): void {
  for (const shared of SHARED_CURRENCY_NAMES) {
    if (!claims.some((c) => c.unit === shared.usual && !shared.explicit.test(c.text))) continue;
    const counts = countCues(tokens, shared, language);
    if (counts.localTotal === 0) continue;
    for (const c of claims) {
      if (c.unit !== shared.usual || shared.explicit.test(c.text)) continue;
      const s = sentenceOf(c.start);
      const local = counts.local.get(s) ?? 0;
      const usual = counts.usual.get(s) ?? 0;
      if (local > 0 ? usual === 0 : usual === 0 && counts.localTotal > counts.usualTotal) c.unit = shared.local;
    }
  }
}
