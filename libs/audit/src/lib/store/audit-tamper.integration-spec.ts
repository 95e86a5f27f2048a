import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditAnchor, verifyAnchors } from './audit-anchor';
import { computeAuditEventHash } from './audit-chain-hash.util';
import { verifyChain } from './audit-chain-verifier';
import { AuditTrail } from './audit-trail';
import { openAuditTestStore, testActor } from './testing/open-audit-test-store';
import type { AuditTestStore } from './testing/open-audit-test-store';

/** Plays the database administrator who bypasses the application. */
async function asRogueDba(store: AuditTestStore, statements: string[]): Promise<void> {
  await store.superuserSql('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
  try {
    for (const statement of statements) await store.superuserSql(statement);
  } finally {
    await store.superuserSql('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
  }
}

describe('audit trail tamper evidence', () => {
  let store: AuditTestStore;
  let trail: AuditTrail;
  let anchorDir: string;

  beforeEach(async () => {
    store = await openAuditTestStore();
    trail = new AuditTrail({ dataSource: store.dataSource });
    for (let index = 0; index < 10; index += 1) {
      await trail.record({
        actor: testActor(),
        action: 'chat.message',
        outcome: 'success',
        summary: { tokensIn: index },
      });
    }
    anchorDir = await mkdtemp(join(tmpdir(), 'medlocal-anchor-'));
  }, 60_000);

  afterEach(async () => {
    await trail.close();
    await store.close();
    await rm(anchorDir, { recursive: true, force: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of events and checkpoints', async () => {
    const partition = (await store.dataSource.query(`SELECT audit_ensure_partition(now()) AS name`))[0].name;
    await expect(store.superuserSql(`UPDATE audit_event SET outcome = 'failure' WHERE id = 3`)).rejects.toThrow(/append-only/);
    await expect(store.superuserSql(`DELETE FROM audit_event WHERE id = 3`)).rejects.toThrow(/append-only/);
    await expect(store.superuserSql(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    await expect(store.superuserSql(`TRUNCATE "${partition}"`)).rejects.toThrow(/append-only/);
    await expect(store.superuserSql(`UPDATE "${partition}" SET outcome = 'failure'`)).rejects.toThrow(/append-only/);
    // A checkpoint equal to the genesis changes nothing for verification but gives the row trigger a row to guard.
    await store.superuserSql(
      `INSERT INTO audit_checkpoint (last_purged_id, last_purged_hash, purged_before, partitions_dropped) VALUES (0, repeat('0', 64), now(), '{}')`,
    );
    await expect(store.superuserSql(`DELETE FROM audit_checkpoint`)).rejects.toThrow(/append-only/);
    await expect(store.superuserSql(`UPDATE audit_checkpoint SET last_purged_id = 5`)).rejects.toThrow(/append-only/);
    await expect(store.superuserSql(`TRUNCATE audit_checkpoint`)).rejects.toThrow(/append-only/);
    expect(await verifyChain(store.dataSource)).toMatchObject({
      ok: true,
      checked: 10,
    });
  });

  it('reports an edited event at its own id', async () => {
    await asRogueDba(store, [`UPDATE audit_event SET summary = '{"tokensIn": 999}' WHERE id = 4`]);
    expect(await verifyChain(store.dataSource, { batchSize: 3 })).toMatchObject({ ok: false, firstBrokenId: 4, checked: 4 });
  });

  it('reports a deleted event at the next one', async () => {
    await asRogueDba(store, [`DELETE FROM audit_event WHERE id = 6`]);
    expect(await verifyChain(store.dataSource, { batchSize: 4 })).toMatchObject({ ok: false, firstBrokenId: 7 });
  });

  it('reports a deleted newest event only through the anchor, and a rewritten history through the anchor file', async () => {
    const anchorPath = join(anchorDir, 'audit-anchors.jsonl');
    const sut = new AuditAnchor({
      dataSource: store.dataSource,
      path: anchorPath,
      intervalMs: 60_000,
    });
    expect(await sut.anchorNow()).toMatchObject({ id: 10 });
    expect(await sut.anchorNow()).toBeNull();
    expect(await verifyAnchors(store.dataSource, anchorPath)).toMatchObject({
      ok: true,
      checked: 1,
    });

    // A DBA who rewrites event 5 and recomputes every later hash keeps verifyChain green...
    const rows = await store.dataSource.query(`SELECT id::int AS id FROM audit_event WHERE id >= 5 ORDER BY id`);
    const recomputed: string[] = [];
    let prevHash = (await store.dataSource.query(`SELECT hash FROM audit_event WHERE id = 4`))[0].hash as string;
    for (const { id } of rows as { id: number }[]) {
      const [row] = await store.dataSource.query(
        `SELECT id::float8 AS id, occurred_at, actor_user_id, actor_username, actor_role, actor_department, action, outcome,
                request_id, client_address, input_hmac, hmac_key_id, summary FROM audit_event WHERE id = $1`,
        [id],
      );
      const summary = id === 5 ? { tokensIn: 12345 } : row.summary;
      const hash = computeAuditEventHash({
        id,
        occurredAt: row.occurred_at,
        action: row.action,
        outcome: row.outcome,
        requestId: row.request_id,
        clientAddress: row.client_address,
        inputHmac: row.input_hmac,
        hmacKeyId: row.hmac_key_id,
        summary,
        prevHash,
        actor: {
          userId: row.actor_user_id,
          username: row.actor_username,
          role: row.actor_role,
          department: row.actor_department,
        },
      });
      recomputed.push(`UPDATE audit_event SET summary = '${JSON.stringify(summary)}', prev_hash = '${prevHash}', hash = '${hash}' WHERE id = ${id}`);
      prevHash = hash;
    }
    await asRogueDba(store, recomputed);
    expect((await verifyChain(store.dataSource)).ok).toBe(true);

    // ...but not the anchor written before the rewrite.
    const verification = await verifyAnchors(store.dataSource, anchorPath);
    expect(verification.ok).toBe(false);
    expect(verification.mismatches).toEqual([expect.objectContaining({ id: 10, databaseHash: prevHash })]);
  });

  it('writes a final anchor at shutdown', async () => {
    const anchorPath = join(anchorDir, 'nested', 'anchors.jsonl');
    const sut = new AuditAnchor({
      dataSource: store.dataSource,
      path: anchorPath,
      intervalMs: 60_000,
    });
    sut.start();
    await trail.record({
      actor: testActor(),
      action: 'auth.logout',
      outcome: 'success',
    });
    await sut.stop();
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(anchorPath, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[lines.length - 1]).toMatchObject({ id: 11 });
    await asRogueDba(store, [`DELETE FROM audit_event WHERE id = 11`]);
    expect((await verifyChain(store.dataSource)).ok).toBe(true);
    expect(await verifyAnchors(store.dataSource, anchorPath)).toMatchObject({
      ok: false,
      mismatches: [{ id: 11, databaseHash: null }],
    });
  });
});
