import { CHAT_STREAM_HEARTBEAT_MS } from '@medlocal/contracts';
import { readUntilSilent, respondedWithin, STREAM_SILENCE_LIMIT_MS, StreamSilentError } from './read-until-silent.util';

/** A body that sends `chunks` at once and then nothing: the instance behind it froze. */
function frozenBody(chunks: readonly string[]): { stream: ReadableStream<string>; cancelled: () => boolean } {
  let cancelled = false;
  const stream = new ReadableStream<string>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

async function collect(reader: ReadableStreamDefaultReader<string>, into: string[]): Promise<unknown> {
  try {
    for await (const chunk of readUntilSilent(reader, STREAM_SILENCE_LIMIT_MS)) into.push(chunk);
    return null;
  } catch (error) {
    return error;
  }
}

describe(readUntilSilent.name, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('allows three missed heartbeats of the server before giving up', () => {
    expect(STREAM_SILENCE_LIMIT_MS).toBe(3 * CHAT_STREAM_HEARTBEAT_MS);
  });

  it('ends a stream that has sent nothing for the limit with StreamSilentError, keeping what arrived, and cancels the body', async () => {
    const body = frozenBody(['event: meta\ndata: {}\n\n', 'event: answer\ndata: {"delta":"a"}\n\n']);
    const received: string[] = [];
    const outcome = collect(body.stream.getReader(), received);
    await vi.advanceTimersByTimeAsync(STREAM_SILENCE_LIMIT_MS - 1);
    expect(received).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(StreamSilentError);
    expect((error as Error).message).toContain(`${STREAM_SILENCE_LIMIT_MS / 1000} s`);
    expect(body.cancelled()).toBe(true);
  });

  it('counts the silence from the last chunk: heartbeats keep a slow answer alive', async () => {
    let feed!: ReadableStreamDefaultController<string>;
    const stream = new ReadableStream<string>({ start: (controller) => void (feed = controller) });
    const received: string[] = [];
    const outcome = collect(stream.getReader(), received);
    for (let beat = 0; beat < 10; beat += 1) {
      await vi.advanceTimersByTimeAsync(CHAT_STREAM_HEARTBEAT_MS);
      feed.enqueue(': keep-alive\n\n');
    }
    feed.enqueue('event: done\ndata: {}\n\n');
    feed.close();
    expect(await outcome).toBeNull();
    expect(received).toHaveLength(11);
  });

  it('leaves no timer behind once the stream ends', async () => {
    const body = frozenBody(['x']);
    const reader = body.stream.getReader();
    const received: string[] = [];
    const generator = readUntilSilent(reader, STREAM_SILENCE_LIMIT_MS);
    received.push((await generator.next()).value as string);
    await generator.return(undefined);
    expect(vi.getTimerCount()).toBe(0);
  });
});

/** A request whose response never comes until its signal aborts it, as `fetch` behaves against a frozen server. */
function unansweredRequest(): { request: (signal: AbortSignal) => Promise<Response>; signalSeen: () => AbortSignal | null } {
  let seen: AbortSignal | null = null;
  return {
    request: (signal) => {
      seen = signal;
      return new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));
    },
    signalSeen: () => seen,
  };
}

describe(respondedWithin.name, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives up on a server that sent no headers within the limit with StreamSilentError, aborting the request', async () => {
    const { request, signalSeen } = unansweredRequest();
    const outcome = respondedWithin(STREAM_SILENCE_LIMIT_MS, new AbortController().signal, request).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(STREAM_SILENCE_LIMIT_MS - 1);
    expect(signalSeen()?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toBeInstanceOf(StreamSilentError);
    expect(signalSeen()?.aborted).toBe(true);
  });

  it("passes the clinician's Stop through as the abort it is, not as a silent server", async () => {
    const { request } = unansweredRequest();
    const stop = new AbortController();
    const outcome = respondedWithin(STREAM_SILENCE_LIMIT_MS, stop.signal, request).catch((error: unknown) => error);
    stop.abort();
    const error = await outcome;
    expect(error).not.toBeInstanceOf(StreamSilentError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('resolves with a response that came in time, whose body Stop can still abort afterwards', async () => {
    let seen: AbortSignal | null = null;
    const response = new Response('event: meta\ndata: {}\n\n');
    const stop = new AbortController();
    const answered = await respondedWithin(STREAM_SILENCE_LIMIT_MS, stop.signal, async (signal) => {
      seen = signal;
      return response;
    });
    expect(answered).toBe(response);
    await vi.advanceTimersByTimeAsync(2 * STREAM_SILENCE_LIMIT_MS);
    expect((seen as AbortSignal | null)?.aborted).toBe(false);
    stop.abort();
    expect((seen as AbortSignal | null)?.aborted).toBe(true);
  });
});
