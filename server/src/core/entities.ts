/**
 * Named entities of one text: lexicon matches (multilingual data plus names found elsewhere in the workspace),
 * then capitalised sequences that are not in the data, typed by the cue words around them.
 */
import { candidateKeys, continues, lookup, slugId, tokenKeys, type LexiconEntry, type NameSource } from './aliases';
import type { NameCues } from './cues';
import { LOWERCASE_HEADS } from './data/institutionWords';
import { STREET_HEADS } from './data/nameCues';
import { ROMANIZATION_RULES } from './data/romanizations';
import { institutionId } from './institutions';
import { stem } from './stems';
import { fold, folded, latinLettersOnly, type Token } from './tokens';
import { LANGUAGES, type EntityType, type Language, type Mention, type Span } from './types';

// Regular expressions are made once, at module level (regex.ts says why).
const DIGIT = /\d/;

export interface EntityContext {
  language: Language;
  /** Lexicons in order of precedence: the built-in data first, then names found in the workspace. */
  lexicons: readonly NameSource[];
  cues: NameCues;
  /** Spans already taken (dates, claims): names never overlap them. */
  taken: readonly Span[];
}

export interface EntityResult {
  mentions: Mention[];
  /** Names found by heuristics, not in any lexicon: offered to the workspace so other documents find them. */
  discovered: { key: string; entry: LexiconEntry }[];
  /** Keys of capitalised words left unrecognised: a later workspace name may resolve them. */
  unresolved: string[];
}

const MAX_NAME_TOKENS = 8;
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XXI{0,3})$/;
/** What lies between two coordinated names: a comma, or "e", "și", "and" between spaces. */
const COORDINATION = /^(?:\s*,\s*|\s+(?:e|ed|și|şi|and)\s+)$/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,}\p{Lu}?)$/u;

interface Match {
  first: number;
  last: number;
  entry: LexiconEntry;
  /** Precedence of the lexicon that gave it: 0 is the curated data. */
  rank: number;
}

/**
 * The first lexicon's entry for the key of tokens first..last, with its rank. A key the data knows only in capitals
 * is taken where the words were written in capitals (`capitals`), or else as acronyms in title case (looked at
 * only then: matching runs for every capitalised word).
 */
function ranked(tokens: readonly Token[], first: number, last: number, key: string, capitals: boolean, ctx: EntityContext, lexicons = ctx.lexicons): { entry: LexiconEntry; rank: number } | undefined {
  for (let rank = 0; rank < lexicons.length; rank++) {
    const lexicon = lexicons[rank]!;
    const entry = lexicon.get(key);
    if (entry && (capitals || !lexicon.capitalsOnly?.(key) || titledAcronyms(tokens, first, last, ctx))) return { entry, rank };
  }
  return undefined;
}

/** Every word of tokens first..last written in capitals or as an acronym in title case. */
function titledAcronyms(tokens: readonly Token[], first: number, last: number, ctx: EntityContext): boolean {
  for (let k = first; k <= last; k++) {
    const word = tokens[k]!.text;
    if (CHANGES_WHEN_UPPERCASED.test(word) && !titleCaseAcronym(word, ctx)) return false;
  }
  return true;
}

/**
 * An acronym written in title case, as Italian and Romanian news write them ("Bce", "Unhcr", "Igsu"): three to
 * six Latin letters without diacritics ("Niš" is a town), and no common word or stopword of the text's language
 * ("Pas" is a Romanian word, not PAS). English news writes acronyms in capitals.
 */
function titleCaseAcronym(word: string, ctx: EntityContext): boolean {
  if (ctx.language === 'en' || !TITLE_CASE_WORD.test(word)) return false;
  const f = fold(word);
  return !ctx.cues.stopwords[ctx.language].has(f) && !ctx.cues.notNames.has(f) && !isCommonWord(word, ctx);
}

const TITLE_CASE_WORD = /^[A-Z][a-z]{2,5}$/;

/** Units below this are ASCII; setting this bit of an ASCII letter's unit lowercases it (a non-capitalised token starts lowercase or with a digit). */
const ASCII_END = 0x80;
const ASCII_LOWERCASE_BIT = 0x20;

/** A character toUpperCase changes: a word without one is written in capitals (word === word.toUpperCase()). */
const CHANGES_WHEN_UPPERCASED = /\p{Changes_When_Uppercased}/u;

/**
 * The curated data alone, the first of the lexicons: what it names does not depend on which documents were read
 * before, as names found in the workspace do.
 */
const curatedData = (ctx: EntityContext): readonly NameSource[] => ctx.lexicons.slice(0, 1);

/** Whether the curated data knows the name starting at token i, if any, as a person only: a surname may start there. */
function surnameMayStart(tokens: readonly Token[], i: number, ctx: EntityContext): boolean {
  const known = matchAt(tokens, i, ctx, curatedData(ctx));
  return !known || known.entry.type === 'person';
}

/** Longest lexicon match starting at token i, trying inflected candidates for each token; in `lexicons` if given. */
function matchAt(tokens: readonly Token[], i: number, ctx: EntityContext, lexicons = ctx.lexicons): Match | undefined {
  let best: Match | undefined;
  let prefixes = [''];
  let capitals = true;
  for (let j = i; j < tokens.length && j < i + MAX_NAME_TOKENS; j++) {
    const t = tokens[j]!;
    if (j > i && (t.sentence !== tokens[j - 1]!.sentence || t.numeric)) break;
    capitals &&= !CHANGES_WHEN_UPPERCASED.test(t.text);
    const next: string[] = [];
    for (const p of prefixes) {
      for (const c of tokenKeys(t, ctx.language)) {
        const key = p ? `${p} ${c}` : c;
        const hit = ranked(tokens, i, j, key, capitals, ctx, lexicons);
        // Longest first; at equal length the curated data beats names found in the workspace.
        if (hit && (!best || j > best.last || hit.rank < best.rank)) best = { first: i, last: j, ...hit };
        if (continues(lexicons, key)) next.push(key);
      }
    }
    if (next.length === 0) break;
    prefixes = next;
  }
  return best;
}

/** Punctuation between two words that ends a name: a comma, a bracket, a quote, a dash or a slash. */
const NAME_BREAK = /[,;:()"“”„«»\-–—/]/;

function overlapsTaken(start: number, end: number, taken: readonly Span[]): boolean {
  return taken.some((s) => s.start < end && start < s.end);
}

/** True for words that start names: capitalised, not a stopword, not a known common capitalised word. */
function nameLike(t: Token, ctx: EntityContext): boolean {
  if (!t.capitalised || t.numeric) return false;
  const f = folded(t);
  return !ctx.cues.stopwords[ctx.language].has(f) && !ctx.cues.notNames.has(f);
}

/** Title-case headline lines: capitalisation there says nothing about names. */
function titleCaseSentences(tokens: readonly Token[]): Set<number> {
  const counts = new Map<number, { words: number; caps: number }>();
  for (const t of tokens) {
    if (t.numeric) continue;
    const c = counts.get(t.sentence) ?? { words: 0, caps: 0 };
    c.words++;
    if (t.capitalised) c.caps++;
    counts.set(t.sentence, c);
  }
  const out = new Set<number>();
  for (const [s, c] of counts) if (c.words >= 4 && c.caps / c.words >= 0.7) out.add(s);
  return out;
}

/**
 * A capitalised particle that starts a surname mid-sentence: "Di Lauro", "Al Zarqawi", "La Russa"; not an article
 * before a known place or body ("Cronaca La Corea del Nord ha ...", a headline run into the text).
 */
function particleBeforeName(tokens: readonly Token[], i: number, text: string, ctx: EntityContext): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!(t.capitalised && !t.sentenceInitial && next !== undefined && next.sentence === t.sentence && nameLike(next, ctx) &&
    text.slice(t.end, next.start) === ' ' && !cues(ctx).notNames.has(folded(t)))) return false;
  return surnameMayStart(tokens, i + 1, ctx);
}

