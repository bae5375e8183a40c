/**
 * Cold indexing of one workspace folder through the server's own path (WorkspaceSync walks and reads the folder,
 * ArticleWorkspace analyses it in batches, with the server's heap setting), in a process of its own so that no
 * cache of an earlier run helps. Prints one JSON line: documents, words, seconds (walk + read + analysis), peak
 * resident memory, and the processor time used meanwhile: by the whole process (every thread: this one, the reading
 * thread, V8's compiler and collector threads), by this thread alone, and by V8's threads (`helperSeconds`; the
 * reading thread used the rest). Processor seconds over seconds says how
 * many cores the indexing kept busy. `npm run bench` runs it bundled as the server is (`node esbuild.mjs --bench` writes
 * server/out/indexCorpus.js beside the reading thread's bundle), so that it runs the code the server runs:
 *   node server/out/indexCorpus.js FOLDER
 * From the sources (slower: tsx compiles them, the reading thread's too, once the clock runs):
 *   node --import tsx scripts/bench/indexCorpus.ts FOLDER
 */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import { ArticleWorkspace, type Logger } from '../../server/src/articles';
import { limitHeapGrowth } from '../../server/src/heap';
import { WorkspaceSync } from '../../server/src/workspaceSync';

/** Processor seconds (user and system) of the thread whose stat(5) file is `path`; throws where it cannot be read. */
function statCpuSeconds(path: string): number {
  const stat = fs.readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime, the 14th and 15th fields of stat(5), in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Processor seconds (user and system) this thread has used, or NaN where /proc is missing. */
export function threadCpuSeconds(): number {
  try {
    return statCpuSeconds('/proc/thread-self/stat');
  } catch {
    return NaN;
  }
}

/** Processor seconds of each thread of this process, by thread id; empty where /proc is missing. */
function taskCpuSeconds(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const task of fs.readdirSync('/proc/self/task')) {
      try {
        out.set(task, statCpuSeconds(`/proc/self/task/${task}/stat`));
      } catch {
        // The thread ended while the others were read.
      }
    }
  } catch {
    // No /proc.
  }
  return out;
}

/**
 * Processor seconds the threads that were there in `before` used since, this one left out: V8's compiler and
 * collector threads, which start with the process (the reading thread starts with the indexing), or NaN where
 * /proc is missing.
 */
function helperCpuSecondsSince(before: ReadonlyMap<string, number>): number {
  if (before.size === 0) return NaN;
  const after = taskCpuSeconds();
  let seconds = 0;
  for (const [task, was] of before) if (task !== String(process.pid)) seconds += (after.get(task) ?? was) - was;
  return seconds;
}

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
  limitHeapGrowth();
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
  const tasksBefore = taskCpuSeconds();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const threadBefore = threadCpuSeconds();
  await sync.indexWorkspace();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const threadSeconds = threadCpuSeconds() - threadBefore;
  const helperSeconds = helperCpuSecondsSince(tasksBefore);
  const stats = articles.core.stats();
  process.stdout.write(JSON.stringify({ documents: stats.documents, words: stats.words, seconds, peakRssMB: peakRssMB(), cpuSeconds, threadSeconds, helperSeconds }) + '\n');
}

if (process.argv[1] === import.meta.filename) {
  main(process.argv[2]!).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
