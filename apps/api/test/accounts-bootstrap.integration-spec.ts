import { stat } from 'node:fs/promises';
import path from 'node:path';
import { startApi, type RunningApi } from './support/start-api';
import { api, signIn } from './support/sign-in';

const LIMITS = { LOGIN_RATE_LIMIT_PER_IP: '1000', LOGIN_RATE_LIMIT_PER_USERNAME: '1000' };

describe('First start on an empty database', () => {
  describe('without ADMIN_USERNAME/ADMIN_PASSWORD', () => {
    let sut: RunningApi;
    let printed = '';

    beforeAll(async () => {
      const write = process.stdout.write.bind(process.stdout);
      const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
        printed += String(chunk);
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      });
      try {
        sut = await startApi({ database: 'test-server', env: LIMITS });
      } finally {
        spy.mockRestore();
      }
    });

    afterAll(async () => {
      await sut?.stop();
    });

    it('creates "admin" with a one-time password printed once, which must be changed first', async () => {
      const match = /created global admin "admin" with one-time password:\s+(\S+)/.exec(printed);
      expect(match).not.toBeNull();
      const oneTimePassword = match?.[1] ?? '';
      const session = await signIn(sut, 'admin', oneTimePassword);
      expect(session.user).toMatchObject({ restriction: 'password_change', mustChangePassword: true, roles: ['admin'], adminScope: 'global' });
      const refused = await api(sut, 'GET', '/api/admin/users', { token: session.accessToken });
      expect(refused.status).toBe(403);
      expect((await refused.json()).code).toBe('RESTRICTED_SESSION');

      const changed = await api(sut, 'POST', '/api/auth/password', {
        token: session.accessToken,
        body: { currentPassword: oneTimePassword, newPassword: 'Hospital-IT-Chosen-9!' },
      });
      expect(changed.status).toBe(204);
      expect((await api(sut, 'GET', '/api/admin/users', { token: session.accessToken })).status).toBe(200);
    });

    it('keeps the generated keys in DATA_DIR, readable by the owner only', async () => {
      for (const file of ['jwt-secret.key', 'totp-encryption.key']) {
        expect(((await stat(path.join(sut.dataDir, file))).mode & 0o777).toString(8)).toBe('600');
      }
    });
  });

  describe('with ADMIN_USERNAME/ADMIN_PASSWORD', () => {
    let sut: RunningApi;

    beforeAll(async () => {
      sut = await startApi({ env: { ...LIMITS, ADMIN_USERNAME: 'it.chief', ADMIN_PASSWORD: 'Configured-Admin-Pass-3$' } });
    });

    afterAll(async () => {
      await sut?.stop();
    });

    it('creates that global admin, usable at once', async () => {
      const session = await signIn(sut, 'it.chief', 'Configured-Admin-Pass-3$');
      expect(session.user).toMatchObject({ restriction: null, mustChangePassword: false, roles: ['admin'], adminScope: 'global' });
      expect((await api(sut, 'GET', '/api/admin/users', { token: session.accessToken })).status).toBe(200);
    });
  });

  it('refuses to start when ADMIN_PASSWORD breaks the password policy, saying so', async () => {
    await expect(startApi({ env: { ADMIN_USERNAME: 'it.chief', ADMIN_PASSWORD: 'it.chief-Password1' } })).rejects.toThrow(
      /ADMIN_PASSWORD does not meet the password policy.*username/,
    );
  });
});
