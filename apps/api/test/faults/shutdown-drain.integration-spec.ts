import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openTestDatabase } from '@medlocal/database/testing';
import type { DatabaseTarget } from '@medlocal/database';
import { runUntilSignalled } from '../../src/bootstrap/run-until-signalled';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import type { RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, api, createAuditorBeforeStart, finishAuditor, loginAs, signIn, type SignedInSession } from '../support/sign-in';
import { parseSse } from '../support/sse';
import { askQuestion, egressRefusalLines, openConversation } from './support/fault-kit';

const GRACE_MS = 8_000;
const PARALLEL = 4;
const CHAT_QUESTIONS = 24;
const V1_QUESTIONS = 8;
const SERVICE_KEY = 'shutdown-drain-service-key-0123456789';

/** How one question ended, as its client saw it. */
interface Ending {
  readonly entry: 'chat' | 'v1';
  readonly conversationId?: string;
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: string;
  /** Whatever went wrong on the client side (a reset connection, a stream cut short). */
  readonly failure?: string;
}

interface ExportedEvent {
  readonly action: string;
  readonly outcome: string;
  readonly summary: { conversationId?: string; errorCode?: string; finishReason?: string };
}

const serverUrl = process.env['TEST_DATABASE_URL'];
const kinds = serverUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

/**
 * SIGTERM with 32 questions in flight (4 generating, the rest queued): queued ones get 503 with
 * Retry-After (or, when their stream had opened while they waited, an error event that says so), running ones finish or are cancelled, every one has its audit event, the chain
 * verifies and the process exits 0.
 */
describe.each(kinds)(`${runUntilSignalled.name}: SIGTERM drains 32 questions in flight (%s)`, (kind) => {
  let dataDir: string;
  let database: DatabaseTarget | undefined;
  let env: Record<string, string>;
  let sut: SpawnedApi | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'medlocal-drain-'));
    if (kind === 'postgres') database = await openTestDatabase();
    env = {
      ...ACCOUNTS_TEST_ENV,
      MEDLOCAL_MODE: 'demo',
      DATA_DIR: dataDir,
      ...(database ? { DATABASE_URL: database.url } : {}),
      MEDLOCAL_API_KEYS: SERVICE_KEY,
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      INFERENCE_PARALLEL: String(PARALLEL),
      INFERENCE_QUEUE_MAX: '64',
      // One clinician and one key ask everything: the per-caller shares must not refuse them first.
      INFERENCE_MAX_CONCURRENT_PER_CALLER: String(PARALLEL),
      INFERENCE_QUEUE_MAX_PER_CALLER: '64',
      INFERENCE_CONTEXT_SIZE: '4096',
      // Long answers: some are still generating when the grace period runs out.
      INFERENCE_MAX_ANSWER_TOKENS: '3000',
      INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
      CHAT_MAX_CONVERSATIONS_PER_USER: '100',
      // On PostgreSQL the waiting chat questions have their streams open before SIGTERM comes, so their refusal is an
      // `error` event in the stream; on the embedded database they wait the default 5 s and are refused with a 503.
      ...(kind === 'postgres' ? { CHAT_STREAM_OPEN_AFTER_MS: '100' } : {}),
    };
  });

  afterAll(async () => {
    if (sut?.child.exitCode === null) await sut.stop('SIGKILL');
    await database?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers queued questions 503, lets running ones finish or cancels them, audits every one and exits 0', async () => {
    const running = await spawnApi(env);
    sut = running;
    const clinician = await loginAs({ baseUrl: running.baseUrl } as RunningApi, 'clinician');
    const conversations = await Promise.all(Array.from({ length: CHAT_QUESTIONS }, () => openConversation(running.baseUrl, clinician.accessToken)));

    const texts = new Map<number, string>();
    const chat = conversations.map((conversationId, index) => askChat(running.baseUrl, clinician, conversationId, index, texts));
    const v1 = Array.from({ length: V1_QUESTIONS }, (_, index) => askV1(running.baseUrl, index, texts));
    // Every sequence generating, and the rest waiting behind them.
    await expect
      .poll(() => [...texts.values()].filter((text) => /(answer|thought|content)/.test(text)).length, { timeout: 60_000, interval: 20 })
      .toBeGreaterThanOrEqual(PARALLEL);

    const exitCode = await running.stop('SIGTERM');
    const endings = await Promise.all([...chat, ...v1]);

    expect(running.output()).toContain('SIGTERM received: stopping');
    expect(running.output()).not.toContain('exiting');
    expect(egressRefusalLines(running.output())).toEqual([]);
    expect(exitCode).toBe(0);

    // Every client got a clean ending: a stream that ended with `done` (or `error`), a finished
    // /v1 answer, or a 503 with Retry-After. No reset connection, no stream cut mid-answer.
    for (const ending of endings) {
      expect({ question: ending.conversationId ?? ending.entry, failure: ending.failure }).toEqual({
        question: ending.conversationId ?? ending.entry,
        failure: undefined,
      });
      if (ending.status !== 200)
        expect({ status: ending.status, retryAfter: ending.retryAfter }).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    }
    const refused = endings.filter((ending) => ending.status === 503);
    const chatEnds = endings.filter((ending) => ending.entry === 'chat' && ending.status === 200).map((ending) => parseSse(ending.body).at(-1)?.event);
    expect(chatEnds.every((event) => event === 'done' || event === 'error')).toBe(true);
    // The drain had work on both sides: questions still waiting (refused) and answers that streamed.
    expect(refused.length).toBeGreaterThan(0);
    expect(endings.filter((ending) => ending.status === 200).length).toBeGreaterThanOrEqual(PARALLEL);

    // The trail, read through a new process on the same database: one event per question, the chain verifies.
    // The auditor is the operator's: created with the admin CLI while the API is stopped.
    const createdAuditor = await createAuditorBeforeStart(env);
    const again = await spawnApi(env);
    sut = again;
    const auditorAccount = await finishAuditor({ baseUrl: again.baseUrl } as RunningApi, createdAuditor);
    const auditor = await signIn({ baseUrl: again.baseUrl } as RunningApi, auditorAccount.username, auditorAccount.password);
    const verify = (await (await api({ baseUrl: again.baseUrl } as RunningApi, 'GET', '/api/audit/verify', { token: auditor.accessToken })).json()) as {
      firstBrokenId: number | null;
      checked: number;
      lastId: number;
      anchors: { mismatchCount: number };
    };
    // The chain itself: no broken link, every event checked, no anchor contradicting it.
    expect(
      { firstBrokenId: verify.firstBrokenId, allChecked: verify.checked === verify.lastId, anchorMismatches: verify.anchors.mismatchCount },
      JSON.stringify(verify),
    ).toEqual({
      firstBrokenId: null,
      allChecked: true,
      anchorMismatches: 0,
    });
    const exported = await api({ baseUrl: again.baseUrl } as RunningApi, 'GET', '/api/audit/export?format=jsonl', { token: auditor.accessToken });
    expect(exported.status).toBe(200);
    const events = (await exported.text())
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as ExportedEvent);

    for (const ending of endings.filter((candidate) => candidate.entry === 'chat')) {
      const outcomes = events
        .filter((event) => event.action === 'chat.message' && event.summary.conversationId === ending.conversationId)
        .map((event) => event.outcome);
      const final = ending.status === 200 ? parseSse(ending.body).at(-1) : undefined;
      const last = final ? final.event : 'refused';
      // A question still waiting for the model when SIGTERM came is refused (audited as an error) whether its stream had
      // opened already (CHAT_STREAM_OPEN_AFTER_MS passed while it queued: an `error` event) or not (503); an answer under
      // way is cancelled.
      const cancelledMidAnswer = last === 'error' && /was cancelled/.test(String(final?.data['message'] ?? ''));
      const expected = last === 'done' ? 'success' : cancelledMidAnswer ? 'cancelled' : 'error';
      expect({ conversationId: ending.conversationId, last, outcomes }).toEqual({ conversationId: ending.conversationId, last, outcomes: [expected] });
    }
    const v1Events = events.filter((event) => event.action === 'v1.completion');
    expect(v1Events.length).toBe(V1_QUESTIONS);
    const v1Refused = v1Events.filter((event) => event.outcome === 'error' || event.outcome === 'failure');
    expect(v1Refused.length).toBe(endings.filter((ending) => ending.entry === 'v1' && ending.status === 503).length);

    expect(await again.stop('SIGTERM')).toBe(0);
  }, 600_000);
});

