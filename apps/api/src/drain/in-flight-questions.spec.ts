import { InFlightQuestions } from './in-flight-questions';
import { SHUTTING_DOWN } from './tracked-question';

async function* events(count: number, signal: AbortSignal): AsyncGenerator<string> {
  for (let index = 0; index < count && !signal.aborted; index += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    yield `token ${index}`;
  }
  yield 'done';
}

async function consume(iterable: AsyncIterable<string>, onFirst: () => void = () => undefined): Promise<string[]> {
  const seen: string[] = [];
  for await (const event of iterable) {
    if (seen.push(event) === 1) onFirst();
  }
  return seen;
}

describe(InFlightQuestions.name, () => {
  it('lets answers that end in time finish untouched', async () => {
    const sut = new InFlightQuestions();
    const abort = new AbortController();
    const question = sut.track(abort);
    let streaming!: () => void;
    const started = new Promise<void>((resolve) => (streaming = resolve));
    const answered = consume(question.guard(events(3, abort.signal)), streaming).finally(() => question.end());
    await started;
    await sut.drain({ finishWithinMs: 5_000, cancelWithinMs: 5_000 });
    expect(await answered).toEqual(['token 0', 'token 1', 'token 2', 'done']);
    expect({ aborted: abort.signal.aborted, interruption: question.interruption, count: sut.count() }).toEqual({
      aborted: false,
      interruption: null,
      count: 0,
    });
  });

  it('refuses a question still waiting for the model with a 503 refusal, after the engine let go of it', async () => {
    const sut = new InFlightQuestions();
    const abort = new AbortController();
    const question = sut.track(abort);
    const drained = sut.drain({ finishWithinMs: 5_000, cancelWithinMs: 5_000 });
    await expect(consume(question.guard(events(3, abort.signal)))).rejects.toMatchObject({
      code: SHUTTING_DOWN,
      details: { retryAfterSeconds: expect.any(Number) },
    });
    expect(abort.signal.aborted).toBe(true);
    question.end();
    await drained;
    expect(sut.count()).toBe(0);
  });

  it('refuses questions that arrive once the drain has begun, and waits for them to be audited', async () => {
    const sut = new InFlightQuestions();
    const running = sut.track(new AbortController());
    const drained = sut.drain({ finishWithinMs: 5_000, cancelWithinMs: 5_000 });
    const late = sut.track(new AbortController());
    expect(late.refusal?.code).toBe(SHUTTING_DOWN);
    running.end();
    let finished = false;
    void drained.then(() => (finished = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(finished).toBe(false);
    late.end();
    await drained;
    expect(sut.count()).toBe(0);
  });

  it('cancels answers that would outlast the grace period and waits for them to end', async () => {
    const sut = new InFlightQuestions();
    const abort = new AbortController();
    const question = sut.track(abort);
    let streaming!: () => void;
    const started = new Promise<void>((resolve) => (streaming = resolve));
    const answered = consume(question.guard(events(1_000_000, abort.signal)), streaming).finally(() => question.end());
    await started;
    await sut.drain({ finishWithinMs: 50, cancelWithinMs: 5_000 });
    expect((await answered).at(-1)).toBe('done');
    expect({ aborted: abort.signal.aborted, interruption: question.interruption, cancellation: question.cancellation?.code, count: sut.count() }).toEqual({
      aborted: true,
      interruption: 'cancelled',
      cancellation: SHUTTING_DOWN,
      count: 0,
    });
  });

  it('gives up waiting after the cancel period', async () => {
    const sut = new InFlightQuestions();
    sut.track(new AbortController());
    await sut.drain({ finishWithinMs: 20, cancelWithinMs: 20 });
    expect(sut.count()).toBe(1);
  });
});
