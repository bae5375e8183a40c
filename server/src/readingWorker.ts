/**
 * The second thread of a ReadingPool (readingPool.ts): works out the reading of each document it is sent, in the
 * order sent, and sends it back; for a text it cannot read it sends the document's id alone, so that the indexing
 * thread, which waits for it, reads it itself. Documents the indexing thread has already gone past (it read them
 * itself: it was not waiting for them) are skipped.
 */
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { readDocument } from './core/reading';
import { packTokens, tokenize } from './core/tokens';

export interface ReadingRequest {
  id: number;
  text: string;
}

export interface WorkerSetup {
  port: MessagePort;
  /** The id of the last document the indexing thread has gone past. */
  passed: Int32Array;
}

const { port, passed } = workerData as WorkerSetup;
const queue: ReadingRequest[] = [];
let next = 0;
let busy = false;

function work(): void {
  busy = true;
  for (;;) {
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) queue.push(...(m.message as ReadingRequest[]));
    const request = queue[next];
    if (!request) break;
    queue[next++] = undefined!;
    if (request.id <= Atomics.load(passed, 0)) continue;
    try {
      const tokens = tokenize(request.text);
      const packed = packTokens(tokens);
      port.postMessage({ id: request.id, reading: readDocument(request.text, tokens), tokens: packed }, [packed.buffer as ArrayBuffer]);
    } catch {
      // The indexing thread reads it again, and reports the failure where it reports the others.
      port.postMessage({ id: request.id });
    }
  }
  busy = false;
}

port.on('message', (requests: ReadingRequest[]) => {
  queue.push(...requests);
  if (!busy) work();
});
