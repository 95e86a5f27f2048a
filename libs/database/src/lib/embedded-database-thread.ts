import { Worker } from 'node:worker_threads';
import { embeddedDatabaseWorkerUrl } from './embedded-database-worker.source';

/** An error on the embedded database's thread, as it crossed over: its's name, message and code. */
export interface ThreadError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
}

export class DatabaseThreadError extends Error {
  constructor(readonly failure: ThreadError) {
    super(failure.message);
    this.name = failure.name;
  }
}

type Operation = { readonly op: 'ping' } | { readonly op: 'read-only'; readonly on: boolean } | { readonly op: 'stop'; readonly close: boolean };

type WorkerMessage =
  | { readonly type: 'ready'; readonly port: number }
  | { readonly type: 'start-failed'; readonly error: ThreadError }
  | { readonly type: 'reply'; readonly id: number; readonly error?: ThreadError };

/** PGlite and its socket server on a thread of their own, so that whatever PGlite does, this thread keeps serving. */
export interface DatabaseThread {
  readonly port: number;
  /** Runs `operation` on the database's thread; rejects when it has not answered within `timeoutMs` or has ended. */
  request(operation: Operation, timeoutMs: number): Promise<void>;
  /** Called on every message from the thread: it is alive. */
  onHeard(listener: () => void): void;
  /** Called once if the thread ends without being asked to (an uncaught error in PGlite). */
  onUnexpectedExit(listener: (exitCode: number) => void): void;
  /** Ends the thread, even mid-statement: resolves when it has stopped, or after `boundMs` if it is stuck in a system call. */
  terminate(boundMs: number): Promise<void>;
}

export function startDatabaseThread(params: { dataDir: string | 'memory'; host: string; port: number }): Promise<DatabaseThread> {
  const worker = new Worker(embeddedDatabaseWorkerUrl(), { workerData: params });
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  const heardListeners: (() => void)[] = [];
  let exitListener: ((exitCode: number) => void) | null = null;
  let ending = false;
  let nextId = 1;

  return new Promise<DatabaseThread>((resolve, reject) => {
    const thread = (port: number): DatabaseThread => ({
      port,
      request(operation, timeoutMs) {
        const id = nextId++;
        return new Promise<void>((settle, fail) => {
          const timer = setTimeout(() => {
            pending.delete(id);
            fail(new Error(`the embedded database did not answer "${operation.op}" within ${timeoutMs} ms`));
          }, timeoutMs);
          timer.unref();
          pending.set(id, {
            resolve: () => (clearTimeout(timer), settle()),
            reject: (error) => (clearTimeout(timer), fail(error)),
          });
          worker.postMessage({ ...operation, id });
        });
      },
      onHeard: (listener) => heardListeners.push(listener),
      onUnexpectedExit: (listener) => (exitListener = listener),
      async terminate(boundMs) {
        ending = true;
        const stopped = worker.terminate().then(() => undefined);
        // A thread stuck in a system call (a frozen disk) stops only when the call returns: do not hold the process open
        // for it past the bound. The bound itself is held (a ref'd timer): with the thread unref'd and nothing else
        // pending, a short-lived process (the admin CLI) would otherwise exit in the middle of stop(), before its output.
        worker.unref();
        let bound: NodeJS.Timeout | undefined;
        await Promise.race([stopped, new Promise<void>((settle) => (bound = setTimeout(settle, boundMs)))]);
        clearTimeout(bound);
      },
    });

    worker.on('message', (message: WorkerMessage) => {
      for (const listener of heardListeners) listener();
      if (message.type === 'ready') {
        resolve(thread(message.port));
      } else if (message.type === 'start-failed') {
        ending = true;
        void worker.terminate();
        reject(new DatabaseThreadError(message.error));
      } else {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new DatabaseThreadError(message.error));
        else waiting?.resolve();
      }
    });
    worker.on('error', (error) => reject(error));
    worker.on('exit', (exitCode) => {
      for (const waiting of pending.values()) waiting.reject(new Error(`the embedded database's thread ended (exit code ${exitCode})`));
      pending.clear();
      reject(new Error(`the embedded database's thread ended before it was ready (exit code ${exitCode})`));
      if (!ending) exitListener?.(exitCode);
    });
  });
}
