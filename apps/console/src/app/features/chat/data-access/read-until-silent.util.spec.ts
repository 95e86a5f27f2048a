import { CHAT_STREAM_HEARTBEAT_MS } from '@medlocal/contracts';
import { readUntilSilent, STREAM_SILENCE_LIMIT_MS, StreamSilentError } from './read-until-silent.util';

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
