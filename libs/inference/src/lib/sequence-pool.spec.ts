import { InferenceError, InferenceErrorCode } from './inference.errors';
import { SequencePool } from './sequence-pool';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function createPool(options: Partial<{ queueMax: number; queueTimeoutMs: number }> = {}) {
  let clock = 0;
  const sut = new SequencePool(['s0', 's1'], { queueMax: 2, queueTimeoutMs: 10_000, now: () => clock, ...options });
  return { sut, advance: (ms: number) => (clock += ms) };
}

describe(SequencePool.name, () => {
  it('gives each conversation its own sequence back on its next turn', async () => {
    const { sut } = createPool();
    const a = await sut.acquire('a');
    const b = await sut.acquire('b');
    expect(new Set([a.sequence, b.sequence]).size).toBe(2);
    a.release();
    b.release();
    expect((await sut.acquire('a')).sequence).toBe(a.sequence);
  });

  it('serves waiters first come, first served', async () => {
    const { sut } = createPool({ queueMax: 3 });
    const first = await sut.acquire('a');
    const second = await sut.acquire('b');
    const order: string[] = [];
    const waiters = ['c', 'd', 'e'].map((id) => sut.acquire(id).then((lease) => (order.push(id), lease)));
    expect(sut.waiting).toBe(3);
    first.release();
    await tick();
    second.release();
    await tick();
    (await waiters[0])?.release();
    await tick();
    expect(order).toEqual(['c', 'd', 'e']);
  });

  it('evicts the least recently used idle conversation when sequences run out', async () => {
    const { sut, advance } = createPool();
    const a = await sut.acquire('a');
    advance(10);
    a.release();
    const b = await sut.acquire('b');
    advance(10);
    b.release();
    const c = await sut.acquire('c');
    expect(c.sequence).toBe(a.sequence);
    expect(c.evictedOwner).toBe('a');
  });

  it('makes a second turn of a busy conversation wait for the first', async () => {
    const { sut } = createPool();
    const first = await sut.acquire('a');
    let served = false;
    const second = sut.acquire('a').then((lease) => ((served = true), lease));
    await tick();
    expect(served).toBe(false);
    first.release();
    expect((await second).sequence).toBe(first.sequence);
  });

  it('refuses beyond queueMax with a retry hint', async () => {
    const { sut } = createPool({ queueMax: 1 });
    await sut.acquire('a');
    await sut.acquire('b');
    void sut.acquire('c').catch(() => undefined);
    const error = await sut.acquire('d').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InferenceError);
    expect((error as InferenceError).code).toBe(InferenceErrorCode.QueueFull);
    expect((error as InferenceError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('fails a waiter after queueTimeoutMs', async () => {
    const { sut } = createPool({ queueTimeoutMs: 20 });
    await sut.acquire('a');
    await sut.acquire('b');
    const error = await sut.acquire('c').catch((e: unknown) => e);
    expect((error as InferenceError).code).toBe(InferenceErrorCode.QueueTimeout);
    expect(sut.waiting).toBe(0);
  });

  it('drops an aborted waiter from the queue', async () => {
    const { sut } = createPool();
    await sut.acquire('a');
    await sut.acquire('b');
    const controller = new AbortController();
    const waiting = sut.acquire('c', controller.signal).catch((e: unknown) => e);
    controller.abort(new Error('client left'));
    expect(((await waiting) as Error).message).toBe('client left');
    expect(sut.waiting).toBe(0);
  });

  it('forgets a closed conversation so its sequence is free again', async () => {
    const { sut } = createPool();
    const a = await sut.acquire('a');
    a.release();
    expect(sut.forget('a')).toBe(a.sequence);
    expect(sut.forget('a')).toBeNull();
  });

  it('rejects everyone once closed', async () => {
    const { sut } = createPool();
    await sut.acquire('a');
    await sut.acquire('b');
    const waiting = sut.acquire('c').catch((e: unknown) => e);
    sut.close();
    expect(((await waiting) as InferenceError).code).toBe(InferenceErrorCode.EngineClosed);
  });
});
