import { readdirSync, readFileSync } from 'node:fs';
import { ensureDemoModel } from '@medlocal/demo-model';
import type { LocalInferenceEngine } from './local-inference.engine';
import { streamFixedLengthAnswers } from './testing/decode-batches.fixture';
import { createDemoEngine, withDemoModelDir } from './testing/demo-engine.fixture';

const STREAMS = 4;
const ANSWER_TOKENS = 48;
const ROUNDS = 3;
const DECODE_THREAD_NAME = 'medlocal-decode';
/** The process's first thread (its id is the process id): the event loop. */
const EVENT_LOOP = '(event loop)';

interface ThreadTime {
  readonly name: string;
  /** User and system CPU time in clock ticks (/proc/<pid>/task/<tid>/stat fields 14 and 15). */
  readonly ticks: number;
}

/** Every thread of this process by id: its name and the CPU time it has used. */
function threadTimes(): Map<string, ThreadTime> {
  const times = new Map<string, ThreadTime>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      // The name is in brackets and may hold spaces: the fields are counted after the closing bracket.
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      times.set(tid, { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // A thread that ended between the listing and the read.
    }
  }
  return times;
}

/** CPU ticks used since `before`, summed by thread name; the event loop's apart. */
function ticksByName(before: Map<string, ThreadTime>, after: Map<string, ThreadTime>): Map<string, number> {
  const byName = new Map<string, number>();
  for (const [tid, { name, ticks }] of after) {
    const key = tid === String(process.pid) ? EVENT_LOOP : name;
    byName.set(key, (byName.get(key) ?? 0) + ticks - (before.get(tid)?.ticks ?? 0));
  }
  return byName;
}

/**
 * Issue 23: node-llama-cpp decodes in libuv's pool, whose threads took the steps in turn; with OpenMP each of them started
 * a team of llama.cpp workers of its own, and a process whose pool has four threads (a full MedLocal) decoded four streams
 * at two threads 19–27 % slower than with one. The patched addon runs every decode step on one native thread, as
 * llama-server runs its steps on its one decode loop, whatever the pool's size.
 */
describe.runIf(process.platform === 'linux')('decode steps run on one native thread', () => {
  let modelDir: Awaited<ReturnType<typeof withDemoModelDir>>;
  let engine: LocalInferenceEngine;

  beforeAll(async () => {
    modelDir = await withDemoModelDir(ensureDemoModel);
    engine = await createDemoEngine(modelDir.modelPath, { parallel: STREAMS, queueMax: STREAMS, contextSize: 2048, threads: 2 });
  });
  afterAll(async () => {
    await engine?.dispose();
    await modelDir?.cleanup();
  });

  it('does the decoding on the decode thread and its llama.cpp workers on the native build, not in the pool', async () => {
    const status = await engine.getStatus();
    const before = threadTimes();
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await streamFixedLengthAnswers(engine, STREAMS, ANSWER_TOKENS);
      for (const answer of answers) expect(answer.done?.finishReason).toBe('length');
    }
    const used = ticksByName(before, threadTimes());
    // A host without a compiler runs node-llama-cpp's prebuilt binaries, which decode in the pool.
    if (status.inferenceRuntime?.build !== 'native') {
      expect(used.has(DECODE_THREAD_NAME)).toBe(false);
      return;
    }
    expect(used.has(DECODE_THREAD_NAME)).toBe(true);
    // The decode thread and the OpenMP workers it starts (they inherit its name) did the model's work: more CPU time
    // than all the other threads but the event loop's own together (libuv's pool, which only waits for them, V8's).
    const decoding = used.get(DECODE_THREAD_NAME) ?? 0;
    const allButEventLoop = [...used.values()].reduce((sum, ticks) => sum + ticks, 0) - (used.get(EVENT_LOOP) ?? 0);
    expect(decoding).toBeGreaterThan(0);
    expect(decoding).toBeGreaterThan(allButEventLoop - decoding);
  });
});
