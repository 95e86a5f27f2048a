import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDemoModel } from '@medlocal/demo-model';
import { stalledGenerationProblem } from './generation-progress';
import type { InferenceEvent } from './inference.port';
import { fixedLengthGrammar, useDemoEngine } from './testing/demo-engine.fixture';

/**
 * A stuck engine (a wedged native call, a hung GPU) leaves the HTTP server answering health checks while no
 * answer moves. The fault here is real: llama.cpp's decode and sampling run as libuv thread-pool work, so reads of
 * FIFOs nobody writes (what a hung network mount does to file reads) occupy every pool thread and the decode waits.
 */
describe('an engine whose generations stop producing tokens', () => {
  const engine = useDemoEngine(ensureDemoModel, { parallel: 2, contextSize: 2048 });
  let fifoDir: string;

  beforeAll(async () => {
    fifoDir = await mkdtemp(join(tmpdir(), 'medlocal-stall-'));
  });

  afterAll(async () => {
    if (fifoDir) await rm(fifoDir, { recursive: true, force: true });
  });

  /** Occupies every libuv pool thread until the returned function releases them. */
  function occupyThreadPool(): () => Promise<void> {
    const threads = Number(process.env['UV_THREADPOOL_SIZE'] ?? 4);
    const fifos = Array.from({ length: threads }, (_, index) => join(fifoDir, `hung-${index}`));
    execFileSync('mkfifo', fifos);
    const reads = fifos.map((fifo) => readFile(fifo));
    return async () => {
      // A writer that opens and closes gives each blocked reader end-of-file.
      for (const fifo of fifos) closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      await Promise.all(reads);
    };
  }

  it('reports them past the limit while the process stays responsive, and recovers when tokens flow again', { timeout: 120_000 }, async () => {
    const sut = engine();
    expect(sut.progress).toEqual({ generating: 0, quietForMs: 0 });
    const events = sut.generate({
      messages: [{ role: 'user', content: 'Explain acute kidney injury' }],
      grammar: fixedLengthGrammar(1_500),
      grammarCoversThought: true,
      maxTokens: 1_500,
      sampling: { temperature: 0.8, seed: 3 },
    });
    const iterator = events[Symbol.asyncIterator]();
    let first = await iterator.next();
    while (!first.done && first.value.type !== 'answer' && first.value.type !== 'thought') first = await iterator.next();
    expect(first.done).toBe(false);

    const release = occupyThreadPool();
    const received: InferenceEvent[] = [];
    let stuckAt = 0;
    const rest = (async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) received.push(next.value);
    })();
    try {
      // The event loop keeps running (this poll is it): only the generation has stopped.
      await expect
        .poll(() => stalledGenerationProblem(sut.progress, 1_000), { timeout: 30_000, interval: 100 })
        .toMatch(/^the engine has moved no answer \(no token, no prompt batch\) for \d+ s while 1 answer generates/);
      stuckAt = received.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(received.length).toBe(stuckAt);
    } finally {
      await release();
    }
    await rest;
    // The answer goes on where it stopped and ends as it would have (the grammar spells out 1,500 characters).
    expect(received.length).toBeGreaterThan(stuckAt + 1);
    expect(received.at(-1)).toMatchObject({ type: 'done', finishReason: expect.stringMatching(/^(stop|length)$/) });
    expect(sut.progress).toEqual({ generating: 0, quietForMs: 0 });
  });
});
