/**
 * What a figure counts, from the words around it (data in data/concepts.ts and data/units.ts). The noun the
 * figure counts speaks first, then the words after it in the sentence, then those before it; what happened to
 * people ("uccisi", "killed") beats who they are ("600 soldati ... uccisi" are deaths, not troops).
 */
import { BROADER_CONCEPTS, CONCEPTS, type ConceptRole } from './data/concepts';
import { COORDINATORS, FUNCTION_WORDS } from './data/functionWords';
import { COUNTED_NOUNS, type CountedNoun } from './data/units';
import { foldWord, isLetterCode, listedWord, stripCedillas } from './lexicon';
import { stem } from './stems';
import type { ClaimKind, Language } from './types';

interface Cue {
  concept: string;
  role: ConceptRole;
  kinds: readonly ClaimKind[];
  /** From a counted noun seen nearby rather than from a cue word. */
  fromNoun: boolean;
}

interface CompiledCues {
  byWord: Map<string, Cue[]>;
  byStem: Map<string, Cue[]>;
  phrases: Map<string, Cue[]>;
  /** First words of the phrases, so that pairs are only built where a phrase may start. */
  phraseStarts: Set<string>;
}

const compiled = new Map<Language, CompiledCues>();
const OUTCOMES = new Set(CONCEPTS.filter((c) => c.role === 'outcome').map((c) => c.id));

/** What happened to people (deaths, injured...): a concept the words around a figure say of it, not a topic. */
export const isOutcome = (concept: string): boolean => OUTCOMES.has(concept);
const COUNT_ONLY: readonly ClaimKind[] = ['count'];

function push(map: Map<string, Cue[]>, key: string, cue: Cue): void {
  const list = map.get(key);
  if (!list) map.set(key, [cue]);
  else if (!list.some((c) => c.concept === cue.concept)) list.push(cue);
}

function compile(language: Language): CompiledCues {
  const cues: CompiledCues = { byWord: new Map(), byStem: new Map(), phrases: new Map(), phraseStarts: new Set() };
  const add = (listed: string, cue: Cue): void => {
    const { word, byStem } = listedWord(listed);
    if (!byStem) {
      push(cues.byWord, foldWord(word), cue);
      return;
    }
    if (word.includes(' ')) {
      push(cues.phrases, foldWord(word), cue);
      cues.phraseStarts.add(foldWord(word.split(' ')[0]!));
      return;
    }
    push(cues.byWord, foldWord(word), cue);
    push(cues.byStem, stem(word.toLowerCase(), language), cue);
  };
  for (const concept of CONCEPTS) {
    const cue: Cue = { concept: concept.id, role: concept.role, kinds: concept.kinds, fromNoun: false };
    for (const word of concept.cues[language]) add(word, cue);
  }
  // Counted nouns seen near a figure say what it counts too ("il bilancio delle vittime è salito a 14").
  for (const noun of COUNTED_NOUNS) {
    if (!noun.concept || noun.people) continue;
    const role = OUTCOMES.has(noun.concept) ? 'outcome' : 'topic';
    const cue: Cue = { concept: noun.concept, role, kinds: COUNT_ONLY, fromNoun: true };
    for (const word of noun.words[language]) add(word, cue);
  }
  return cues;
}

function compiledFor(language: Language): CompiledCues {
  let c = compiled.get(language);
  if (!c) {
    c = compile(language);
    compiled.set(language, c);
  }
  return c;
}

/** Function words by folded form, and those listed with "=", which only their written form is (lowercase). */
const functionWords = new Map<Language, { folded: Set<string>; written: Set<string> }>();

/**
 * Articles, prepositions, pronouns...: never a counted noun, never a cue ("alle" is no stem of "alleati"). A word
 * listed with "=" is one as written only: Romanian "luna" (the month) is, "lună" (a month) is not.
 */
export function isFunctionWord(word: string, language: Language): boolean {
  let sets = functionWords.get(language);
  if (!sets) {
    const listed = FUNCTION_WORDS[language];
    sets = {
      folded: new Set(listed.filter((w) => !w.startsWith('=')).map(foldWord)),
      written: new Set(listed.filter((w) => w.startsWith('=')).map((w) => w.slice(1))),
    };
    functionWords.set(language, sets);
  }
  return sets.folded.has(foldWord(word)) || (sets.written.size > 0 && sets.written.has(stripCedillas(word.toLowerCase())));
}