async function askChat(baseUrl: string, clinician: SignedInSession, conversationId: string, index: number, texts: Map<number, string>): Promise<Ending> {
  let body = '';
  let status = 0;
  let retryAfter: string | null = null;
  try {
    const response = await askQuestion({
      baseUrl,
      token: clinician.accessToken,
      conversationId,
      content: `第${index}位:78岁女性,eGFR 28,房颤,利伐沙班15mg qd,请完整分析`,
    });
    status = response.status;
    retryAfter = response.headers.get('retry-after');
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      body += decoder.decode(chunk, { stream: true });
      texts.set(index, body);
    }
    const last = status === 200 ? parseSse(body).at(-1)?.event : undefined;
    const failure = status === 200 && last !== 'done' && last !== 'error' ? `stream cut after ${last ?? 'nothing'}` : undefined;
    return { entry: 'chat', conversationId, status, retryAfter, body, failure };
  } catch (error) {
    return { entry: 'chat', conversationId, status, retryAfter, body, failure: `connection failed after ${body.length} bytes: ${String(error)}` };
  }
}

async function askV1(baseUrl: string, index: number, texts: Map<number, string>): Promise<Ending> {
  const key = 1_000 + index;
  let body = '';
  let status = 0;
  let retryAfter: string | null = null;
  try {
    const response = await fetch(`${baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SERVICE_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        stream: true,
        max_tokens: 3000,
        messages: [{ role: 'user', content: `Case ${index}: CKD G4, atrial fibrillation, anticoagulation?` }],
      }),
    });
    status = response.status;
    retryAfter = response.headers.get('retry-after');
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      body += decoder.decode(chunk, { stream: true });
      texts.set(key, body);
    }
    const failure = status === 200 && !body.trimEnd().endsWith('data: [DONE]') ? 'stream cut before [DONE]' : undefined;
    return { entry: 'v1', status, retryAfter, body, failure };
  } catch (error) {
    return { entry: 'v1', status, retryAfter, body, failure: `connection failed after ${body.length} bytes: ${String(error)}` };
  }
}