const cues = (ctx: EntityContext): NameCues => ctx.cues;

/**
 * A common word of the text's language, by the stems of its dictionary; for Italian, also the English common words
 * its news writes ("Rally", "Blackout").
 */
function isCommonWord(word: string, ctx: EntityContext): boolean {
  const f = fold(word);
  if (ctx.cues.commonStems[ctx.language].has(stem(f, ctx.language))) return true;
  return ctx.language === 'it' && ctx.cues.commonStems.en.has(stem(f, 'en'));
}

const headStems: Partial<Record<Language, Set<string>>> = {};

/** An organization, place or event head word in any inflection (compared by Snowball stem). */
function isHeadNoun(word: string, ctx: EntityContext): boolean {
  const { language } = ctx;
  let set = headStems[language];
  if (!set) {
    set = new Set<string>();
    for (const list of [ctx.cues.orgHeads, ctx.cues.placeHeads, ctx.cues.eventHeads]) for (const w of list[language]) set.add(stem(w, language));
    headStems[language] = set;
  }
  return set.has(stem(fold(word), language));
}

const bodyStems: Partial<Record<Language, Set<string>>> = {};

/** An institution a capitalised noun alone names, in any inflection ("Guvernului", "Primăriei"). */
function isBodyNoun(word: string, ctx: EntityContext): boolean {
  const { language } = ctx;
  let set = bodyStems[language];
  if (!set) bodyStems[language] = set = new Set([...ctx.cues.bodyNouns[language]].map((w) => stem(w, language)));
  return set.has(stem(fold(word), language));
}

/**
 * Where a run of capitalised words ends in a person's given and family name after other words, the person is a
 * name of their own: "Repubblica Giorgio Napolitano" is "Repubblica" and "Giorgio Napolitano".
 */
function splitBeforePerson(tokens: readonly Token[], first: number, last: number, ctx: EntityContext): number {
  const given = ctx.cues.givenNames;
  if (given.has(folded(tokens[first]!))) return last;
  for (let k = first + 1; k < last; k++) {
    const w = folded(tokens[k]!);
    // The given name needs its surname right after it: in "Federația Română de Gimnastică" it is a word of the name.
    // After a surname particle it is a surname itself: "Di Maria Media".
    const before = folded(tokens[k - 1]!);
    if (given.has(w) && !given.has(before) && !ctx.cues.surnameParticles[ctx.language].has(before) && tokens[k - 1]!.capitalised && tokens[k + 1]!.capitalised) return k - 1;
  }
  return last;
}

type CueKind = 'title' | 'organization' | 'place' | 'event' | 'preposition';
const cueStems: Partial<Record<Language, Map<string, CueKind>>> = {};

/** The definite article of Romanian plurals, nominative and genitive ("spitalele", "școlile", "spitalelor"). */
const ROMANIAN_PLURAL_ARTICLE = /(?:le|lor)$/;

type CueList = [CueKind, ReadonlySet<string>];

/** Head words of names by what they cue: events, places, organizations (a word in two lists cues the later). */
function headLists(cues: NameCues, language: Language): [CueList, CueList, CueList] {
  return [['event', cues.eventHeads[language]], ['place', cues.placeHeads[language]], ['organization', cues.orgHeads[language]]];
}

/** What a word cues, compared by Snowball stem so that inflected forms count ("Academiei", "președintelui"). */
function cueOf(word: string, ctx: EntityContext): CueKind | undefined {
  const { language, cues } = ctx;
  let map = cueStems[language];
  if (!map) {
    map = new Map<string, CueKind>();
    const [event, place, organization] = headLists(cues, language);
    const lists: CueList[] = [['preposition', cues.placePrepositions[language]], event, place, ['title', cues.personTitles[language]], organization];
    for (const [kind, words] of lists) for (const w of words) map.set(kind === 'preposition' ? w : stem(w, language), kind);
    cueStems[language] = map;
  }
  const f = fold(word);
  if (map.get(f) === 'preposition') return 'preposition';
  const kind = map.get(stem(f, language));
  if (kind !== undefined) return kind;
  // A title joined to a word before it is a title: "Vice-President", "vice-premier".
  const hyphen = f.lastIndexOf('-');
  return hyphen > 0 && hyphen < f.length - 1 && map.get(stem(f.slice(hyphen + 1), language)) === 'title' ? 'title' : undefined;
}

const foreignHeads: Partial<Record<Language, Map<string, CueKind>>> = {};

/**
 * What the first word of a name cues as a head word of another language's names, as written (folded, not stemmed):
 * a name keeps its own language's head in another's text ("Polizia Postale" or "Ferrovie Murgia Sud" in an English
 * article, "Arena Națională" in an Italian one).
 */
function foreignHeadOf(word: string, ctx: EntityContext): CueKind | undefined {
  const { language, cues } = ctx;
  let map = foreignHeads[language];
  if (!map) {
    map = new Map<string, CueKind>();
    for (const other of LANGUAGES) if (other !== language) for (const [kind, words] of headLists(cues, other)) for (const w of words) map.set(w, kind);
    foreignHeads[language] = map;
  }
  return map.get(word);
}

