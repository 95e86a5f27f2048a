import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AuditTrail } from '@medlocal/audit';
import { AUDIT_TRAIL } from '../../src/audit/audit.tokens';
import { DATA_SOURCE } from '../../src/database/database.tokens';
import { ACCOUNTS_TEST_ENV, loginAs, type SignedInSession } from '../support/sign-in';
import { startApi, type RunningApi } from '../support/start-api';
import { askAndRead, openConversation, type QuestionOutcome } from './support/fault-kit';

/**
 * Another session holds `LOCK TABLE audit_event IN ACCESS EXCLUSIVE MODE` while clinicians keep
 * asking. Every question is first recorded as received (committed before generation), so a
 * question whose received event cannot be committed is refused before any answer text; a question
 * already answering when the lock came has its completion journalled and replayed once the lock ends.
 */
const CHAT_ENV = {
  ...ACCOUNTS_TEST_ENV,
  INFERENCE_THREADS: '1',
  INFERENCE_PARALLEL: '2',
  INFERENCE_CONTEXT_SIZE: '2048',
  INFERENCE_MAX_ANSWER_TOKENS: '160',
  INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
  DATABASE_LOCK_TIMEOUT_MS: '1000',
  DATABASE_STATEMENT_TIMEOUT_MS: '3000',
  AUDIT_COMMIT_RETRY_MS: '1000',
};
const WORKERS = 3;
const LOCK_MS = 8_000;

interface Asked extends QuestionOutcome {
  readonly conversationId: string;
  readonly askedWhileLocked: boolean;
}

function answerText(outcome: QuestionOutcome): string {
  return outcome.events
    .filter((event) => event.event === 'answer' || event.event === 'thought')
    .map((event) => String(event.data['delta'] ?? ''))
    .join('');
}

const serverUrl = process.env['TEST_DATABASE_URL'];

describe.skipIf(!serverUrl)('a locked audit table (PostgreSQL)', () => {
  let sut: RunningApi;
  let clinician: SignedInSession;

  beforeAll(async () => {
    sut = await startApi({ database: 'test-server', env: CHAT_ENV });
    clinician = await loginAs(sut, 'clinician');
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('leaves no answered question without its received and completion events, and refuses with 503 what it cannot audit', async () => {
    const results: Asked[] = [];
    let locked = false;
    let stop = false;
    const workers = Array.from({ length: WORKERS }, async (_, worker) => {
      for (let turn = 1; !stop; turn += 1) {
        const conversationId = await openConversation(sut.baseUrl, clinician.accessToken);
        const askedWhileLocked = locked;
        const outcome = await askAndRead({
          baseUrl: sut.baseUrl,
          token: clinician.accessToken,
          conversationId,
          content: `Worker ${worker} turn ${turn}: 肌酐132μmol/L,房颤,利伐沙班如何调整?`,
        });
        results.push({ ...outcome, conversationId, askedWhileLocked });
        // One conversation per question (at most 10 stay open per clinician).
        await fetch(`${sut.baseUrl}/api/chat/conversations/${conversationId}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${clinician.accessToken}` },
        });
        if (outcome.status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
      }
    });

    const locker = new Client({ connectionString: sut.config.database.url });
    await locker.connect();
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE audit_event IN ACCESS EXCLUSIVE MODE');
      locked = true;
      await new Promise((resolve) => setTimeout(resolve, LOCK_MS));
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      locked = false;
      await locker.end();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      stop = true;
      await Promise.all(workers);
    }

    const summary = results
      .map((result) => `${result.status} ${result.events.at(-1)?.event ?? result.error?.message ?? ''} locked=${result.askedWhileLocked}`)
      .join('\n');
    // The lock was felt: questions asked while it was held were refused with 503 "audit unavailable", with no answer text.
    const refused = results.filter((result) => result.status !== 200);
    expect(refused.length, summary).toBeGreaterThan(0);
    for (const result of refused) {
      expect({ status: result.status, message: result.error?.message }, summary).toEqual({ status: 503, message: expect.stringMatching(/^audit unavailable/) });
    }
    // Every streamed question ended done: its received event was committed before the first token,
    // and its completion was committed or journalled, never withdrawn.
    const streamed = results.filter((result) => result.status === 200 && answerText(result).length > 0);
    expect(streamed.length, summary).toBeGreaterThan(0);
    for (const result of streamed) expect(result.events.at(-1)?.event, summary).toBe('done');

    const trail = sut.app.get<AuditTrail>(AUDIT_TRAIL, { strict: false });
    await expect.poll(() => trail.spooledCount(), { timeout: 30_000, interval: 250 }).toBe(0);
    const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
    const rows = (await dataSource.query(
      `SELECT summary->>'conversationId' AS conversation, action, count(*)::int AS events, bool_or(summary ? 'spoolEntry') AS journalled
         FROM audit_event WHERE action IN ('question.received', 'chat.message') GROUP BY 1, 2`,
    )) as { conversation: string; action: string; events: number; journalled: boolean }[];
    const count = (conversationId: string, action: string) => rows.find((row) => row.conversation === conversationId && row.action === action)?.events ?? 0;
    for (const result of streamed) {
      expect(
        { received: count(result.conversationId, 'question.received'), completed: count(result.conversationId, 'chat.message') },
        result.conversationId,
      ).toEqual({ received: 1, completed: 1 });
    }
    // A refused question left no received event (nothing was generated for it).
    for (const result of refused) expect(count(result.conversationId, 'question.received')).toBe(0);
  }, 180_000);
});
