import { authenticator } from 'otplib';
import { SignJWT, decodeJwt } from 'jose';
import { startApi, type DatabaseChoice, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, advanceClock, api, captureAuditEvents, clockNow, createAccount, refreshCookieOf, signIn, signInAsAdmin } from './support/sign-in';

const JWT_SECRET = 'a-test-jwt-secret-of-at-least-32-characters!';
const choices: DatabaseChoice[] = ['embedded', 'test-server'];

function encode(part: object): string {
  return Buffer.from(JSON.stringify(part)).toString('base64url');
}

describe.each(choices)('MedLocal sessions and sign-in (%s database)', (choice) => {
  let sut: RunningApi;

  beforeAll(async () => {
    sut = await startApi({ database: choice, env: { ...ACCOUNTS_TEST_ENV, JWT_SECRET } });
  });

  afterAll(async () => {
    await sut?.stop();
  });

  describe('access tokens', () => {
    it('accepts a genuine token', async () => {
      const session = await signInAsAdmin(sut);
      expect((await api(sut, 'GET', '/api/auth/me', { token: session.accessToken })).status).toBe(200);
      const claims = decodeJwt(session.accessToken);
      expect(claims).toMatchObject({ sub: session.user.id, roles: ['admin'], dept: null, sid: expect.any(String) });
      expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(900);
    });

    it('rejects a tampered payload', async () => {
      const { accessToken } = await signInAsAdmin(sut);
      const [header, payload, signature] = accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const tampered = `${header}.${encode({ ...claims, roles: ['admin', 'auditor'] })}.${signature}`;
      expect((await api(sut, 'GET', '/api/auth/me', { token: tampered })).status).toBe(401);
    });

    it('rejects alg: none', async () => {
      const { accessToken } = await signInAsAdmin(sut);
      const payload = accessToken.split('.')[1];
      const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${payload}.`;
      expect((await api(sut, 'GET', '/api/auth/me', { token: unsigned })).status).toBe(401);
    });

    it('rejects a token signed with another key, or another algorithm', async () => {
      const { accessToken } = await signInAsAdmin(sut);
      const claims = decodeJwt(accessToken);
      const forge = (key: string, alg: string) => new SignJWT({ ...claims }).setProtectedHeader({ alg }).sign(new TextEncoder().encode(key));
      expect((await api(sut, 'GET', '/api/auth/me', { token: await forge('another-secret-of-at-least-32-characters!!', 'HS256') })).status).toBe(401);
      expect((await api(sut, 'GET', '/api/auth/me', { token: await forge(JWT_SECRET, 'HS512') })).status).toBe(401);
    });

    it('rejects an expired token (the clock moved past its 15 minutes)', async () => {
      const { accessToken, refreshCookie } = await signInAsAdmin(sut);
      advanceClock(sut, 16 * 60_000);
      const response = await api(sut, 'GET', '/api/auth/me', { token: accessToken });
      expect(response.status).toBe(401);
      expect((await response.json()).code).toBe('INVALID_TOKEN');
      // The session itself is still live: refresh gives a new token.
      expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: refreshCookie })).status).toBe(200);
    });
  });

  describe('refresh tokens', () => {
    it('rotates on every use and sets a strict, httpOnly cookie on /api/auth', async () => {
      const login = await api(sut, 'POST', '/api/auth/login', {
        body: { username: ACCOUNTS_TEST_ENV['ADMIN_USERNAME'], password: ACCOUNTS_TEST_ENV['ADMIN_PASSWORD'] },
      });
      const setCookie = login.headers.getSetCookie().join('\n');
      expect(setCookie).toMatch(/medlocal_refresh=/);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
      expect(setCookie).toMatch(/Path=\/api\/auth/);
      const first = refreshCookieOf(login);
      const refreshed = await api(sut, 'POST', '/api/auth/refresh', { cookie: first });
      expect(refreshed.status).toBe(200);
      const second = refreshCookieOf(refreshed);
      expect(second).not.toBe(first);
      const body = await refreshed.json();
      expect(body).toMatchObject({ accessToken: expect.any(String), expiresIn: 900, user: { username: ACCOUNTS_TEST_ENV['ADMIN_USERNAME'] } });
      expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: second })).status).toBe(200);
    });

    it('ends the whole family when a used refresh token comes back', async () => {
      const events = captureAuditEvents(sut);
      const session = await signInAsAdmin(sut);
      const rotated = await api(sut, 'POST', '/api/auth/refresh', { cookie: session.refreshCookie });
      const next = refreshCookieOf(rotated);
      const { accessToken } = await rotated.json();

      expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: session.refreshCookie })).status).toBe(401);
      expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: next })).status).toBe(401);
      expect((await api(sut, 'GET', '/api/auth/me', { token: accessToken })).status).toBe(401);
      expect(events.filter((event) => event.action === 'auth.refresh_reuse')).toHaveLength(1);
    });

    it('refuses a missing or unknown refresh token', async () => {
      expect((await api(sut, 'POST', '/api/auth/refresh')).status).toBe(401);
      expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: 'medlocal_refresh=not-a-real-token' })).status).toBe(401);
    });

    it('ends a session idle for 30 minutes, and any session after 12 hours', async () => {
      const idle = await signInAsAdmin(sut);
      advanceClock(sut, 31 * 60_000);
      expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: idle.refreshCookie })).status).toBe(401);

      // Busy: the user does something every 20 minutes (a token refresh alone is not the user's doing).
      const busy = await signInAsAdmin(sut);
      let cookie = busy.refreshCookie;
      let lastStatus = 200;
      for (let elapsedMinutes = 0; elapsedMinutes <= 12 * 60 && lastStatus === 200; elapsedMinutes += 20) {
        advanceClock(sut, 20 * 60_000);
        const response = await api(sut, 'POST', '/api/auth/refresh', { cookie });
        lastStatus = response.status;
        if (lastStatus === 200) {
          cookie = refreshCookieOf(response);
          const { accessToken } = (await response.json()) as { accessToken: string };
          expect((await api(sut, 'GET', '/api/auth/me', { token: accessToken })).status).toBe(200);
        } else expect(elapsedMinutes + 20).toBeGreaterThanOrEqual(12 * 60);
      }
      expect(lastStatus).toBe(401);
    });

    it("ends a session idle except for the console polling status and refreshing its token (they are not the user's activity)", async () => {
      const tab = await signInAsAdmin(sut);
      let token = tab.accessToken;
      let cookie = tab.refreshCookie;
      // An open tab: status every 5 minutes, a token refresh every 10 (before the 15-minute token expires).
      for (let minutes = 5; minutes <= 25; minutes += 5) {
        advanceClock(sut, 5 * 60_000);
        expect((await api(sut, 'GET', '/api/status', { token })).status, `status poll at ${minutes} min`).toBe(200);
        if (minutes % 10 === 0) {
          const refreshed = await api(sut, 'POST', '/api/auth/refresh', { cookie });
          expect(refreshed.status, `refresh at ${minutes} min`).toBe(200);
          cookie = refreshCookieOf(refreshed);
          token = ((await refreshed.json()) as { accessToken: string }).accessToken;
        }
      }
      advanceClock(sut, 6 * 60_000);
      // 31 minutes after the last thing the user did: the session has ended, whatever the tab polled.
      expect((await api(sut, 'GET', '/api/status', { token })).status).toBe(401);
      expect((await api(sut, 'GET', '/api/auth/me', { token })).status).toBe(401);
      expect((await api(sut, 'POST', '/api/auth/refresh', { cookie })).status).toBe(401);
    });
  });

  describe('ending sessions', () => {
    it('logout ends the session at once: access token and refresh cookie', async () => {
      const events = captureAuditEvents(sut);
      const session = await signInAsAdmin(sut);
      expect((await api(sut, 'POST', '/api/auth/logout', { token: session.accessToken })).status).toBe(204);
      expect((await api(sut, 'GET', '/api/auth/me', { token: session.accessToken })).status).toBe(401);
      expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: session.refreshCookie })).status).toBe(401);
      expect(events.map((event) => event.action)).toContain('auth.logout');
    });

    it('disabling a user and "end sessions" end their sessions at once', async () => {
      const admin = await signInAsAdmin(sut);
      const account = await createAccount(sut, { roles: ['clinician'], as: admin });
      const first = await signIn(sut, account.username, account.password);
      const ended = await api(sut, 'POST', `/api/admin/users/${account.id}/end-sessions`, { token: admin.accessToken });
      // The first-sign-in session createAccount used to change the password, and this one.
      expect(await ended.json()).toEqual({ sessionsEnded: 2 });
      expect((await api(sut, 'GET', '/api/auth/me', { token: first.accessToken })).status).toBe(401);

      const second = await signIn(sut, account.username, account.password);
      const events = captureAuditEvents(sut);
      const disabled = await api(sut, 'PATCH', `/api/admin/users/${account.id}`, { token: admin.accessToken, body: { status: 'disabled' } });
      expect(disabled.status).toBe(200);
      expect((await api(sut, 'GET', '/api/auth/me', { token: second.accessToken })).status).toBe(401);
      expect((await api(sut, 'POST', '/api/auth/login', { body: { username: account.username, password: account.password } })).status).toBe(401);
      expect(events.map((event) => event.action)).toEqual(expect.arrayContaining(['user.update', 'user.disable', 'auth.login_failed']));
    });

    it('a password change ends the other sessions, keeps this one', async () => {
      const account = await createAccount(sut, { roles: ['researcher'] });
      const other = await signIn(sut, account.username, account.password);
      const current = await signIn(sut, account.username, account.password);
      const changed = await api(sut, 'POST', '/api/auth/password', {
        token: current.accessToken,
        body: { currentPassword: account.password, newPassword: 'Brand-New-Secret-77%' },
      });
      expect(changed.status).toBe(204);
      expect((await api(sut, 'GET', '/api/auth/me', { token: other.accessToken })).status).toBe(401);
      expect((await api(sut, 'GET', '/api/auth/me', { token: current.accessToken })).status).toBe(200);
      expect((await signIn(sut, account.username, 'Brand-New-Secret-77%')).user.username).toBe(account.username);
    });
  });

  describe('lockout and enumeration', () => {
    it('locks after 5 failures for 15 minutes, with the same answer as a wrong password, then lets in again', async () => {
      const account = await createAccount(sut, { roles: ['clinician'] });
      const events = captureAuditEvents(sut);
      const attempt = (password: string) => api(sut, 'POST', '/api/auth/login', { body: { username: account.username, password } });
      const answers: unknown[] = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await attempt(`Wrong-Password-${i}!x`);
        expect(response.status).toBe(401);
        answers.push(await response.json());
      }
      const locked = await attempt(account.password);
      expect(locked.status).toBe(401);
      answers.push(await locked.json());
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
      expect(events.filter((event) => event.action === 'auth.lockout')).toHaveLength(1);
      expect(events.filter((event) => event.action === 'auth.login_failed').map((event) => event.summary?.['reasonCode'])).toEqual([
        ...Array(5).fill('bad_password'),
        'locked',
      ]);

      const admin = await signInAsAdmin(sut);
      const shown = await (await api(sut, 'GET', `/api/admin/users/${account.id}`, { token: admin.accessToken })).json();
      expect(shown).toMatchObject({ status: 'locked', lockedUntil: expect.any(String) });

      advanceClock(sut, 14 * 60_000);
      expect((await attempt(account.password)).status).toBe(401);
      advanceClock(sut, 2 * 60_000);
      expect((await attempt(account.password)).status).toBe(200);
    });

    it('an admin can unlock at once', async () => {
      const account = await createAccount(sut, { roles: ['clinician'] });
      for (let i = 0; i < 5; i += 1) await api(sut, 'POST', '/api/auth/login', { body: { username: account.username, password: 'Wrong-Password-1!x' } });
      const admin = await signInAsAdmin(sut);
      const unlocked = await api(sut, 'POST', `/api/admin/users/${account.id}/unlock`, { token: admin.accessToken });
      expect(await unlocked.json()).toMatchObject({ status: 'active', lockedUntil: null });
      expect((await signIn(sut, account.username, account.password)).user.username).toBe(account.username);
    });

    it('answers an unknown username exactly like a wrong password, in similar time', async () => {
      const account = await createAccount(sut, { roles: ['clinician'] });
      const timed = async (username: string) => {
        const started = performance.now();
        const response = await api(sut, 'POST', '/api/auth/login', { body: { username, password: 'Not-The-Password-1!' } });
        return { ms: performance.now() - started, status: response.status, body: await response.json() };
      };
      const unknown = [];
      const wrong = [];
      for (let i = 0; i < 4; i += 1) {
        unknown.push(await timed(`nobody.${i}`));
        wrong.push(await timed(account.username));
      }
      expect(unknown[0].status).toBe(401);
      expect(unknown[0].body).toEqual(wrong[0].body);
      expect(unknown[0].body.message).toBe('Invalid username or password');
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const ratio = median(unknown.map((entry) => entry.ms)) / median(wrong.map((entry) => entry.ms));
      // Both spend one Argon2 verification; an unhashed path would answer many times faster.
      expect(ratio).toBeGreaterThan(0.4);
      expect(ratio).toBeLessThan(2.5);
    });
  });

  describe('TOTP second factor', () => {
    it('enrols with a code, then signs in in two steps; a code is accepted once', async () => {
      const account = await createAccount(sut, { roles: ['clinician'] });
      const session = await signIn(sut, account.username, account.password);
      const enrolment = await api(sut, 'POST', '/api/auth/mfa/enrol', { token: session.accessToken });
      expect(enrolment.status).toBe(200);
      const { secret, otpauthUrl, qrCodeDataUrl } = await enrolment.json();
      expect(otpauthUrl).toMatch(new RegExp(`^otpauth://totp/MedLocal:${account.username.replace(/\./g, '\\.')}\\?secret=${secret}`));
      expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
      const codeAt = (date: Date) => authenticator.clone({ epoch: date.getTime() }).generate(secret);

      expect((await api(sut, 'POST', '/api/auth/mfa/confirm', { token: session.accessToken, body: { code: '000000' } })).status).toBe(401);
      const events = captureAuditEvents(sut);
      const confirmedAt = clockNow(sut);
      expect((await api(sut, 'POST', '/api/auth/mfa/confirm', { token: session.accessToken, body: { code: codeAt(confirmedAt) } })).status).toBe(204);
      expect(events.map((event) => event.action)).toContain('auth.mfa_enrol');

      const login = await api(sut, 'POST', '/api/auth/login', { body: { username: account.username, password: account.password } });
      const challenge = await login.json();
      expect(challenge).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
      expect(login.headers.getSetCookie()).toEqual([]);

      // The code used to confirm is spent, even while it is still inside the drift window.
      const sameStep = await api(sut, 'POST', '/api/auth/mfa', { body: { mfaToken: challenge.mfaToken, code: codeAt(confirmedAt) } });
      expect(sameStep.status).toBe(401);
      advanceClock(sut, 30_000);
      const code = codeAt(clockNow(sut));
      const second = await api(sut, 'POST', '/api/auth/mfa', { body: { mfaToken: challenge.mfaToken, code } });
      expect(second.status).toBe(200);
      expect(await second.json()).toMatchObject({ accessToken: expect.any(String), user: { mfaEnabled: true } });
      refreshCookieOf(second);
      const replay = await api(sut, 'POST', '/api/auth/mfa', { body: { mfaToken: challenge.mfaToken, code } });
      expect(replay.status).toBe(401);
    });

    it('refuses an access token where an MFA token is expected', async () => {
      const { accessToken } = await signInAsAdmin(sut);
      expect((await api(sut, 'POST', '/api/auth/mfa', { body: { mfaToken: accessToken, code: '123456' } })).status).toBe(401);
    });
  });
});
