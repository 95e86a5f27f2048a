import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConversationStore } from '../../src/chat/conversations/conversation.store';
import { embeddedDatabaseOutage } from '../support/embedded-outage';
import { startApi, type RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, loginAs, type SignedInSession } from '../support/sign-in';
import { parseSse, type SseEvent } from '../support/sse';
import { askAndRead, askQuestion, egressRefusalsSince, openConversation, readUntilThenDrop } from './support/fault-kit';
import { fillDisk, mountTmpfs, unmountTmpfs } from './support/tmpfs';

interface Meta {
  readonly turn: number;
  readonly profile: { age: { value: number } | null; labs: { name?: string; code?: string; value?: number }[] };
}

interface Done {
  readonly usage: { promptTokens: number; reusedTokens: number };
}

const FIRST_TURN = '65岁男性,突发胸痛2小时,如何处理?';
/** The facts only the withdrawn turn carries: a creatinine value. */
const WITHDRAWN_TURN = '肌酐 265 μmol/L,肾功能如何评估?';
const NEXT_TURN = '下一步应做哪些检查?';

function metaOf(events: readonly SseEvent[]): Meta {
  const meta = events.find((event) => event.event === 'meta');
  if (!meta) throw new Error(`No meta event in ${events.map((event) => event.event).join(',')}`);
  return meta.data as unknown as Meta;
}

function doneOf(events: readonly SseEvent[]): Done {
  const done = events.at(-1);
  if (done?.event !== 'done') throw new Error(`Stream ended with ${done?.event ?? 'nothing'}: ${JSON.stringify(done?.data)}`);
  return done.data as unknown as Done;
}

function mentionsCreatinine(profile: Meta['profile']): boolean {
  return JSON.stringify(profile.labs).includes('265');
}

/**
 * A withdrawn answer (its audit event could not be committed, or the clinician dropped the stream)
 * never enters the conversation: the next turn does not count it, its facts are not in the profile,
 * and the conversation's sequence starts again from the committed history (nothing of it reused).
 */
describe(`${ConversationStore.name}: withdrawn answers stay out of the conversation`, () => {
  let sut: RunningApi;
  let clinician: SignedInSession;

  beforeAll(async () => {
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        INFERENCE_THREADS: '1',
        INFERENCE_PARALLEL: '2',
        INFERENCE_CONTEXT_SIZE: '4096',
        // Long answers: the database goes away while the withdrawn turn is still generating.
        INFERENCE_MAX_ANSWER_TOKENS: '1500',
        INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
      },
    });
    clinician = await loginAs(sut, 'clinician');
  });

  afterAll(async () => {
    expect(egressRefusalsSince(0)).toEqual([]);
    await sut?.stop();
  });

  const ask = (conversationId: string, content: string) => askAndRead({ baseUrl: sut.baseUrl, token: clinician.accessToken, conversationId, content });

  it('keeps an answer whose audit event was journalled while the database was away: it is committed, so it counts', async () => {
    const conversationId = await openConversation(sut.baseUrl, clinician.accessToken);
    const first = await ask(conversationId, FIRST_TURN);
    doneOf(first.events);
    expect(metaOf(first.events).turn).toBe(1);

    // The database stops while the answer streams: its audit event goes to the local journal (replayed when the
    // database returns), so the answer is complete and belongs to the conversation like any committed turn.
    const outage = embeddedDatabaseOutage(sut);
    const journalled = await askWhileTheDatabaseStops({ sut, token: clinician.accessToken, conversationId, outage });
    expect(mentionsCreatinine(metaOf(journalled).profile)).toBe(true);
    doneOf(journalled);
    await outage.restart();

    const next = await untilAnswered(() => ask(conversationId, NEXT_TURN));
    const meta = metaOf(next.events);
    expect({ turn: meta.turn, creatinine: mentionsCreatinine(meta.profile), age: meta.profile.age?.value }).toEqual({ turn: 3, creatinine: true, age: 65 });
  }, 180_000);

  it('leaves a dropped answer out of the history, the profile and the context', async () => {
    const conversationId = await openConversation(sut.baseUrl, clinician.accessToken);
    doneOf((await ask(conversationId, FIRST_TURN)).events);

    const abort = new AbortController();
    const response = await askQuestion({ baseUrl: sut.baseUrl, token: clinician.accessToken, conversationId, content: WITHDRAWN_TURN, signal: abort.signal });
    const read = await readUntilThenDrop(response, abort, (text) => (text.match(/event: (answer|thought)\n/g) ?? []).length >= 3);
    expect(read).not.toContain('event: done');

    const next = await untilAnswered(() => ask(conversationId, NEXT_TURN));
    const meta = metaOf(next.events);
    expect({ turn: meta.turn, creatinine: mentionsCreatinine(meta.profile) }).toEqual({ turn: 2, creatinine: false });
    expect(doneOf(next.events).usage.reusedTokens).toBe(0);
  }, 120_000);
});

