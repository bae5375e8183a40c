/**
 * Our extraction against compromise, the common JavaScript NLP library, on the same English articles, in words
 * per second. Ours is the whole analysis of a document (language, tokens, dates, claims, entities, contexts);
 * compromise's is its parse and its people, places and organisations. Both are warmed up first, then timed over
 * the same texts, alternating rounds so that neither gets a quieter machine.
 */
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { analyzeDocument } from '../../server/src/core/analyze';

export interface PeerFigures {
  documents: number;
  words: number;
  oursWordsPerSecond: number;
  compromiseWordsPerSecond: number;
}

const ROUNDS = 3;

function ours(texts: readonly string[]): void {
  for (const t of texts) analyzeDocument(t);
}

function compromise(texts: readonly string[]): void {
  for (const t of texts) {
    const doc = nlp(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
}

export function compareWithCompromise(texts: readonly string[]): PeerFigures {
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
  const warm = texts.slice(0, 20);
  ours(warm);
  compromise(warm);
  let oursMs = 0;
  let theirsMs = 0;
  for (let r = 0; r < ROUNDS; r++) {
    let start = performance.now();
    ours(texts);
    oursMs += performance.now() - start;
    start = performance.now();
    compromise(texts);
    theirsMs += performance.now() - start;
  }
  return {
    documents: texts.length,
    words,
    oursWordsPerSecond: (words * ROUNDS) / (oursMs / 1000),
    compromiseWordsPerSecond: (words * ROUNDS) / (theirsMs / 1000),
  };
}
