/**
 * Readings (core/reading.ts) of the documents being indexed, worked out on a second thread while this one names
 * entities, with the tokens they were made from (as numbers: packTokens). A reading depends on the text alone and
 * is a third of the cost of indexing; naming depends on the names every earlier document found, so it stays here,
 * in order. The thread takes a second or two to start, so it starts while files are still being read. A reading
 * of a document sent to the thread is waited for rather than worked out here: V8 compiles the reading code for
 * this thread too once it runs here, and the thread read the same document again unless it had passed it. In five
 * paired runs on 10,000 articles, waiting used 0.2 to 3.2 s less processor time. Documents not sent yet are read
 * here, and so are those whose reading has not come once the thread has been silent for STALL_MS while waited for.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Logger } from './articles';
import { readDocument } from './core/reading';
import { tokenize } from './core/tokens';
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
/** A thread that has sent nothing for this long while a reading is waited for is waited for no more. */
const STALL_MS = 5000;
/** How long one wait for the thread's next message lasts, in ms, before looking again. */
const NAP_MS = 0.2;

export class ReadingPool {
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private readonly passed = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  /** Documents given, by uri. */
  private readonly sent = new Map<string, ReadingRequest>();
  /** Documents given, in order; those from `nextWaiting` on are not sent yet (the thread is sent a window of them). */
  private readonly given: ReadingRequest[] = [];
  private nextWaiting = 0;
  /** Readings received and not yet asked for, by document id; null where the thread could not read the text. */
  private readonly received = new Map<number, ReadAhead | null>();
  private lastId = 0;
  private failed = false;
  /** The thread was silent for STALL_MS while waited for: readings that have not come are worked out here. */
  private stalled = false;
  /** When the thread last sent something (performance.now()). */
  private heard = performance.now();
  private readonly nap = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  private readonly log: Logger;
  private readonly stallMs: number;

  /** `stallMs`: STALL_MS unless given. */
  constructor(log: Logger, options: { stallMs?: number } = {}) {
    this.log = log;
    this.stallMs = options.stallMs ?? STALL_MS;
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
   * Sends the thread the documents up to a window ahead of the last one asked for, once `least` of them can go (the
   * last ones however few): it keeps a copy of each text it is sent, and readings ahead of the indexing wait here.
   */
  private send(least = 1): void {
    const upTo = Math.min(this.given.length, Atomics.load(this.passed, 0) + WINDOW);
    // The last documents given go however few they are: read here, they would run code not compiled for this
    // thread yet.
    if (upTo - this.nextWaiting < (upTo === this.given.length ? 1 : least)) return;
    this.port.postMessage(this.given.slice(this.nextWaiting, upTo));
    this.nextWaiting = upTo;
  }

  /**
   * The reading and tokens of a document's text: waited for if the document was sent to the thread, else (or if the
   * thread could not read it) undefined. Either way the thread skips it from now on.
   */
  readonly reading: ReadingSource = (uri, text) => {
    const request = this.sent.get(uri);
    if (!request || request.text !== text) return undefined;
    this.sent.delete(uri);
    this.receive();
    if (request.id <= this.lastSentId()) this.waitFor(request.id);
    Atomics.store(this.passed, 0, Math.max(Atomics.load(this.passed, 0), request.id));
    const reading = this.received.get(request.id) ?? undefined;
    this.received.delete(request.id);
    this.send(WINDOW / 8);
    return reading;
  };

  /** The id of the last document sent to the thread. */
  private lastSentId(): number {
    return this.nextWaiting > 0 ? this.given[this.nextWaiting - 1]!.id : 0;
  }

  /**
   * Blocks until the thread's reading of a document arrives. The thread's 'error' event cannot arrive meanwhile,
   * so a thread silent for STALL_MS (stallMs) is waited for no more.
   */
  private waitFor(id: number): void {
    while (!this.failed && !this.stalled && !this.received.has(id)) {
      if (performance.now() - this.heard > this.stallMs) {
        this.stalled = true;
        this.log.warn(`The reading thread sent nothing for ${this.stallMs / 1000} s; indexing reads the documents it has not read.`);
        return;
      }
      Atomics.wait(this.nap, 0, 0, NAP_MS);
      this.receive();
    }
  }

  /** Resolves once the thread has sent the reading of every document sent to it and not gone past, or has stopped. */
  async whenRead(): Promise<void> {
    for (;;) {
      this.receive();
      const passed = Atomics.load(this.passed, 0);
      if (this.failed || this.received.size >= this.nextWaiting - passed) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Takes the readings the thread has sent, but those of documents gone past (read here: not waited for). */
  private receive(): void {
    const passed = Atomics.load(this.passed, 0);
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      this.heard = performance.now();
      const { id, reading, tokens } = m.message as { id: number } & Partial<ReadAhead>;
      if (id >= passed) this.received.set(id, reading ? { reading, tokens } : null);
    }
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}

/** Documents read again on the indexing thread once the reading thread has read a workspace (warmReadingCode). */
const WARM_DOCUMENTS = 300;
/** Of them, read per turn of the event loop: requests wait for two readings at most. */
const WARM_PER_TURN = 2;

/**
 * Reads a few documents again on this thread, the readings thrown away, once the reading thread has read the
 * workspace. V8 compiles code for each thread apart: the reading code had never run here, so the first edits
 * afterwards ran it unoptimised. In-process, twelve edits of the benchmark's workspace took up to 18 ms each to
 * analyse again without this, and up to 8 ms with 300 documents read first. Resolves when done.
 */
export async function warmReadingCode(documents: readonly { text: string }[]): Promise<void> {
  for (let i = 0; i < Math.min(WARM_DOCUMENTS, documents.length); i++) {
    if (i % WARM_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    try {
      const { text } = documents[i]!;
      readDocument(text, tokenize(text));
    } catch {
      // A text that cannot be read was reported when the workspace was analysed.
    }
  }
}
