/**
 * Readings (core/reading.ts) of the documents being indexed, worked out on a second thread while this one names
 * entities, with the tokens they were made from (as numbers: packTokens). A reading depends on the text alone and
 * is a third of the cost of indexing; naming depends on the names every earlier document found, so it stays here,
 * in order. The thread takes a second or two to start, so it starts while files are still being read, and until
 * its readings arrive the indexing works them out itself: a reading the thread has not sent when asked for is
 * never waited for.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Logger } from './articles';
import type { ReadAhead, ReadingSource } from './core/workspaceIndex';
import type { ReadingRequest, WorkerSetup } from './readingWorker';

/** The worker thread: the bundle esbuild makes beside this one, or from the sources (run with tsx) the .ts file. */
function startWorker(setup: WorkerSetup): Worker {
  const options = { workerData: setup, transferList: [setup.port] };
  if (!import.meta.filename.endsWith('.ts')) return new Worker(path.join(import.meta.dirname, 'readingWorker.js'), options);
  // Workers do not inherit tsx's loader: the thread registers it before loading the sources (its ESM build: the
  // CommonJS one cannot register from a worker).
  const tsx = pathToFileURL(createRequire(import.meta.filename).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const source = pathToFileURL(path.join(import.meta.dirname, 'readingWorker.ts')).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`, { ...options, eval: true });
}

/** Documents sent to the thread ahead of the indexing, at most. */
const WINDOW = 256;

export class ReadingPool {
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private readonly passed = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  /** Documents given, by uri. */
  private readonly sent = new Map<string, ReadingRequest>();
  /** Documents given, in order; those from `nextWaiting` on are not sent yet (the thread is sent a window of them). */
  private readonly given: ReadingRequest[] = [];
  private nextWaiting = 0;
  /** Readings received and not yet asked for, by document id. */
  private readonly received = new Map<number, ReadAhead>();
  private lastId = 0;
  private failed = false;

  constructor(log: Logger) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = startWorker({ port: port2, passed: this.passed });
    this.worker.on('error', (e) => {
      this.failed = true;
      log.warn(`The reading thread stopped; indexing goes on without it: ${e.message}`);
    });
  }

  /** Gives documents to be read, in the order the indexing will ask for them. */
  add(documents: readonly { uri: string; text: string }[]): void {
    if (this.failed) return;
    for (const d of documents) {
      const request = { id: ++this.lastId, text: d.text };
      this.sent.set(d.uri, request);
      this.given.push(request);
    }
    this.send();
  }

  /**
   * Sends the thread the documents up to a window ahead of the last one asked for, once `least` of them can go: it
   * keeps a copy of each text it is sent, and readings ahead of the indexing wait here.
   */
  private send(least = 1): void {
    const upTo = Math.min(this.given.length, Atomics.load(this.passed, 0) + WINDOW);
    if (upTo - this.nextWaiting < least) return;
    this.port.postMessage(this.given.slice(this.nextWaiting, upTo));
    this.nextWaiting = upTo;
  }

  /** The reading and tokens of a document's text if the thread has sent them; either way the thread skips it from now on. */
  readonly reading: ReadingSource = (uri, text) => {
    const request = this.sent.get(uri);
    if (!request || request.text !== text) return undefined;
    this.sent.delete(uri);
    Atomics.store(this.passed, 0, Math.max(Atomics.load(this.passed, 0), request.id));
    this.receive();
    const reading = this.received.get(request.id);
    this.received.delete(request.id);
    this.send(WINDOW / 8);
    return reading;
  };

  /** Resolves once the thread has sent the reading of every document sent to it and not gone past, or has stopped. */
  async whenRead(): Promise<void> {
    for (;;) {
      this.receive();
      const passed = Atomics.load(this.passed, 0);
      if (this.failed || this.received.size >= this.nextWaiting - passed) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Takes the readings the thread has sent, but those of documents gone past (read here while it was busy). */
  private receive(): void {
    const passed = Atomics.load(this.passed, 0);
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const { id, reading, tokens } = m.message as { id: number } & ReadAhead;
      if (id >= passed) this.received.set(id, { reading, tokens });
    }
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
