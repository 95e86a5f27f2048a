import type { DatabaseTarget } from '@medlocal/database';
import { Client } from 'pg';
import { DATABASE_TARGET } from '../../src/database/database.tokens';
import { startApi, type RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV } from '../support/sign-in';

/**
 * Issue 14 item 4: PGlite blocked mid-statement froze the whole process, health included. `pg_sleep`
 * blocks PGlite's thread synchronously, as a write-ahead-log write on a frozen disk does.
 */
describe('health while the embedded database is blocked', () => {
  let sut: RunningApi | undefined;
  let client: Client | undefined;

  afterEach(async () => {
    await client?.end().catch(() => undefined);
    await sut?.stop();
    sut = undefined;
  });

  it('answers at once, names the embedded database not responding within its 10 s bound, and is healthy again when PGlite answers', async () => {
    sut = await startApi({ database: 'embedded', env: ACCOUNTS_TEST_ENV });
    const target = sut.app.get<DatabaseTarget>(DATABASE_TARGET);
    client = new Client({ connectionString: target.url });
    client.on('error', () => undefined);
    await client.connect();
    const started = performance.now();
    const blocked = client.query('SELECT pg_sleep(16)');

    let reportedAfterMs: number | null = null;
    let slowestHealthMs = 0;
    let body: { error?: { database?: Record<string, unknown> } } = {};
    while (reportedAfterMs === null && performance.now() - started < 15_000) {
      const asked = performance.now();
      const response = await fetch(`${sut.baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) });
      slowestHealthMs = Math.max(slowestHealthMs, performance.now() - asked);
      body = (await response.json()) as typeof body;
      if (response.status === 503 && body.error?.database?.['code'] === 'EMBEDDED_NOT_RESPONDING') reportedAfterMs = performance.now() - started;
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(reportedAfterMs).not.toBeNull();
    expect(reportedAfterMs).toBeGreaterThanOrEqual(9_000);
    expect(String(body.error?.database?.['message'])).toMatch(/embedded database stopped answering/);
    // The database ping's own bound is 3 s (room left for a loaded machine); before the database thread, health hung for the whole block.
    expect(slowestHealthMs).toBeLessThan(8_000);

    await blocked;
    // Recovery by itself, with no restart: bounded generously. 19 s in all on a quiet machine, 33 s beside 12 busy
    // processes; once, with two whole test suites running beside it, not within 60 s (cause not yet found).
    await expect.poll(async () => (await fetch(`${sut?.baseUrl}/api/health`)).status, { timeout: 150_000, interval: 250 }).toBe(200);
  }, 330_000);
  it('takes its bound from EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS: a 6 s block is reported with a 2 s bound (never with the 10 s default)', async () => {
    sut = await startApi({ database: 'embedded', env: { ...ACCOUNTS_TEST_ENV, EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS: '2000' } });
    const target = sut.app.get<DatabaseTarget>(DATABASE_TARGET);
    client = new Client({ connectionString: target.url });
    client.on('error', () => undefined);
    await client.connect();
    let blockEnded = false;
    const blocked = client.query('SELECT pg_sleep(6)').finally(() => (blockEnded = true));

    let reported = false;
    while (!reported && !blockEnded) {
      const response = await fetch(`${sut.baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) });
      const body = (await response.json()) as { error?: { database?: Record<string, unknown> } };
      reported = response.status === 503 && body.error?.database?.['code'] === 'EMBEDDED_NOT_RESPONDING';
      if (!reported) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(reported).toBe(true);
    await blocked;
  }, 120_000);
});
