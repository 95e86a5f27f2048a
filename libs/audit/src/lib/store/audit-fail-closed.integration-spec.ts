import { Client } from 'pg';
import type { DatabaseTarget } from '@medlocal/database';
import { openTestDatabase } from '@medlocal/database/testing';
import { verifyChain } from './audit-chain-verifier';
import type { RecordedAuditEvent } from './audit-event.model';
import { AUDIT_CHAIN_LOCK_KEY } from './audit-event.sql';
import { AuditUnavailable } from './audit-store.errors';
import { AuditTrail } from './audit-trail';
import { openAuditTestStore, testActor } from './testing/open-audit-test-store';
import type { AuditTestStore } from './testing/open-audit-test-store';
import { openStoppableEmbeddedDatabase } from './testing/stoppable-embedded-database';

interface Disruptable {
  readonly target: DatabaseTarget;
  /** Makes the database unreachable (PGlite: server stopped) or kills every connection (PostgreSQL). */
  disrupt(): Promise<void>;
  restore(): Promise<void>;
}

async function openDisruptable(): Promise<Disruptable> {
  if (process.env['TEST_DATABASE_URL']) {
    const target = await openTestDatabase();
    const dba = new Client({ connectionString: target.url });
    await dba.connect();
    return {
      target: {
        ...target,
        close: async () => {
          await dba.end();
          await target.close();
        },
      },
      async disrupt() {
        // Hold the chain lock so the writer is certainly inside a transaction when its backend dies.
        await dba.query('SELECT pg_advisory_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
        await new Promise((resolve) => setTimeout(resolve, 150));
        await dba.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
        await dba.query('SELECT pg_advisory_unlock($1)', [AUDIT_CHAIN_LOCK_KEY]);
      },
      restore: async () => undefined,
    };
  }
  const embedded = await openStoppableEmbeddedDatabase('medlocal-audit-pglite-');
  return { target: embedded.target, disrupt: () => embedded.stop(), restore: () => embedded.start() };
}

type Outcome = { requestId: string; event: RecordedAuditEvent } | { requestId: string; error: unknown };

describe('AuditTrail fail-closed, retried on fresh connections', () => {
  let database: Disruptable;
  let store: AuditTestStore;
  let sut: AuditTrail;
  const availabilityChanges: boolean[] = [];

  beforeAll(async () => {
    database = await openDisruptable();
    store = await openAuditTestStore(database.target);
    sut = new AuditTrail({
      dataSource: store.dataSource,
      probeIntervalMs: 100,
      inDoubtTimeoutMs: 1_000,
      commitRetryMs: 2_000,
      onAvailabilityChange: (available) => availabilityChanges.push(available),
    });
  }, 60_000);

  afterAll(async () => {
    await sut?.close();
    await store?.close();
  });

  const record = (requestId: string): Promise<Outcome> =>
    sut
      .record({
        actor: testActor(),
        action: 'chat.message',
        outcome: 'success',
        requestId,
      })
      .then(
        (event) => ({ requestId, event }),
        (error: unknown) => ({ requestId, error }),
      );

  it('commits what it confirms, stores nothing it rejects, and resumes by itself', async () => {
    const outcomes: Outcome[] = await Promise.all(Array.from({ length: 30 }, (_, index) => record(`before-${index}`)));
    expect(outcomes.every((outcome) => 'event' in outcome)).toBe(true);

    const during: Promise<Outcome>[] = [];
    for (let index = 0; index < 20; index += 1) during.push(record(`during-${index}`));
    await database.disrupt();
    for (let index = 0; index < 20; index += 1) during.push(record(`after-${index}`));
    outcomes.push(...(await Promise.all(during)));

    const rejected = outcomes.filter((outcome) => 'error' in outcome);
    if (database.target.kind === 'postgres') {
      // Killed backends while PostgreSQL stays up: the group in flight is retried on a fresh connection, nothing is lost.
      expect(rejected).toEqual([]);
    } else {
      // The server itself is gone for longer than the retry bound: record() fails closed.
      expect(rejected.length).toBeGreaterThan(0);
    }
    for (const outcome of rejected) expect((outcome as { error: unknown }).error).toBeInstanceOf(AuditUnavailable);
    // The health probe saw the outage. On PostgreSQL the pool reconnects at once, so a killed backend can be replaced
    // between two probes and the probe then sees nothing (no change at all); what it does see first is the outage.
    if (database.target.kind === 'pglite' || availabilityChanges.length > 0) expect(availabilityChanges[0]).toBe(false);
    if (database.target.kind === 'pglite') expect(sut.isAvailable()).toBe(false);

    await database.restore();
    const deadline = Date.now() + 30_000;
    while (!sut.isAvailable() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sut.isAvailable()).toBe(true);
    outcomes.push(...(await Promise.all(Array.from({ length: 10 }, (_, index) => record(`resumed-${index}`)))));
    expect(outcomes.slice(-10).every((outcome) => 'event' in outcome)).toBe(true);

    const rows: { request_id: string; id: number; hash: string }[] = await store.dataSource.query('SELECT request_id, id::float8 AS id, hash FROM audit_event');
    const stored = new Map(rows.map((row) => [row.request_id, row]));
    for (const outcome of outcomes) {
      if ('event' in outcome) {
        expect(stored.get(outcome.requestId)).toEqual({
          request_id: outcome.requestId,
          id: outcome.event.id,
          hash: outcome.event.hash,
        });
      } else {
        expect(stored.has(outcome.requestId)).toBe(false);
      }
    }
    expect(rows).toHaveLength(outcomes.length - rejected.length);
    expect(await verifyChain(store.dataSource)).toMatchObject({
      ok: true,
      checked: rows.length,
    });
  }, 90_000);
});
