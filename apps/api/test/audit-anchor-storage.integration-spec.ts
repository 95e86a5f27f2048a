import * as childProcess from 'node:child_process';
import { mkdir, mkdtemp, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { ACCOUNTS_TEST_ENV, api, loginAs } from './support/sign-in';
import { startApi, type RunningApi } from './support/start-api';

// Taken before the API installs its egress guard in this process: mounting is the test playing the
// operator's disk, not something MedLocal launches.
const execFileSync = childProcess.execFileSync;

/**
 * Makes the anchor's folder refuse writes and gives it back. A small tmpfs remounted read-only
 * (EROFS) where the test may mount (root in CI); elsewhere the anchor file's place is taken by a
 * folder (EISDIR), which fails the same write path.
 */
async function unwritableAnchorFolder(): Promise<{
  anchorFile: string;
  code: string;
  refuse(): Promise<void>;
  allow(): Promise<void>;
  close(): Promise<void>;
}> {
  const folder = await mkdtemp(path.join(tmpdir(), 'medlocal-anchor-fs-'));
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', folder], { stdio: 'ignore' });
    mounted = true;
  } catch {
    mounted = false;
  }
  const anchorFile = path.join(folder, 'audit-anchors.jsonl');
  if (mounted) {
    return {
      anchorFile,
      code: 'EROFS',
      // The anchor holds its file open only while it writes: retry a remount that met one write.
      refuse: () => retried(() => execFileSync('mount', ['-o', 'remount,ro', folder], { stdio: 'pipe' })),
      allow: async () => {
        execFileSync('mount', ['-o', 'remount,rw', folder]);
      },
      async close() {
        execFileSync('umount', [folder]);
        await rm(folder, { recursive: true, force: true });
      },
    };
  }
  return {
    anchorFile,
    code: 'EISDIR',
    async refuse() {
      await rm(anchorFile, { force: true });
      await mkdir(anchorFile);
    },
    allow: () => rmdir(anchorFile),
    close: () => rm(folder, { recursive: true, force: true }),
  };
}

async function retried(work: () => unknown): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      work();
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('audit anchor write failures', () => {
  let sut: RunningApi;
  let storage: Awaited<ReturnType<typeof unwritableAnchorFolder>>;

  beforeAll(async () => {
    storage = await unwritableAnchorFolder();
    sut = await startApi({ database: 'test-server', env: { ...ACCOUNTS_TEST_ENV, AUDIT_ANCHOR_FILE: storage.anchorFile } });
  }, 120_000);

  afterAll(async () => {
    await storage?.allow().catch(() => undefined);
    await sut?.stop();
    await storage?.close();
  });

  it('are logged with path and cause, fail health with that reason, show in /api/status, and clear by themselves', async () => {
    const admin = await loginAs(sut, 'admin');
    expect((await api(sut, 'GET', '/api/health')).status).toBe(200);
    const errors = vi.spyOn(Logger.prototype, 'error');

    await storage.refuse();
    // Any audited act commits an event and tries to anchor it.
    expect((await api(sut, 'POST', '/api/auth/login', { body: { username: 'nobody.here', password: 'Not-The-Password-1!' } })).status).toBe(401);

    await expect.poll(async () => (await api(sut, 'GET', '/api/health')).status, { timeout: 15_000, interval: 200 }).toBe(503);
    const health = (await (await api(sut, 'GET', '/api/health')).json()) as { error?: Record<string, { status: string; message?: string }> };
    expect(health.error?.['auditStorage']?.message).toContain(storage.anchorFile);
    expect(health.error?.['auditStorage']?.message).toContain(storage.code);
    const status = (await (await api(sut, 'GET', '/api/status', { token: admin.accessToken })).json()) as {
      auditStorage?: { ok: boolean; anchor: { ok: boolean; path: string; code?: string } };
    };
    expect(status.auditStorage).toMatchObject({ ok: false, anchor: { ok: false, path: storage.anchorFile, code: storage.code } });
    const logged = errors.mock.calls.map((call) => String(call[0]));
    expect(logged.some((line) => line.includes(storage.anchorFile) && line.includes(storage.code))).toBe(true);
    errors.mockRestore();

    // While the anchor cannot be written, verify reports the lag rather than vouching for the newest events.
    const auditor = await loginAs(sut, 'auditor');
    const lagging = (await (await api(sut, 'GET', '/api/audit/verify', { token: auditor.accessToken })).json()) as {
      ok: boolean;
      anchors: { lagging: number };
    };
    expect(lagging.ok).toBe(false);
    expect(lagging.anchors.lagging).toBeGreaterThan(0);

    await storage.allow();
    // No restart: the anchor retries on its own, health and status clear, verify is whole again.
    await expect.poll(async () => (await api(sut, 'GET', '/api/health')).status, { timeout: 30_000, interval: 250 }).toBe(200);
    const recovered = (await (await api(sut, 'GET', '/api/status', { token: admin.accessToken })).json()) as { auditStorage?: { ok: boolean } };
    expect(recovered.auditStorage).toMatchObject({ ok: true });
    const verify = (await (await api(sut, 'GET', '/api/audit/verify', { token: auditor.accessToken })).json()) as { ok: boolean; anchors: { lagging: number } };
    expect(verify).toMatchObject({ ok: true, anchors: { lagging: 0 } });
  }, 180_000);
});
