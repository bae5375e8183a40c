/**
 * Name lookup: a lexicon from name keys (folded words joined by spaces) to canonical entities, and the
 * candidate keys of an inflected word. Multi-word names are matched longest-first through a prefix set.
 */
import { DETACHED_ENDINGS, NAME_INFLECTIONS } from './data/inflection';
import { fold, keptKeys, type Token } from './tokens';
import type { EntityType, Language } from './types';

// Regular expressions are made once, at module level (regex.ts says why).
const NOT_SLUG = /[^a-z0-9]+/g;
const EDGE_HYPHENS = /^-+|-+$/g;
const WHITESPACE = /\s/g;

export interface LexiconEntry {
  id: string;
  type: EntityType;
  /** Display name (English where known). */
  name: string;
  /** A town or city of the gazetteer (GeoNames), not of the curated data: many are also surnames ("Rossi"). */
  gazetteer?: true;
  /** A body whose offices are named by the body and a place ("ISU Cluj"): KnownEntity.offices. */
  offices?: true;
}

/** The parts of a key: what lies between spaces, hyphens, apostrophes and dots. */
const PARTS = /[^\s\-‐'’.]+/gu;

const DOTTED = /(?:^|\s)((?:\p{L}\.){2,}\p{L}?)(?=\s|$)/gu;

/** Dotted acronyms lose their dots: "S.U.A." is "SUA", "U.S." is "US". */
function undot(folded: string): string {
  return folded.includes('.') ? folded.replace(DOTTED, (m, acronym: string) => m.slice(0, m.length - acronym.length) + acronym.replaceAll('.', '')) : folded;
}

/** Key of a name as written: "Kim Jong-un" and "Kim Jong Un" both give "kim jong un". */
export function nameKey(name: string): string {
  return (undot(fold(name)).match(PARTS) ?? []).join(' ');
}

/** Key parts of one folded token, without a detached Romanian case ending ("bruxelles-ului" -> "bruxelles"). */
function foldedParts(folded: string, language: Language): string[] {
  const parts = undot(folded).match(PARTS) ?? [];
  if (language === 'ro' && parts.length > 1 && DETACHED_ENDINGS.includes(parts[parts.length - 1]!)) parts.pop();
  return parts;
}

/**
 * Keys by folded word. Keyed by the folded form rather than the word as written: fold gives the same string for
 * the same word, whose hash V8 keeps, where each token's text is a string of its own.
 */
const candidateCache: Record<Language, Map<string, readonly string[]>> = { it: new Map(), ro: new Map(), en: new Map() };

/** Keys a token may stand for: its own folded form first, then base forms under the language's inflections. */
export function candidateKeys(word: string, language: Language): readonly string[] {
  return foldedKeys(fold(word), language);
}

/** candidateKeys of a token's text, kept on the token (keptKeys). */
export function tokenKeys(t: Token, language: Language): readonly string[] {
  return keptKeys(t, language, foldedKeys);
}

/** candidateKeys of a word already folded. */
function foldedKeys(folded: string, language: Language): readonly string[] {
  const cache = candidateCache[language];
  const known = cache.get(folded);
  if (known) return known;
  const parts = foldedParts(folded, language);
  const own = parts.join(' ');
  const keys = [own];
  const last = parts[parts.length - 1] ?? '';
  const head = parts.slice(0, -1).join(' ');
  for (const rule of NAME_INFLECTIONS[language]) {
    if (last.length > rule.suffix.length + 2 && last.endsWith(rule.suffix)) {
      const base = last.slice(0, last.length - rule.suffix.length) + rule.base;
      const key = head ? `${head} ${base}` : base;
      if (!keys.includes(key)) keys.push(key);
    }
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(folded, keys);
  return keys;
}

/** What name matching needs from a lexicon. */
export interface NameSource {
  get(key: string): LexiconEntry | undefined;
  /** True if some longer name starts with this key. */
  continues(key: string): boolean;
  /** Ids of persons named in full whose first or last word is this key ("kim" -> kim-jong-un). */
  personsWithPart(word: string): ReadonlySet<string> | undefined;
  /** True if the key is only ever written in capitals (UN, US, PAS): "Un" and "pas" are other words. */
  capitalsOnly?(key: string): boolean;
}

const ACRONYM_NAME = /^[\p{Lu}\d&.]+$/u;

/** A name written in capitals only ("IT", "ONU", "CNAIR"), spaces aside. */
const inCapitals = (name: string): boolean => ACRONYM_NAME.test(name.replace(WHITESPACE, ''));

function personParts(key: string): string[] {
  const words = key.split(' ');
  return words.length < 2 ? [] : [...new Set([words[0]!, words[words.length - 1]!])];
}

/** A fixed lexicon: the first entity to claim a key keeps it. */
export class Lexicon implements NameSource {
  private readonly entries = new Map<string, LexiconEntry>();
  private readonly prefixes = new Set<string>();
  private readonly parts = new Map<string, Set<string>>();
  private readonly acronyms = new Set<string>();
  private readonly written = new Set<string>();

  /** Adds a name. Returns false if the key was taken. */
  add(name: string, entry: LexiconEntry): boolean {
    const key = nameKey(name);
    if (!key) return false;
    // A key is capitals-only while every name that gives it is an acronym.
    if (inCapitals(name) && !this.written.has(key)) this.acronyms.add(key);
    else {
      this.acronyms.delete(key);
      this.written.add(key);
    }
    if (this.entries.has(key)) return false;
    this.entries.set(key, entry);
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) this.prefixes.add(words.slice(0, i).join(' '));
    if (entry.type === 'person') {
      for (const p of personParts(key)) {
        const ids = this.parts.get(p) ?? new Set<string>();
        this.parts.set(p, ids.add(entry.id));
      }
    }
    return true;
  }

  get(key: string): LexiconEntry | undefined {
    return this.entries.get(key);
  }

  continues(key: string): boolean {
    return this.prefixes.has(key);
  }

  personsWithPart(word: string): ReadonlySet<string> | undefined {
    return this.parts.get(word);
  }

  capitalsOnly(key: string): boolean {
    return this.acronyms.has(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Names found by heuristics in the documents of a workspace, counted per document so that a name disappears
 * with the last document that had it.
 */
export class WorkspaceNames implements NameSource {
  /** Per key: the entry kept (the first found), the documents that found it, and of those, names not in capitals. */
  private readonly entries = new Map<string, { entry: LexiconEntry; docs: Map<string, number>; written: number }>();
  private readonly prefixes = new Map<string, number>();
  private readonly parts = new Map<string, Map<string, number>>();
  /** personsWithPart's answers, until the word's persons change: analysis asks for the same words again and again. */
  private readonly partSets = new Map<string, ReadonlySet<string>>();
  /** Counts changes; a lookup (as Lookups writes it) -> the change that last altered its answer. */
  private changes = 0;
  private readonly changedAt = new Map<string, number>();

  private count<K>(map: Map<K, number>, key: K, by: number): number {
    const n = (map.get(key) ?? 0) + by;
    if (n > 0) map.set(key, n);
    else map.delete(key);
    return n;
  }

  private changed(lookup: string): void {
    this.changedAt.set(lookup, ++this.changes);
  }

  /** The number of changes so far: a lookup answered after it answers the same until it is changed again. */
  get version(): number {
    return this.changes;
  }

  unchangedSince(lookup: string, version: number): boolean {
    return (this.changedAt.get(lookup) ?? 0) <= version;
  }

  /** Adds a document's names; returns the keys that are new to the workspace. */
  addDocument(doc: string, names: readonly { key: string; entry: LexiconEntry }[]): string[] {
    const added: string[] = [];
    for (const { key, entry } of names) {
      let slot = this.entries.get(key);
      if (!slot) {
        this.entries.set(key, (slot = { entry, docs: new Map(), written: 0 }));
        added.push(key);
        this.changed('g' + key);
        this.changed('a' + key);
        const words = key.split(' ');
        for (let i = 1; i < words.length; i++) {
          const prefix = words.slice(0, i).join(' ');
          if (this.count(this.prefixes, prefix, 1) === 1) this.changed('c' + prefix);
        }
        if (entry.type === 'person') {
          for (const p of personParts(key)) {
            const ids = this.parts.get(p) ?? new Map<string, number>();
            this.parts.set(p, ids);
            this.count(ids, entry.id, 1);
            this.partSets.delete(p);
            this.changed('p' + p);
          }
        }
      }
      this.count(slot.docs, doc, 1);
      if (!inCapitals(entry.name) && slot.written++ === 0) this.changed('a' + key);
    }
    return added;
  }

  removeDocument(doc: string, names: readonly { key: string; entry: LexiconEntry }[]): void {
    for (const { key, entry } of names) {
      const slot = this.entries.get(key);
      if (!slot) continue;
      this.count(slot.docs, doc, -1);
      if (!inCapitals(entry.name) && --slot.written === 0) this.changed('a' + key);
      if (slot.docs.size > 0) continue;
      this.entries.delete(key);
      this.changed('g' + key);
      this.changed('a' + key);
      const words = key.split(' ');
      for (let i = 1; i < words.length; i++) {
        const prefix = words.slice(0, i).join(' ');
        if (this.count(this.prefixes, prefix, -1) === 0) this.changed('c' + prefix);
      }
      if (slot.entry.type === 'person') {
        for (const p of personParts(key)) {
          const ids = this.parts.get(p);
          if (!ids) continue;
          this.count(ids, slot.entry.id, -1);
          if (ids.size === 0) this.parts.delete(p);
          this.partSets.delete(p);
          this.changed('p' + p);
        }
      }
    }
  }

  /**
   * Whether every document that found the name wrote it in capitals ("IT" in "specialiști IT"): then it is the name only
   * where the text writes it in capitals, or as an acronym in title case where news does that (ranked, in
   * entities.ts), as for the data's acronyms; the English pronoun "It" is no body.
   */
  capitalsOnly(key: string): boolean {
    const slot = this.entries.get(key);
    return slot !== undefined && slot.written === 0;
  }

  /** Documents that found this name themselves. */
  documentsWith(key: string): ReadonlySet<string> {
    return new Set(this.entries.get(key)?.docs.keys() ?? []);
  }

  get(key: string): LexiconEntry | undefined {
    return this.entries.get(key)?.entry;
  }

  continues(key: string): boolean {
    return this.prefixes.has(key);
  }

  personsWithPart(word: string): ReadonlySet<string> | undefined {
    let set = this.partSets.get(word);
    if (set) return set;
    const ids = this.parts.get(word);
    if (!ids) return undefined;
    this.partSets.set(word, (set = new Set(ids.keys())));
    return set;
  }
}

/** What a name source answered to the lookups of one analysis, to tell later whether it still would. */
export class Lookups {
  constructor(
    /**
     * Lookups as `<kind><key>`, joined by NUL (compact: a document asks ~150 of them); null when they were not
     * noted (RecordingNames): only an analysis run again can tell then.
     */
    private readonly asked: string | null,
    private readonly answers: string,
    /** The workspace names asked, at the version they answered: lookups changed since are the ones asked again. */
    private readonly at?: { names: WorkspaceNames; version: number },
    /**
     * Words that named exactly one person of the workspace when asked (personsWithPart): a lone name resolved to
     * that person, and a second person named in full with the word makes it ambiguous.
     */
    readonly parts: readonly string[] = [],
  ) {}

  /** True when `source` answers every lookup as it did: an analysis asking it again would give the same facts. */
  sameIn(source: NameSource): boolean {
    const { asked, answers } = this;
    if (asked === null) return false;
    if (!asked) return true;
    // Read in place rather than split: most documents asked again answer every lookup the same.
    const at = this.at?.names === source ? this.at : undefined;
    for (let q = 0, a = 0; ; ) {
      const qEnd = asked.indexOf('\0', q);
      const aEnd = answers.indexOf('\0', a);
      const lookup = asked.slice(q, qEnd < 0 ? asked.length : qEnd);
      if (!at?.names.unchangedSince(lookup, at.version)) {
        const now = answer(source, lookup[0]!, lookup.slice(1));
        if (now.length !== (aEnd < 0 ? answers.length : aEnd) - a || !answers.startsWith(now, a)) return false;
      }
      if (qEnd < 0) return true;
      q = qEnd + 1;
      a = aEnd + 1;
    }
  }
}

/** A lookup's answer as a string: what an analysis reads of it (entry fields, flag, person ids in order). */
const entryAnswer = (e: LexiconEntry | undefined): string => (e ? `${e.id}\t${e.type}\t${e.name}` : '');
/** Whether two entries answer a lookup alike (entryAnswer): the same id, type and name. */
export const sameEntry = (a: LexiconEntry, b: LexiconEntry): boolean => a.id === b.id && a.type === b.type && a.name === b.name;
const flagAnswer = (b: boolean | undefined): string => (b ? '1' : '');
const idsAnswer = (ids: ReadonlySet<string> | undefined): string => (ids ? `+${[...ids].join('\t')}` : '');

function answer(source: NameSource, kind: string, key: string): string {
  switch (kind) {
    case 'g':
      return entryAnswer(source.get(key));
    case 'c':
      return flagAnswer(source.continues(key));
    case 'a':
      return flagAnswer(source.capitalsOnly?.(key));
    default:
      return idsAnswer(source.personsWithPart(key));
  }
}

/**
 * A name source that notes every lookup made through it. Analysis reads workspace names only through these
 * lookups, so a document whose lookups would all be answered the same needs no new analysis when names change.
 */
export class RecordingNames implements NameSource {
  /** Per kind of lookup (as `answer` names them), each key asked with its first answer. */
  private readonly asked = { g: new Map<string, string>(), c: new Map<string, string>(), p: new Map<string, string>(), a: new Map<string, string>() };
  /** Words whose first answer named exactly one person (Lookups.parts). */
  private readonly single: string[] = [];
  private readonly version: number | undefined;

  /**
   * `answers`: whether to note the lookups and their answers (Lookups.sameIn), or only the words that named one
   * person (Lookups.parts), which tell what a new person makes ambiguous.
   */
  constructor(private readonly source: NameSource, private readonly answers = true) {
    this.version = source instanceof WorkspaceNames ? source.version : undefined;
  }

  /** Notes the first answer to a lookup; an analysis asks the same ones many times, and answers are built once. */
  private note<T>(asked: Map<string, string>, key: string, value: T, answer: (value: T) => string): T {
    if (this.answers && !asked.has(key)) asked.set(key, answer(value));
    return value;
  }

  get(key: string): LexiconEntry | undefined {
    return this.note(this.asked.g, key, this.source.get(key), entryAnswer);
  }

  continues(key: string): boolean {
    return this.note(this.asked.c, key, this.source.continues(key), flagAnswer);
  }

  personsWithPart(word: string): ReadonlySet<string> | undefined {
    const ids = this.source.personsWithPart(word);
    if (ids?.size === 1 && !this.asked.p.has(word) && !this.single.includes(word)) this.single.push(word);
    return this.note(this.asked.p, word, ids, idsAnswer);
  }

  capitalsOnly(key: string): boolean {
    return this.note(this.asked.a, key, this.source.capitalsOnly?.(key), flagAnswer) ?? false;
  }

  lookups(): Lookups {
    if (!this.answers) return new Lookups(null, '', undefined, this.single);
    const at = this.source instanceof WorkspaceNames && this.version !== undefined ? { names: this.source, version: this.version } : undefined;
    const asked: string[] = [];
    const answers: string[] = [];
    for (const [kind, byKey] of Object.entries(this.asked)) {
      for (const [key, a] of byKey) {
        asked.push(kind + key);
        answers.push(a);
      }
    }
    return new Lookups(asked.join('\0'), answers.join('\0'), at, this.single);
  }
}

/** Looks a key up in one lexicon; `capitals` says whether the text was all capitals. */
function lookupIn(lexicon: NameSource, key: string, capitals = true): LexiconEntry | undefined {
  const e = lexicon.get(key);
  return e && (capitals || !lexicon.capitalsOnly?.(key)) ? e : undefined;
}

/** Looks a key up in lexicons in order of precedence; `capitals` says whether the text was all capitals. */
export function lookup(lexicons: readonly NameSource[], key: string, capitals = true): LexiconEntry | undefined {
  for (const l of lexicons) {
    const e = lookupIn(l, key, capitals);
    if (e) return e;
  }
  return undefined;
}

export function continues(lexicons: readonly NameSource[], key: string): boolean {
  return lexicons.some((l) => l.continues(key));
}

/** An id from a name not in the data: its key with hyphens. */
export function slugId(key: string): string {
  return key.replace(NOT_SLUG, '-').replace(EDGE_HYPHENS, '') || 'unnamed';
}
