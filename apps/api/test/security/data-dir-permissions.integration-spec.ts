import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeDataDirPrivate } from '../../src/bootstrap/private-data-dir.util';
import { startApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, signInAsAdmin } from '../support/sign-in';

/** Issue 13 item 13: password hashes, the audit trail, keys and anchors are readable by their owner only. */
async function modesUnder(root: string): Promise<{ entry: string; mode: number; directory: boolean }[]> {
  const found: { entry: string; mode: number; directory: boolean }[] = [];
  const visit = async (entry: string) => {
    const stats = await lstat(entry);
    if (stats.isSymbolicLink()) return;
    found.push({ entry: path.relative(root, entry) || '.', mode: stats.mode & 0o777, directory: stats.isDirectory() });
    if (stats.isDirectory()) for (const name of await readdir(entry)) await visit(path.join(entry, name));
  };
  await visit(root);
  return found;
}

describe('DATA_DIR permissions', () => {
  let parent: string;

  beforeEach(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'medlocal-modes-'));
  });

  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('creates a fresh DATA_DIR 0700 and every file MedLocal writes there (database, keys, anchors, model) 0600', async () => {
    const dataDir = path.join(parent, 'fresh', 'data');
    const sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, DATA_DIR: dataDir } });
    try {
      // A sign-in writes sessions and audit events through the embedded database.
      await signInAsAdmin(sut);
    } finally {
      // Stopping writes the last audit anchor; this DATA_DIR is the test's own and outlives stop().
      await sut.stop();
    }
    const entries = await modesUnder(dataDir);
    const names = entries.map((entry) => entry.entry);
    expect(names).toEqual(
      expect.arrayContaining(['jwt-secret.key', 'totp-encryption.key', 'audit-hmac-keys.json', 'audit-anchors.jsonl', 'pglite/PG_VERSION']),
    );
    expect(entries.filter((entry) => !entry.directory).length).toBeGreaterThan(100);
    const open = entries.filter((entry) => (entry.mode & 0o077) !== 0).map((entry) => `${entry.entry} ${entry.mode.toString(8)}`);
    expect(open).toEqual([]);
    expect(entries.find((entry) => entry.entry === '.')?.mode).toBe(0o700);
    expect(entries.filter((entry) => !entry.directory && entry.mode !== 0o600).map((entry) => entry.entry)).toEqual([]);
  });

  it('tightens a DATA_DIR an older version left open (0755 folders, 0644 files) at start', async () => {
    const dataDir = path.join(parent, 'old');
    mkdirSync(path.join(dataDir, 'pgdata'), { recursive: true });
    writeFileSync(path.join(dataDir, 'audit-anchors.jsonl'), '');
    writeFileSync(path.join(dataDir, 'pgdata', 'PG_VERSION'), '16\n');
    for (const [entry, mode] of [
      ['', 0o755],
      ['pgdata', 0o755],
      ['audit-anchors.jsonl', 0o644],
      ['pgdata/PG_VERSION', 0o644],
    ] as const) {
      chmodSync(path.join(dataDir, entry), mode);
    }
    expect(makeDataDirPrivate({ dataDir }).map((line) => line.replace(`${dataDir}`, 'DATA_DIR'))).toEqual([
      'DATA_DIR 0755 -> 0700',
      expect.stringMatching(/^DATA_DIR\/(pgdata|audit-anchors\.jsonl) 0[67][45][45] -> 0[67]00$/),
      expect.stringMatching(/ -> 0[67]00$/),
      expect.stringMatching(/ -> 0[67]00$/),
    ]);
    const open = (await modesUnder(dataDir)).filter((entry) => (entry.mode & 0o077) !== 0);
    expect(open).toEqual([]);
    // Nothing left to change on the next start.
    expect(makeDataDirPrivate({ dataDir })).toEqual([]);
  });
});
