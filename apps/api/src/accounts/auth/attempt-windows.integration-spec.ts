import { Pool } from 'pg';
import { openTestDatabase } from '@medlocal/database/testing';
import type { DatabaseTarget } from '@medlocal/database';
import type { AppConfig } from '../../config';
import { PostgresAttemptWindows } from './attempt-windows';
import { LoginRateLimiter } from './login-rate-limiter';

const config = {
  auth: { loginRateLimit: { perIpPerMinute: 6, perUsernamePerMinute: 4 }, mfaRateLimit: { perUserPerMinute: 2, perIpPerMinute: 4 } },
} as unknown as AppConfig;
const clock = { now: () => new Date() };

// Only a PostgreSQL server is shared by instances; the embedded database keeps the in-memory windows.
describe.runIf(Boolean(process.env['TEST_DATABASE_URL']))(`${LoginRateLimiter.name} on PostgreSQL`, () => {
  let database: DatabaseTarget;
  const pools: Pool[] = [];
  let instances: LoginRateLimiter[];

  beforeAll(async () => {
    database = await openTestDatabase();
    // Two API instances: each its own pool, as two processes would have.
    for (let i = 0; i < 2; i++) pools.push(new Pool({ connectionString: database.url, max: 2 }));
    // Dropping the test database at the end terminates whatever connection a pool still closes: expected, not a failure.
    for (const pool of pools) pool.on('error', () => undefined);
    instances = await Promise.all(pools.map(async (pool) => new LoginRateLimiter(config, clock, await PostgresAttemptWindows.open(pool))));
  });

  afterAll(async () => {
    for (const pool of pools) await pool.end();
    await database?.close();
  });

  it('opens on a fresh database when several instances start at once', async () => {
    // Each instance creates the table if it is missing; PostgreSQL lets two concurrent CREATE TABLE IF NOT EXISTS race on
    // the table's row type ("type … already exists"), which stopped an instance from starting beside another.
    // The race is narrow: several fresh databases, many instances each.
    for (let round = 0; round < 4; round++) {
      const fresh = await openTestDatabase();
      const starting = Array.from({ length: 12 }, () => new Pool({ connectionString: fresh.url, max: 1 }));
      for (const pool of starting) pool.on('error', () => undefined);
      try {
        // Every pool holds its connection before any instance starts creating, so the creations overlap.
        await Promise.all(starting.map((pool) => pool.query('SELECT 1')));
        const opened = await Promise.allSettled(starting.map((pool) => PostgresAttemptWindows.open(pool)));
        expect(opened.map((result) => (result.status === 'rejected' ? String(result.reason) : 'open'))).toEqual(Array(12).fill('open'));
      } finally {
        for (const pool of starting) await pool.end();
        await fresh.close();
      }
    }
  });

  it('does not double the per-username limit when attempts alternate between two instances', async () => {
    const outcomes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      outcomes.push((await instances[attempt % 2].takeLogin({ clientAddress: `10.0.0.${attempt}`, username: 'Dr.Wang' }))?.kind);
    }
    expect(outcomes).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'rate_limited_username',
      'rate_limited_username',
      'rate_limited_username',
      'rate_limited_username',
    ]);
  });

  it('lets no more attempts through than the limit when they arrive at once on both instances', async () => {
    const byUsername = await Promise.all(
      Array.from({ length: 12 }, (_, attempt) => instances[attempt % 2].takeLogin({ clientAddress: `10.7.0.${attempt}`, username: 'dr.burst' })),
    );
    expect(byUsername.filter((refusal) => refusal === undefined)).toHaveLength(4);
    expect(byUsername.filter((refusal) => refusal?.firstInWindow)).toHaveLength(1);
    const byAddress = await Promise.all(
      Array.from({ length: 14 }, (_, attempt) => instances[attempt % 2].takeLogin({ clientAddress: '10.7.7.7', username: `burst.${attempt}` })),
    );
    expect(byAddress.filter((refusal) => refusal === undefined)).toHaveLength(6);
  });

  it('shares the per-address limit and reports the first refusal once across instances', async () => {
    const refusals = [];
    for (let attempt = 0; attempt < 9; attempt++) {
      const refusal = await instances[attempt % 2].takeLogin({ clientAddress: '10.9.9.9', username: `user.${attempt}` });
      if (refusal) refusals.push(refusal);
    }
    expect(refusals.map((refusal) => refusal.kind)).toEqual(['rate_limited_address', 'rate_limited_address', 'rate_limited_address']);
    expect(refusals.map((refusal) => refusal.firstInWindow)).toEqual([true, false, false]);
    expect(refusals[0].retryAfterSeconds).toBeGreaterThan(0);
    expect(refusals[0].retryAfterSeconds).toBeLessThanOrEqual(60);
  });
});
