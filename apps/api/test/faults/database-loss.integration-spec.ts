import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { verifyChain, type AuditTrail } from '@medlocal/audit';
import { openTestDatabase } from '@medlocal/database/testing';
import { AuditGate } from '../../src/audit/audit-gate';
import { AUDIT_TRAIL } from '../../src/audit/audit.tokens';
import { AuditVerificationService } from '../../src/audit/audit-verification.service';
import { DATA_SOURCE } from '../../src/database/database.tokens';
import { startApi, type RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, loginAs, type SignedInSession } from '../support/sign-in';
import { askAndRead, askQuestion, egressRefusalsSince, openConversation, startTcpProxy, type QuestionOutcome, type TcpProxy } from './support/fault-kit';
import { parseSse } from '../support/sse';
import { embeddedDatabaseOutage } from '../support/embedded-outage';

const STREAMS = 20;
const CHAT_ENV = {
  ...ACCOUNTS_TEST_ENV,
  INFERENCE_THREADS: '1',
  INFERENCE_PARALLEL: '4',
  INFERENCE_CONTEXT_SIZE: '2048',
  INFERENCE_MAX_ANSWER_TOKENS: '300',
  INFERENCE_THOUGHT_BUDGET_TOKENS: '32',
  CHAT_MAX_CONVERSATIONS_PER_USER: '100',
  // One clinician asks all the questions: the per-caller queue share must hold them all.
  INFERENCE_QUEUE_MAX: '64',
  INFERENCE_QUEUE_MAX_PER_CALLER: '32',
  // Commits that lose the database are retried for 1 s, then journalled: the outage below outlasts that.
  AUDIT_COMMIT_RETRY_MS: '1000',
};

/** How a test takes the database away and gives it back. */
interface Outage {
  readonly sut: RunningApi;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL behind a relay: the API's backends are terminated and new connections refused until restored. */
async function postgresOutage(serverUrl: string): Promise<Outage> {
  const database = await openTestDatabase();
  const url = new URL(database.url);
  const proxy: TcpProxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  const viaProxy = new URL(database.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const sut = await startApi({ env: { ...CHAT_ENV, DATABASE_URL: viaProxy.toString() } });
  const databaseName = url.pathname.slice(1);
  return {
    sut,
    async cut() {
      await proxy.cut();
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [databaseName]);
      } finally {
        await admin.end();
      }
    },
    restore: () => proxy.restore(),
    async close() {
      await sut.stop();
      await proxy.close();
      await database.close();
    },
  };
}

/**
 * The embedded server is stopped through the app's own DATABASE_TARGET and a new one started on
 * the same port and data folder, which is what a restarted PGlite looks like to the pool.
 */
async function embeddedOutage(): Promise<Outage> {
  const sut = await startApi({ env: CHAT_ENV });
  const outage = embeddedDatabaseOutage(sut);
  return { sut, cut: () => outage.stop(), restore: () => outage.restart(), close: () => sut.stop() };
}

const serverUrl = process.env['TEST_DATABASE_URL'];
const kinds = serverUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

