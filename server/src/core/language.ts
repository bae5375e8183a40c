/**
 * Language of a document and of the paragraphs that differ from it.
 * eld (measured best of tinyld, eld and franc-min on short news paragraphs: `scripts/compareLanguageDetectors.ts`)
 * decides the document; a vote of stopwords that belong to one language only (stopwords-iso) finds paragraphs
 * that may be in another language, which eld then confirms. One eld call costs ~70 µs whatever the length, so
 * calling it per paragraph would dominate indexing time on large workspaces.
 */
import { eld } from 'eld/small';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { LANGUAGES, type Language, type Span } from './types';

export interface LanguageSegment extends Span {
  language: Language;
}

eld.setLanguageSubset([...LANGUAGES]);

const lists = stopwords as unknown as Record<string, string[]>;
/** Stopword -> the only one of our languages it belongs to. */
const DISTINCTIVE = new Map<string, Language>();
{
  const sets = LANGUAGES.map((l) => new Set(lists[l]));
  LANGUAGES.forEach((lang, i) => {
    for (const w of sets[i]!) {
      // One- and two-letter words are too often shared or ambiguous across these languages.
      if (w.length > 2 && sets.every((s, j) => j === i || !s.has(w))) DISTINCTIVE.set(w, lang);
    }
  });
}

const WORD = /\p{L}+/gu;
const PARAGRAPH = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
const MIN_PARAGRAPH_VOTES = 4;

function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** Language of a text by eld, or `fallback` when eld does not return one of ours. */
function eldLanguage(text: string, fallback: Language): Language {
  const code = eld.detect(text.slice(0, 2000)).language;
  return isLanguage(code) ? code : fallback;
}

/**
 * Language of a text. A clear stopword majority over the whole text decides (eld reads only its start and can be
 * swayed by names and loanwords); otherwise eld does.
 */
export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  const v = vote(text);
  if (v && v.votes >= 8 && v.votes * 3 >= v.total * 2) return v.language;
  return eldLanguage(text, fallback);
}

function vote(paragraph: string): { language: Language; votes: number; total: number } | null {
  const counts: Record<Language, number> = { it: 0, ro: 0, en: 0 };
  let total = 0;
  for (const m of paragraph.matchAll(WORD)) {
    const lang = DISTINCTIVE.get(m[0].toLowerCase());
    if (lang) {
      counts[lang]++;
      total++;
    }
  }
  if (total === 0) return null;
  const best = LANGUAGES.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return { language: best, votes: counts[best], total };
}

/**
 * The document language and the segments (paragraphs) whose language differs from it; text outside any listed
 * segment is in the document language.
 */
export function detectLanguages(text: string): { language: Language; segments: LanguageSegment[] } {
  const language = detectLanguage(text);
  const segments: LanguageSegment[] = [];
  for (const m of text.matchAll(PARAGRAPH)) {
    const v = vote(m[0]);
    // A clear stopword majority for another language, confirmed by eld on the paragraph itself.
    if (!v || v.language === language || v.votes < MIN_PARAGRAPH_VOTES || v.votes * 3 < v.total * 2) continue;
    if (eldLanguage(m[0], language) !== v.language) continue;
    segments.push({ start: m.index, end: m.index + m[0].length, language: v.language });
  }
  return { language, segments };
}
