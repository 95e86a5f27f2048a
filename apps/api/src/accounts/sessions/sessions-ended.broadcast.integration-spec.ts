import { Pool } from 'pg';
import { openTestDatabase } from '@medlocal/database/testing';
import type { DatabaseTarget } from '@medlocal/database';
import { SessionsEndedEvents, type SessionsEnded } from './sessions-ended.events';

async function until(condition: () => boolean, withinMs = 10_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

// Several API instances share one PostgreSQL server; the embedded database serves one instance only.
describe.runIf(Boolean(process.env['TEST_DATABASE_URL']))(`${SessionsEndedEvents.name} across instances`, () => {
  let database: DatabaseTarget;
  const pools: Pool[] = [];
  const instances: SessionsEndedEvents[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    // The sessions table as the migrations make it, the columns the catch-up reads.
    const setup = new Pool({ connectionString: database.url, max: 1 });
    await setup.query('CREATE TABLE session (id uuid PRIMARY KEY, user_id uuid NOT NULL, revoked_at timestamptz NULL, revoked_reason varchar(32) NULL)');
    await setup.end();
    for (let i = 0; i < 2; i++) {
      const pool = new Pool({ connectionString: database.url, max: 2 });
      // Dropping the test database at the end terminates the listening connection: expected, not a failure.
      pool.on('error', () => undefined);
      pools.push(pool);
      const events = SessionsEndedEvents.sharedThrough(pool);
      await events.onModuleInit();
      instances.push(events);
    }
  });

  afterAll(async () => {
    for (const events of instances) await events.onModuleDestroy();
    for (const pool of pools) await pool.end();
    await database?.close();
  });

  it("tells every instance when a user's sessions end, so each drops the conversations it holds, once", async () => {
    const [first, second] = instances as [SessionsEndedEvents, SessionsEndedEvents];
    const heardByFirst: SessionsEnded[] = [];
    const heardBySecond: SessionsEnded[] = [];
    first.subscribe((event) => void heardByFirst.push(event));
    second.subscribe((event) => void heardBySecond.push(event));
    // An administrator ends a user's sessions on the first instance; the second holds that user's conversations.
    await first.emit({ userId: '3f6a1c2e-1d3b-4c55-9a7e-2b8f0c4d5e6f', reason: 'admin_end_sessions' });
    await until(() => heardBySecond.length > 0);
    expect(heardBySecond).toEqual([{ userId: '3f6a1c2e-1d3b-4c55-9a7e-2b8f0c4d5e6f', reason: 'admin_end_sessions' }]);
    // Its own listeners heard it at once, and not a second time through the database.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heardByFirst).toEqual([{ userId: '3f6a1c2e-1d3b-4c55-9a7e-2b8f0c4d5e6f', reason: 'admin_end_sessions' }]);
  });

  it('catches up on sessions that ended while its listening connection was gone', async () => {
    // A database restart or a cut connection while an administrator ends a compromised account's sessions: the
    // notification is lost, so on listening again an instance reads what ended meanwhile.
    const [, second] = instances as [SessionsEndedEvents, SessionsEndedEvents];
    const heard: SessionsEnded[] = [];
    second.subscribe((event) => void heard.push(event));
    const admin = new Pool({ connectionString: database.url, max: 1 });
    try {
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'LISTEN%' AND datname = current_database()`);
      await admin.query(
        `INSERT INTO session (id, user_id, revoked_at, revoked_reason) VALUES
           ('6c0f2f5a-2d7e-4a8e-9f00-000000000001', '7d1e3b6c-5a4f-4e2d-8c1b-000000000002', now(), 'admin_end_sessions'),
           ('6c0f2f5a-2d7e-4a8e-9f00-000000000003', '7d1e3b6c-5a4f-4e2d-8c1b-000000000004', now(), 'idle')`,
      );
      await until(() => heard.some((event) => event.userId === '7d1e3b6c-5a4f-4e2d-8c1b-000000000002'), 15_000);
      expect(heard).toContainEqual({ userId: '7d1e3b6c-5a4f-4e2d-8c1b-000000000002', reason: 'admin_end_sessions' });
      // An idle session ends no conversation: its user may have another session open.
      expect(heard.map((event) => event.userId)).not.toContain('7d1e3b6c-5a4f-4e2d-8c1b-000000000004');
    } finally {
      await admin.end();
    }
  });

  it("hands its connection back with nothing of its own on it, so a connection cut after shutdown is the pool's affair", async () => {
    // Seen in CI: a test dropping its database cut the connection an instance had handed back at shutdown, and the
    // instance's own error listener, still on it, released it a second time (an uncaught error).
    const pool = new Pool({ connectionString: database.url, max: 1 });
    pool.on('error', () => undefined);
    const uncaught: unknown[] = [];
    const record = (error: unknown): void => void uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      const events = SessionsEndedEvents.sharedThrough(pool);
      await events.onModuleInit();
      await events.onModuleDestroy();
      const admin = new Pool({ connectionString: database.url, max: 1 });
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
      await pool.end();
    }
  });
});
