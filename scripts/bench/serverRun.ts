/**
 * The language server on a generated workspace, as an editor sees it (requests over stdio, JSON-RPC included):
 * time until the index is ready, hover latency on the entities and claims of the largest stories (those with the
 * most matches), how long an edit takes to show in a hover on another document, and the server's peak memory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Hover, Range, SemanticTokens } from 'vscode-languageserver-protocol';
import { decodeTokens, TestClient, uriOf } from '../../test/lsp/harness';
import type { Language } from '../../server/src/core/types';
import { scaleFigure, type Corpus } from './corpus';
import { peakRssMB } from './indexCorpus';

export interface ServerFigures {
  readySeconds: number;
  hoverMs: number[];
  /** Other documents listed by each hovered fact ("Stated in N other documents"). */
  hoverMatches: number[];
  editMs: number[];
  /** From an edit until the server has recomputed what it touches (diagnostics) and reports ready again. */
  settleMs: number[];
  /** Hovers asked after each edit until one showed it: 1 where the first did. */
  editHovers: number[];
  peakRssMB: number;
}

interface Target {
  uri: string;
  position: { line: number; character: number };
}

/** Documents of the largest stories whose facts are hovered. */
const HOVERED_DOCUMENTS = 24;
const TARGETS_PER_KIND = 120;
const ROUNDS = 3;
const EDITS = 6;
/** How long the server may take to settle after an edit (diagnostics of every document it touches) before the next. */
const SETTLE_TIMEOUT = 180_000;
const READY_TIMEOUT = 30 * 60_000;

/** The pid of the server this process started (the harness keeps its child to itself). */
function serverPid(): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('server.js')) return Number(entry);
    } catch {
      // The process ended meanwhile.
    }
  }
  return undefined;
}

function hoverText(h: Hover | null): string {
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
}

/** "Stated in 12 other documents", "Mentioned in 340 other documents". */
function matchesIn(markdown: string): number {
  return Number(/(?:Stated|Mentioned) in (\d+) other document/.exec(markdown)?.[1] ?? 0);
}

/** The documents a hover links to, each with the line of the hover it is on and the position it opens. */
function linksIn(markdown: string): { line: string; uri: string; position: { line: number; character: number } }[] {
  const out: { line: string; uri: string; position: { line: number; character: number } }[] = [];
  for (const line of markdown.split('\n')) {
    for (const m of line.matchAll(/\]\(command:[^?)\s]+\?([^)\s]+)\)/g)) {
      const [uri, l, character] = JSON.parse(decodeURIComponent(m[1]!)) as [string, number, number];
      out.push({ line, uri, position: { line: l, character } });
    }
  }
  return out;
}

function offsetAt(text: string, position: { line: number; character: number }): number {
  let at = 0;
  for (let line = 0; line < position.line; line++) at = text.indexOf('\n', at) + 1;
  return at + position.character;
}