function typeFromCues(tokens: readonly Token[], first: number, last: number, ctx: EntityContext, gap: string, previous?: Mention): EntityType | typeof LONE {
  const { cues } = ctx;
  const words = tokens.slice(first, last + 1).map((t) => folded(t));
  // A given name cues nothing through a stem it shares with a head word ("Mario", "mare"), only as written.
  const exactCue = (w: string): boolean =>
    cues.orgHeads[ctx.language].has(w) || cues.placeHeads[ctx.language].has(w) || cues.eventHeads[ctx.language].has(w);
  const kinds = tokens.slice(first, last + 1).map((t, k) => (cues.givenNames.has(words[k]!) && !exactCue(words[k]!) ? undefined : cueOf(t.text, ctx)));
  const foreignHead = kinds[0] === undefined && words.length > 1 && !cues.givenNames.has(words[0]!);
  if (foreignHead) kinds[0] = foreignHeadOf(words[0]!, ctx);
  // Legal forms are listed without their dots ("S.R.L." is "srl").
  const legalForm = words.some((w) => cues.orgSuffixes.has(w.includes('.') ? w.replaceAll('.', '') : w));
  // A place's head first makes a place whatever body its words name: "Piața Marii Adunări Naționale", "Palazzo del
  // Parlamento". Not in English, where the head comes last ("Coast Guard"), unless the head is of another language.
  if (kinds[0] === 'place' && words.length > 1 && !legalForm && (ctx.language !== 'en' || foreignHead)) return 'place';
  if (kinds.includes('organization') || legalForm) return 'organization';
  if (first === last && ACRONYM.test(tokens[first]!.text)) return 'organization';
  if (kinds[0] === 'event') return 'event';
  if (kinds[0] === 'place') return 'place';
  // An initial before a surname stands for a given name: "I. C. Brătianu", "J. H. Newman".
  const initial = tokens[first]!.text.length === 1 && tokens[first + 1]!.start - tokens[first]!.end > 1;
  // A given name and a surname are a person whatever body or place was named before: "il presidente della
  // Regione Massimiliano Fedriga", "Vittorino Piazza".
  if (words.length > 1 && (initial || cues.givenNames.has(words[0]!))) return 'person';
  // English order puts the head last: "Hyde Park", "Phillip Island", "Charles River".
  if (words.length > 1 && kinds[kinds.length - 1] === 'place') return 'place';
  // Look back a few words: a title across other words ("il ministro degli Esteri nordcoreano Choe Son Hui"), a
  // place or body head only across connectors ("regione di Kursk", "il sindacato Sanitas"; not "la Guardia
  // costiera ha soccorso a Mitilene").
  let adjacent = true;
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[first]!.sentence) break;
    const kind = cueOf(t.text, ctx);
    if (kind === 'title') return 'person';
    if (adjacent && kind === 'place') return 'place';
    // A body named right before is this one ("il sindacato Sanitas"); one joined by a connector is where it is
    // ("l'ospedale di Mitilene", "spitalele din Larisa").
    if (adjacent && kind === 'organization') return k < first - 1 ? 'place' : 'organization';
    adjacent &&= cues.connectors[ctx.language].has(connectorForm(t));
  }
  const after = tokens[last + 1];
  if (after && after.sentence === tokens[last]!.sentence && cueOf(after.text, ctx) === 'place') return 'place';
  if (cues.givenNames.has(words[0]!)) return 'person';
  const before = tokens[first - 1];
  // "a Saronno", "în Banat", "della Val Camonica": a place preposition before a name that is no person's.
  if (before && before.sentence === tokens[first]!.sentence && cueOf(before.text, ctx) === 'preposition') return 'place';
  // A name coordinated with a place or a body is one too: "tra Stroppiana e Santhià", "Arad, Lugoj și Caransebeș".
  if ((previous?.type === 'place' || previous?.type === 'organization') && COORDINATION.test(gap)) return previous.type;
  // Unknown one- to four-word names are mostly people in news (surnames, full names); longer ones are bodies. A
  // lone word is told once the whole document is read (findEntities).
  if (words.length === 1) return LONE;
  // A name no person has starts with a nationality: "Turkish Red Crescent", "Greek Council for Refugees".
  if (cues.demonyms[ctx.language].has(words[0]!)) return 'organization';
  return words.length <= 4 ? 'person' : 'organization';
}

/** What typeFromCues says of a lone word nothing types: a person, or a body once the document is read (findEntities). */
const LONE = 'lone';
/** People named in full in a document from which a lone untyped word is taken for a body. */
const LONE_WORDS_AFTER = 2;

interface NameRun {
  /** The run is an organization's name (its first word is an organization head). */
  organization: boolean;
  last: number;
  /** The run is a given name and a surname the data knows for a person. */
  knownPerson?: LexiconEntry;
  /** One word and a city the data knows: a club or a company ("CFR Cluj"). */
  clubOrCompany: boolean;
}

/**
 * The id of a name not in the data, whatever its type: the name's key with the spellings its romanizations differ
 * by made one (data/romanizations.ts), so that "Boyko Borissov" and "Boiko Borisov", "Yuriy Ihnat" and "Jurij
 * Ihnat" are one.
 */
function unknownNameId(key: string): string {
  let k = key;
  for (const [pattern, by] of ROMANIZATION_RULES) k = k.replace(pattern, by);
  return slugId(k);
}

/** A Romanian genitive-dative ending of a feminine head ("Comisiei", "Autorității"), as name keys write it. */
const FEMININE_GENITIVE = /(?:ei|ii)$/;

/**
 * The key of a name found by heuristics: its words as written, but for a Romanian head in the genitive-dative
 * ("Ministerului", "Comisiei") the nominative the head lists have ("Ministerul", "Comisia"), and after a feminine
 * one the adjectives that agree with it ("Comisiei Electorale Centrale", "Comisia Electorală Centrală"): a body is
 * named in either case, and so gets one key and one id.
 */
function discoveredKey(tokens: readonly Token[], first: number, last: number, ctx: EntityContext): string {
  const { language, cues } = ctx;
  // Each word's keys: as written first, then the forms the name inflections give.
  const forms = tokens.slice(first, last + 1).map((u) => tokenKeys(u, language));
  const parts = forms.map((f) => f[0]!);
  if (language !== 'ro' || last === first) return parts.join(' ');
  const isHead = (k: string): boolean => cues.orgHeads.ro.has(k) || cues.placeHeads.ro.has(k) || cues.eventHeads.ro.has(k);
  const nominative = forms[0]!.slice(1).find(isHead);
  if (nominative === undefined) return parts.join(' ');
  const feminine = FEMININE_GENITIVE.test(parts[0]!);
  parts[0] = nominative;
  for (let k = 1; feminine && k < parts.length; k++) {
    const agreeing = parts[k]!.endsWith('e') ? forms[k]!.slice(1).find((v) => v.endsWith('a')) : undefined;
    if (agreeing === undefined) break;
    parts[k] = agreeing;
  }
  return parts.join(' ');
}

/**
 * The run of capitalised words (and inner connectors) a name that starts at token i extends over: "Banca d'Italia",
 * "Choe Son Hui", "Partidul Social Democrat". An organization's name takes in the places it names ("Universitatea
 * de Vest din Timișoara") and coordinated words ("Ministerul Muncii și Protecției Sociale"); other names stop at a
 * name the data knows or a conjunction, which joins two names rather than making one.
 */
