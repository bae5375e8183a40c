/**
 * Cold indexing of one workspace folder through the server's own path (WorkspaceSync walks and reads the folder,
 * ArticleWorkspace analyses it in batches), in a process of its own so that no cache of an earlier run helps.
 * Prints one JSON line: documents, words, seconds (walk + read + analysis), peak resident memory.
 *   node --import tsx scripts/bench/indexCorpus.ts FOLDER
 */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import { ArticleWorkspace, type Logger } from '../../server/src/articles';
import { WorkspaceSync } from '../../server/src/workspaceSync';

/** Peak resident memory of this process in MB (VmHWM), or NaN where /proc is missing. */
export function peakRssMB(pid: number | 'self' = 'self'): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function main(folder: string): Promise<void> {
  const silent: Logger = { info: () => undefined, warn: () => undefined, error: (m) => process.stderr.write(m + '\n') };
  const articles = new ArticleWorkspace(silent);
  const sync = new WorkspaceSync(articles, {
    log: silent,
    configuration: () => Promise.resolve(undefined),
    progress: () => Promise.resolve({ report: () => undefined, done: () => undefined }),
    notice: () => undefined,
    indexing: () => undefined,
  });
  sync.setFolders([URI.file(folder).toString()]);
  await sync.loadSettings();
  const started = performance.now();
  await sync.indexWorkspace();
  const seconds = (performance.now() - started) / 1000;
  const stats = articles.core.stats();
  process.stdout.write(JSON.stringify({ documents: stats.documents, words: stats.words, seconds, peakRssMB: peakRssMB() }) + '\n');
}

if (process.argv[1] === import.meta.filename) await main(process.argv[2]!);
