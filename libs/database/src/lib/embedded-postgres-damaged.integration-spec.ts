import { mkdtemp, readdir, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * Re-test of issue 14: after crashes in a row the embedded database would not start and MedLocal
 * printed only "Aborted(). Build with -sASSERTIONS for more info.". Start-up must name the data
 * folder and the likely cause, with the way back (restore from backup), in one line.
 */
describe('an embedded data folder damaged by unclean stops', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'medlocal-damaged-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function initialised(): Promise<string> {
    const dataDir = path.join(root, 'pgdata');
    const db = await startEmbeddedPostgres({ dataDir, storageCheckIntervalMs: 60_000 });
    await db.stop();
    return dataDir;
  }

  async function startFailure(dataDir: string): Promise<Error> {
    try {
      const db = await startEmbeddedPostgres({ dataDir, storageCheckIntervalMs: 60_000 });
      await db.stop();
    } catch (error) {
      return error as Error;
    }
    throw new Error('the damaged data folder started');
  }

  function expectNamedDamage(error: Error, dataDir: string): void {
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain(dataDir);
    expect(error.message).toMatch(/damaged/);
    expect(error.message).toMatch(/unclean stop/);
    expect(error.message).toContain('deploy/backup/medlocal-restore.sh');
    expect(error.message).not.toMatch(/-sASSERTIONS/);
  }

  it('names the folder, the likely cause and the restore script when pg_control is truncated', async () => {
    const dataDir = await initialised();
    await truncate(path.join(dataDir, 'global', 'pg_control'), 0);
    expectNamedDamage(await startFailure(dataDir), dataDir);
  }, 120_000);

  it('names the folder, the likely cause and the restore script when the write-ahead log is truncated', async () => {
    const dataDir = await initialised();
    const walDir = path.join(dataDir, 'pg_wal');
    for (const segment of (await readdir(walDir)).filter((name) => /^[0-9A-F]{24}$/.test(name))) await truncate(path.join(walDir, segment), 0);
    expectNamedDamage(await startFailure(dataDir), dataDir);
  }, 120_000);
});