function extendName(tokens: readonly Token[], i: number, text: string, ctx: EntityContext): NameRun {
  const { cues, language } = ctx;
  const t = tokens[i]!;
  // A Romanian head in the plural with its article starts no one body's name ("Spitalele din Italia", "Autoritățile
  // din Iași"), unless the list has that very form ("Forțele"); it still says what the name after it is.
  const organization = cueOf(t.text, ctx) === 'organization' &&
    !(language === 'ro' && ROMANIAN_PLURAL_ARTICLE.test(folded(t)) && !cues.orgHeads.ro.has(folded(t)));
  // A run that starts with a surname particle ("Di Maria", "De Filippo Group") takes the word after it whatever the
  // data knows that word as: the particle alone names nothing.
  const particle = !t.sentenceInitial && cues.surnameParticles[language].has(folded(t));
  let clubOrCompany = false;
  let knownPerson: LexiconEntry | undefined;
  let last = i;
  // A body's name takes in capitalised portfolios after a connector too ("Ministerul de Interne").
  const named = (w: Token): boolean => nameLike(w, ctx) || (organization && !w.sentenceInitial);
  for (let j = i + 1; j < tokens.length && j - i < MAX_NAME_TOKENS; j++) {
    const u = tokens[j]!;
    if (u.sentence !== t.sentence || u.numeric || overlapsTaken(u.start, u.end, ctx.taken)) break;
    // Punctuation ends a name; so does a dash or slash between two ("Juventus - Milan", "Horea / Beliș").
    if (NAME_BREAK.test(text.slice(tokens[j - 1]!.end, u.start))) break;
    // Regnal numbers belong to the name: "Benedetto XVI", "Carol I".
    if (REGNAL.test(u.text) && tokens[j - 1]!.capitalised) {
      last = j;
      continue;
    }
    // Inside a name a capitalised function word is part of it ("Lucio Dalla", "Banca Del Fucino").
    // An organization's name takes in capitalised portfolios too: "Ministerul Afacerilor Externe".
    if (u.capitalised && (nameLike(u, ctx) || (!u.sentenceInitial && (organization || !cues.notNames.has(folded(u)))))) {
      // Only the curated data stops a run: names found in other documents would make the run depend on them.
      const found = organization || (particle && j === i + 1) ? undefined : matchAt(tokens, j, ctx);
      const known = found && found.rank === 0 ? found : undefined;
      // A given name and a surname the data knows as a place or an event: "Whitney Houston", "Paris Hilton",
      // "Marcel Crăciun" (Christmas in Romanian).
      if (known && j === i + 1 && known.last === j && (known.entry.type === 'place' || known.entry.type === 'event') && cues.givenNames.has(folded(t))) {
        last = j;
        continue;
      }
      // An unknown given name before a surname the data knows names that person: "Boiko Borissov", "Tayyip Erdogan".
      if (known && j === i + 1 && known.last === j && known.entry.type === 'person' && !isCommonWord(t.text, ctx)) {
        last = j;
        knownPerson = known.entry;
        break;
      }
      if (known) {
        // "CFR Cluj", "Rapid București": one word and the city that ends the name are a club or a company.
        const lone = j === i + 1 && !cues.givenNames.has(folded(t));
        const ends = !tokens[known.last + 1]?.capitalised || tokens[known.last + 1]!.sentence !== t.sentence;
        // After a place's head of another language the place is part of the name ("Piazza Castello" in an English
        // article); after one of the article's language it is a place of its own ("Portul Constanța").
        if (lone && known.entry.type === 'place' && ends && !cues.placeHeads[language].has(folded(t))) {
          last = known.last;
          clubOrCompany = foreignHeadOf(folded(t), ctx) !== 'place';
        }
        break;
      }
      last = j;
      continue;
    }
    // A body attached to another is named with it: "Parchetul de pe lângă Tribunalul București".
    const head = organization ? attachedBody(tokens, j, ctx) : undefined;
    if (head !== undefined) {
      j = head - 1;
      continue;
    }
    const next = tokens[j + 1];
    const w = connectorForm(u);
    // A given name, a surname particle in lowercase and a surname are one name ("Michele de Pascale"), unless the
    // curated data knows the word after it as something else than a person ("Ion de Crăciun").
    if (j === i + 1 && cues.lowercaseParticles[language].has(w) && cues.givenNames.has(folded(t)) && next?.capitalised &&
      next.sentence === t.sentence && nameLike(next, ctx) && text.slice(t.end, u.start) === ' ' && text.slice(u.end, next.start) === ' ' &&
      surnameMayStart(tokens, j + 1, ctx)) continue;
    // A person's full name after the connector is a name of its own: "Microsoft di Bill Gates".
    // A conjunction before another body's head joins two names: "Federația Sanitas și Federația Solidaritatea".
    const orgOnly = cues.orgConnectors[language].has(w);
    const joins = cues.connectors[language].has(w) && (organization ? !(orgOnly && next && cueOf(next.text, ctx) === 'organization') : !orgOnly);
    if (joins && next && next.capitalised && named(next) && next.sentence === t.sentence && !personAfter(tokens, j + 1, ctx) &&
      !(u.elided && startsOwnName(tokens, j + 1, ctx))) continue;
    // Inside a body's name a connector may come with an article or a second connector before the next word: "Ministero
    // delle Infrastrutture e dei Trasporti", "Ministero dell'Economia e delle Finanze", "Agenzia per la Cybersicurezza".
    // Not in Romanian, where "de la" says where a body is ("Uzina Dacia de la Mioveni"), nor before a place the data
    // knows.
    const third = tokens[j + 2];
    if (organization && language !== 'ro' && joins && next && !next.capitalised && next.sentence === t.sentence && third?.capitalised &&
      third.sentence === t.sentence && (cues.connectors[language].has(connectorForm(next)) || cues.articles[language].has(connectorForm(next))) &&
      named(third) && !cues.givenNames.has(folded(third)) && !(orgOnly && cueOf(third.text, ctx) === 'organization') &&
      !knownAt(tokens, j + 2, 'place', ctx)) {
      j++;
      continue;
    }
    break;
  }
  return { organization, last, knownPerson, clubOrCompany };
}

/**
 * Why a single capitalised word that no name of the data or the workspace starts is no name: written in lowercase
 * elsewhere in the document, a nationality ("Romanian", "Ukrainians": context for the figures of its sentence,
 * data/demonyms.ts), a word with digits (a code, a model or a road: "F-16", "COVID-19", "A4"), a head noun alone
 * ("Legea", "Comitetului", "Liga": it names nothing until its complement), or a capitalised common word
 * ("Categoria", "Templul") that is neither someone's given name nor an acronym ("CERN", "FIDE").
 */
function notNamedAlone(t: Token, key: string, ctx: EntityContext, seenInLowercase: (word: string) => boolean): boolean {
  return seenInLowercase(folded(t)) || ctx.cues.demonyms[ctx.language].has(key) || DIGIT.test(t.text) || isHeadNoun(t.text, ctx) ||
    (isCommonWord(t.text, ctx) && !ctx.cues.givenNames.has(folded(t)) && !(ACRONYM.test(t.text) && t.text.length > 2 && !REGNAL.test(t.text)));
}

const HYPHEN_IN_WORD = /[-‐]/;

/**
 * Two places or bodies of the curated data joined by a hyphen into one word ("l'asse Mosca-Pyongyang", "i legami
 * Russia-Corea del Nord"): each is named apart, the second with the words after it that its name takes. A word the
 * data knows whole ("Emilia-Romagna") is not split, nor one whose parts are not both known ("Schmidt-Jacobson").
 */
function hyphenJoinedNames(tokens: readonly Token[], i: number, text: string, ctx: EntityContext): { names: { start: number; end: number; entry: LexiconEntry }[]; last: number } | undefined {
  const t = tokens[i]!;
  const h = t.text.search(HYPHEN_IN_WORD);
  if (h <= 0 || h === t.text.length - 1) return undefined;
  const data = curatedData(ctx);
  const whole = matchAt(tokens, i, ctx, data);
  if (whole) return undefined;
  const part = (start: number, end: number): Token => {
    const word = text.slice(start, end);
    return { start, end, text: word, capitalised: word[0] !== word[0]!.toLowerCase(), sentenceInitial: false, sentence: t.sentence, numeric: false, elided: false };
  };
  const first = part(t.start, t.start + h);
  const second = part(t.start + h + 1, t.end);
  if (!first.capitalised || !second.capitalised || HYPHEN_IN_WORD.test(second.text)) return undefined;
  const placeOrBody = (m: Match | undefined): m is Match => m?.entry.type === 'place' || m?.entry.type === 'organization';
  const a = matchAt([first], 0, ctx, data);
  const b = placeOrBody(a) ? matchAt([second, ...tokens.slice(i + 1, i + MAX_NAME_TOKENS)], 0, ctx, data) : undefined;
  if (!placeOrBody(a) || !placeOrBody(b)) return undefined;
  const last = i + b.last;
  const end = b.last === 0 ? t.end : tokens[last]!.end;
  if (overlapsTaken(second.start, end, ctx.taken)) return undefined;
  return { names: [{ start: first.start, end: first.end, entry: a.entry }, { start: second.start, end, entry: b.entry }], last };
}

