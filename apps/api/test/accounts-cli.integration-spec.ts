import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AdminCommandError, runAdminCommand } from '../src/cli/run-admin-command';
import { createMedLocalApp } from '../src/bootstrap/create-app';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../src/database/database.tokens';
import type { RunningApi } from './support/start-api';
import { api, signIn } from './support/sign-in';

/**
 * The CLI and the API take turns on one embedded database (PGlite is single-process), as an
 * operator would: stop the service, run the command, start it again.
 */
describe(runAdminCommand.name, () => {
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'medlocal-cli-'));
    env = { DATA_DIR: dataDir, MEDLOCAL_MODE: 'demo', LOG_LEVEL: 'error' };
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function withApi(run: (sut: RunningApi) => Promise<void>): Promise<void> {
    const started = await createMedLocalApp({ env, consoleDir: path.join(dataDir, 'no-console') });
    await started.app.listen(0, '127.0.0.1');
    const { port } = started.app.getHttpServer().address() as AddressInfo;
    const sut: RunningApi = { ...started, baseUrl: `http://127.0.0.1:${port}`, dataDir, stop: () => started.app.close() };
    try {
      await run(sut);
    } finally {
      await started.app.close();
    }
  }

  const oneTimePasswordIn = (lines: string[]): string => {
    const found = /one-time password(?: for \S+)?: (\S+)/.exec(lines.join('\n'))?.[1];
    if (!found) throw new Error(`No one-time password in: ${lines.join(' / ')}`);
    return found;
  };

  it('leaves no file in a fresh data folder readable by anyone but its owner', async () => {
    const freshDir = await mkdtemp(path.join(tmpdir(), 'medlocal-cli-fresh-'));
    try {
      await runAdminCommand({
        argv: ['create-user', '--username', 'zhao.lei', '--display-name', '赵磊', '--roles', 'clinician'],
        env: { ...env, DATA_DIR: freshDir },
      });
      const readableByOthers: string[] = [];
      const walk = async (dir: string): Promise<void> => {
        for (const entry of await readdir(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          if (((await stat(full)).mode & 0o077) !== 0) readableByOthers.push(full);
          if (entry.isDirectory()) await walk(full);
        }
      };
      await walk(freshDir);
      expect(readableByOthers).toEqual([]);
    } finally {
      await rm(freshDir, { recursive: true, force: true });
    }
  });

  it('creates users, resets a password and unlocks an account', async () => {
    const created = await runAdminCommand({
      argv: ['create-user', '--username', 'wang.fang', '--display-name', '王芳', '--roles', 'clinician,researcher'],
      env,
    });
    const wangPassword = oneTimePasswordIn(created.lines);
    const li = await runAdminCommand({
      argv: ['create-user', '--username', 'li.na', '--display-name', '李娜', '--roles', 'admin', '--admin-scope', 'global'],
      env,
    });
    const liPassword = oneTimePasswordIn(li.lines);
    expect(wangPassword).toMatch(/^\S{16}$/);

    await withApi(async (sut) => {
      const session = await signIn(sut, 'wang.fang', wangPassword);
      expect(session.user).toMatchObject({ roles: ['clinician', 'researcher'], restriction: 'password_change' });
      for (let i = 0; i < 5; i += 1) await api(sut, 'POST', '/api/auth/login', { body: { username: 'li.na', password: 'Wrong-Password-1!' } });
      expect((await api(sut, 'POST', '/api/auth/login', { body: { username: 'li.na', password: liPassword } })).status).toBe(401);
    });

    const reset = await runAdminCommand({ argv: ['reset-password', '--username', 'li.na'], env });
    const newPassword = oneTimePasswordIn(reset.lines);
    expect(newPassword).not.toBe(liPassword);
    expect((await runAdminCommand({ argv: ['unlock', '--username', 'li.na'], env })).lines).toEqual(['Unlocked li.na']);

    await withApi(async (sut) => {
      expect((await api(sut, 'POST', '/api/auth/login', { body: { username: 'li.na', password: liPassword } })).status).toBe(401);
      const session = await signIn(sut, 'li.na', newPassword);
      expect(session.user).toMatchObject({ roles: ['admin'], adminScope: 'global', restriction: 'password_change' });
    });
    // Four CLI runs and two API starts, each opening the database: minutes on a loaded machine.
  }, 240_000);

  it("is how auditors are created, reset and unlocked (三员分立): the API's admins cannot, and the trail names admin-cli", async () => {
    const idIn = (lines: string[]) => /Created \S+ \(([0-9a-f-]{36})\)/.exec(lines.join('\n'))?.[1] ?? '';
    const created = await runAdminCommand({ argv: ['create-user', '--username', 'sun.li', '--display-name', '孙丽', '--roles', 'auditor'], env });
    const auditorId = idIn(created.lines);
    const firstPassword = oneTimePasswordIn(created.lines);
    const chief = await runAdminCommand({
      argv: ['create-user', '--username', 'zhou.qiang', '--display-name', '周强', '--roles', 'admin', '--admin-scope', 'global'],
      env,
    });
    const reset = await runAdminCommand({ argv: ['reset-password', '--username', 'sun.li'], env });
    const auditorPassword = oneTimePasswordIn(reset.lines);
    expect(auditorPassword).not.toBe(firstPassword);
    expect((await runAdminCommand({ argv: ['unlock', '--username', 'sun.li'], env })).lines).toEqual(['Unlocked sun.li']);

    await withApi(async (sut) => {
      const chiefFirst = oneTimePasswordIn(chief.lines);
      const first = await signIn(sut, 'zhou.qiang', chiefFirst);
      expect(
        (
          await api(sut, 'POST', '/api/auth/password', {
            token: first.accessToken,
            body: { currentPassword: chiefFirst, newPassword: 'Chief-Admin-Pass-2026!k' },
          })
        ).status,
      ).toBe(204);
      const admin = await signIn(sut, 'zhou.qiang', 'Chief-Admin-Pass-2026!k');
      const listed = (await (await api(sut, 'GET', '/api/admin/users', { token: admin.accessToken })).json()) as { id: string }[];
      expect(listed.map((user) => user.id)).not.toContain(auditorId);
      expect((await api(sut, 'POST', `/api/admin/users/${auditorId}/reset-password`, { token: admin.accessToken })).status).toBe(404);

      const session = await signIn(sut, 'sun.li', auditorPassword);
      expect(session.user).toMatchObject({ roles: ['auditor'], restriction: 'password_change' });
      expect(
        (
          await api(sut, 'POST', '/api/auth/password', {
            token: session.accessToken,
            body: { currentPassword: auditorPassword, newPassword: 'Auditor-Own-Pass-2026!m' },
          })
        ).status,
      ).toBe(204);
      const auditor = await signIn(sut, 'sun.li', 'Auditor-Own-Pass-2026!m');
      const page = (await (await api(sut, 'GET', '/api/audit/events?pageSize=200', { token: auditor.accessToken })).json()) as {
        items: { action: string; actor?: { username?: string; role?: string } | null; summary?: { targetUserId?: string } | null; [key: string]: unknown }[];
      };
      const onAuditor = page.items.filter((event) => event.summary?.targetUserId === auditorId);
      const changes = onAuditor.filter((event) => event.action.startsWith('user.'));
      expect(changes.map((event) => event.action).sort()).toEqual(['user.create', 'user.reset_password', 'user.unlock']);
      expect(JSON.stringify(changes)).toContain('admin-cli');
      // The admin's attempt is on the trail too.
      expect(onAuditor.filter((event) => event.action === 'access.denied')).toHaveLength(1);
    });
  }, 240_000);

  it('refuses to reset the password of a directory account or to create a local one under its name; unlock, disable and enable still work', async () => {
    await withApi(async (sut) => {
      // As the first directory sign-in leaves it (the CLI needs no directory to see the account's source).
      await sut.app.get<DataSource>(DATA_SOURCE, { strict: false }).query(
        `INSERT INTO app_user (id, username, display_name, roles, status, source, password_hash, password_history, must_change_password, failed_attempts, password_changed_at, totp_enabled, created_at, updated_at)
         VALUES (gen_random_uuid(), 'he.yun', 'Dr He Yun', '{clinician}', 'locked', 'ldap', '!directory', '{}', false, 5, now(), false, now(), now())`,
      );
    });
    await expect(runAdminCommand({ argv: ['reset-password', '--username', 'he.yun'], env })).rejects.toMatchObject({
      code: 'DIRECTORY_MANAGED_ACCOUNT',
      message: expect.stringContaining('he.yun signs in with the hospital directory'),
    });
    await expect(
      runAdminCommand({ argv: ['create-user', '--username', 'he.yun', '--display-name', 'He Yun', '--roles', 'clinician'], env }),
    ).rejects.toMatchObject({
      code: 'DIRECTORY_MANAGED_ACCOUNT',
    });
    expect((await runAdminCommand({ argv: ['unlock', '--username', 'he.yun'], env })).lines).toEqual(['Unlocked he.yun']);
    expect((await runAdminCommand({ argv: ['disable', '--username', 'he.yun'], env })).lines).toEqual(['Disabled he.yun']);
    expect((await runAdminCommand({ argv: ['enable', '--username', 'he.yun'], env })).lines).toEqual(['Enabled he.yun']);
  });

  it('says what is wrong with a bad command line', async () => {
    await expect(runAdminCommand({ argv: ['create-user', '--username', 'x.y'], env })).rejects.toThrow(AdminCommandError);
    await expect(runAdminCommand({ argv: ['create-user', '--username', 'x.y', '--display-name', 'X', '--roles', 'wizard'], env })).rejects.toThrow(
      /Unknown role/,
    );
    await expect(runAdminCommand({ argv: ['unlock', '--username', 'nobody'], env })).rejects.toThrow(/No user named nobody/);
    await expect(runAdminCommand({ argv: ['explode'], env })).rejects.toThrow(/Unknown command/);
    expect((await runAdminCommand({ argv: ['--help'], env })).lines[0]).toMatch(/^usage: npm run admin/);
  });
});
