import { InferenceError, InferenceErrorCode } from './inference.errors';
import { SequencePool } from './sequence-pool';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function createPool(options: Partial<{ queueMax: number; queueTimeoutMs: number; maxConcurrentPerCaller: number; queueMaxPerCaller: number }> = {}) {
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
    expect((error as InferenceError).details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
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

  describe('fairness between callers', () => {
    it("gives a second caller the next free sequence ahead of the first caller's backlog", async () => {
      const { sut } = createPool({ queueMax: 20, maxConcurrentPerCaller: 10, queueMaxPerCaller: 20 });
      const running = [await sut.acquire('a0', undefined, 'alice'), await sut.acquire('a1', undefined, 'alice')];
      const backlog = Array.from({ length: 8 }, (_, i) => sut.acquire(`a${i + 2}`, undefined, 'alice'));
      const bob = sut.acquire('b0', undefined, 'bob');
      expect(sut.waiting).toBe(9);
      running[0]?.release();
      const bobLease = await bob;
      // Numbered by the queue: bob arrived after all of alice's ten and still had the very next grant.
      expect(bobLease.ticket.arrival).toBe(11);
      expect(bobLease.ticket.grant).toBe(bobLease.ticket.grantsAtArrival + 1);
      running[1]?.release();
      bobLease.release();
      const served = [];
      for (const lease of backlog) {
        const granted = await lease;
        served.push(granted.ticket);
        granted.release();
      }
      // One caller's own requests keep their order of arrival.
      expect(served.map((ticket) => ticket.arrival)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
      expect(served.map((ticket) => ticket.grant)).toEqual([...served.map((ticket) => ticket.grant)].sort((x, y) => x - y));
    });

    it('holds a caller to its concurrent cap while sequences stay free for others', async () => {
      const pool = new SequencePool(['s0', 's1', 's2', 's3'], { queueMax: 10, queueTimeoutMs: 10_000, maxConcurrentPerCaller: 2, queueMaxPerCaller: 10 });
      const first = await pool.acquire('a0', undefined, 'alice');
      await pool.acquire('a1', undefined, 'alice');
      let thirdServed = false;
      const third = pool.acquire('a2', undefined, 'alice').then((lease) => ((thirdServed = true), lease));
      await tick();
      expect({ thirdServed, busy: pool.busy, waiting: pool.waiting }).toEqual({ thirdServed: false, busy: 2, waiting: 1 });
      const bob = await pool.acquire('b0', undefined, 'bob');
      expect(bob.ticket.grant).toBe(3);
      first.release();
      expect((await third).ticket.grant).toBe(4);
    });

    it('refuses a caller whose own share of the queue is full with CALLER_QUEUE_FULL, others still queue', async () => {
      const { sut } = createPool({ queueMax: 10, maxConcurrentPerCaller: 1, queueMaxPerCaller: 2 });
      await sut.acquire('a0', undefined, 'alice');
      void sut.acquire('a1', undefined, 'alice').catch(() => undefined);
      void sut.acquire('a2', undefined, 'alice').catch(() => undefined);
      const error = await sut.acquire('a3', undefined, 'alice').catch((e: unknown) => e);
      expect((error as InferenceError).code).toBe(InferenceErrorCode.CallerQueueFull);
      expect((error as InferenceError).details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      await expect(sut.acquire('b0', undefined, 'bob')).resolves.toMatchObject({ ticket: { arrival: 5 } });
    });

    it('keeps a sequence for clinicians while hospital systems on API keys together hold the rest', async () => {
      const pool = new SequencePool(['s0', 's1', 's2'], {
        queueMax: 10,
        queueTimeoutMs: 10_000,
        maxConcurrentPerCaller: 2,
        queueMaxPerCaller: 10,
        callerGroups: [{ name: 'api-keys', includes: (callerId) => callerId.startsWith('api-key:'), maxRunning: 2 }],
      });
      // Two systems on two keys fill the group's share; a third system request waits though a sequence is free.
      const system1 = await pool.acquire(null, undefined, 'api-key:lis');
      await pool.acquire(null, undefined, 'api-key:his');
      let thirdSystemServed = false;
      const thirdSystem = pool.acquire(null, undefined, 'api-key:pacs').then((lease) => ((thirdSystemServed = true), lease));
      await tick();
      expect({ thirdSystemServed, busy: pool.busy }).toEqual({ thirdSystemServed: false, busy: 2 });
      // The clinician gets the kept sequence at once.
      const clinician = await pool.acquire('c0', undefined, 'user:wang');
      expect({ grant: clinician.ticket.grant, busy: pool.busy }).toEqual({ grant: 3, busy: 3 });
      // When a system finishes, the waiting system takes its place in the group's share.
      system1.release();
      expect((await thirdSystem).ticket.grant).toBe(4);
    });

    it('refuses a caller group that could never run (maxRunning below 1)', () => {
      expect(
        () => new SequencePool(['s0'], { queueMax: 1, queueTimeoutMs: 1_000, callerGroups: [{ name: 'api-keys', includes: () => true, maxRunning: 0 }] }),
      ).toThrow(/api-keys.*maxRunning/);
    });

    it('treats requests that name no caller as callers of their own (library users, benchmarks)', async () => {
      const pool = new SequencePool(['s0', 's1', 's2'], { queueMax: 4, queueTimeoutMs: 10_000, maxConcurrentPerCaller: 1, queueMaxPerCaller: 1 });
      const leases = await Promise.all([pool.acquire(null), pool.acquire(null), pool.acquire(null)]);
      expect(pool.busy).toBe(3);
      for (const lease of leases) lease.release();
    });
  });
});