/**
 * The place right after the name of a body with offices (LexiconEntry.offices: "ISU Cluj", "Inspectoratul de Poliție
 * Județean Brăila"), when the data knows the place and it ends the run of capitalised words: the body's office
 * there. Undefined otherwise.
 */
function officeOf(tokens: readonly Token[], m: Match, text: string, ctx: EntityContext): Match | undefined {
  const body = tokens[m.first]!;
  const next = tokens[m.last + 1];
  if (!m.entry.offices || !next?.capitalised || next.sentence !== body.sentence || text.slice(tokens[m.last]!.end, next.start) !== ' ') return undefined;
  const place = matchAt(tokens, m.last + 1, ctx, curatedData(ctx));
  if (!place || place.entry.type !== 'place') return undefined;
  const after = tokens[place.last + 1];
  return after?.capitalised && after.sentence === body.sentence ? undefined : place;
}

/**
 * The last token of a body's name that goes on from a place's last token `last` (English): the capitalised run after
 * the place (extendName), if a word of it is the head of a body; otherwise undefined.
 */
function bodyAfterPlace(tokens: readonly Token[], last: number, text: string, ctx: EntityContext): number | undefined {
  const run = extendName(tokens, last, text, ctx);
  if (run.last === last || run.knownPerson || run.clubOrCompany) return undefined;
  for (let k = last + 1; k <= run.last; k++) if (cueOf(tokens[k]!.text, ctx) === 'organization') return run.last;
  return undefined;
}

/** Capitalised words after a name, at most, whose longer names are noted as unresolved (noteLongerNames). */
const LONGER_NAME_WORDS = 3;

/**
 * Notes as unresolved the longer names that a name found at tokens first..last starts, where capitalised words
 * follow it in its sentence ("Giurgiu" in "Giurgiu Foundation"): another document may find the whole as one name,
 * and settling then analyses this one again, as the name would have been found here had that document come first.
 */
function noteLongerNames(tokens: readonly Token[], first: number, last: number, text: string, ctx: EntityContext, unresolved: string[]): void {
  let key = '';
  for (let k = last + 1; k <= last + LONGER_NAME_WORDS && k < tokens.length; k++) {
    const u = tokens[k]!;
    if (!u.capitalised || u.numeric || u.sentence !== tokens[last]!.sentence || text.slice(tokens[k - 1]!.end, u.start) !== ' ') return;
    key ||= tokens.slice(first, last + 1).map((w) => tokenKeys(w, ctx.language)[0]).join(' ');
    key += ' ' + tokenKeys(u, ctx.language)[0];
    unresolved.push(key);
  }
}

/**
 * Whether the word at `k`, after an elided connector, starts a name of its own rather than going on with the body
 * before it: a place the data knows ("Ambasciata dell'Ucraina"), an acronym, a body's head or a body a lexicon knows
 * ("Osservatorio Vesuviano dell'Ingv", "RespiVirNet dell'Istituto superiore di sanità").
 */
function startsOwnName(tokens: readonly Token[], k: number, ctx: EntityContext): boolean {
  const w = tokens[k]!;
  if (ACRONYM.test(w.text) || titleCaseAcronym(w.text, ctx) || cueOf(w.text, ctx) === 'organization') return true;
  const m = matchAt(tokens, k, ctx);
  return m !== undefined && (m.entry.type === 'organization' || (m.rank === 0 && m.entry.type === 'place'));
}

/**
 * Whether the word at `k` starts a person's name: a given name, unless the data knows it as a place and no
 * capitalised word follows it ("Procura di Roma", "Parchetul din Roma"; not "di Roma Downey").
 */
function personAfter(tokens: readonly Token[], k: number, ctx: EntityContext): boolean {
  if (!ctx.cues.givenNames.has(folded(tokens[k]!))) return false;
  const after = tokens[k + 1];
  return (after?.capitalised === true && after.sentence === tokens[k]!.sentence) || !knownAt(tokens, k, 'place', ctx);
}

/** Whether the curated data knows a name of this type starting at token `k`. */
function knownAt(tokens: readonly Token[], k: number, type: EntityType, ctx: EntityContext): boolean {
  const m = k < tokens.length ? matchAt(tokens, k, ctx) : undefined;
  return m !== undefined && m.rank === 0 && m.entry.type === type;
}

/**
 * Where an attachment phrase of the data starts at token `j` ("de pe lângă") and the head of a body follows it in the
 * same sentence, the index of that head; otherwise undefined.
 */
function attachedBody(tokens: readonly Token[], j: number, ctx: EntityContext): number | undefined {
  const sentence = tokens[j]!.sentence;
  for (const phrase of ctx.cues.attachments[ctx.language]) {
    const head = tokens[j + phrase.length];
    if (!head?.capitalised || head.sentence !== sentence || cueOf(head.text, ctx) !== 'organization') continue;
    if (phrase.every((word, k) => !tokens[j + k]!.capitalised && folded(tokens[j + k]!) === word)) return j + phrase.length;
  }
  return undefined;
}

/**
 * A token's folded form as the connector lists write it: an elided article or preposition with its apostrophe
 * ("dell'" in "Ministero dell'Interno"), which the token itself leaves out.
 */
function connectorForm(t: Token): string {
  return t.elided ? folded(t) + "'" : folded(t);
}

/** Whether a token comes right after an elided article or preposition: "dell'Interno", "l'Agricoltura". */
function afterElision(tokens: readonly Token[], i: number): boolean {
  const before = i > 0 ? tokens[i - 1]! : undefined;
  return before !== undefined && before.elided && before.end + 1 === tokens[i]!.start;
}

/** Whether a token is written as one of some words, as they are given (lowercase). */
function isWrittenAs(text: string, t: Token, words: readonly string[]): boolean {
  for (const w of words) if (t.end - t.start === w.length && text.startsWith(w, t.start)) return true;
  return false;
}

/**
 * The last token of a body whose name starts with a head written in lowercase (data/institutionWords.ts,
 * LOWERCASE_HEADS) at token i: the head, a connector and a run of capitalised words, all of them words of bodies
 * ("il ministero della Salute", "ministero dell'Economia"); undefined where the words after the head say nothing of
 * a body ("il ministero della Salute Orazio Schillaci" names the minister too, and is left to the other rules).
 */
function lowercaseHeadedBody(tokens: readonly Token[], i: number, text: string, ctx: EntityContext): number | undefined {
  const [head, connector, first] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  if (!connector || !first || connector.sentence !== head.sentence || first.sentence !== head.sentence || !first.capitalised) return undefined;
  if (!ctx.cues.connectors[ctx.language].has(connectorForm(connector)) || overlapsTaken(head.start, first.end, ctx.taken)) return undefined;
  const last = extendName(tokens, i + 2, text, ctx).last;
  const words = tokens.slice(i, last + 1).map((u) => (u.elided ? u.text + "'" : u.text));
  return institutionId(words, ctx.language, ctx.cues) !== undefined ? last : undefined;
}