const NO_CUES: readonly Cue[] = [];
/** Cues per language and claim kind, by word as written: the same words recur around figures. */
const cueCache = new Map<Language, Map<ClaimKind, Map<string, readonly Cue[]>>>();
const CUE_CACHE_LIMIT = 50_000;

function cuesOf(word: string, language: Language, kind: ClaimKind): readonly Cue[] {
  let byKind = cueCache.get(language);
  if (!byKind) {
    byKind = new Map();
    cueCache.set(language, byKind);
  }
  let cache = byKind.get(kind);
  if (!cache) {
    cache = new Map();
    byKind.set(kind, cache);
  }
  let result = cache.get(word);
  if (result === undefined) {
    const c = compiledFor(language);
    const lower = word.toLowerCase();
    const cues = isFunctionWord(lower, language) ? undefined : c.byWord.get(foldWord(lower)) ?? c.byStem.get(stem(lower, language));
    const fitting = cues?.filter((cue) => cue.kinds.includes(kind));
    result = fitting && fitting.length > 0 ? fitting : NO_CUES;
    if (cache.size >= CUE_CACHE_LIMIT) cache.clear();
    cache.set(word, result);
  }
  return result;
}

/** Whether a word says what happened to people ("ucise", "feriti", "killed"). */
export function isOutcomeCue(word: string, language: Language): boolean {
  return cuesOf(word, language, 'count').some((c) => c.role === 'outcome');
}

/** Whether a word says what is counted without being a counted noun ("schierati", "killed"). */
export function isConceptCue(word: string, language: Language): boolean {
  const c = compiledFor(language);
  const lower = word.toLowerCase();
  return (c.byWord.get(foldWord(lower)) ?? c.byStem.get(stem(lower, language))) !== undefined;
}

/**
 * Cues of a run of words, two-word phrases first ("senza vita", "fără viață"). After the figure, nouns speak only
 * of outcomes (`forward`): "300 overnight in Iasi county" is not about counties.
 */