export async function measureServer(folder: string, corpus: Corpus, log: (m: string) => void): Promise<ServerFigures> {
  const started = performance.now();
  const client = await TestClient.start(folder);
  try {
    await client.ready(corpus.documents.length, READY_TIMEOUT);
    const readySeconds = (performance.now() - started) / 1000;
    log(`server ready on ${corpus.documents.length} documents in ${readySeconds.toFixed(1)} s`);
    const pid = serverPid();
    const hover = (t: Target): Promise<Hover | null> => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: t.uri }, position: t.position });

    // Facts of the largest stories: their claims and entities have the most matches.
    const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
    const top = new Set([...corpus.storySizes.keys()].slice(0, 3));
    const docs = corpus.documents.filter((d) => top.has(d.story)).slice(0, HOVERED_DOCUMENTS);
    const claims: Target[] = [];
    const entities: Target[] = [];
    for (const d of docs) {
      const uri = uriOf(path.join(folder, d.path));
      const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
      for (const t of decodeTokens(tokens.data, d.text, legend)) {
        const target = { uri, position: { line: t.line, character: t.character } };
        if (t.type === 'claim' && t.modifiers.length) claims.push(target);
        else if (t.type !== 'claim' && t.type !== 'date' && t.modifiers.includes('shared')) entities.push(target);
      }
    }
    const targets = [...claims.slice(0, TARGETS_PER_KIND), ...entities.slice(0, TARGETS_PER_KIND)];
    const hoverMs: number[] = [];
    const hoverMatches: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of targets) {
        const start = performance.now();
        const h = await hover(t);
        hoverMs.push(performance.now() - start);
        if (round === 0) hoverMatches.push(matchesIn(hoverText(h)));
      }
    }
    log(`${hoverMs.length} hovers on ${targets.length} facts (${Math.min(claims.length, TARGETS_PER_KIND)} claims, ${Math.min(entities.length, TARGETS_PER_KIND)} entities)`);

    // Edits: a claim that agrees with a claim of another document is made ten times larger, so that the other
    // document's hover must change (the pair now conflicts); then it is put back, and that hover must return.
    const editMs: number[] = [];
    const settleMs: number[] = [];
    const editHovers: number[] = [];
    const byUri = new Map(corpus.documents.map((d) => [uriOf(path.join(folder, d.path)), d]));
    const opened = new Set<string>();
    let version = 1;
    for (const own of claims) {
      if (editMs.length >= EDITS * 2) break;
      const h = await hover(own);
      const agreeing = linksIn(hoverText(h)).find((l) => l.line.includes('✓ agrees'));
      const doc = byUri.get(own.uri);
      const range: Range | undefined = h?.range;
      // One-line claims only, so that the edited claim's range is easy to tell for putting it back.
      if (!agreeing || !range || range.start.line !== range.end.line || !doc || opened.has(own.uri) || agreeing.uri === own.uri) continue;
      const other: Target = { uri: agreeing.uri, position: agreeing.position };
      const before = doc.text.slice(offsetAt(doc.text, range.start), offsetAt(doc.text, range.end));
      const after = scaleFigure(before, doc.language as Language, 10);
      if (after === before) continue;
      opened.add(own.uri);
      await client.notify('textDocument/didOpen', { textDocument: { uri: own.uri, languageId: 'plaintext', version: version++, text: doc.text } });
      const original = hoverText(await hover(other));
      const edited = { start: range.start, end: { line: range.start.line, character: range.start.character + after.length } };
      for (const [replace, by, done] of [
        [range, after, (t: string) => t !== original],
        [edited, before, (t: string) => t === original],
      ] as const) {
        const states = client.states.length;
        const start = performance.now();
        await client.notify('textDocument/didChange', { textDocument: { uri: own.uri, version: version++ }, contentChanges: [{ range: replace, text: by }] });
        let seen = false;
        let asked = 0;
        while (!seen && performance.now() - start < 60_000) {
          seen = done(hoverText(await hover(other)));
          asked++;
        }
        if (!seen) {
          log(`an edit of ${own.uri} did not show in ${other.uri} within 60 s`);
          break;
        }
        editMs.push(performance.now() - start);
        editHovers.push(asked);
        if (await waitForReady(client, states, SETTLE_TIMEOUT)) settleMs.push(performance.now() - start);
        else log(`the server had not settled ${SETTLE_TIMEOUT / 1000} s after an edit`);
      }
      await client.notify('textDocument/didClose', { textDocument: { uri: own.uri } });
    }
    log(`${editMs.length} edits measured`);
    const peak = pid ? peakRssMB(pid) : NaN;
    return { readySeconds, hoverMs, hoverMatches, editMs, settleMs, editHovers, peakRssMB: peak };
  } finally {
    await client.stop();
  }
}

/** Waits for a `ready` index state reported after the first `seen` states; false if none came in time. */
async function waitForReady(client: TestClient, seen: number, timeout: number): Promise<boolean> {
  const deadline = performance.now() + timeout;
  while (performance.now() < deadline) {
    if (client.states.slice(seen).some((s) => s.state === 'ready')) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return false;
}