export function findEntities(text: string, tokens: readonly Token[], ctx: EntityContext): EntityResult {
  const mentions: Mention[] = [];
  const discovered: EntityResult['discovered'] = [];
  const unresolved: string[] = [];
  const titleCase = titleCaseSentences(tokens);
  const { cues, language } = ctx;
  let lone: Map<Mention, { type: EntityType; id: string }> | undefined;
  /** Single words that start a sentence and are left unnamed (nameInitialParts). */
  let initialWords: number[] | undefined;
  // Whether a word (folded) is written in lowercase in the text. Where every letter is Latin and precomposed, a
  // word folds to one of the same length, so only words of that length are folded to compare; otherwise the
  // document's lowercase words are gathered once.
  let latin: boolean | undefined;
  let lowercaseSeen: Set<string> | undefined;
  const seenInLowercase = (word: string): boolean => {
    latin ??= latinLettersOnly(text);
    if (latin) {
      // A word of ASCII letters folds to its lowercase: one whose first letter does not is not folded to compare.
      const first = word.charCodeAt(0);
      return tokens.some((t) => {
        if (t.capitalised || t.numeric || t.end - t.start !== word.length) return false;
        const c = text.charCodeAt(t.start);
        return (c >= ASCII_END || (c | ASCII_LOWERCASE_BIT) === first) && folded(t) === word;
      });
    }
    if (!lowercaseSeen) {
      lowercaseSeen = new Set<string>();
      for (const t of tokens) if (!t.capitalised && !t.numeric) lowercaseSeen.add(folded(t));
    }
    return lowercaseSeen.has(word);
  };

  const push = (first: number, last: number, type: EntityType, id: string): void => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    mentions.push({ start, end, text: text.slice(start, end), type, id });
  };

  /**
   * The key of a name without its head, where the head is one that other languages write outside the name
   * (HEADS_OUTSIDE_IDS) and a name follows it: "Lacul Trasimeno" is "trasimeno", as "lago Trasimeno" is.
   */
  const headless = (first: number, last: number): string | undefined => {
    if (last === first) return undefined;
    // English puts the head last: "the Uffizi Galleries", "Louis Țurcanu Hospital".
    const before = tokens[last - 1]!;
    if (cues.headsAfterOutsideIds[language].has(folded(tokens[last]!)) && before.capitalised && !isCommonWord(before.text, ctx)) {
      return discoveredKey(tokens, first, last - 1, ctx);
    }
    if (!cues.headsOutsideIds[language].has(folded(tokens[first]!))) return undefined;
    // After a connector, a name the data does not know: "Gallerie degli Uffizi", "Giardino di Boboli". A place it
    // knows keeps the head: "Università di Bologna" is not Bologna, nor "Porto di Genova" Genoa.
    const linked = cues.connectors[language].has(folded(tokens[first + 1]!)) ? first + 2 : first + 1;
    const next = tokens[linked];
    if (linked > last || !next!.capitalised || isCommonWord(next!.text, ctx)) return undefined;
    const rest = discoveredKey(tokens, linked, last, ctx);
    return linked > first + 1 && lookup(curatedData(ctx), rest) ? undefined : rest;
  };

  /** Names tokens first..last, a name the data does not know, as `type`, and tells other documents the name. */
  const nameUnknown = (first: number, last: number, guessed: EntityType, key: string): { id: string; type: EntityType; name: string } => {
    // A body named in words every language has is one across languages (institutions.ts), and no person, whatever
    // the words around it made it ("the National Public Pension House").
    const across = last > first && guessed !== 'event' ? institutionId(tokens.slice(first, last + 1).map((u) => (u.elided ? u.text + "'" : u.text)), language, cues) : undefined;
    const type = across !== undefined && guessed === 'person' ? 'organization' : guessed;
    // The id does not depend on the type guessed: a lone word taken for a person here is a body once the document
    // is read, and another document may type it either way ("Quillbridge" alone, then "the firm Quillbridge").
    const entry = { id: across ?? unknownNameId(headless(first, last) ?? key), type, name: text.slice(tokens[first]!.start, tokens[last]!.end) };
    push(first, last, type, entry.id);
    discovered.push({ key, entry });
    if (first === last) unresolved.push(key);
    // An inflected form ("Daciei") may be a name another document states in its base form ("Dacia").
    for (const alt of tokenKeys(tokens[last]!, language).slice(1)) {
      unresolved.push(tokens.slice(first, last).map((u) => tokenKeys(u, language)[0]).concat(alt).join(' '));
    }
    return entry;
  };

  const heads = LOWERCASE_HEADS[language];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalised || t.numeric || overlapsTaken(t.start, t.end, ctx.taken)) {
      const body = heads.length > 0 && !t.capitalised && !t.numeric && isWrittenAs(text, t, heads) ? lowercaseHeadedBody(tokens, i, text, ctx) : undefined;
      if (body !== undefined) {
        nameUnknown(i, body, 'organization', discoveredKey(tokens, i, body, ctx));
        i = body;
      }
      continue;
    }
    const joined = hyphenJoinedNames(tokens, i, text, ctx);
    if (joined) {
      for (const n of joined.names) mentions.push({ start: n.start, end: n.end, text: text.slice(n.start, n.end), type: n.entry.type, id: n.entry.id });
      i = joined.last;
      continue;
    }
    let m = matchAt(tokens, i, ctx);
    // A name found in another document (a heuristic guess there too) does not cut a longer run of capitalised
    // words short: "Schneider" known as a person leaves "Schneider Partners" whole. Otherwise what a document names
    // would depend on which documents were read before it.
    let run: NameRun | undefined;
    if (m && m.rank > 0 && nameLike(t, ctx) && (run = extendName(tokens, i, text, ctx)).last > m.last) m = undefined;
    // English puts a body's head last: a place the data knows, then capitalised words that end in the head of a
    // body, is the start of the body's name ("Harghita County Council", "New York Stock Exchange", "Milan Chamber of
    // Commerce"), not the place.
    if (m && m.rank === 0 && m.entry.type === 'place' && language === 'en') {
      const body = bodyAfterPlace(tokens, m.last, text, ctx);
      if (body !== undefined && !overlapsTaken(t.start, tokens[body]!.end, ctx.taken)) {
        nameUnknown(i, body, 'organization', discoveredKey(tokens, i, body, ctx));
        i = body;
        continue;
      }
    }
    // A given name that the data also knows as something else ("Oscar", "Sandy") starts a person's name when a
    // name follows it: "Oscar Pistorius".
    const after = tokens[i + 1];
    if (m && m.last === i && m.entry.type !== 'person' && cues.givenNames.has(folded(t)) && after?.capitalised &&
      after.sentence === t.sentence && nameLike(after, ctx) && !matchAt(tokens, i + 1, ctx)) m = undefined;
    // An organization head the data also knows as a town ("Fondo", "Garda") heads a body when a name follows it:
    // "Fondo di solidarietà dell'Unione europea", "Garda de Coastă".
    const afterNext = tokens[i + 2];
    if (m && m.last === i && m.entry.type === 'place' && cueOf(t.text, ctx) === 'organization' && after?.sentence === t.sentence &&
      (after.capitalised || (cues.connectors[language].has(connectorForm(after)) && afterNext?.capitalised))) m = undefined;
    // A body with offices and a place the data knows right after it name one office of the body: "ISU Cluj", "DSVSA
    // Timiș", "ARPA Lazio". Its id joins the two ids, the same in every language.
    const office = m && m.rank === 0 ? officeOf(tokens, m, text, ctx) : undefined;
    if (office && !overlapsTaken(t.start, tokens[office.last]!.end, ctx.taken)) {
      push(m!.first, office.last, 'organization', `${m!.entry.id}-${office.entry.id}`);
      i = office.last;
      continue;
    }
    if (m && !overlapsTaken(t.start, tokens[m.last]!.end, ctx.taken)) {
      push(m.first, m.last, m.entry.type, m.entry.id);
      noteLongerNames(tokens, m.first, m.last, text, ctx, unresolved);
      // A person named in full tells other documents who a lone surname is ("Kim" -> Kim Jong Un).
      if (m.entry.type === 'person' && m.last > m.first) {
        discovered.push({ key: tokens.slice(m.first, m.last + 1).map((u) => tokenKeys(u, language)[0]).join(' '), entry: m.entry });
      }
      i = m.last;
      continue;
    }
    // A title-case line may still list people: a given name and the capitalised word after it ("Fabrizio Frizzi,
    // Giancarlo Magalli, ..."), unless that word starts a known name.
    if (titleCase.has(t.sentence) && after?.sentence === t.sentence && cues.givenNames.has(folded(t)) && nameLike(t, ctx) &&
      nameLike(after, ctx) && text.slice(t.end, after.start) === ' ' && !matchAt(tokens, i + 1, ctx)) {
      const key = [t, after].map((u) => tokenKeys(u, language)[0]).join(' ');
      const entry = { id: unknownNameId(key), type: 'person' as const, name: text.slice(t.start, after.end) };
      push(i, i + 1, 'person', entry.id);
      discovered.push({ key, entry });
      i++;
      continue;
    }
    if (!(nameLike(t, ctx) || particleBeforeName(tokens, i, text, ctx)) || titleCase.has(t.sentence) || cues.personTitles[language].has(folded(t))) {
      // An acronym is noted even where its letters spell a stopword (English lists "cg", "ng", "af"): another
      // document may say which body it names ("the disaster agency CG").
      if (t.capitalised && (!cues.stopwords[language].has(folded(t)) || ACRONYM.test(t.text))) unresolved.push(tokenKeys(t, language)[0]!);
      continue;
    }
    run ??= extendName(tokens, i, text, ctx);
    const { organization, knownPerson, clubOrCompany } = run;
    let { last } = run;
    if (knownPerson) {
      push(i, last, 'person', knownPerson.id);
      i = last;
      continue;
    }
    // "Interior Minister Ali Yerlikaya", "Prime Minister Giorgia Meloni": the name starts after the title. Inside
    // an organization's name a title word is a word of the name ("Inspectoratul General pentru Imigrări").
    let titleAt = -1;
    for (let k = i; k < last && !organization; k++) if (cueOf(tokens[k]!.text, ctx) === 'title') titleAt = k;
    if (titleAt >= 0) {
      i = titleAt;
      continue;
    }
    // A run that ends in a title is the title itself: "Prime Minister", "Interior Minister".
    if (last > i && !organization && cueOf(tokens[last]!.text, ctx) === 'title') {
      i = last;
      continue;
    }
    // A capitalised common word is no part of the name after it when it starts the sentence ("Potrivit
    // Ministerului Finanțelor", "Sciopero Alitalia"), or when it comes right after an elided article or preposition
    // and a given name, or two words the second of which is no common word, follow it: the word ends what comes
    // before the name ("il ministro dell'Interno Marcel Craciun", "la ministra dell'Interno Mia Malaspina").
    if (last > i && isCommonWord(t.text, ctx) && !isHeadNoun(t.text, ctx) && !cues.givenNames.has(folded(t)) && (t.sentenceInitial ||
      (afterElision(tokens, i) && (cues.givenNames.has(folded(tokens[i + 1]!)) || (last >= i + 2 && !isCommonWord(tokens[i + 2]!.text, ctx)))))) {
      unresolved.push(tokenKeys(t, language)[0]!);
      continue;
    }
    last = splitBeforePerson(tokens, i, last, ctx);
    const key = discoveredKey(tokens, i, last, ctx);
    // A single sentence-initial word is a name only if it is known, or the surname or given name of a person the
    // document names in full (below).
    if (i === last && t.sentenceInitial) {
      unresolved.push(key);
      if (!notNamedAlone(t, key, ctx, seenInLowercase)) (initialWords ??= []).push(i);
      continue;
    }
    // A capitalised institution noun names the body even where the text also writes it in lowercase.
    if (i === last && isBodyNoun(t.text, ctx)) {
      push(i, i, 'organization', slugId(key));
      continue;
    }
    // A single word left unnamed here may still be named by a name another document finds ("Onești", a word in
    // Italian too, named as a town by a Romanian article): it is noted as unresolved, so that settling analyses the
    // document again once the name is found. Otherwise whether it is named would depend on the order documents
    // are read in.
    if (i === last && notNamedAlone(t, key, ctx, seenInLowercase)) {
      unresolved.push(key);
      continue;
    }
    const previous = mentions[mentions.length - 1];
    const gap = previous && previous.end <= t.start ? text.slice(previous.end, t.start) : '';
    const cued = clubOrCompany ? 'organization' : typeFromCues(tokens, i, last, ctx, gap, previous);
    const type = cued === LONE ? 'person' : cued;
    const entry = nameUnknown(i, last, type, key);
    if (cued === LONE) (lone ??= new Map()).set(mentions[mentions.length - 1]!, entry);
    i = last;
  }
  // Resolving partial names changes single words only, so the parts of the full names stand for both.
  const parts = personParts(mentions, ctx);
  const namedInFull = resolvePartialNames(mentions, parts, ctx);
  if (initialWords) nameInitialParts(initialWords, parts, mentions, tokens, text, ctx);
  // A lone word nothing types that is no part of a full name, in an article that names people in full, is a body
  // rather than a person ("Euronext", "Bundesbank", "Sanitas"): news names a person in full before it uses the
  // surname alone, and the surname is then resolved to that person. Two people named in full, not one: a lone
  // sentence (the news NER test sets) may use the surname of someone named in an earlier one.
  if (lone && namedInFull >= LONE_WORDS_AFTER) {
    for (const [m, entry] of lone) if (m.id === entry.id && m.type === 'person') m.type = entry.type = 'organization';
  }
  resolvePartialBodies(mentions, ctx);
  numberNames(text, mentions, ctx.taken);
  streetNames(text, mentions, ctx);
  return { mentions, discovered, unresolved };
}

