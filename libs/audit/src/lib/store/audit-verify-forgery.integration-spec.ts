import { mkdir, mkdtemp, readFile, rename, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditAnchor, verifyAnchors } from './audit-anchor';
import { verifyChain } from './audit-chain-verifier';
import { AuditTrail } from './audit-trail';
import { openAuditTestStore, testActor } from './testing/open-audit-test-store';
import type { AuditTestStore } from './testing/open-audit-test-store';

/** Plays the database owner who bypasses the application: every user trigger off while the statements run. */
async function asRogueDba(store: AuditTestStore, statements: string[]): Promise<void> {
  await store.superuserSql('ALTER TABLE audit_event DISABLE TRIGGER USER');
  await store.superuserSql('ALTER TABLE audit_checkpoint DISABLE TRIGGER USER');
  try {
    for (const statement of statements) await store.superuserSql(statement);
  } finally {
    await store.superuserSql('ALTER TABLE audit_event ENABLE TRIGGER USER');
    await store.superuserSql('ALTER TABLE audit_checkpoint ENABLE TRIGGER USER');
  }
}

async function hashOf(store: AuditTestStore, id: number): Promise<string> {
  const [row] = (await store.superuserSql('SELECT hash FROM audit_event WHERE id = $1', [id])) as { hash: string }[];
  return row.hash;
}

describe('audit verification cannot be fooled', () => {
  let store: AuditTestStore;
  let anchorDir: string;
  let anchorPath: string;
  let anchor: AuditAnchor;
  let trail: AuditTrail;
  const ids: number[] = [];

  beforeEach(async () => {
    store = await openAuditTestStore();
    anchorDir = await mkdtemp(join(tmpdir(), 'medlocal-forgery-'));
    anchorPath = join(anchorDir, 'audit-anchors.jsonl');
    anchor = new AuditAnchor({ dataSource: store.dataSource, path: anchorPath });
    trail = new AuditTrail({ dataSource: store.dataSource, anchor });
    ids.length = 0;
    // One at a time: every commit is its own transaction, so every event is a chain head once.
    for (let index = 0; index < 10; index += 1) {
      const recorded = await trail.record({ actor: testActor(), action: 'chat.message', outcome: 'success', summary: { tokensIn: index } });
      ids.push(recorded.id);
    }
  }, 60_000);

  afterEach(async () => {
    await trail.close();
    await anchor.stop().catch(() => undefined);
    await store.close();
    await rm(anchorDir, { recursive: true, force: true });
  });

  it('anchors every commit outside the database', async () => {
    const lines = (await readFile(anchorPath, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: number });
    expect(lines.map((line) => line.id)).toEqual(ids);
    expect(await verifyAnchors(store.dataSource, anchorPath)).toMatchObject({ ok: true, lagging: 0 });
  });

  it('a forged checkpoint above live events hides nothing: the edited event before it is still found', async () => {
    const hash8 = await hashOf(store, ids[7]);
    await asRogueDba(store, [
      `UPDATE audit_event SET summary = '{"tokensIn": 999}' WHERE id = ${ids[2]}`,
      `INSERT INTO audit_checkpoint (last_purged_id, last_purged_hash, purged_before, partitions_dropped)
         VALUES (${ids[7]}, '${hash8}', now(), '{}')`,
    ]);
    const chain = await verifyChain(store.dataSource);
    expect(chain.ok).toBe(false);
    expect(chain.firstBrokenId).toBe(ids[0]);
    const anchors = await verifyAnchors(store.dataSource, anchorPath);
    expect(anchors.ok).toBe(false);
    expect(anchors.unanchoredCheckpoints).toEqual([expect.objectContaining({ lastPurgedId: ids[7] })]);
  });

  it('a forged checkpoint over events the owner deleted is refused: no anchor vouches for it', async () => {
    const hash8 = await hashOf(store, ids[7]);
    await asRogueDba(store, [
      `DELETE FROM audit_event WHERE id <= ${ids[7]}`,
      `INSERT INTO audit_checkpoint (last_purged_id, last_purged_hash, purged_before, partitions_dropped)
         VALUES (${ids[7]}, '${hash8}', now(), '{}')`,
    ]);
    // The rest of the chain links to the forged checkpoint's hash, so only the anchor file can tell.
    const anchors = await verifyAnchors(store.dataSource, anchorPath);
    expect(anchors.ok).toBe(false);
    expect(anchors.unanchoredCheckpoints).toHaveLength(1);
    expect(anchors.mismatches.map((mismatch) => mismatch.id)).toEqual(ids.slice(0, 8));
  });

  it('refuses a checkpoint at or above live events even from the owner, while triggers are on', async () => {
    const hash8 = await hashOf(store, ids[7]);
    await expect(
      store.superuserSql(`INSERT INTO audit_checkpoint (last_purged_id, last_purged_hash, purged_before, partitions_dropped) VALUES ($1, $2, now(), '{}')`, [
        ids[7],
        hash8,
      ]),
    ).rejects.toThrow(/live audit events/);
  });

  it('deleting the newest events is caught by the per-commit anchors, and their ids are never reused', async () => {
    await asRogueDba(store, [`DELETE FROM audit_event WHERE id > ${ids[7]}`]);
    const next = [];
    for (let index = 0; index < 2; index += 1) {
      next.push((await trail.record({ actor: testActor(), action: 'auth.logout', outcome: 'success' })).id);
    }
    expect(Math.min(...next)).toBeGreaterThan(ids[9]);
    const anchors = await verifyAnchors(store.dataSource, anchorPath);
    expect(anchors.ok).toBe(false);
    expect(anchors.mismatches).toEqual([
      expect.objectContaining({ id: ids[8], databaseHash: null }),
      expect.objectContaining({ id: ids[9], databaseHash: null }),
    ]);
  });

  it('verify fails while the anchor lags behind the chain; the anchor recovers by itself once it can write again', async () => {
    const retrying = new AuditAnchor({ dataSource: store.dataSource, path: anchorPath, retryIntervalMs: 50 });
    const writer = new AuditTrail({ dataSource: store.dataSource, anchor: retrying });
    try {
      // The anchor path becomes a link to a folder: every append fails (EISDIR) until it points at the file again.
      // Swapping links with one rename keeps the path always present: a retry that ran between removing the folder
      // and putting the file back would create a new anchor file, then be overwritten with the old one.
      const aside = `${anchorPath}.aside`;
      await rename(anchorPath, aside);
      await mkdir(`${anchorPath}.folder`);
      await symlink(`${anchorPath}.folder`, anchorPath);
      const recorded = await writer.record({ actor: testActor(), action: 'auth.logout', outcome: 'success' });
      expect(retrying.health()).toMatchObject({ ok: false, path: anchorPath, code: 'EISDIR' });
      // While the anchor cannot be written, the newest event is vouched for by nothing outside the database.
      expect(await verifyAnchors(store.dataSource, aside)).toMatchObject({ ok: false, lagging: 1, lastAnchoredId: ids[9] });
      await symlink(aside, `${anchorPath}.restored`);
      await rename(`${anchorPath}.restored`, anchorPath);
      await vi.waitFor(() => expect(retrying.health()).toMatchObject({ ok: true, lastAnchoredId: recorded.id }), { timeout: 10_000 });
      expect(await verifyAnchors(store.dataSource, anchorPath)).toMatchObject({ ok: true, lagging: 0, lastAnchoredId: recorded.id });
    } finally {
      await writer.close();
      await retrying.stop().catch(() => undefined);
    }
  });
});
