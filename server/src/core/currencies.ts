/**
 * Which of two currencies of one name a sum is in: "lei" are Romanian lei (RON) in most news, Moldovan lei (MDL) in
 * news about the Republic of Moldova ("bugetul municipiului Chișinău, de 8,6 miliarde de lei"). A sum written with
 * the bare name is read by what its sentence names: the other country and not the usual one makes it the other
 * currency, the usual one keeps it; a sentence that names neither goes by the document, where the other country is
 * named more often than the usual one. A sum written in full ("RON", "lei romeni") stays as written.
 */
import { SHARED_CURRENCY_NAMES, type SharedCurrencyName } from './data/units';
import { fold, type Token } from './tokens';
import type { Claim } from './types';

/** How often each side of `shared` is named, per sentence index, and in the whole document. */
interface Counts {
  local: Map<number, number>;
  usual: Map<number, number>;
  localTotal: number;
  usualTotal: number;
}

function countCues(tokens: readonly Token[], shared: SharedCurrencyName): Counts {
  const counts: Counts = { local: new Map(), usual: new Map(), localTotal: 0, usualTotal: 0 };
  for (const t of tokens) {
    if (t.numeric) continue;
    const first = t.text.charCodeAt(0) | 0x20;
    // Every cue of either side begins with one of these letters (b, c, g, k, m, o, r, s, t, u): most words are
    // passed over unfolded.
    if (!CUE_INITIALS.has(first) && first < 0x80) continue;
    const word = fold(t.text);
    if (shared.localCues.some((c) => word.startsWith(c))) {
      counts.local.set(t.sentence, (counts.local.get(t.sentence) ?? 0) + 1);
      counts.localTotal++;
    } else if (shared.usualWords.includes(word) || shared.usualCues.some((c) => word.startsWith(c))) {
      counts.usual.set(t.sentence, (counts.usual.get(t.sentence) ?? 0) + 1);
      counts.usualTotal++;
    }
  }
  return counts;
}

const CUE_INITIALS = new Set(
  SHARED_CURRENCY_NAMES.flatMap((s) => [...s.localCues, ...s.usualCues, ...s.usualWords]).map((c) => c.charCodeAt(0)),
);

/**
 * Sets the currency of the sums in a shared currency name that their sentence, or the document, says are in the
 * other country's currency. `sentenceOf` gives the sentence index of an offset.
 */
export function readLocalCurrencies(claims: readonly Claim[], tokens: readonly Token[], sentenceOf: (offset: number) => number): void {
  for (const shared of SHARED_CURRENCY_NAMES) {
    if (!claims.some((c) => c.unit === shared.usual && !shared.explicit.test(c.text))) continue;
    const counts = countCues(tokens, shared);
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