/** How far before a name its street head and connector are looked for, in UTF-16 units. */
const HEAD_REACH = 24;
const LOWERCASE_LETTER = /\p{Ll}/u;
/** What may not stand right before a head: a letter, a mark or an apostrophe (the head is then no word of its own). */
const IN_WORD = /[\p{L}\p{M}'’]/u;
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00a0';
const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';

/** Where the run of lowercase letters that ends at `end` (exclusive) starts, no further back than `floor`. */
function lowercaseRunStart(text: string, end: number, floor: number): number {
  let s = end;
  while (s > floor && LOWERCASE_LETTER.test(text[s - 1]!)) s--;
  return s;
}

/**
 * A head of `heads` and the space right before `end` in text ("via "), or a head with a connector after it ("piazza
 * della ", "piazza dell'"), within HEAD_REACH units and starting a word: where the head starts, and the connector
 * (elided with its apostrophe as written) if there is one. The word right before `end` is tried as the head first.
 */
function headBefore(text: string, end: number, heads: ReadonlySet<string>): { start: number; connector?: string } | undefined {
  const floor = Math.max(0, end - HEAD_REACH);
  const startsWord = (s: number): boolean => s === floor || !IN_WORD.test(text[s - 1]!);
  const last = text[end - 1];
  const elided = isApostrophe(last);
  if (!elided && !isSpace(last)) return undefined;
  const wordEnd = end - 1;
  const wordStart = lowercaseRunStart(text, wordEnd, floor);
  if (wordStart === wordEnd) return undefined;
  const word = text.slice(wordStart, wordEnd);
  if (!elided && startsWord(wordStart) && heads.has(word)) return { start: wordStart };
  // The word is a connector: a head and a space before it.
  if (!isSpace(text[wordStart - 1]) || wordStart - 1 <= floor) return undefined;
  const headStart = lowercaseRunStart(text, wordStart - 1, floor);
  if (headStart === wordStart - 1 || !startsWord(headStart)) return undefined;
  return heads.has(text.slice(headStart, wordStart - 1)) ? { start: headStart, connector: elided ? `${word}'` : word } : undefined;
}

/** STREET_HEADS as written: the heads are matched with their diacritics, not folded as the other cues are. */
const STREET_HEAD_SETS: Record<Language, ReadonlySet<string>> = { it: new Set(STREET_HEADS.it), ro: new Set(STREET_HEADS.ro), en: new Set(STREET_HEADS.en) };

/**
 * A name the data does not know, right after the lowercase head of a street or square (data/nameCues.ts,
 * STREET_HEADS) or after the head and a connector, is the place they make together: "via Marziale", "piazza della
 * Balduina", "strada Lipscani". It keeps the name's id, which other languages give it with their own head or
 * none ("Via Marziale", "strada Marziale").
 */
function streetNames(text: string, mentions: Mention[], ctx: EntityContext): void {
  const heads = STREET_HEAD_SETS[ctx.language];
  if (heads.size === 0) return;
  for (const m of mentions) {
    if (m.type === 'date') continue;
    const before = headBefore(text, m.start, heads);
    if (!before) continue;
    if (before.connector !== undefined && !ctx.cues.connectors[ctx.language].has(fold(before.connector))) continue;
    // A name the data knows by another id is that place, as in "via Francoforte" (by way of Frankfurt).
    if (m.id !== slugId(fold(m.text).toLowerCase())) continue;
    const { start } = before;
    if (overlapsTaken(start, m.start, ctx.taken)) continue;
    m.start = start;
    m.text = text.slice(start, m.end);
    m.type = 'place';
  }
}

/** A space, then up to three digits alone before a space, a stop or the end. */
const NAME_NUMBER = /^ (\d{1,3})(?=$|[\s,;:.!?)](?!\d))/;

