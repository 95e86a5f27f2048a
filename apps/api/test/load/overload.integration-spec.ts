import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import type { RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, createAccount, signIn, type SignedInSession } from '../support/sign-in';
import { askAndRead, egressRefusalLines, openConversation, peakRssKb, type QuestionOutcome } from '../faults/support/fault-kit';

const PARALLEL = 4;
const QUEUE_MAX = 8;
const TOTAL = 200;
const CLINICIANS = 4;
/**
 * Idle, the spawned API holds roughly 0.9 GiB (PGlite's WASM heap, llama.cpp's context buffers, Node).
 * Under the burst only bounded state may grow: 12 admitted streams, 188 short refusals.
 */
const PEAK_RSS_LIMIT_KB = 1_536 * 1024;
const PEAK_RSS_GROWTH_LIMIT_KB = 256 * 1024;

interface Sent extends QuestionOutcome {
  readonly index: number;
  readonly sentAt: number;
}

describe('MedLocal API overload: 200 question streams against 4 sequences and a queue of 8', () => {
  let sut: SpawnedApi;
  let sessions: SignedInSession[];

  beforeAll(async () => {
    sut = await spawnApi({
      ...ACCOUNTS_TEST_ENV,
      MEDLOCAL_MODE: 'demo',
      LOG_LEVEL: 'warn',
      INFERENCE_PARALLEL: String(PARALLEL),
      INFERENCE_QUEUE_MAX: String(QUEUE_MAX),
      INFERENCE_CONTEXT_SIZE: '2048',
      // Long answers keep the first twelve busy while the burst arrives.
      INFERENCE_MAX_ANSWER_TOKENS: '600',
      INFERENCE_THOUGHT_BUDGET_TOKENS: '32',
      CHAT_MAX_CONVERSATIONS_PER_USER: '100',
    });
    const target = { baseUrl: sut.baseUrl } as RunningApi;
    sessions = [];
    for (let index = 0; index < CLINICIANS; index += 1) {
      const account = await createAccount(target, { roles: ['clinician'] });
      sessions.push(await signIn(target, account.username, account.password));
    }
  });

  afterAll(async () => {
    if (!sut) return;
    expect(egressRefusalLines(sut.output())).toEqual([]);
    expect(await sut.stop()).toBe(0);
  });

  it('stays up, serves the queue in order of arrival, refuses the excess with 503 + Retry-After and keeps memory bounded', async () => {
    const idlePeakKb = peakRssKb(sut.child.pid as number);
    const conversations = await Promise.all(Array.from({ length: TOTAL }, (_, index) => openConversation(sut.baseUrl, (sessions[index % CLINICIANS] as SignedInSession).accessToken)));
    const ask = (index: number): Promise<Sent> => {
      const sentAt = performance.now();
      return askAndRead({
        baseUrl: sut.baseUrl,
        token: (sessions[index % CLINICIANS] as SignedInSession).accessToken,
        conversationId: conversations[index] as string,
        content: `第${index}位患者:65岁男性,胸痛2小时,肌钙蛋白I 8.2ng/mL,如何处理?`,
      }).then((outcome) => ({ ...outcome, index, sentAt }));
    };

    // The first sequences + queue arrive one by one, so their order of arrival is known...
    const admitted: Promise<Sent>[] = [];
    for (let index = 0; index < PARALLEL + QUEUE_MAX; index += 1) {
      admitted.push(ask(index));
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    // ...then the rest of the morning arrives at once.
    const burst = Array.from({ length: TOTAL - PARALLEL - QUEUE_MAX }, (_, offset) => ask(PARALLEL + QUEUE_MAX + offset));
    const answers = await Promise.all([...admitted, ...burst]);

    const refused = answers.filter((answer) => answer.status !== 200);
    for (const answer of refused) {
      expect({ status: answer.status, error: answer.error }).toEqual({ status: 503, error: { statusCode: 503, error: 'Service Unavailable', code: 'QUEUE_FULL', message: expect.stringMatching(/queue is full/) } });
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    const served = answers.filter((answer) => answer.status === 200);
    for (const answer of served) expect({ index: answer.index, last: answer.events.at(-1)?.event }).toEqual({ index: answer.index, last: 'done' });
    expect(served.length).toBeGreaterThanOrEqual(PARALLEL + QUEUE_MAX);
    expect(refused.length).toBeGreaterThanOrEqual(TOTAL / 2);

    // FIFO: the queued twelve got their sequences in the order they arrived (server queue time + send time).
    const firstTwelve = (await Promise.all(admitted)).map((answer) => {
      const timings = (answer.events.at(-1)?.data as { timings: { queueMs: number } }).timings;
      return { index: answer.index, grantedAt: answer.sentAt + timings.queueMs };
    });
    const grantOrder = [...firstTwelve].sort((a, b) => a.grantedAt - b.grantedAt).map((entry) => entry.index);
    expect(grantOrder).toEqual(firstTwelve.map((entry) => entry.index));

    const health = await fetch(`${sut.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    const peakKb = peakRssKb(sut.child.pid as number);
    console.info(`overload: ${served.length} served, ${refused.length} refused, peak RSS ${(idlePeakKb / 1024).toFixed(0)} MiB before, ${(peakKb / 1024).toFixed(0)} MiB after`);
    expect(peakKb).toBeLessThan(PEAK_RSS_LIMIT_KB);
    expect(peakKb - idlePeakKb).toBeLessThan(PEAK_RSS_GROWTH_LIMIT_KB);
  }, 240_000);
});
