import { ChatController } from '../../src/chat/chat.controller';
import { startApi, type RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, captureAuditEvents, loginAs, type SignedInSession } from '../support/sign-in';
import { askAndRead, askQuestion, egressRefusalsSince, openConversation, readUntilThenDrop, seededRandom } from './support/fault-kit';

const PARALLEL = 4;
const STREAMS = 50;
const WAVE = 10;

/** Where a clinician closes the tab: before any byte, right after `meta`, or after some answer tokens. */
type DropPoint = { kind: 'headers' } | { kind: 'meta' } | { kind: 'answer'; events: number };

function dropPoints(count: number): DropPoint[] {
  const random = seededRandom(20261128);
  return Array.from({ length: count }, (): DropPoint => {
    const roll = random();
    if (roll < 0.2) return { kind: 'headers' };
    if (roll < 0.4) return { kind: 'meta' };
    return { kind: 'answer', events: 1 + Math.floor(random() * 8) };
  });
}

function reached(point: DropPoint, text: string): boolean {
  switch (point.kind) {
    case 'headers':
      return true;
    case 'meta':
      return text.includes('event: meta');
    case 'answer':
      return (text.match(/event: (answer|thought)\n/g) ?? []).length >= point.events;
  }
}

describe(`${ChatController.name} under client disconnects`, () => {
  let sut: RunningApi;
  let clinician: SignedInSession;
  let audited: ReturnType<typeof captureAuditEvents>;

  beforeAll(async () => {
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        INFERENCE_THREADS: '1',
        INFERENCE_PARALLEL: String(PARALLEL),
        INFERENCE_QUEUE_MAX: '64',
        INFERENCE_CONTEXT_SIZE: '2048',
        // Long answers: a dropped stream is cut mid-generation, never after the model finished by itself.
        INFERENCE_MAX_ANSWER_TOKENS: '600',
        INFERENCE_THOUGHT_BUDGET_TOKENS: '32',
        CHAT_MAX_CONVERSATIONS_PER_USER: '100',
      },
    });
    clinician = await loginAs(sut, 'clinician');
    audited = captureAuditEvents(sut);
  });

  afterAll(async () => {
    expect(egressRefusalsSince(0)).toEqual([]);
    await sut?.stop();
  });

  it(`stops every generation, frees every sequence and audits each of ${STREAMS} dropped streams as cancelled`, async () => {
    const points = dropPoints(STREAMS);
    const conversationIds: string[] = [];
    for (let start = 0; start < STREAMS; start += WAVE) {
      // Waves larger than the sequence pool, so drops hit queued requests as well as running ones.
      await Promise.all(
        points.slice(start, start + WAVE).map(async (point) => {
          const conversationId = await openConversation(sut.baseUrl, clinician.accessToken);
          conversationIds.push(conversationId);
          const abort = new AbortController();
          const response = await askQuestion({
            baseUrl: sut.baseUrl,
            token: clinician.accessToken,
            conversationId,
            content: '78岁女性,eGFR 28,房颤,利伐沙班15mg qd,请完整分析',
            signal: abort.signal,
          });
          expect(response.status).toBe(200);
          const read = await readUntilThenDrop(response, abort, (text) => reached(point, text));
          expect(read).not.toContain('event: done');
        }),
      );
    }

    await expect.poll(() => audited.filter((event) => event.action === 'chat.message').length, { timeout: 30_000 }).toBe(STREAMS);
    const outcomes = new Map(audited.map((event) => [(event.summary as { conversationId: string }).conversationId, event.outcome]));
    const errors = audited.filter((event) => event.outcome === 'error').map((event) => (event.summary as { errorCode?: string }).errorCode);
    expect(errors).toEqual([]);
    expect(conversationIds.map((id) => outcomes.get(id))).toEqual(conversationIds.map(() => 'cancelled'));

    // Every sequence is free again: as many questions as sequences start at once, none waits in the queue.
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, async () =>
        askAndRead({
          baseUrl: sut.baseUrl,
          token: clinician.accessToken,
          conversationId: await openConversation(sut.baseUrl, clinician.accessToken),
          content: 'CKD staging?',
        }),
      ),
    );
    for (const answer of answers) {
      const done = answer.events.at(-1);
      expect(done?.event).toBe('done');
      // Numbers the queue assigns, not clocks: at most its own siblings were served ahead of it, nothing held over.
      const ticket = (done?.data as { timings: { queue: { grant: number; grantsAtArrival: number } } }).timings.queue;
      expect(ticket.grant - ticket.grantsAtArrival - 1).toBeLessThan(PARALLEL);
    }
  }, 240_000);
});
