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
}

interface QueueTicket {
  readonly arrival: number;
  readonly grantsAtArrival: number;
  readonly grant: number;
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

  it('stays up, serves each clinician in order of arrival and all fairly, refuses the excess with 503 + Retry-After and keeps memory bounded', async () => {
    const idlePeakKb = peakRssKb(sut.child.pid as number);
    // Set-up, not the load under test: the conversations are opened one after another, so a busy machine's
    // database cannot refuse the set-up before the burst of questions begins.
    const conversations: string[] = [];
    for (let index = 0; index < TOTAL; index += 1) {
      conversations.push(await openConversation(sut.baseUrl, (sessions[index % CLINICIANS] as SignedInSession).accessToken));
    }
    const ask = (index: number): Promise<Sent> =>
      askAndRead({
        baseUrl: sut.baseUrl,
        token: (sessions[index % CLINICIANS] as SignedInSession).accessToken,
        conversationId: conversations[index] as string,
        content: `第${index}位患者:65岁男性,胸痛2小时,肌钙蛋白I 8.2ng/mL,如何处理?`,
      }).then((outcome) => ({ ...outcome, index }));

    // The first sequences + queue arrive one by one...
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
      // The whole queue full (503), or this clinician's share of it (429), or — on a machine too busy for the
      // embedded database to check 188 sessions at once within its bound — the database shedding load (503):
      // every refusal is clean and says when to retry.
      expect([
        { status: 503, error: { statusCode: 503, error: 'Service Unavailable', code: 'QUEUE_FULL', message: expect.stringMatching(/queue is full/) } },
        {
          status: 429,
          error: {
            statusCode: 429,
            error: 'Too Many Requests',
            code: 'CALLER_QUEUE_FULL',
            message: expect.stringMatching(/too many questions from this caller/),
          },
        },
        {
          status: 503,
          error: { statusCode: 503, error: 'Service Unavailable', code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/database unavailable/) },
        },
      ]).toContainEqual({ status: answer.status, error: answer.error });
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    const served = answers.filter((answer) => answer.status === 200);
    for (const answer of served) expect({ index: answer.index, last: answer.events.at(-1)?.event }).toEqual({ index: answer.index, last: 'done' });
    expect(served.length).toBeGreaterThanOrEqual(PARALLEL + QUEUE_MAX);
    expect(refused.length).toBeGreaterThanOrEqual(TOTAL / 2);

    // Fair and in order, through the numbers the queue assigned (never clocks, which a busy machine skews):
    // each clinician's questions got their sequences in the order the queue received them.
    const tickets = served.map((answer) => ({
      caller: answer.index % CLINICIANS,
      ...(answer.events.at(-1)?.data as { timings: { queue: QueueTicket } }).timings.queue,
    }));
    expect(new Set(tickets.map((ticket) => ticket.grant)).size).toBe(tickets.length);
    for (let caller = 0; caller < CLINICIANS; caller += 1) {
      const own = tickets.filter((ticket) => ticket.caller === caller).sort((a, b) => a.arrival - b.arrival);
      expect(own.map((ticket) => ticket.grant)).toEqual(own.map((ticket) => ticket.grant).sort((a, b) => a - b));
    }
    // No question waited behind more grants than there were sequences and queue places when it arrived.
    for (const ticket of tickets) expect(ticket.grant - ticket.grantsAtArrival - 1).toBeLessThan(PARALLEL + QUEUE_MAX);

    const health = await fetch(`${sut.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    const peakKb = peakRssKb(sut.child.pid as number);
    console.info(
      `overload: ${served.length} served, ${refused.length} refused, peak RSS ${(idlePeakKb / 1024).toFixed(0)} MiB before, ${(peakKb / 1024).toFixed(0)} MiB after`,
    );
    expect(peakKb).toBeLessThan(PEAK_RSS_LIMIT_KB);
    expect(peakKb - idlePeakKb).toBeLessThan(PEAK_RSS_GROWTH_LIMIT_KB);
  }, 240_000);
});
