import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyChain } from '@medlocal/audit';
import { createDataSource, startEmbeddedPostgres } from '@medlocal/database';
import { runUntilSignalled } from '../../src/bootstrap/run-until-signalled';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import type { RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, loginAs, type SignedInSession } from '../support/sign-in';
import { parseSse } from '../support/sse';
import { askQuestion, egressRefusalLines, openConversation } from './support/fault-kit';

const GRACE_MS = 10_000;
const STREAMS = 6;

describe(`${runUntilSignalled.name}: SIGTERM while answers stream`, () => {
  let dataDir: string;
  let sut: SpawnedApi;
  let clinician: SignedInSession;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'medlocal-restart-'));
    sut = await spawnApi({
      ...ACCOUNTS_TEST_ENV,
      MEDLOCAL_MODE: 'demo',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      INFERENCE_PARALLEL: '4',
      INFERENCE_CONTEXT_SIZE: '2048',
      INFERENCE_MAX_ANSWER_TOKENS: '700',
      INFERENCE_THOUGHT_BUDGET_TOKENS: '32',
    });
    clinician = await loginAs({ baseUrl: sut.baseUrl } as RunningApi, 'clinician');
  });

  afterAll(async () => {
    if (sut?.child.exitCode === null) await sut.stop('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finishes or cancels in-flight answers, audits every one, and exits 0 within the grace period', async () => {
    const conversations = await Promise.all(Array.from({ length: STREAMS }, () => openConversation(sut.baseUrl, clinician.accessToken)));
    const texts = conversations.map(() => '');
    const streams = conversations.map(async (conversationId, index) => {
      try {
        const response = await askQuestion({
          baseUrl: sut.baseUrl,
          token: clinician.accessToken,
          conversationId,
          content: `第${index}位:65岁男性,胸痛,肌钙蛋白I 8.2ng/mL,如何处理?`,
        });
        const decoder = new TextDecoder();
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) texts[index] += decoder.decode(chunk, { stream: true });
      } catch {
        // The server closing the socket mid-stream is one of the allowed endings.
      }
    });
    await expect.poll(() => texts.filter((text) => text.includes('event: answer')).length, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(2);

    const signalledAt = performance.now();
    const exitCode = await sut.stop('SIGTERM');
    const stoppedMs = performance.now() - signalledAt;
    await Promise.all(streams);

    expect({ exitCode, withinGrace: stoppedMs < GRACE_MS }).toEqual({ exitCode: 0, withinGrace: true });
    expect(sut.output()).toContain('SIGTERM received: stopping');
    expect(egressRefusalLines(sut.output())).toEqual([]);
    // A stream that got its `done` was committed first; the rest were cut, never reported complete.
    const completed = conversations.filter((_, index) => parseSse(texts[index] as string).at(-1)?.event === 'done');

    // The trail on disk, read after the process is gone: every question that reached the model has
    // exactly one event, completed ones as success, the cut ones as cancelled, and the chain verifies.
    const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pglite') });
    const dataSource = createDataSource({ url: database.url, kind: 'pglite', entities: [], migrations: [] });
    await dataSource.initialize();
    try {
      const rows = (await dataSource.query(
        `SELECT summary->>'conversationId' AS "conversationId", outcome FROM audit_event WHERE action = 'chat.message'`,
      )) as { conversationId: string; outcome: string }[];
      const started = conversations.filter((_, index) => (texts[index] as string).includes('event: meta'));
      expect(started.length).toBeGreaterThanOrEqual(2);
      for (const conversationId of started) {
        const outcomes = rows.filter((row) => row.conversationId === conversationId).map((row) => row.outcome);
        expect({ conversationId, outcomes }).toEqual({ conversationId, outcomes: [completed.includes(conversationId) ? 'success' : 'cancelled'] });
      }
      expect(await verifyChain(dataSource)).toMatchObject({ ok: true, firstBrokenId: null });
    } finally {
      await dataSource.destroy();
      await database.stop();
    }
  }, 180_000);
});
