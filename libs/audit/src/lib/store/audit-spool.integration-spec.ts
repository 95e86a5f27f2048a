import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DatabaseTarget } from '@medlocal/database';
import { openTestDatabase } from '@medlocal/database/testing';
import { AuditAnchor, verifyAnchors } from './audit-anchor';
import { verifyChain } from './audit-chain-verifier';
import { AuditHmac } from './audit-hmac';
import { AuditSpool } from './audit-spool';
import { AuditTrail } from './audit-trail';
import type { AuditWriteReceipt } from './audit-trail';
import { openAuditTestStore, testActor } from './testing/open-audit-test-store';
import type { AuditTestStore } from './testing/open-audit-test-store';
import { openStoppableEmbeddedDatabase } from './testing/stoppable-embedded-database';

interface Outage {
  readonly target: DatabaseTarget;
  /** The database refuses every connection and drops the open ones, until `end`. */
  begin(): Promise<void>;
  end(): Promise<void>;
}

async function openOutage(): Promise<Outage> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) {
    const target = await openTestDatabase();
    const name = new URL(target.url).pathname.slice(1);
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    return {
      target: {
        ...target,
        close: async () => {
          await admin.end();
          await target.close();
        },
      },
      async begin() {
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      },
      async end() {
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      },
    };
  }
  const embedded = await openStoppableEmbeddedDatabase('medlocal-spool-pglite-');
  return { target: embedded.target, begin: () => embedded.stop(), end: () => embedded.start() };
}

const hmac = new AuditHmac({ keyId: 'k-spool-test', key: Buffer.alloc(32, 7) });
const QUESTION = 'Patient 王小明, MRN 88442211, eGFR 35 on apixaban?';

