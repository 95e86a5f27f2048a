import { request as httpRequest } from 'node:http';
import { authenticator } from 'otplib';
import { startApi, type RunningApi } from '../support/start-api';
import {
  ACCOUNTS_TEST_ENV,
  advanceClock,
  api,
  captureAuditEvents,
  clockNow,
  createAccount,
  createDepartment,
  loginAs,
  refreshCookieOf,
  signIn,
  signInAsAdmin,
  type TestAccount,
} from '../support/sign-in';

/**
 * Issue 13 items 9, 14 (cookie), 18, 19, 20 (docs), 22 and issue 14 item 7, each reproduced as the
 * outside test did it.
 */

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Record<string, unknown>;
}

/** A JSON POST from a chosen loopback address (127.0.0.2… stand in for other machines). */
function postFrom(sut: RunningApi, params: { path: string; body: unknown; localAddress?: string; headers?: Record<string, string> }): Promise<Answer> {
  const url = new URL(params.path, sut.baseUrl);
  const payload = JSON.stringify(params.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: params.localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...params.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Enrols TOTP for a fresh account and returns its secret. */
async function enrolTotp(sut: RunningApi, account: TestAccount): Promise<string> {
  const session = await signIn(sut, account.username, account.password);
  const { secret } = (await (await api(sut, 'POST', '/api/auth/mfa/enrol', { token: session.accessToken })).json()) as { secret: string };
  const confirmed = await api(sut, 'POST', '/api/auth/mfa/confirm', {
    token: session.accessToken,
    body: { code: authenticator.clone({ epoch: clockNow(sut).getTime() }).generate(secret) },
  });
  if (confirmed.status !== 204) throw new Error(`MFA confirm answered ${confirmed.status}`);
  // The confirming code is spent; later tests need the next step's codes.
  advanceClock(sut, 30_000);
  return secret;
}

/** A six-digit code that is none of the three the server accepts right now. */
function wrongCode(sut: RunningApi, secret: string): string {
  const now = clockNow(sut).getTime();
  const valid = new Set([-30_000, 0, 30_000].map((offset) => authenticator.clone({ epoch: now + offset }).generate(secret)));
  for (let candidate = 100_000; ; candidate += 1) if (!valid.has(String(candidate))) return String(candidate);
}

async function mfaChallenge(sut: RunningApi, account: TestAccount): Promise<string> {
  const login = await api(sut, 'POST', '/api/auth/login', { body: { username: account.username, password: account.password } });
  const body = (await login.json()) as { mfaToken?: string };
  if (!body.mfaToken) throw new Error(`Expected a second-factor challenge, got ${login.status}`);
  return body.mfaToken;
}

describe('MedLocal sign-in hardening', () => {
  describe('with the usual limits', () => {
    let sut: RunningApi;

    beforeAll(async () => {
      sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, MFA_RATE_LIMIT_PER_USER: '1000', MFA_RATE_LIMIT_PER_IP: '100000' } });
    });

    afterAll(async () => {
      await sut?.stop();
    });

    it('a correct password does not reset second-factor failures: five wrong codes over several sign-ins lock the account (item 9)', async () => {
      const account = await createAccount(sut, { roles: ['clinician'] });
      const secret = await enrolTotp(sut, account);
      const events = captureAuditEvents(sut);
      // The attack: password, two guesses, password again (which used to clear the count), …
      for (let round = 0; round < 3; round += 1) {
        const login = await api(sut, 'POST', '/api/auth/login', { body: { username: account.username, password: account.password } });
        const { mfaToken } = (await login.json()) as { mfaToken?: string };
        if (!mfaToken) break;
        for (let guess = 0; guess < 2; guess += 1) {
          expect((await api(sut, 'POST', '/api/auth/mfa', { body: { mfaToken, code: wrongCode(sut, secret) } })).status).toBe(401);
        }
      }
      const login = await api(sut, 'POST', '/api/auth/login', { body: { username: account.username, password: account.password } });
      expect(login.status).toBe(401);
      expect(events.filter((event) => event.action === 'auth.lockout')).toHaveLength(1);
      expect(events.filter((event) => event.summary?.['reasonCode'] === 'bad_mfa_code').length).toBeGreaterThanOrEqual(5);
    });

    it('keeps an account locked when wrong passwords arrive at once: a late failure does not undo the lockout', async () => {
      const account = await createAccount(sut, { roles: ['clinician'] });
      const events = captureAuditEvents(sut);
      const wrong = () => api(sut, 'POST', '/api/auth/login', { body: { username: account.username, password: `${account.password}-wrong` } });
      for (let attempt = 0; attempt < 2; attempt += 1) expect((await wrong()).status).toBe(401);
      // Each of these reads the account before the others have counted: the fifth failure locks it, and the ones
      // after it must leave the lock as it is.
      const burst = await Promise.all(Array.from({ length: 5 }, () => wrong()));
      expect(burst.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
      const correct = await api(sut, 'POST', '/api/auth/login', { body: { username: account.username, password: account.password } });
      expect(correct.status).toBe(401);
      expect(events.filter((event) => event.action === 'auth.lockout')).toHaveLength(1);
    });

    it('a right second factor still clears earlier failures', async () => {
      const account = await createAccount(sut, { roles: ['clinician'] });
      const secret = await enrolTotp(sut, account);
      for (let round = 0; round < 2; round += 1) {
        const mfaToken = await mfaChallenge(sut, account);
        for (let guess = 0; guess < 2; guess += 1) await api(sut, 'POST', '/api/auth/mfa', { body: { mfaToken, code: wrongCode(sut, secret) } });
        const right = await api(sut, 'POST', '/api/auth/mfa', {
          body: { mfaToken, code: authenticator.clone({ epoch: clockNow(sut).getTime() }).generate(secret) },
        });
        expect(right.status).toBe(200);
        advanceClock(sut, 30_000);
      }
    });

    it.each([
      [
        'POST',
        '/api/admin/users',
        (dept: string) => ({ username: 'nul.user', displayName: 'Zhang\u0000Wei', roles: ['clinician'], departmentId: dept }),
        'displayName',
      ],
      ['POST', '/api/admin/departments', () => ({ code: 'NULX', nameZh: '心内\u0000科', nameEn: 'Cardiology' }), 'nameZh'],
      ['POST', '/api/admin/api-keys', (dept: string) => ({ name: 'ward\u0000key', departmentId: dept }), 'name'],
      ['POST', '/api/admin/departments', () => ({ code: 'SURR', nameZh: 'x\ud800y', nameEn: 'Lone surrogate' }), 'nameZh'],
      ['POST', '/api/terms/extract', () => ({ text: 'chest pain\u0000' }), 'text'],
      ['POST', '/api/auth/login', () => ({ username: 'root\u0000admin', password: 'whatever-it-is' }), 'username'],
    ])('%s %s with a NUL or lone surrogate answers 400 naming the field (item 19)', async (method, path, body, field) => {
      const admin = await signInAsAdmin(sut);
      const department = await createDepartment(sut, `D${Math.floor(Math.random() * 1e6)}`, admin);
      const response = await api(sut, method, path, { token: admin.accessToken, body: body(department.id) });
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { message: string };
      expect(answer.message).toContain(field);
      expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(200);
    });

    it('checks nested fields and array items too, naming the path', async () => {
      const admin = await signInAsAdmin(sut);
      const response = await api(sut, 'POST', '/api/admin/users', {
        token: admin.accessToken,
        body: { username: 'nested.nul', displayName: 'ok', roles: ['clinician', 'x\u0000'] },
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain('roles[1]');
    });

    it('serves the OpenAPI document to admins only, and no public Swagger page (item 20)', async () => {
      expect((await fetch(`${sut.baseUrl}/api/docs/openapi.json`)).status).toBe(401);
      const clinician = await loginAs(sut, 'clinician');
      expect((await api(sut, 'GET', '/api/docs/openapi.json', { token: clinician.accessToken })).status).toBe(403);
      const admin = await signInAsAdmin(sut);
      const document = await api(sut, 'GET', '/api/docs/openapi.json', { token: admin.accessToken });
      expect(document.status).toBe(200);
      expect(((await document.json()) as { info: { title: string } }).info.title).toBe('MedLocal API');
      for (const page of ['/api/docs', '/api/docs/', '/api/docs/swagger-ui-init.js', '/api/docs-json']) {
        const response = await fetch(`${sut.baseUrl}${page}`);
        expect(response.status, page).not.toBe(200);
        expect(await response.text(), page).not.toContain('/api/auth/login');
      }
    });

    it('counts the idle limit from the last request, not from the last write of last-seen (item 22)', async () => {
      const account = await createAccount(sut, { roles: ['clinician'] });
      const session = await signIn(sut, account.username, account.password);
      // Last-seen is written at most once a minute: this request, 50 s after sign-in, is not written.
      advanceClock(sut, 50_000);
      expect((await api(sut, 'GET', '/api/auth/me', { token: session.accessToken })).status).toBe(200);
      // 29.5 minutes after that request (30 min 20 s after the last write) the session is still live.
      advanceClock(sut, 29 * 60_000 + 30_000);
      const refreshed = await api(sut, 'POST', '/api/auth/refresh', { cookie: session.refreshCookie });
      expect(refreshed.status).toBe(200);
      // …and it does end 30 minutes after its true last request.
      advanceClock(sut, 30 * 60_000 + 1_000);
      expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: refreshCookieOf(refreshed) })).status).toBe(401);
    });
  });

  describe('with tight second-factor and per-address limits', () => {
    let sut: RunningApi;

    beforeAll(async () => {
      sut = await startApi({
        env: { ...ACCOUNTS_TEST_ENV, LOCKOUT_THRESHOLD: '100', MFA_RATE_LIMIT_PER_USER: '5', MFA_RATE_LIMIT_PER_IP: '30', LOGIN_RATE_LIMIT_PER_IP: '20' },
      });
    });

    afterAll(async () => {
      await sut?.stop();
    });

    it('limits second-factor guesses per user whatever the address, and audits the refusal (item 9)', async () => {
      const account = await createAccount(sut, { roles: ['clinician'] });
      const secret = await enrolTotp(sut, account);
      const mfaToken = await mfaChallenge(sut, account);
      const events = captureAuditEvents(sut);
      for (let guess = 0; guess < 5; guess += 1) {
        const answer = await postFrom(sut, { path: '/api/auth/mfa', body: { mfaToken, code: wrongCode(sut, secret) }, localAddress: `127.0.0.${20 + guess}` });
        expect(answer.status).toBe(401);
      }
      const sixth = await postFrom(sut, { path: '/api/auth/mfa', body: { mfaToken, code: wrongCode(sut, secret) }, localAddress: '127.0.0.30' });
      expect(sixth.status).toBe(429);
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
      const right = await postFrom(sut, {
        path: '/api/auth/mfa',
        body: { mfaToken, code: authenticator.clone({ epoch: clockNow(sut).getTime() }).generate(secret) },
        localAddress: '127.0.0.31',
      });
      expect(right.status).toBe(429);
      const refusals = events.filter((event) => event.action === 'auth.login_failed' && event.summary?.['reasonCode'] === 'mfa_rate_limited_user');
      expect(refusals).toHaveLength(1);
      expect(refusals[0]?.actor?.userId).toBeTruthy();
      // A minute later the user gets in.
      advanceClock(sut, 61_000);
      const later = await postFrom(sut, {
        path: '/api/auth/mfa',
        body: { mfaToken, code: authenticator.clone({ epoch: clockNow(sut).getTime() }).generate(secret) },
      });
      expect(later.status).toBe(200);
    });

    it('limits second-factor attempts per address, tokens or not (item 9)', async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 31; attempt += 1) {
        statuses.push(
          (await postFrom(sut, { path: '/api/auth/mfa', body: { mfaToken: `not-a-token-${attempt}`, code: '123456' }, localAddress: '127.0.0.9' })).status,
        );
      }
      expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
      expect(statuses[30]).toBe(429);
    });

    it('ignores X-Forwarded-For from a peer that is not a trusted proxy: rotating it does not escape the per-address limit (item 18)', async () => {
      const events = captureAuditEvents(sut);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 21; attempt += 1) {
        const answer = await postFrom(sut, {
          path: '/api/auth/login',
          body: { username: `nobody.xff.${attempt}`, password: 'Not-The-Password-1!' },
          localAddress: '127.0.0.5',
          headers: { 'x-forwarded-for': `10.9.${attempt}.1` },
        });
        statuses.push(answer.status);
      }
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(statuses[20]).toBe(429);
      const addresses = new Set(events.filter((event) => event.action === 'auth.login_failed').map((event) => event.clientAddress));
      expect([...addresses]).toEqual(['127.0.0.5']);
    });
  });

  describe('behind a declared TLS-terminating proxy (TRUST_PROXY=127.0.0.1)', () => {
    let sut: RunningApi;

    beforeAll(async () => {
      sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, TRUST_PROXY: '127.0.0.1', TLS_TERMINATED_BY_PROXY: 'true' } });
    });

    afterAll(async () => {
      await sut?.stop();
    });

    it.each(['x/y', '999.1.1.1', 'not an address', '10.0.0.1, <script>', '10.0.0.1,,'])(
      'a malformed X-Forwarded-For (%s) is ignored: the failed sign-in answers 401 and is audited with the proxy address (item 18)',
      async (header) => {
        const events = captureAuditEvents(sut);
        const answer = await postFrom(sut, {
          path: '/api/auth/login',
          body: { username: 'nobody.malformed', password: 'Not-The-Password-1!' },
          headers: { 'x-forwarded-for': header },
        });
        expect(answer.status).toBe(401);
        const failed = events.filter((event) => event.action === 'auth.login_failed');
        expect(failed).toHaveLength(1);
        expect(failed[0]?.clientAddress).toMatch(/^(127\.0\.0\.1|10\.0\.0\.1)$/);
      },
    );

    it('believes a well-formed X-Forwarded-For from the trusted proxy, and only from it (item 18)', async () => {
      const events = captureAuditEvents(sut);
      await postFrom(sut, {
        path: '/api/auth/login',
        body: { username: 'nobody.forwarded', password: 'Not-The-Password-1!' },
        headers: { 'x-forwarded-for': '10.20.30.40' },
      });
      await postFrom(sut, {
        path: '/api/auth/login',
        body: { username: 'nobody.forwarded', password: 'Not-The-Password-1!' },
        headers: { 'x-forwarded-for': '10.20.30.41' },
        localAddress: '127.0.0.3',
      });
      expect(events.filter((event) => event.action === 'auth.login_failed').map((event) => event.clientAddress)).toEqual(['10.20.30.40', '127.0.0.3']);
    });

    it('always marks the refresh cookie Secure, even when the proxy sends no X-Forwarded-Proto (item 14)', async () => {
      const login = await postFrom(sut, {
        path: '/api/auth/login',
        body: { username: ACCOUNTS_TEST_ENV['ADMIN_USERNAME'], password: ACCOUNTS_TEST_ENV['ADMIN_PASSWORD'] },
      });
      expect(login.status).toBe(200);
      const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).find((line) => line.startsWith('medlocal_refresh='));
      expect(cookie).toMatch(/;\s*Secure/i);
    });
  });
});