/**
 * A number of up to three digits right after a name, no claim or date, alone before a space or a stop: the name's
 * number, part of the name ("Olkiluoto 3", "Estlink 2", "Rai 1", "ASL Napoli 1"), with an id of its own. A single
 * word taken for a person by default is no person with a number after it: a body, a plant, a line.
 */
function numberNames(text: string, mentions: Mention[], taken: readonly Span[]): void {
  for (const m of mentions) {
    if (m.type === 'date' || (m.type === 'person' && WHITESPACE_IN_NAME.test(m.text))) continue;
    const number = NAME_NUMBER.exec(text.slice(m.end, m.end + 5))?.[1];
    if (!number) continue;
    const end = m.end + 1 + number.length;
    if (overlapsTaken(m.end + 1, end, taken)) continue;
    m.end = end;
    m.text = text.slice(m.start, end);
    m.id = `${m.id}-${number}`;
    if (m.type === 'person') m.type = 'organization';
  }
}

/**
 * A body named by the first words of one body the document names in full is that body: "la Commissione" after "la
 * Commissione europea", "Salvamont" after "Salvamont Brașov", "Consiliul General" after "Consiliul General al
 * Municipiului București". Only the document's mentions change, as for people's partial names.
 */
function resolvePartialBodies(mentions: Mention[], ctx: EntityContext): void {
  const bodies = mentions.filter((m) => m.type === 'organization');
  if (!bodies.some((m) => WHITESPACE_IN_NAME.test(m.text))) return;
  // Each body's key once, and the full names' ids as they were before any is changed below.
  const keyed = bodies.map((m) => ({ m, key: m.text.split(WHITESPACE_IN_NAME).map((w) => candidateKeys(w, ctx.language)[0]).join(' '), id: m.id }));
  const full = keyed.filter((b) => WHITESPACE_IN_NAME.test(b.m.text));
  for (const { m, key } of keyed) {
    const ids = new Set(full.filter((f) => f.key.startsWith(key + ' ')).map((f) => f.id));
    if (ids.size === 1) m.id = [...ids][0]!;
  }
}

const WHITESPACE_IN_NAME = /\s/;

/** The people a document names in full, by the first and by the last word of their names. */
function personParts(mentions: readonly Mention[], ctx: EntityContext): Map<string, Set<string>> {
  const parts = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const words = candidateKeys(m.text, ctx.language)[0]!.split(' ');
    if (words.length < 2) continue;
    for (const w of [words[0]!, words[words.length - 1]!]) parts.set(w, (parts.get(w) ?? new Set()).add(m.id));
  }
  return parts;
}

/**
 * Single words at the start of a sentence that name no entity of the data: the surname or given name of exactly
 * one person the document names in full is that person ("Viorica Munteanu ... Munteanu said"). Keeps the mentions
 * in the order of the text.
 */
function nameInitialParts(words: readonly number[], parts: ReadonlyMap<string, ReadonlySet<string>>, mentions: Mention[], tokens: readonly Token[], text: string, ctx: EntityContext): void {
  let added = false;
  for (const k of words) {
    const ids = tokenKeys(tokens[k]!, ctx.language).map((key) => parts.get(key)).find((found) => found !== undefined);
    if (ids?.size !== 1) continue;
    const { start, end } = tokens[k]!;
    mentions.push({ start, end, text: text.slice(start, end), type: 'person', id: [...ids][0]! });
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}

/**
 * A single name that is the first or last word of exactly one person named in full in the document (or else in
 * the data or the workspace) is that person: "Kim" after "Kim Jong-un", "Rudenko" after "Andrey Rudenko". `local`
 * is personParts of the mentions. Returns how many people the document names in full.
 */
function resolvePartialNames(mentions: Mention[], local: ReadonlyMap<string, ReadonlySet<string>>, ctx: EntityContext): number {
  const named = new Set([...local.values()].flatMap((ids) => [...ids]));
  for (const m of mentions) {
    if (m.type === 'place') {
      // A town of the gazetteer that is the surname or given name of one person the document names in full is that
      // person ("Maria Rossi ... Rossi said").
      const key = candidateKeys(m.text, ctx.language)[0]!;
      const ids = local.get(key);
      const id = ids?.size === 1 ? [...ids][0]! : undefined;
      // Named in two words at least: one hyphenated word ("Maranello-based") is no person's full name.
      if (id && lookup(ctx.lexicons, key)?.gazetteer && mentions.some((p) => p.id === id && p.type === 'person' && WHITESPACE_IN_NAME.test(p.text))) {
        m.id = id;
        m.type = 'person';
      }
      continue;
    }
    if (m.type !== 'person' && m.type !== 'organization') continue;
    const key = candidateKeys(m.text, ctx.language)[0]!;
    if (key.includes(' ')) continue;
    // The document's own full names first, then the workspace's, then the data's.
    let ids: ReadonlySet<string> | undefined = local.get(key);
    for (const l of [...ctx.lexicons].reverse()) {
      if (ids?.size === 1) break;
      ids = l.personsWithPart(key);
    }
    if (ids?.size !== 1) continue;
    const [id] = ids;
    // A name the data lists on its own (a country, a city) keeps its own entity.
    if (id !== m.id && (m.type === 'person' || !lookup(ctx.lexicons, key))) {
      m.id = id!;
      m.type = 'person';
    }
  }
  return named.size;
}
