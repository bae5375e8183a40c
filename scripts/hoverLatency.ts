/**
 * Hover latency through the stdio server on the seeds, as a client sees it (request to response, JSON-RPC
 * included): a hover on every entity and claim token of every seed, several rounds after a warm-up round.
 * Prints the count, p50, p95 and max in milliseconds; exits non-zero when p95 misses the 20 ms target.
 *   npm run bench:hover [-- --rounds N] [-- --folder PATH]   (PATH: another workspace; its first 5 articles are hovered)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { decodeTokens, SEEDS, TestClient, uriOf } from '../test/lsp/harness';
import { percentile } from './bench/percentile';

const TARGET_P95_MS = 20;

async function main(): Promise<void> {
  const at = process.argv.indexOf('--rounds');
  const rounds = at > 0 ? Number(process.argv[at + 1]) : 10;
  const f = process.argv.indexOf('--folder');
  const folder = f > 0 ? path.resolve(process.argv[f + 1]!) : SEEDS;
  const all = (fs.readdirSync(folder, { recursive: true }) as string[]).filter((n) => n.endsWith('.txt')).sort();
  const files = all.slice(0, 5);
  const started = performance.now();
  const client = await TestClient.start(folder);
  try {
    await client.ready(all.length, 600_000);
    console.log(`indexed ${all.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
    const targets: { uri: string; position: { line: number; character: number } }[] = [];
    for (const name of files) {
      const file = path.join(folder, name);
      const uri = uriOf(file);
      const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
      for (const t of decodeTokens(tokens.data, fs.readFileSync(file, 'utf8'), legend)) {
        targets.push({ uri, position: { line: t.line, character: t.character + Math.floor(t.text.length / 2) } });
      }
    }
    const hover = (t: (typeof targets)[number]): Promise<unknown> => client.request('textDocument/hover', { textDocument: { uri: t.uri }, position: t.position });
    for (const t of targets) await hover(t);
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const t of targets) {
        const start = performance.now();
        await hover(t);
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    const [p50, p95, max] = [percentile(times, 50), percentile(times, 95), times[times.length - 1]!];
    console.log(`hover latency on ${files.length} of ${all.length} articles: ${times.length} hovers (${targets.length} tokens × ${rounds} rounds)`);
    console.log(`p50 ${p50.toFixed(2)} ms · p95 ${p95.toFixed(2)} ms · max ${max.toFixed(2)} ms`);
    console.log(`target p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'NOT met'}`);
    if (p95 >= TARGET_P95_MS) process.exitCode = 1;
  } finally {
    await client.stop();
  }
}

await main();