describe.each(kinds)(`${AuditGate.name} when the database goes away mid-load (%s)`, (kind) => {
  let outage: Outage;
  let clinician: SignedInSession;

  beforeAll(async () => {
    outage = kind === 'postgres' && serverUrl ? await postgresOutage(serverUrl) : await embeddedOutage();
    clinician = await loginAs(outage.sut, 'clinician');
  });

  afterAll(async () => {
    expect(egressRefusalsSince(0)).toEqual([]);
    await outage?.close();
  });

  it(`journals the events of answers in flight, refuses new questions while the trail is down, replays exactly once when it returns, and the chain verifies`, async () => {
    const { sut } = outage;
    const trail = sut.app.get<AuditTrail>(AUDIT_TRAIL, { strict: false });
    const conversations = await Promise.all(Array.from({ length: STREAMS }, () => openConversation(sut.baseUrl, clinician.accessToken)));
    const texts = conversations.map(() => '');
    const streams = conversations.map(async (conversationId, index) => {
      const response = await askQuestion({
        baseUrl: sut.baseUrl,
        token: clinician.accessToken,
        conversationId,
        content: `第${index}位:72岁女性,肌酐132μmol/L,房颤,利伐沙班15mg qd,如何调整?`,
      });
      expect(response.status).toBe(200);
      const decoder = new TextDecoder();
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) texts[index] += decoder.decode(chunk, { stream: true });
      return { conversationId, events: parseSse(texts[index] as string) };
    });
    // Cut once the model is streaming to two clinicians' tabs: those are mid-answer, the rest still wait
    // for a sequence. Counted on any model output, thought or answer: the random-weight demo model may
    // spend its whole budget in the thought, and a loaded machine may take a while to get there.
    const streaming = (text: string) => text.includes('event: thought') || text.includes('event: answer');
    await expect.poll(() => texts.filter(streaming).length, { timeout: 120_000, interval: 20 }).toBeGreaterThanOrEqual(2);
    await outage.cut();

    // Wait until the trail has noticed (an in-flight answer tried to commit its event)...
    await expect.poll(() => trail.isAvailable(), { timeout: 60_000, interval: 100 }).toBe(false);
    // ...then every new question is refused before it reaches the model: by the audit gate, or earlier by
    // the session check, which needs the same database (both a 503 with Retry-After, never a 500).
    const during: QuestionOutcome[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      during.push(
        await askAndRead({ baseUrl: sut.baseUrl, token: clinician.accessToken, conversationId: conversations[attempt] as string, content: '停机期间的问题' }),
      );
    }
    for (const outcome of during) {
      expect({ status: outcome.status, message: outcome.error?.message }).toEqual({
        status: 503,
        message: expect.stringMatching(/^(audit|database) unavailable/),
      });
      expect(Number(outcome.retryAfter)).toBeGreaterThan(0);
    }

    // The journal holds those events as the database would (an HMAC of the question, codes, counts): never the text.
    await expect.poll(() => trail.spooledCount(), { timeout: 60_000, interval: 100 }).toBeGreaterThan(0);
    const journal = await readFile(path.join(sut.dataDir, 'audit-spool.jsonl'), 'utf8');
    expect(journal).toContain('chat.message');
    for (const fragment of ['肌酐', '利伐沙班', '132μmol', '72岁']) expect(journal).not.toContain(fragment);

    await outage.restore();
    // Recovers by itself: the trail's own probe finds the database again, no restart of the API.
    await expect.poll(() => trail.isAvailable(), { timeout: 30_000, interval: 250 }).toBe(true);
    const recoveredConversation = await openConversation(sut.baseUrl, clinician.accessToken);
    const after = await askAndRead({
      baseUrl: sut.baseUrl,
      token: clinician.accessToken,
      conversationId: recoveredConversation,
      content: 'CKD staging after the outage?',
    });
    expect(after.events.at(-1)?.event).toBe('done');

    // Answers already under way when the database went away were journalled locally, not withdrawn:
    // every stream ends `done`, and the journal is replayed once the database is back.
    const settled = await Promise.all(streams);
    expect(settled.map((stream) => stream.events.at(-1)?.event)).toEqual(settled.map(() => 'done'));
    await expect.poll(() => trail.spooledCount(), { timeout: 30_000, interval: 250 }).toBe(0);

    // Exactly one success event per question, the journalled ones included (replayed once, in order).
    const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
    const rows = (await dataSource.query(
      `SELECT summary->>'conversationId' AS "conversationId", summary->>'spoolEntry' AS "spoolEntry" FROM audit_event WHERE action = 'chat.message' AND outcome = 'success'`,
    )) as { conversationId: string; spoolEntry: string | null }[];
    const audited = rows.map((row) => row.conversationId);
    for (const conversationId of [...settled.map((stream) => stream.conversationId), recoveredConversation]) {
      expect(audited.filter((id) => id === conversationId)).toEqual([conversationId]);
    }
    expect(rows.filter((row) => row.spoolEntry !== null).length).toBeGreaterThan(0);

    // The chain and the anchor file (every commit and replay anchored) both verify.
    const verification = await sut.app.get(AuditVerificationService, { strict: false }).verify();
    expect(verification).toMatchObject({ ok: true, firstBrokenId: null, anchors: { ok: true, lagging: 0, mismatchCount: 0 } });
    expect(await verifyChain(dataSource)).toMatchObject({ ok: true });
  }, 300_000);
});
