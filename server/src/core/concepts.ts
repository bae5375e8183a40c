/**
 * What a figure counts, from the words around it (data in data/concepts.ts and data/units.ts). The noun the
 * figure counts speaks first, then the words after it in the sentence, then those before it; what happened to
 * people ("uccisi", "killed") beats who they are ("600 soldati ... uccisi" are deaths, not troops).
 */
import { CONCEPTS, type ConceptRole } from './data/concepts';
import { COUNTED_NOUNS, type CountedNoun } from './data/units';
import { foldWord } from './lexicon';
import { stem } from './stems';
import type { ClaimKind, Language } from './types';

interface Cue { concept: string; role: ConceptRole; kinds: readonly ClaimKind[] }

interface CompiledCues { byWord: Map<string, Cue[]>; byStem: Map<string, Cue[]> }

const compiled = new Map<Language, CompiledCues>();
const OUTCOMES = new Set(CONCEPTS.filter((c) => c.role === 'outcome').map((c) => c.id));
const COUNT_ONLY: readonly ClaimKind[] = ['count'];

function push(map: Map<string, Cue[]>, key: string, cue: Cue): void {
  const list = map.get(key);
  if (!list) map.set(key, [cue]);
  else if (!list.some((c) => c.concept === cue.concept)) list.push(cue);
}

function compile(language: Language): CompiledCues {
  const byWord = new Map<string, Cue[]>();
  const byStem = new Map<string, Cue[]>();
  for (const concept of CONCEPTS) {
    const cue: Cue = { concept: concept.id, role: concept.role, kinds: concept.kinds };
    for (const word of concept.cues[language]) {
      push(byWord, foldWord(word), cue);
      push(byStem, stem(word.toLowerCase(), language), cue);
    }
  }
  // Counted nouns seen near a figure say what it counts too ("il bilancio delle vittime è salito a 14").
  for (const noun of COUNTED_NOUNS) {
    if (!noun.concept || noun.people) continue;
    const cue: Cue = { concept: noun.concept, role: OUTCOMES.has(noun.concept) ? 'outcome' : 'topic', kinds: COUNT_ONLY };
    for (const word of noun.words[language]) {
      push(byWord, foldWord(word), cue);
      push(byStem, stem(word.toLowerCase(), language), cue);
    }
  }
  return { byWord, byStem };
}

function cuesOf(word: string, language: Language, kind: ClaimKind): Cue[] {
  let c = compiled.get(language);
  if (!c) {
    c = compile(language);
    compiled.set(language, c);
  }
  const lower = word.toLowerCase();
  const cues = c.byWord.get(foldWord(lower)) ?? c.byStem.get(stem(lower, language));
  return cues ? cues.filter((cue) => cue.kinds.includes(kind)) : [];
}

export interface ConceptContext {
  text: string;
  language: Language;
  kind: ClaimKind;
  /** The claim's span. */
  start: number;
  end: number;
  /** The word the figure counts, or the participle right after it ("15.000 schierati"). */
  attached: string | null;
  noun: CountedNoun | null;
  /** How far the context reaches: the neighbouring figures or the text ends. */
  windowStart: number;
  windowEnd: number;
  /** Concept the unit implies when nothing else says (°C → temperature). */
  fallback: string | null;
}

const WORDS = /[\p{L}\p{M}]+|[.!?;\n]/gu;
const FORWARD_WORDS = 10;
const BACKWARD_WORDS = 8;

function wordsIn(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  WORDS.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(WORDS)) out.push(m[0]);
  return out;
}

/** deaths and injured together are casualties ("uccisi o feriti", "killed or wounded"). */
function combine(outcomes: readonly string[]): string | null {
  if (outcomes.includes('deaths') && outcomes.includes('injured')) return 'casualties';
  return outcomes[0] ?? null;
}

export function resolveConcept(ctx: ConceptContext): string | null {
  const { text, language, kind } = ctx;
  const attachedCues = ctx.attached ? cuesOf(ctx.attached, language, kind) : [];
  const nounConcept = ctx.noun?.concept && kind === 'count' ? ctx.noun.concept : null;

  const forward: Cue[] = [];
  let count = 0;
  for (const w of wordsIn(text, ctx.end, ctx.windowEnd)) {
    if (w.length === 1 && '.!?;\n'.includes(w)) break;
    if (++count > FORWARD_WORDS) break;
    forward.push(...cuesOf(w, language, kind));
  }
  const forwardOutcomes = forward.filter((c) => c.role === 'outcome').map((c) => c.concept);

  const attachedOutcomes = attachedCues.filter((c) => c.role === 'outcome').map((c) => c.concept);
  if (nounConcept && OUTCOMES.has(nounConcept)) attachedOutcomes.unshift(nounConcept);
  if (attachedOutcomes.length > 0) return combine([...attachedOutcomes, ...forwardOutcomes]);

  // People counted by who they are take what happened to them from the verb that follows.
  const overridable = !ctx.noun || ctx.noun.people === true;
  if (overridable && forwardOutcomes.length > 0) return combine(forwardOutcomes);
  if (nounConcept) return nounConcept;
  const attachedTopic = attachedCues.find((c) => c.role !== 'weak') ?? attachedCues[0];
  if (attachedTopic) return attachedTopic.concept;
  if (ctx.noun && !ctx.noun.people) return null;

  const topic = forward.find((c) => c.role !== 'weak');
  if (topic) return topic.concept;
  const backward = wordsIn(text, ctx.windowStart, ctx.start);
  let seen = 0;
  for (let i = backward.length - 1; i >= 0 && seen < BACKWARD_WORDS; i--) {
    const w = backward[i]!;
    if (w.length === 1 && '.!?;\n'.includes(w)) break;
    seen++;
    const cues = cuesOf(w, language, kind);
    const strong = cues.find((c) => c.role !== 'weak');
    if (strong) return strong.concept;
  }
  return forward[0]?.concept ?? ctx.fallback;
}