describe('audit spool: database down → journalled → database back → replayed in order', () => {
  let outage: Outage;
  let store: AuditTestStore;
  let folder: string;
  let spool: AuditSpool;
  let anchor: AuditAnchor;
  let trail: AuditTrail;

  beforeAll(async () => {
    outage = await openOutage();
    store = await openAuditTestStore(outage.target);
    folder = await mkdtemp(join(tmpdir(), 'medlocal-spool-'));
    spool = new AuditSpool({ path: join(folder, 'audit-spool.jsonl'), hmac });
    expect(await spool.open()).toBeNull();
    anchor = new AuditAnchor({ dataSource: store.dataSource, path: join(folder, 'audit-anchors.jsonl') });
    trail = new AuditTrail({ dataSource: store.dataSource, anchor, spool, probeIntervalMs: 100, commitRetryMs: 500, inDoubtTimeoutMs: 500 });
  }, 60_000);

  afterAll(async () => {
    await trail?.close();
    await spool?.close();
    await store?.close();
    await rm(folder, { recursive: true, force: true });
  });

  const question = (requestId: string): Promise<AuditWriteReceipt> =>
    trail.write({
      actor: testActor(),
      action: 'chat.message',
      outcome: 'success',
      requestId,
      ...hmac.digest(QUESTION),
      summary: { tokensIn: 12, conversationId: `c-${requestId}` },
    });

  it('keeps every event of answers in flight, replays them gap-free and exactly once, and the chain and anchors verify', async () => {
    const before = await Promise.all(Array.from({ length: 5 }, (_, index) => question(`before-${index}`)));
    expect(before.every((receipt) => 'committed' in receipt)).toBe(true);

    await outage.begin();
    const during = await Promise.all(Array.from({ length: 8 }, (_, index) => question(`during-${index}`)));
    expect(during.every((receipt) => 'spooled' in receipt)).toBe(true);
    expect(trail.isAvailable()).toBe(false);
    expect(trail.spooledCount()).toBe(8);
    // What waits on disk is the event as the database would hold it: an HMAC, never the question.
    const journal = await readFile(join(folder, 'audit-spool.jsonl'), 'utf8');
    expect(journal.trim().split('\n')).toHaveLength(8);
    expect(journal).not.toContain('王小明');
    expect(journal).not.toContain('88442211');
    expect(journal).toContain(hmac.digest(QUESTION).inputHmac);
    // record() (no spool) still fails closed while the database is away.
    await expect(trail.record({ actor: testActor(), action: 'auth.logout', outcome: 'success' })).rejects.toThrow(/audit unavailable/);

    await outage.end();
    await vi.waitFor(() => expect(trail.spooledCount()).toBe(0), { timeout: 30_000, interval: 100 });
    const after = await question('after-0');
    expect('committed' in after).toBe(true);

    const rows = (await store.dataSource.query(
      `SELECT request_id, summary->>'spoolEntry' AS entry FROM audit_event WHERE action = 'chat.message' ORDER BY id`,
    )) as { request_id: string; entry: string | null }[];
    expect(rows.map((row) => row.request_id)).toEqual(
      [...before.map((_, index) => `before-${index}`).sort(), ...during.map((_, index) => `during-${index}`), 'after-0'].sort((a, b) => order(a) - order(b)),
    );
    expect(rows.filter((row) => row.entry !== null).map((row) => row.entry)).toEqual(during.map((receipt) => ('spooled' in receipt ? receipt.spooled : '')));
    expect(await verifyChain(store.dataSource)).toMatchObject({ ok: true });
    await anchor.flushed();
    expect(await verifyAnchors(store.dataSource, join(folder, 'audit-anchors.jsonl'))).toMatchObject({ ok: true, lagging: 0 });
    expect((await readFile(join(folder, 'audit-spool.jsonl'), 'utf8')).length).toBe(0);
  }, 120_000);

  it('a restart replays what an earlier run left, and skips what it already replayed', async () => {
    const path = join(folder, 'left-over.jsonl');
    const earlier = new AuditSpool({ path, hmac });
    await earlier.open();
    const [first, second] = await earlier.append([
      { event: normalized('left-0'), at: new Date() },
      { event: normalized('left-1'), at: new Date() },
    ]);
    await earlier.close();
    // The first one went in before the crash, as a replay that was never marked in the journal.
    const plain = new AuditTrail({ dataSource: store.dataSource });
    await plain.record({ ...normalized('left-0'), summary: { spoolEntry: first.entry } });
    await plain.close();
    const restarted = new AuditSpool({ path, hmac });
    expect(await restarted.open()).toBeNull();
    expect(restarted.pending().map((entry) => entry.entry)).toEqual([first.entry, second.entry]);
    const replayer = new AuditTrail({ dataSource: store.dataSource, spool: restarted });
    await replayer.replayPending();
    expect(replayer.spooledCount()).toBe(0);
    await replayer.close();
    await restarted.close();
    const rows = (await store.dataSource.query(`SELECT summary->>'spoolEntry' AS entry FROM audit_event WHERE request_id LIKE 'left-%' ORDER BY id`)) as {
      entry: string;
    }[];
    expect(rows.map((row) => row.entry)).toEqual([first.entry, second.entry]);
  });

  it('refuses a journal that was tampered with and keeps it aside', async () => {
    const path = join(folder, 'tampered.jsonl');
    const writer = new AuditSpool({ path, hmac });
    await writer.open();
    await writer.append([
      { event: normalized('t-0'), at: new Date() },
      { event: normalized('t-1'), at: new Date() },
    ]);
    await writer.close();
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"outcome":"success"', '"outcome":"failure"'));
    const reader = new AuditSpool({ path, hmac });
    const rejection = await reader.open();
    expect(rejection).toMatchObject({ lines: 2, firstBadLine: 1 });
    expect(reader.pending()).toHaveLength(0);
    expect((await readdir(folder)).some((name) => name.startsWith('tampered.jsonl.rejected-'))).toBe(true);
  });
});

function order(requestId: string): number {
  const [phase, index] = requestId.split('-');
  return ({ before: 0, during: 100, after: 200 } as Record<string, number>)[phase] + Number(index);
}

function normalized(requestId: string) {
  return {
    actor: { ...testActor(), username: 'dr.wang' },
    action: 'chat.message' as const,
    outcome: 'success' as const,
    requestId,
    clientAddress: null,
    inputHmac: null,
    hmacKeyId: null,
    summary: {},
  };
}
