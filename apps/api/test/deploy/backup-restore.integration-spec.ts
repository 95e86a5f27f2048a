import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { assertTestDatabaseName } from '@medlocal/database/testing';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import type { RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, api, createAccount, createAuditorBeforeStart, finishAuditor, signIn, signInAsAdmin, type TestAccount } from '../support/sign-in';
import { WORKSPACE_ROOT } from './support/production-env';

/**
 * Issue 18: the documented backup → wipe → restore drill, on the embedded database and on
 * PostgreSQL. After the restore the audit chain verifies against the restored anchor file and
 * users sign in with their passwords. On PostgreSQL MedLocal, the backup and the restore all use a role that owns
 * its database and is no superuser, as the bundled database image (deploy/container/postgres-entrypoint.sh) sets
 * it up.
 */
const run = promisify(execFile);
const BACKUP = path.join(WORKSPACE_ROOT, 'deploy/backup/medlocal-backup.sh');
const RESTORE = path.join(WORKSPACE_ROOT, 'deploy/backup/medlocal-restore.sh');
const serverUrl = process.env['TEST_DATABASE_URL'];

interface VerifyReport {
  ok: boolean;
  checked: number;
  lastId: number;
  anchors: { ok: boolean; mismatchCount: number; lagging: number };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function verifyAs(baseUrl: string, auditor: TestAccount): Promise<VerifyReport> {
  const sut = { baseUrl } as RunningApi;
  const session = await signIn(sut, auditor.username, auditor.password);
  const response = await api(sut, 'GET', '/api/audit/verify', { token: session.accessToken });
  expect(response.status).toBe(200);
  return (await response.json()) as VerifyReport;
}

describe.each([
  ['embedded database', false],
  ['PostgreSQL', true],
] as const)('backup and restore: %s', (_label, onServer) => {
  let folder: string;
  let databaseUrl: string | undefined;
  let adminUrl: string | undefined;
  let databaseName: string | undefined;
  let ownerRole: string | undefined;
  let sut: SpawnedApi | undefined;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'medlocal-backup-'));
    if (onServer && serverUrl) {
      adminUrl = serverUrl;
      assertTestDatabaseName(new URL(serverUrl).pathname.slice(1));
      databaseName = `test_medlocal_backup_${randomBytes(5).toString('hex')}`;
      ownerRole = `test_medlocal_owner_${randomBytes(5).toString('hex')}`;
      const ownerPassword = randomBytes(24).toString('hex');
      await withClient(adminUrl, async (client) => {
        await client.query(`CREATE ROLE ${ownerRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${ownerPassword}'`);
        await client.query(`CREATE DATABASE ${databaseName} OWNER ${ownerRole}`);
      });
      const url = new URL(serverUrl);
      url.pathname = `/${databaseName}`;
      url.username = ownerRole;
      url.password = ownerPassword;
      databaseUrl = url.toString();
    }
  });

  afterAll(async () => {
    if (sut?.child.exitCode === null) await sut.stop('SIGKILL');
    if (adminUrl && databaseName)
      await withClient(adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
        if (ownerRole) await client.query(`DROP ROLE IF EXISTS ${ownerRole}`);
      });
    await rm(folder, { recursive: true, force: true, maxRetries: 5 });
  });

  it.skipIf(onServer && !serverUrl)(
    'restores database, keys and anchor file together: the chain verifies and users sign in',
    async () => {
      const dataDir = path.join(folder, 'data');
      const anchorFile = path.join(folder, 'anchors', 'audit-anchors.jsonl');
      const backups = path.join(folder, 'backups');
      const env: Record<string, string> = {
        ...ACCOUNTS_TEST_ENV,
        MEDLOCAL_MODE: 'demo',
        DATA_DIR: dataDir,
        // On another volume, as the README advises: the backup must fetch it from there.
        AUDIT_ANCHOR_FILE: anchorFile,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      };

      // The auditor is the operator's (admin CLI, API stopped), after a first start has created the admin.
      expect(await (await spawnApi(env)).stop()).toBe(0);
      const createdAuditor = await createAuditorBeforeStart(env);
      sut = await spawnApi(env);
      const running = { baseUrl: sut.baseUrl } as RunningApi;
      const auditor = await finishAuditor(running, createdAuditor);
      const admin = await signInAsAdmin(running);
      const clinician = await createAccount(running, { roles: ['clinician'], as: admin });
      const before = await verifyAs(sut.baseUrl, auditor);
      expect(before.ok, `verify before any backup (if this fails, the trail itself does not verify today): ${JSON.stringify(before)}`).toBe(true);

      // The backup refuses while MedLocal still answers.
      const refused = await run(BACKUP, ['--data-dir', dataDir, '--out', backups, '--anchor-file', anchorFile, '--health-url', `${sut.baseUrl}/api/health`], {
        env: { PATH: process.env['PATH'] ?? '', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
      }).then(
        () => 'ran',
        (error: { stderr: string }) => error.stderr,
      );
      expect(refused).toMatch(/still answers .*stop it first/);

      expect(await sut.stop()).toBe(0);
      const { stdout } = await run(
        BACKUP,
        ['--data-dir', dataDir, '--out', backups, '--anchor-file', anchorFile, '--health-url', `${sut.baseUrl}/api/health`],
        {
          env: { PATH: process.env['PATH'] ?? '', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
        },
      );
      const backup = stdout.trim();
      const manifest = JSON.parse(await readFile(path.join(backup, 'manifest.json'), 'utf8')) as { database: string; files: { name: string }[] };
      expect(manifest.database).toBe(databaseUrl ? 'postgresql' : 'embedded');
      expect(manifest.files.map((file) => file.name).sort()).toEqual(
        databaseUrl ? ['audit-anchors.jsonl', 'data-dir.tar', 'database.pgdump'] : ['audit-anchors.jsonl', 'data-dir.tar'],
      );
      await run('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: backup });

      // Wipe: data folder, anchor file and database are gone.
      await rm(dataDir, { recursive: true, force: true });
      await rm(path.dirname(anchorFile), { recursive: true, force: true });
      if (adminUrl && databaseName) {
        await withClient(adminUrl, async (client) => {
          await client.query(`DROP DATABASE ${databaseName} WITH (FORCE)`);
          await client.query(`CREATE DATABASE ${databaseName} OWNER ${ownerRole}`);
        });
      }

      await run(RESTORE, ['--from', backup, '--data-dir', dataDir, '--anchor-file', anchorFile], {
        env: { PATH: process.env['PATH'] ?? '', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
      });
      sut = await spawnApi(env);
      const after = await verifyAs(sut.baseUrl, auditor);
      expect(after.ok, JSON.stringify(after)).toBe(true);
      expect(after.lastId).toBeGreaterThanOrEqual(before.lastId);
      const session = await signIn({ baseUrl: sut.baseUrl } as RunningApi, clinician.username, clinician.password);
      expect(session.user.roles).toEqual(['clinician']);
      expect(await sut.stop()).toBe(0);
    },
    400_000,
  );

  it('refuses a damaged backup, a non-empty data folder, and restores nothing', async () => {
    const source = path.join(folder, 'fake-source');
    const backups = path.join(folder, 'fake-backups');
    await writeFile(path.join(await mkdtemp(path.join(folder, 'x-')), 'unused'), '');
    await run('mkdir', ['-p', path.join(source, 'pglite')]);
    await writeFile(path.join(source, 'pglite', 'PG_VERSION'), '17\n');
    await writeFile(path.join(source, 'audit-anchors.jsonl'), '{"id":1}\n');
    const { stdout } = await run(BACKUP, ['--data-dir', source, '--out', backups, '--health-url', ''], { env: { PATH: process.env['PATH'] ?? '' } });
    const backup = stdout.trim();

    const target = path.join(folder, 'busy-target');
    await run('mkdir', ['-p', target]);
    await writeFile(path.join(target, 'something'), 'x');
    const busy = await run(RESTORE, ['--from', backup, '--data-dir', target], { env: { PATH: process.env['PATH'] ?? '' } }).then(
      () => '',
      (error: { stderr: string }) => error.stderr,
    );
    expect(busy).toMatch(/is not empty: restore only onto a clean data folder/);

    await writeFile(path.join(backup, 'data-dir.tar'), 'tampered');
    const fresh = path.join(folder, 'fresh-target');
    const damaged = await run(RESTORE, ['--from', backup, '--data-dir', fresh], { env: { PATH: process.env['PATH'] ?? '' } }).then(
      () => '',
      (error: { stderr: string }) => error.stderr,
    );
    expect(damaged).toMatch(/checksums do not match/);
    expect(await readdir(folder)).not.toContain('fresh-target');
  });
});
