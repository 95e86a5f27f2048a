import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import type { StorageFault } from './storage-fault';

/**
 * Issue 14 item 4: PGlite blocked mid-statement (a write-ahead-log write on a disk that filled or froze
 * between two probes) froze the whole process, health included. `pg_sleep` blocks PGlite's thread the
 * same way, synchronously inside the WASM build, with no test hook in the database.
 */
describe('an embedded database that stops answering', () => {
  let root: string;
  let sut: EmbeddedPostgres | undefined;
  const clients: Client[] = [];

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'medlocal-unresponsive-'));
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.end().catch(() => undefined)));
    await sut?.stop();
    sut = undefined;
    await rm(root, { recursive: true, force: true });
  });

  async function connected(url: string): Promise<Client> {
    const client = new Client({ connectionString: url });
    client.on('error', () => undefined); // the connection drops when the database's thread is ended
    clients.push(client);
    await client.connect();
    return client;
  }

  async function until(condition: () => boolean, withinMs: number): Promise<number> {
    const started = performance.now();
    while (!condition()) {
      if (performance.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return performance.now() - started;
  }

  it('keeps this thread responsive, reports "not responding" within the bound, and clears it when PGlite answers again', async () => {
    const changes: (StorageFault | null)[] = [];
    sut = await startEmbeddedPostgres({
      dataDir: path.join(root, 'pgdata'),
      unresponsiveAfterMs: 1_000,
      restartAfterMs: 600_000,
      onStorageChange: (fault) => changes.push(fault),
    });
    const client = await connected(sut.url);
    const started = performance.now();
    const blocked = client.query('SELECT pg_sleep(6)');

    let lastTick = performance.now();
    let longestGapMs = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGapMs = Math.max(longestGapMs, now - lastTick);
      lastTick = now;
    }, 20);
    try {
      const reportedAfterMs = await until(() => sut?.storageFault() !== null, 4_000);
      expect(reportedAfterMs).toBeGreaterThanOrEqual(900);
      const fault = sut.storageFault();
      expect(fault?.code).toBe('EMBEDDED_NOT_RESPONDING');
      expect(fault?.message).toMatch(/did not answer for 1 s/);
      expect(fault?.message).not.toContain('\n');
      expect(changes).toEqual([fault]);
      await blocked;
      expect(performance.now() - started).toBeGreaterThanOrEqual(5_900);
      await until(() => sut?.storageFault() === null, 3_000);
    } finally {
      clearInterval(ticker);
    }
    // A thread blocked by the query would stall for its whole 6 s; a busy host delays timers by hundreds of ms.
    expect(longestGapMs).toBeLessThan(3_000);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toBeNull();
    expect((await client.query<{ answer: number }>('SELECT 1 AS answer')).rows).toEqual([{ answer: 1 }]);
  }, 120_000);

  it('ends a thread stuck past the second bound and starts it again on the same port, with every committed row', async () => {
    const changes: (StorageFault | null)[] = [];
    sut = await startEmbeddedPostgres({
      dataDir: path.join(root, 'pgdata'),
      unresponsiveAfterMs: 500,
      restartAfterMs: 2_000,
      onStorageChange: (fault) => changes.push(fault),
    });
    const { url, port } = sut;
    const writer = await connected(url);
    await writer.query('CREATE TABLE kept (id int PRIMARY KEY)');
    await writer.query('INSERT INTO kept VALUES (1), (2)');
    const stuck = writer.query('SELECT pg_sleep(600)').then(
      () => 'answered',
      () => 'dropped',
    );

    await until(() => changes.length >= 1, 5_000);
    expect(changes[0]?.code).toBe('EMBEDDED_NOT_RESPONDING');
    await until(() => changes.length >= 2, 90_000);
    expect(changes[1]).toBeNull();
    expect(await stuck).toBe('dropped');
    expect(sut.port).toBe(port);
    expect(sut.storageFault()).toBeNull();

    const reader = await connected(url);
    expect((await reader.query<{ id: number }>('SELECT id FROM kept ORDER BY id')).rows).toEqual([{ id: 1 }, { id: 2 }]);
    await reader.query('INSERT INTO kept VALUES (3)');
  }, 150_000);
});
