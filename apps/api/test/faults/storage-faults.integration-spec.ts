import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { ACCOUNTS_TEST_ENV, TEST_ADMIN } from '../support/sign-in';
import { egressRefusalLines } from './support/fault-kit';
import { fillDisk, mountTmpfs, remountTmpfs, unmountTmpfs } from './support/tmpfs';

/**
 * Storage faults of the embedded database (PGlite in DATA_DIR) on real file systems: a small tmpfs
 * this test mounts (it runs as root), filled to the last byte, and the same tmpfs remounted read-only.
 */
const ENV = { ...ACCOUNTS_TEST_ENV, MEDLOCAL_MODE: 'demo', LOG_LEVEL: 'info' };
/** Generous on purpose (a busy shared machine); the guard probes the data folder every second. */
const NOTICED_WITHIN_MS = 30_000;

interface HealthBody {
  readonly error: Record<string, Record<string, unknown>>;
}
interface StatusBody {
  readonly storage: Record<string, unknown> | null;
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

const healthStatus = (baseUrl: string) =>
  fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(NOTICED_WITHIN_MS) }).then((response) => response.status);

async function signIn(baseUrl: string): Promise<Response> {
  return fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: TEST_ADMIN.username, password: TEST_ADMIN.password }),
    signal: AbortSignal.timeout(NOTICED_WITHIN_MS),
  });
}

describe('embedded database storage faults', () => {
  let dataDir: string;
  let sut: SpawnedApi | undefined;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'medlocal-storage-'));
    mountTmpfs(dataDir, 160);
  });

  afterEach(async () => {
    await sut?.stop('SIGKILL');
    sut = undefined;
    unmountTmpfs(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('names the full disk in health and status, refuses writes with 503, recovers by itself when space returns, and still stops on SIGTERM', async () => {
    sut = await spawnApi({ ...ENV, DATA_DIR: dataDir });
    const first = await signIn(sut.baseUrl);
    expect(first.status).toBe(200);
    const { accessToken } = await json<{ accessToken: string }>(first);
    const { baseUrl } = sut;

    const filler = path.join(dataDir, 'filler.bin');
    fillDisk(filler);

    await expect.poll(() => healthStatus(baseUrl), { timeout: NOTICED_WITHIN_MS, interval: 250 }).toBe(503);
    const health = await json<HealthBody>(await fetch(`${baseUrl}/api/health`));
    const pgliteDir = path.join(dataDir, 'pglite');
    expect(health['error']['database']).toMatchObject({ status: 'down', code: 'ENOSPC', path: pgliteDir, message: expect.stringContaining('ENOSPC') });
    // The log names the path and the cause (not "timeout exceeded when trying to connect").
    expect(sut.output()).toMatch(new RegExp(`database.storage_fault.*${pgliteDir.replace(/[/.]/g, '\\$&')}.*ENOSPC`));

    // Reads still work (the signed-in status page shows the fault); writes get a clear 503, at once.
    const status = await fetch(`${sut.baseUrl}/api/status`, {
      headers: { authorization: `Bearer ${accessToken}` },
      signal: AbortSignal.timeout(NOTICED_WITHIN_MS),
    });
    expect(status.status).toBe(200);
    expect((await json<StatusBody>(status)).storage).toMatchObject({ ok: false, fault: { code: 'ENOSPC', path: pgliteDir } });
    const refused = await signIn(sut.baseUrl);
    expect(refused.status).toBe(503);

    await rm(filler);
    // Recovers by itself: no restart.
    await expect.poll(() => healthStatus(baseUrl), { timeout: NOTICED_WITHIN_MS, interval: 250 }).toBe(200);
    await expect.poll(async () => (await signIn(baseUrl)).status, { timeout: NOTICED_WITHIN_MS, interval: 500 }).toBe(200);
    expect(sut.output()).toContain('database.storage_recovered');

    // A second fault, then SIGTERM while it lasts: the process still ends cleanly.
    fillDisk(filler);
    await expect.poll(() => healthStatus(baseUrl), { timeout: NOTICED_WITHIN_MS, interval: 250 }).toBe(503);
    expect(await sut.stop('SIGTERM')).toBe(0);
    expect(egressRefusalLines(sut.output())).toEqual([]);
    sut = undefined;
  }, 240_000);

  it('refuses to start on a read-only data folder with one line naming the path and the cause', async () => {
    // Initialised once, then the volume goes read-only: what an operator meets after a remount.
    const first = await spawnApi({ ...ENV, DATA_DIR: dataDir });
    expect(await first.stop('SIGTERM')).toBe(0);
    remountTmpfs(dataDir, 'ro');

    const attempt = await spawnApi({ ...ENV, DATA_DIR: dataDir }).then(
      (started) => ({ started, error: null as Error | null }),
      (error: Error) => ({ started: null, error }),
    );
    sut = attempt.started ?? undefined;
    expect(attempt.error?.message).toMatch(/exited with 1 before listening/);
    const lines = (attempt.error?.message ?? '').split('\n').filter((line) => line.startsWith('MedLocal failed to start'));
    expect(lines).toEqual([expect.stringContaining(`${path.join(dataDir, 'pglite')}: EROFS (read-only file system)`)]);
    expect(attempt.error?.message).not.toContain('PGlite failed to initialize properly');
  }, 240_000);
});
