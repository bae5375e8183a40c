/** Qualifiers, increments and range words around a figure (data in data/qualifiers.ts). */
import {
  CHANGE_BY, CHANGE_VERBS, INCREMENTS, ITALIAN_ARTICLES, ITALIAN_ARTICULATED, NEW_WORDS, QUALIFIERS, QUALIFIERS_AFTER, RANGES,
  SPAN_QUALIFIERS,
} from './data/qualifiers';
import { alternation, foldPhrase, foldWord, surfaceVariants, wordAfter, wordBefore } from './lexicon';
import type { Language, Qualifier } from './types';

// Regular expressions are made once, at module level (regex.ts says why).
const SPACE_OR_APOSTROPHE_END = /[\s'’]$/;
const WORD_AT = /^[\p{L}\p{M}]+/u;

export interface QualifierMatch {
  qualifier: Qualifier | null;
  additional: boolean;
  /** Where the qualifier or increment starts; the figure's start when there is neither. */
  start: number;
}

export interface QualifierAfterMatch { qualifier: Qualifier | null; additional: boolean; end: number }

interface CompiledQualifiers {
  /** Last words of qualifiers, increments and Italian articles: a figure after any other word has neither. */
  lastWords: Set<string>;
  before: RegExp;
  qualifierOf: Map<string, Qualifier>;
  after: RegExp;
  afterOf: Map<string, Qualifier>;
  increments: Set<string>;
  opener: RegExp;
  connectors: Map<string, Set<string>>;
  bare: Set<string>;
  enclosing: Set<string>;
  /** CHANGE_BY and CHANGE_VERBS, folded. */
  changeBy: Set<string>;
  changeVerbs: Set<string>;
  /** SPAN_QUALIFIERS, folded. */
  span: { words: Set<string>; moreThanAfter: Set<string>; moreThanBefore: Set<string> };
}

const compiled = new Map<Language, CompiledQualifiers>();
const SPACE = '[ \\t\\u00a0]';

/** "più di" → also "più del", "più dei" ...; "fino a" → "fino al" ... */
function italianForms(phrase: string): string[] {
  const words = phrase.split(' ');
  const last = words[words.length - 1]!;
  const articulated = ITALIAN_ARTICULATED[last];
  if (!articulated) return [phrase];
  const head = words.slice(0, -1).join(' ');
  return [phrase, ...articulated.map((a) => `${head} ${a}`)];
}

function variants(words: Iterable<string>, language: Language): string[] {
  const out: string[] = [];
  for (const w of words) for (const v of surfaceVariants(w, language)) out.push(v, v.replaceAll("'", '’'));
  return out;
}

function compile(language: Language): CompiledQualifiers {
  const qualifierOf = new Map<string, Qualifier>();
  const forms: string[] = [];
  for (const [phrase, q] of Object.entries(QUALIFIERS[language])) {
    for (const form of language === 'it' ? italianForms(phrase) : [phrase]) {
      qualifierOf.set(foldWord(form), q);
      forms.push(form);
    }
  }
  const afterOf = new Map(Object.entries(QUALIFIERS_AFTER[language]).map(([p, q]) => [foldWord(p), q] as const));
  const increments = INCREMENTS[language];
  const incrementWords = [...increments.before, ...increments.after];
  // Italian: an article may follow the qualifier ("oltre il 50%", "circa l'80%").
  const article = language === 'it' ? `(?:${SPACE}+(?:${alternation(ITALIAN_ARTICLES.filter((a) => !a.endsWith('\'')))})|${SPACE}+l['’])?` : '';
  const ranges = RANGES[language];
  const connectors = new Map<string, Set<string>>();
  for (const [opener, list] of Object.entries(ranges.openers)) connectors.set(foldWord(opener), new Set(list.map(foldWord)));
  const lastWords = new Set<string>();
  for (const phrase of [...qualifierOf.keys(), ...increments.before, ...ITALIAN_ARTICLES]) {
    const last = phrase.split(' ').pop()!;
    lastWords.add(foldWord(last.endsWith("'") ? last.slice(0, -1) : last));
  }
  return {
    lastWords,
    before: new RegExp(
      `(?:^|[^\\p{L}\\p{M}])(?:(${alternation(variants(forms, language))})${article}${SPACE}*)?` +
      `(?:(${alternation(variants(increments.before, language))})${SPACE}+)?$`, 'iu'),
    qualifierOf,
    after: new RegExp(`${SPACE}+(${alternation(variants([...afterOf.keys(), ...Object.keys(QUALIFIERS_AFTER[language]), ...increments.after, ...NEW_WORDS[language]], language))})(?![\\p{L}\\p{M}])`, 'iuy'),
    afterOf,
    increments: new Set(incrementWords.map(foldWord)),
    opener: new RegExp(`(?:^|[^\\p{L}\\p{M}])(${alternation(variants(Object.keys(ranges.openers), language))})${SPACE}+$`, 'iu'),
    connectors,
    bare: new Set(ranges.bare.map(foldWord)),
    enclosing: new Set(ranges.enclosing.map(foldPhrase)),
    changeBy: new Set(CHANGE_BY[language].map(foldWord)),
    changeVerbs: new Set(CHANGE_VERBS[language].map(foldWord)),
    span: {
      words: new Set(SPAN_QUALIFIERS[language].words.map(foldWord)),
      moreThanAfter: new Set(SPAN_QUALIFIERS[language].moreThanAfter.map(foldWord)),
      moreThanBefore: new Set(SPAN_QUALIFIERS[language].moreThanBefore.map(foldWord)),
    },
  };
}

function qualifiersFor(language: Language): CompiledQualifiers {
  let q = compiled.get(language);
  if (!q) {
    q = compile(language);
    compiled.set(language, q);
  }
  return q;
}

const LOOKBACK = 40;

/** The qualifier and increment written right before `start` ("almeno altri 3.000", "circa il 45%"). */
export function qualifierBefore(text: string, start: number, language: Language): QualifierMatch {
  const q = qualifiersFor(language);
  const lastWord = wordBefore(text, start);
  if (!lastWord || !q.lastWords.has(foldWord(lastWord))) return { qualifier: null, additional: false, start };
  const from = Math.max(0, start - LOOKBACK);
  const m = q.before.exec(text.slice(from, start));
  if (!m || (m[1] === undefined && m[2] === undefined)) return { qualifier: null, additional: false, start };
  const matched = m[1] ?? m[2]!;
  // A qualifier must be followed by whitespace or an elided article before the figure, never glued to it.
  const at = from + m.index + m[0].indexOf(matched);
  if (m[1] !== undefined && !SPACE_OR_APOSTROPHE_END.test(text.slice(from, start))) return { qualifier: null, additional: false, start };
  return {
    qualifier: m[1] !== undefined ? q.qualifierOf.get(foldPhrase(m[1])) ?? null : null,
    additional: m[2] !== undefined,
    start: at,
  };
}

/** A qualifier or increment right after a figure ending at `end` ("o più", "or so", "more", "in più"). */
export function qualifierAfter(text: string, end: number, language: Language): QualifierAfterMatch | null {
  const q = qualifiersFor(language);
  q.after.lastIndex = end;
  const m = q.after.exec(text);
  if (!m) return null;
  const word = foldPhrase(m[1]!);
  return { qualifier: q.afterOf.get(word) ?? null, additional: q.increments.has(word), end: end + m[0].length };
}

/** The range opener right before `start` ("da", "între", "between"), with its start. */
export function rangeOpener(text: string, start: number, language: Language): { opener: string; start: number } | null {
  const q = qualifiersFor(language);
  const slice = text.slice(Math.max(0, start - 12), start);
  const m = q.opener.exec(slice);
  if (!m) return null;
  return { opener: foldPhrase(m[1]!), start: start - slice.length + m.index + m[0].indexOf(m[1]!) };
}

/**
 * Whether the qualifier word at `at`, before a span of time that ends at `end`, states the span rather than more of
 * it (SPAN_QUALIFIERS: "spread over five years", not "for over five years" nor "over ten years ago").
 */
export function spansTime(text: string, at: number, end: number, language: Language): boolean {
  const { span } = qualifiersFor(language);
  if (span.words.size === 0) return false;
  const word = WORD_AT.exec(text.slice(at, at + 24))?.[0];
  if (!word || !span.words.has(foldWord(word))) return false;
  if (span.moreThanAfter.has(foldWord(wordBefore(text, at)))) return false;
  const next = wordAfter(text, end);
  return !next || !span.moreThanBefore.has(foldWord(next));
}

/** Whether the word right before `start` makes what follows the size of a change (CHANGE_BY: "by €5 million"). */
export function changeBy(text: string, start: number, language: Language): boolean {
  return qualifiersFor(language).changeBy.has(foldWord(wordBefore(text, start)));
}

/** Words before a range opener in which a verb of change makes it open a change (changeVerbBefore). */
const CHANGE_VERB_REACH = 4;

/**
 * Whether a verb of change (CHANGE_VERBS: "passerà", "urcă", "rose") stands within CHANGE_VERB_REACH words before
 * `start`, in its clause: "rose from", "grow its workforce there from".
 */
export function changeVerbBefore(text: string, start: number, language: Language): boolean {
  const verbs = qualifiersFor(language).changeVerbs;
  let at = start;
  for (let n = 0; n < CHANGE_VERB_REACH; n++) {
    const word = wordBefore(text, at);
    if (!word) return false;
    if (verbs.has(foldWord(word))) return true;
    at = text.lastIndexOf(word, at);
  }
  return false;
}

/** Whether a range opener ("tra", "între", "between") only ever opens a range, never a change. */
export function enclosingOpener(opener: string, language: Language): boolean {
  return qualifiersFor(language).enclosing.has(opener);
}

/** Whether `connector` joins two figures into a range, given the opener before the first (if any). */
export function joinsRange(connector: string, opener: string | null, language: Language): 'opened' | 'bare' | null {
  const q = qualifiersFor(language);
  const word = foldPhrase(connector);
  if (opener !== null && q.connectors.get(opener)?.has(word)) return 'opened';
  return q.bare.has(word) ? 'bare' : null;
}
