/**
 * How a document is filed in the workspace index's inverted maps, and how two analyses of one document are told
 * apart: which keys it is filed under, whether it names the same entities, whether its facts are the same.
 */
import type { DocumentFacts } from './analyze';
import { filedKeys } from './links';

/** Documents in the order they were added, numbered so that a subset can be put back in that order. */
export type Ordered = Map<string, number>;

export function addOrdered(map: Map<string, Ordered>, key: string, uri: string, at: number): void {
  let docs = map.get(key);
  if (!docs) map.set(key, (docs = new Map()));
  docs.set(uri, at);
}

export function removeOrdered(map: Map<string, Ordered>, key: string, uri: string): void {
  const docs = map.get(key);
  if (!docs) return;
  docs.delete(uri);
  if (docs.size === 0) map.delete(key);
}

export function idSet(facts: DocumentFacts, dates: boolean): Set<string> {
  return new Set(facts.entities.filter((m) => dates || m.type !== 'date').map((m) => m.id));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Whether two analyses of a document name the same entities: then no entity's weight changes between them. */
export function sameEntities(a: DocumentFacts, b: DocumentFacts): boolean {
  return a === b || (sameSet(idSet(a, true), idSet(b, true)) && sameSet(idSet(a, false), idSet(b, false)));
}

/** The keys a document is filed under in each inverted map, each once, in the order its facts first give them. */
export interface FiledUnder {
  entities: string[];
  keys: string[];
  unresolved: string[];
  /** Entities of claim contexts the document does not mention (countries of demonyms): they weigh in links too. */
  contextOnly: string[];
}

export function filedUnder(facts: DocumentFacts): FiledUnder {
  const entities = [...new Set(facts.entities.map((m) => m.id))];
  const mentioned = new Set(entities);
  return {
    entities,
    keys: [...new Set(facts.claims.flatMap(filedKeys))],
    unresolved: [...new Set(facts.unresolved)],
    contextOnly: [...new Set(facts.claimContexts.flatMap((c) => c.entities))].filter((id) => !mentioned.has(id)),
  };
}

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean =>
  a.length === b.length && a.every((x, i) => same(x, b[i]!));
const sameStrings = (a: readonly string[], b: readonly string[]): boolean => sameList(a, b, (x, y) => x === y);

/**
 * Whether an analysis again from the same reading gave the same facts. Then the facts already stored are kept:
 * they have lived long in memory, and replacing them with equal ones would only leave them as old garbage.
 */
export function sameNamedFacts(a: DocumentFacts, b: DocumentFacts): boolean {
  return a.wordCount === b.wordCount && sameStrings(a.topic, b.topic) && sameStrings(a.unresolved, b.unresolved) &&
    sameList(a.entities, b.entities, (x, y) => x.start === y.start && x.end === y.end && x.id === y.id && x.type === y.type && x.text === y.text) &&
    sameList(a.claimContexts, b.claimContexts, (x, y) => sameStrings(x.entities, y.entities) && sameStrings(x.dates, y.dates)) &&
    sameList(a.discovered, b.discovered, (x, y) => x.key === y.key && x.entry.id === y.entry.id && x.entry.type === y.entry.type && x.entry.name === y.entry.name);
}

/**
 * Notes in `links` that a document's links may have changed: toward the documents `only` only, kept in `toward`, or
 * in full (no `only`). A document noted in full stays so however it is noted after.
 */
export function noteLinkChange(links: Set<string>, toward: Map<string, Set<string>>, uri: string, only?: Iterable<string>): void {
  const inFull = links.has(uri) && !toward.has(uri);
  links.add(uri);
  if (!only) toward.delete(uri);
  else if (!inFull) for (const other of only) addTo(toward, uri, other);
}

export function addTo(map: Map<string, Set<string>>, key: string, uri: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(uri);
}

export function removeFrom(map: Map<string, Set<string>>, key: string, uri: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(uri);
  if (set.size === 0) map.delete(key);
}
