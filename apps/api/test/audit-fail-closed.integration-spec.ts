import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AuditTrail } from '@medlocal/audit';
import { AUDIT_TRAIL } from '../src/audit/audit.tokens';
import { DATA_SOURCE } from '../src/database/database.tokens';
import { ACCOUNTS_TEST_ENV, api, loginAs, type SignedInSession } from './support/sign-in';
import { parseSse } from './support/sse';
import { startApi, type RunningApi } from './support/start-api';
import { embeddedDatabaseOutage } from './support/embedded-outage';

interface QuestionResult {
  readonly conversationId: string;
  readonly status: number;
  /** Last SSE event for a 200, the error message otherwise. */
  readonly end: string;
  readonly code?: string;
  readonly message?: string;
}

const WORKERS = 4;
const OUTAGE_MS = 4_000;

const CHAT_ENV = {
  ...ACCOUNTS_TEST_ENV,
  INFERENCE_THREADS: '1',
  INFERENCE_PARALLEL: '2',
  INFERENCE_CONTEXT_SIZE: '2048',
  INFERENCE_MAX_ANSWER_TOKENS: '160',
  INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
  // Shorter than the outage: events of answers in flight are journalled and replayed, not lost.
  AUDIT_COMMIT_RETRY_MS: '1000',
};

/** How the database is taken away under load and given back. */
interface Outage {
  readonly sut: RunningApi;
  begin(): Promise<void>;
  /** Called every 100 ms while the outage lasts; returns how many sessions it cut. */
  during(): Promise<number>;
  end(): Promise<void>;
  close(): Promise<void>;
}

/**
 * PostgreSQL: new connections refused (ALLOW_CONNECTIONS false, set from the server's test database,
 * since a database cannot close itself) and every session of the API terminated, repeatedly, from
 * a second connection inside the API's database.
 */