/**
 * The last line of defence: the database goes away mid-answer and the local journal cannot take the
 * event either (its disk is full). The answer was streamed but is on file nowhere, so it is withdrawn:
 * the stream ends with an error and no `done`, and the conversation goes on as if it was never asked.
 * Runs as root: the journal lives on a small tmpfs of its own, filled to the last byte.
 */
describe('an answer neither committed nor journalled is withdrawn', () => {
  let sut: RunningApi;
  let clinician: SignedInSession;
  let journalDisk: string;

  beforeAll(async () => {
    journalDisk = await mkdtemp(path.join(tmpdir(), 'medlocal-journal-disk-'));
    mountTmpfs(journalDisk, 1);
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        INFERENCE_THREADS: '1',
        INFERENCE_PARALLEL: '2',
        INFERENCE_CONTEXT_SIZE: '4096',
        INFERENCE_MAX_ANSWER_TOKENS: '1500',
        INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
        AUDIT_SPOOL_FILE: path.join(journalDisk, 'audit-spool.jsonl'),
        AUDIT_COMMIT_RETRY_MS: '500',
      },
    });
    clinician = await loginAs(sut, 'clinician');
  });

  afterAll(async () => {
    await sut?.stop().catch(() => undefined);
    unmountTmpfs(journalDisk);
    await rm(journalDisk, { recursive: true, force: true });
  });

  const ask = (conversationId: string, content: string) => askAndRead({ baseUrl: sut.baseUrl, token: clinician.accessToken, conversationId, content });

  it('ends the stream with an error instead of done, and keeps the answer out of the history, the profile and the context', async () => {
    const conversationId = await openConversation(sut.baseUrl, clinician.accessToken);
    doneOf((await ask(conversationId, FIRST_TURN)).events);

    fillDisk(path.join(journalDisk, 'filler.bin'));
    const outage = embeddedDatabaseOutage(sut);
    const events = await askWhileTheDatabaseStops({ sut, token: clinician.accessToken, conversationId, outage });
    expect(events.map((event) => event.event)).not.toContain('done');
    expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'AUDIT_UNAVAILABLE' } });

    await rm(path.join(journalDisk, 'filler.bin'));
    await outage.restart();
    const next = await untilAnswered(() => ask(conversationId, NEXT_TURN));
    const meta = metaOf(next.events);
    expect({ turn: meta.turn, creatinine: mentionsCreatinine(meta.profile) }).toEqual({ turn: 2, creatinine: false });
    expect(doneOf(next.events).usage.reusedTokens).toBe(0);
  }, 180_000);
});

/** Asks the withdrawn turn and stops the database once its answer is under way (after `meta`); reads the stream to its end. */
async function askWhileTheDatabaseStops(params: {
  sut: RunningApi;
  token: string;
  conversationId: string;
  outage: ReturnType<typeof embeddedDatabaseOutage>;
}): Promise<SseEvent[]> {
  const response = await askQuestion({ baseUrl: params.sut.baseUrl, token: params.token, conversationId: params.conversationId, content: WITHDRAWN_TURN });
  expect(response.status).toBe(200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let stopped = false;
  for (;;) {
    if (!stopped && text.includes('event: meta')) {
      await params.outage.stop();
      stopped = true;
    }
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  if (!stopped) await params.outage.stop();
  return parseSse(text);
}

/** Asks until the question is taken (the database back, the previous turn's audit settled). */
async function untilAnswered(ask: () => ReturnType<typeof askAndRead>): ReturnType<typeof askAndRead> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const outcome = await ask();
    if (outcome.status === 200 || Date.now() > deadline) return outcome;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