function cuesOfWords(words: readonly string[], language: Language, kind: ClaimKind, forward: boolean): (readonly Cue[])[] {
  const { phrases, phraseStarts } = compiledFor(language);
  return words.map((w, i) => {
    const next = words[i + 1];
    const phrase = next !== undefined && phraseStarts.has(foldWord(w)) ? phrases.get(foldWord(`${w} ${next}`)) : undefined;
    let own = cuesOf(w, language, kind);
    if (forward && own.some((c) => c.fromNoun && c.role !== 'outcome')) own = own.filter((c) => !c.fromNoun || c.role === 'outcome');
    return phrase ? [...phrase.filter((c) => c.kinds.includes(kind)), ...own] : own;
  });
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

const FORWARD_WORDS = 10;
const BACKWARD_WORDS = 12;
/** "has killed 52 people", "uccisero oltre 50.000 persone": a verb right before the figure is its own. */
const IMMEDIATE_WORDS = 3;
/** Words are rarely longer than 20 characters: no need to look further than that many words can reach. */
const WORD_REACH = 20;

const isSentenceBreak = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 59 || code === 10;

/** Words between two offsets, up to the first sentence break (forward) or from the last one (backward). */
function wordsIn(text: string, from: number, to: number, direction: 'forward' | 'backward', limit: number,
  clause = false): string[] {
  const forward = direction === 'forward';
  const out: string[] = [];
  let p = forward ? from : Math.max(from, to - limit * WORD_REACH);
  const stop = forward ? Math.min(to, from + limit * WORD_REACH) : to;
  while (p < stop) {
    const code = text.charCodeAt(p);
    if (isLetterCode(code)) {
      let q = p + 1;
      while (q < stop && isLetterCode(text.charCodeAt(q))) q++;
      out.push(text.slice(p, q));
      if (forward && out.length >= limit) break;
      p = q;
      continue;
    }
    const next = text.charCodeAt(p + 1);
    const decimal = (code === 46 || code === 44) && next >= 48 && next <= 57;
    if (!decimal && (isSentenceBreak(code) || (clause && code === 44))) {
      if (forward) break;
      out.length = 0;
    }
    p++;
  }
  return forward ? out : out.slice(-limit);
}

/** deaths and injured together are casualties ("uccisi o feriti", "killed or wounded"). */
function combine(outcomes: readonly string[]): string | null {
  if (outcomes.includes('deaths') && outcomes.includes('injured')) return 'casualties';
  return outcomes[0] ?? null;
}

const outcomesIn = (cues: readonly (readonly Cue[])[]): string[] => cues.flat().filter((c) => c.role === 'outcome').map((c) => c.concept);

export function resolveConcept(ctx: ConceptContext): string | null {
  const { text, language, kind, noun } = ctx;
  const nounConcept = noun?.concept && kind === 'count' ? noun.concept : null;
  const nounOutcome = nounConcept !== null && OUTCOMES.has(nounConcept);
  // Things counted by a known noun are what the noun says: no need to read around them.
  if (noun && !noun.people && !nounOutcome) return nounConcept;
  // A known noun is what it is; only a word the lexicon does not count ("schierati", "uccisi") is read as a cue.
  const attachedCues = ctx.attached && !noun ? cuesOf(ctx.attached, language, kind) : NO_CUES;
  const forward = cuesOfWords(wordsIn(text, ctx.end, ctx.windowEnd, 'forward', FORWARD_WORDS), language, kind, true);
  const forwardOutcomes = outcomesIn(forward);

  const attachedOutcomes = attachedCues.filter((c) => c.role === 'outcome').map((c) => c.concept);
  if (nounOutcome) attachedOutcomes.unshift(nounConcept);
  if (attachedOutcomes.length > 0) return combine([...attachedOutcomes, ...forwardOutcomes]);

  const backward = cuesOfWords(wordsIn(text, ctx.windowStart, ctx.start, 'backward', BACKWARD_WORDS), language, kind, false)
    .reverse();
  // People counted by who they are take what happened to them from the verb next to them, in the same clause.
  // A coordinator starts another clause: in "9 uccise e 30 persone ferite" the verb before "e" is the first figure's.
  const nearest = wordsIn(text, ctx.windowStart, ctx.start, 'backward', IMMEDIATE_WORDS, true);
  let joined = nearest.length - 1;
  while (joined >= 0 && !COORDINATORS[language].includes(nearest[joined]!.toLowerCase())) joined--;
  const immediate = outcomesIn(cuesOfWords(nearest.slice(joined + 1), language, kind, false));
  if (immediate.length > 0) return combine(immediate);
  if (forwardOutcomes.length > 0) return combine(forwardOutcomes);
  if (nounConcept) return nounConcept;
  const attachedTopic = attachedCues.find((c) => c.role !== 'weak') ?? attachedCues[0];
  if (attachedTopic) return attachedTopic.concept;

  const topic = forward.flat().find((c) => c.role !== 'weak');
  if (topic) return topic.concept;
  // Nouns before the figure speak for it only when it counts nothing itself ("il bilancio delle vittime è salito a 14").
  // What happened to people, said before a noun nearer the figure, is what the figure counts: "the death toll from
  // Friday's earthquake climbed to 2,046".
  const said = backward.flat().filter((c) => c.role !== 'weak' && (!c.fromNoun || !noun));
  const before = said[0]?.fromNoun ? (said.find((c) => c.role === 'outcome') ?? said[0]) : said[0];
  if (before) return before.concept;
  return forward.flat()[0]?.concept ?? ctx.fallback;
}

/** The broader concepts of each concept that has any, nearest first (data/concepts.ts), worked out once. */
const BROADER = new Map(Object.keys(BROADER_CONCEPTS).map((concept) => {
  const out: string[] = [];
  for (let c: string | undefined = BROADER_CONCEPTS[concept]; c !== undefined && !out.includes(c); c = BROADER_CONCEPTS[c]) out.push(c);
  return [concept, out] as const;
}));
const NONE: readonly string[] = [];

/** The broader concepts of a concept, nearest first. */
export function broader(concept: string | null): readonly string[] {
  return (concept !== null && BROADER.get(concept)) || NONE;
}