async function postgresOutage(serverUrl: string): Promise<Outage> {
  const sut = await startApi({ database: 'test-server', env: CHAT_ENV });
  const inside = new Client({ connectionString: sut.config.database.url });
  await inside.connect();
  const server = new Client({ connectionString: serverUrl });
  await server.connect();
  const databaseName = (await inside.query<{ name: string }>('SELECT current_database() AS name')).rows[0].name;
  const allowConnections = (allow: boolean) => server.query(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS ${allow}`);
  return {
    sut,
    begin: () => allowConnections(false).then(() => undefined),
    async during() {
      const killed = await inside.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      return killed.rowCount ?? 0;
    },
    end: () => allowConnections(true).then(() => undefined),
    async close() {
      await allowConnections(true).catch(() => undefined);
      await inside.end();
      await server.end();
      await sut.stop();
    },
  };
}

/**
 * The embedded PGlite: the app's own server is stopped (every connection dropped, new ones refused)
 * and a new one started on the same port and data folder, which is what a restart looks like to the pool.
 */
async function embeddedOutage(): Promise<Outage> {
  const sut = await startApi({ env: CHAT_ENV });
  const outage = embeddedDatabaseOutage(sut);
  return { sut, begin: () => outage.stop(), during: async () => 0, end: () => outage.restart(), close: () => sut.stop() };
}

const serverUrl = process.env['TEST_DATABASE_URL'];
const kinds = serverUrl ? (['embedded', 'postgres'] as const) : (['embedded'] as const);

describe.each(kinds)('audit fails closed while the database is unreachable under load (%s)', (kind) => {
  let outage: Outage;
  let sut: RunningApi;
  let clinician: SignedInSession;

  beforeAll(async () => {
    outage = kind === 'postgres' && serverUrl ? await postgresOutage(serverUrl) : await embeddedOutage();
    sut = outage.sut;
    clinician = await loginAs(sut, 'clinician');
  });

  afterAll(async () => {
    await outage?.close();
  });

  async function ask(conversationId: string, content: string): Promise<QuestionResult> {
    try {
      const response = await fetch(`${sut.baseUrl}/api/chat/conversations/${conversationId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${clinician.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ content, strict: false }),
      });
      const text = await response.text();
      if (response.status !== 200) {
        const body = JSON.parse(text) as { message: string; code?: string };
        return { conversationId, status: response.status, end: 'refused', code: body.code, message: body.message };
      }
      const last = parseSse(text).at(-1);
      return {
        conversationId,
        status: 200,
        end: last?.event ?? 'none',
        code: last?.data['code'] as string | undefined,
        message: last?.data['message'] as string | undefined,
      };
    } catch (error) {
      return { conversationId, status: 0, end: `network: ${String(error)}` };
    }
  }

  it('refuses new questions it cannot audit, journals the events of answers in flight, exactly one event per answer, and resumes by itself', async () => {
    const conversations: string[] = [];
    for (let index = 0; index < WORKERS; index += 1) {
      const response = await api(sut, 'POST', '/api/chat/conversations', { token: clinician.accessToken });
      conversations.push(((await response.json()) as { id: string }).id);
    }
    const results: QuestionResult[] = [];
    let stop = false;
    const workers = conversations.map(async (conversationId, index) => {
      for (let turn = 1; !stop; turn += 1) {
        results.push(await ask(conversationId, `Worker ${index} turn ${turn}: 70-year-old with AF and eGFR 35, anticoagulant dose?`));
        if (results.at(-1)?.status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });

    let terminated = 0;
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const outageStartedAt = Date.now();
      await outage.begin();
      try {
        while (Date.now() - outageStartedAt < OUTAGE_MS) {
          terminated += await outage.during();
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        await outage.end();
      }
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    } finally {
      stop = true;
      await Promise.all(workers);
    }

    if (kind === 'postgres') expect(terminated).toBeGreaterThan(0);
    const summary = results.map((result) => `${result.status} ${result.end} ${result.code ?? ''}`);
    // Every question either streamed to an end or was refused with 503: "audit unavailable" from the
    // audit gate, or "database unavailable" where the session check ahead of the chat route could not
    // read the database (before any question is taken).
    for (const result of results) {
      if (result.status === 200) {
        expect(['done', 'error']).toContain(result.end);
      } else {
        expect({ status: result.status, code: result.code }).toEqual({
          status: 503,
          code: expect.stringMatching(/^(AUDIT_UNAVAILABLE|DATABASE_UNAVAILABLE)$/),
        });
        if (result.code === 'AUDIT_UNAVAILABLE') expect(result.message).toMatch(/^audit unavailable/);
      }
    }
    // The outage was felt: new questions were refused with 503 (by the audit gate, or earlier by the
    // session check); answers already under way had their events journalled instead of being withdrawn.
    expect(results.filter((result) => result.status === 503).length, summary.join('\n')).toBeGreaterThan(0);

    // Service comes back on its own: a new question completes with its event.
    let recovered: QuestionResult | undefined;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const created = await api(sut, 'POST', '/api/chat/conversations', { token: clinician.accessToken });
      if (created.status === 201) {
        const conversationId = ((await created.json()) as { id: string }).id;
        conversations.push(conversationId);
        recovered = await ask(conversationId, 'After the outage: CKD G3b, metformin dose?');
        results.push(recovered);
        if (recovered.end === 'done') break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(recovered?.end).toBe('done');

    // No answer reached `done` without its committed event.
    const committed = new Map<string, number>();
    const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
    // Exactly one success event per answered question once the journal is replayed: none lost, none doubled.
    const trail = sut.app.get<AuditTrail>(AUDIT_TRAIL, { strict: false });
    await expect.poll(() => trail.spooledCount(), { timeout: 30_000, interval: 250 }).toBe(0);
    const rows = (await dataSource.query(
      `SELECT summary->>'conversationId' AS conversation, count(*)::int AS events FROM audit_event WHERE action = 'chat.message' AND outcome = 'success' GROUP BY 1`,
    )) as { conversation: string; events: number }[];
    for (const row of rows) committed.set(row.conversation, Number(row.events));
    for (const conversationId of conversations) {
      const done = results.filter((result) => result.conversationId === conversationId && result.end === 'done').length;
      expect(committed.get(conversationId) ?? 0, `conversation ${conversationId}`).toBe(done);
    }
    expect(results.filter((result) => result.end === 'done').length).toBeGreaterThan(1);

    const auditor = await loginAs(sut, 'auditor');
    const verify = (await (await api(sut, 'GET', '/api/audit/verify', { token: auditor.accessToken })).json()) as { ok: boolean; firstBrokenId: number | null };
    expect(verify).toMatchObject({ ok: true, firstBrokenId: null, anchors: { ok: true, lagging: 0 } });
    const tally = new Map<string, number>();
    for (const line of summary) tally.set(line, (tally.get(line) ?? 0) + 1);
    console.info(`fail-closed (${kind}): ${results.length} questions, ${terminated} sessions terminated: ${JSON.stringify(Object.fromEntries(tally))}`);
  }, 180_000);
});
