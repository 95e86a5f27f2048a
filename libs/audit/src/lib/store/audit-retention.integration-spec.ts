import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditAnchor, verifyAnchors } from './audit-anchor';
import { verifyChain } from './audit-chain-verifier';
import { listAuditPartitions } from './audit-partitions';
import { AuditRetention } from './audit-retention';
import { AuditTrail } from './audit-trail';
import type { RecordedAuditEvent } from './audit-event.model';
import { openAuditTestStore, testActor } from './testing/open-audit-test-store';
import type { AuditTestStore } from './testing/open-audit-test-store';

describe(AuditRetention.name, () => {
  let store: AuditTestStore;
  let trail: AuditTrail;
  let clock = 0;

  beforeAll(async () => {
    store = await openAuditTestStore();
    trail = new AuditTrail({
      dataSource: store.dataSource,
      clock: () => new Date(clock),
    });
  }, 60_000);

  afterAll(async () => {
    await trail?.close();
    await store?.close();
  });

  const recordAt = async (iso: string, count: number): Promise<RecordedAuditEvent[]> => {
    clock = Date.parse(iso);
    const events: RecordedAuditEvent[] = [];
    for (let index = 0; index < count; index += 1) {
      events.push(
        await trail.record({
          actor: testActor(),
          action: 'chat.message',
          outcome: 'success',
        }),
      );
    }
    return events;
  };

  it('refuses a retention below 180 days unless explicitly allowed', () => {
    expect(
      () =>
        new AuditRetention({
          dataSource: store.dataSource,
          trail,
          retentionDays: 90,
        }),
    ).toThrow(/180/);
    expect(
      () =>
        new AuditRetention({
          dataSource: store.dataSource,
          trail,
          retentionDays: 90,
          allowShortRetention: true,
        }),
    ).not.toThrow();
  });

  it('drops whole expired months behind a checkpoint, records the purge, and the chain still verifies', async () => {
    const april = await recordAt('2026-04-10T09:00:00Z', 3);
    const may = await recordAt('2026-05-30T23:59:00Z', 2);
    const june = await recordAt('2026-06-15T09:00:00Z', 2);
    const november = await recordAt('2026-11-27T09:00:00Z', 2);
    const anchorDir = await mkdtemp(join(tmpdir(), 'medlocal-anchor-'));
    const anchorPath = join(anchorDir, 'anchors.jsonl');
    const anchor = new AuditAnchor({
      dataSource: store.dataSource,
      path: anchorPath,
    });
    try {
      clock = Date.parse('2026-05-31T00:00:00Z');
      await anchor.anchorNow(); // anchors May's last event, which the purge will remove

      const now = new Date('2026-11-28T12:00:00Z'); // cutoff 180 days back: 2026-06-01T12:00Z
      clock = now.getTime();
      const sut = new AuditRetention({
        dataSource: store.dataSource,
        trail,
        retentionDays: 180,
        anchor,
      });
      const result = await sut.purgeExpired(now);

      expect(result.partitionsDropped).toEqual(['audit_event_p202604', 'audit_event_p202605']);
      expect(result.lastPurgedId).toBe(may[1].id);
      expect(result.lastPurgedHash).toBe(may[1].hash);
      const remaining: { id: number }[] = await store.dataSource.query('SELECT id::float8 AS id FROM audit_event ORDER BY id');
      expect(remaining.map((row) => row.id)).toEqual([...june, ...november].map((event) => event.id).concat(november[1].id + 1));
      const partitions = (await listAuditPartitions(store.dataSource)).map((partition) => partition.name);
      expect(partitions).not.toContain('audit_event_p202604');
      expect(partitions).toContain('audit_event_p202606');

      const [purge] = await store.dataSource.query(`SELECT action, summary FROM audit_event WHERE action = 'audit.purge'`);
      expect(purge.summary).toEqual({
        partitionsDropped: 2,
        retentionDays: 180,
        purgedThroughId: may[1].id,
      });

      expect(await verifyChain(store.dataSource)).toMatchObject({
        ok: true,
        checked: 5,
        firstBrokenId: null,
        startedAfterCheckpointId: may[1].id,
      });
      // The trail here anchors nothing itself: until the head is anchored, the purge event lags.
      expect(await verifyAnchors(store.dataSource, anchorPath)).toMatchObject({
        ok: false,
        lagging: 1,
        unanchoredCheckpoints: [],
        trustedCheckpoint: { lastPurgedId: may[1].id },
      });
      await anchor.anchorNow();
      expect(await verifyAnchors(store.dataSource, anchorPath)).toMatchObject({
        ok: true,
        checked: 2,
        lagging: 0,
      });

      // Nothing left to purge: no partitions dropped and no further purge event.
      expect((await sut.purgeExpired(now)).partitionsDropped).toEqual([]);
      expect(april[0].id).toBe(1);
      await recordAt('2026-11-28T13:00:00Z', 1);
      expect((await verifyChain(store.dataSource)).ok).toBe(true);
    } finally {
      await rm(anchorDir, { recursive: true, force: true });
    }
  });

  it('detects a checkpoint that does not match the chain it claims to continue', async () => {
    await store.superuserSql(
      `INSERT INTO audit_checkpoint (last_purged_id, last_purged_hash, purged_before, partitions_dropped)
       VALUES (5, repeat('f', 64), '2026-06-01T00:00:00Z', '{}')`,
    );
    expect(await verifyChain(store.dataSource)).toMatchObject({
      ok: false,
      firstBrokenId: 6,
    });
  });
});
