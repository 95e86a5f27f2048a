import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { embeddedDatabaseWorkerUrl, startEmbeddedPostgres } from '@medlocal/database';
import { installEgressGuard, uninstallEgressGuard } from './egress-guard';
import { isOwnLaunch, type Launch } from './own-launches.allowlist';

const worker = (file: string): Launch => ({ kind: 'worker', file, args: [], shell: false });

describe('own launches: the embedded database thread', () => {
  const own = embeddedDatabaseWorkerUrl().href;

  it("admits the embedded database's thread, the exact module @medlocal/database builds", () => {
    expect(isOwnLaunch(worker(own))).toBe(true);
  });

  it('refuses any other worker: inline code, another data: module, the same module with one character changed, a file', () => {
    const source = decodeURIComponent(own.slice('data:text/javascript,'.length));
    expect(isOwnLaunch(worker('<eval>'))).toBe(false);
    expect(isOwnLaunch(worker(`data:text/javascript,${encodeURIComponent("import net from 'node:net'; net.connect(443, '10.0.0.1');")}`))).toBe(false);
    expect(isOwnLaunch(worker(`data:text/javascript,${encodeURIComponent(`${source}\nimport('node:net');`)}`))).toBe(false);
    expect(
      isOwnLaunch(worker(`data:text/javascript,${encodeURIComponent(source.replace('@electric-sql/pglite-socket', '@electric-sql/pglite-socket-other'))}`)),
    ).toBe(false);
    expect(isOwnLaunch(worker('/tmp/embedded-database.js'))).toBe(false);
  });

  it('refuses a child process that names the same module', () => {
    expect(isOwnLaunch({ kind: 'child-process', file: process.execPath, args: [own], shell: false })).toBe(false);
  });
});

describe('the embedded database under the egress guard', () => {
  let dataDir: string;

  beforeAll(() => installEgressGuard({ allow: [] }));
  afterAll(() => uninstallEgressGuard());

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'medlocal-guarded-db-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts its thread and serves queries on loopback', async () => {
    const sut = await startEmbeddedPostgres({ dataDir });
    const client = new Client({ connectionString: sut.url });
    try {
      await client.connect();
      expect((await client.query<{ answer: number }>('SELECT 41 + 1 AS answer')).rows).toEqual([{ answer: 42 }]);
    } finally {
      await client.end();
      await sut.stop();
    }
  }, 120_000);
});
