import { CHAT_STREAM_HEARTBEAT_MS } from '@medlocal/contracts';

/**
 * Three missed heartbeats. An instance that froze (a stopped process, a host swapping) keeps the
 * connection open and sends nothing; without this the clinician would watch a still answer until
 * the proxy's own timeout (minutes) cut it.
 */
export const STREAM_SILENCE_LIMIT_MS = 3 * CHAT_STREAM_HEARTBEAT_MS;

/** The answer stream sent nothing, not even a heartbeat, for the limit: its server is gone. */
export class StreamSilentError extends Error {
  constructor(limitMs: number) {
    super(`the server sent nothing for ${limitMs / 1000} s`);
    this.name = 'StreamSilentError';
  }
}

/**
 * Yields the reader's chunks until it ends; one that takes longer than `limitMs` to arrive
 * cancels the body (closing the connection) and throws StreamSilentError.
 */
export async function* readUntilSilent<T>(reader: ReadableStreamDefaultReader<T>, limitMs: number): AsyncGenerator<T> {
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const silence = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StreamSilentError(limitMs)), limitMs);
    });
    let step: ReadableStreamReadResult<T>;
    try {
      step = await Promise.race([reader.read(), silence]);
    } catch (error) {
      if (error instanceof StreamSilentError) await reader.cancel(error).catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if (step.done) return;
    yield step.value;
  }
}

/**
 * Sends `request` with a signal of its own and resolves with its response once the headers arrive. None
 * within `limitMs` (the instance froze before it answered: the API opens a waiting question's stream within
 * seconds) aborts the request and throws StreamSilentError. The caller's `signal` (Stop) still aborts the
 * request and, after the headers, its body.
 */
export async function respondedWithin(limitMs: number, signal: AbortSignal, request: (signal: AbortSignal) => Promise<Response>): Promise<Response> {
  const attempt = new AbortController();
  if (signal.aborted) attempt.abort(signal.reason);
  else signal.addEventListener('abort', () => attempt.abort(signal.reason), { once: true });
  const silent = new StreamSilentError(limitMs);
  const timer = setTimeout(() => attempt.abort(silent), limitMs);
  try {
    return await request(attempt.signal);
  } catch (error) {
    if (attempt.signal.reason === silent) throw silent;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
