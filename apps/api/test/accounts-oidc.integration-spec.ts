import { authenticator } from 'otplib';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../src/database/database.tokens';
import { DepartmentsService } from '../src/accounts/departments/departments.service';
import { ACCOUNTS_TEST_ENV, TEST_ADMIN, advanceClock, api, captureAuditEvents, refreshCookieOf, signInAsAdmin } from './support/sign-in';
import { resignIdToken, signInAtIdp, startTestIdp, type TestIdp } from './support/oidc-provider';
import { startApi, type RunningApi } from './support/start-api';
import { SessionService } from '../src/accounts/sessions/session.service';

const CLIENT = {
  clientId: 'medlocal',
  clientSecret: 'Oidc-Client-Secret-For-Tests-2026',
  // What the IdP sends the browser back to; the test forwards it to the API's real port (as a reverse proxy would).
  redirectUri: 'http://127.0.0.1:9/api/auth/oidc/callback',
  postLogoutRedirectUri: 'http://127.0.0.1:9/sign-in?reason=signedOut',
};

/** Changed by a test: IT moves this person out of every MedLocal group at the IdP. */
const MOVING_PERSON: { name: string; preferred_username: string; groups: string[] } = {
  name: 'Moving Person',
  preferred_username: 'moving.person',
  groups: ['medlocal-cardiology'],
};

const ACCOUNTS = {
  'moving.person': MOVING_PERSON,
  'dr.liu': { name: 'Dr Liu Yang', preferred_username: 'dr.liu', groups: ['medlocal-cardiology', 'all-staff'] },
  'nurse.he': { name: 'He Ping', preferred_username: 'nurse.he', groups: ['/ICU/Nurses'] },
  'it.guest': { name: 'IT Guest', preferred_username: 'it.guest', groups: ['all-staff'] },
  'boss.admin': { name: 'Admin Boss', preferred_username: 'boss.admin', groups: ['medlocal-admins'] },
  // Someone at the IdP whose username is the local break-glass admin's.
  impostor: { name: 'Impostor', preferred_username: TEST_ADMIN.username, groups: ['medlocal-admins'] },
  nameless: { name: 'No Username', groups: ['medlocal-cardiology'] },
} as const;
type IdpAccount = keyof typeof ACCOUNTS;

const MAPPING = {
  groups: [
    { group: 'medlocal-cardiology', roles: ['clinician'], department: 'CARD' },
    { group: '/ICU/Nurses', roles: ['clinician', 'researcher'], department: 'ICU' },
    { group: 'medlocal-admins', roles: ['admin'], adminScope: 'global' },
  ],
};

describe('sign-in with OpenID Connect (real oidc-provider on loopback, code + PKCE)', () => {
  let idp: TestIdp;
  let sut: RunningApi;

  beforeAll(async () => {
    idp = await startTestIdp({ client: CLIENT, accounts: ACCOUNTS });
    sut = await startApi({
      env: { ...(await oidcEnv(idp.issuer)), OIDC_MFA_AMR: 'mfa,otp' },
    });
    await createDepartments(sut);
  });

  afterEach(() => idp.rewriteIdTokens(null));

  afterAll(async () => {
    await sut?.stop();
    await idp?.stop();
  });

  it('says OpenID Connect is on, publicly', async () => {
    const providers = await api(sut, 'GET', '/api/auth/providers');
    expect(providers.status).toBe(200);
    expect(await providers.json()).toEqual({ password: true, oidc: true });
  });

  it('sends the browser to the IdP with code, PKCE S256, state and nonce', async () => {
    const started = await fetch(`${sut.baseUrl}/api/auth/oidc/start`, { redirect: 'manual' });
    const url = new URL(started.headers.get('location') ?? '');
    expect(url.origin).toBe(idp.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT.clientId,
      redirect_uri: CLIENT.redirectUri,
      scope: 'openid profile email',
      code_challenge_method: 'S256',
    });
    for (const name of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(name)).toMatch(/^[\w-]{32,}$/);
  });

  it('provisions a clinician from the groups claim on first sign-in, updates nothing on the second, and audits both', async () => {
    const events = captureAuditEvents(sut);
    const first = await sessionFrom(sut, (await signInThroughIdp(sut, 'dr.liu')).callback);
    expect(first.user).toMatchObject({
      username: 'dr.liu',
      displayName: 'Dr Liu Yang',
      roles: ['clinician'],
      source: 'oidc',
      restriction: null,
      department: { code: 'CARD' },
    });
    const me = await api(sut, 'GET', '/api/auth/me', { token: first.accessToken });
    expect(me.status).toBe(200);
    await sessionFrom(sut, (await signInThroughIdp(sut, 'dr.liu')).callback);
    expect(events.filter((event) => event.action === 'user.directory_provision')).toHaveLength(1);
    expect(events.filter((event) => event.action === 'auth.login' && event.summary?.['reasonCode'] === 'oidc')).toHaveLength(2);
    expect(await storedUser(sut, 'dr.liu')).toEqual({ source: 'oidc', roles: ['clinician'], oidc_subject: `${idp.issuer} dr.liu` });
  });

  it('follows group changes at the IdP: a new group at the next sign-in; out of every group, refused and every session ended', async () => {
    const before = await sessionFrom(sut, (await signInThroughIdp(sut, 'moving.person')).callback);
    expect(before.user).toMatchObject({ roles: ['clinician'], department: { code: 'CARD' } });
    MOVING_PERSON.groups = ['/ICU/Nurses'];
    const { callback } = await signInThroughIdp(sut, 'moving.person');
    const moved = await sessionFrom(sut, callback);
    expect(moved.user).toMatchObject({ roles: ['clinician', 'researcher'], department: { code: 'ICU' } });
    const movedRefresh = callback.headers
      .getSetCookie()
      .find((line) => line.startsWith('medlocal_refresh='))
      ?.split(';')[0];

    const events = captureAuditEvents(sut);
    MOVING_PERSON.groups = ['all-staff'];
    expect(refusalOf((await signInThroughIdp(sut, 'moving.person')).callback)).toBe('no_mapped_group');
    expect(events).toContainEqual(
      expect.objectContaining({ action: 'user.directory_sync', summary: expect.objectContaining({ reasonCode: 'no_mapped_group' }) }),
    );
    expect((await api(sut, 'GET', '/api/auth/me', { token: moved.accessToken })).status).toBe(401);
    expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: movedRefresh })).status).toBe(401);
  });

  it('maps a Keycloak-style group path to roles and department', async () => {
    const session = await sessionFrom(sut, (await signInThroughIdp(sut, 'nurse.he')).callback);
    expect(session.user).toMatchObject({ username: 'nurse.he', roles: ['clinician', 'researcher'], department: { code: 'ICU' } });
  });

  it('refuses a person in no mapped group, creates no account, and audits the reason', async () => {
    const events = captureAuditEvents(sut);
    const { callback } = await signInThroughIdp(sut, 'it.guest');
    expect(refusalOf(callback)).toBe('no_mapped_group');
    expect(callback.headers.getSetCookie().some((line) => line.startsWith('medlocal_refresh='))).toBe(false);
    expect(await storedUser(sut, 'it.guest')).toBeNull();
    expect(events).toContainEqual(expect.objectContaining({ action: 'auth.login_failed', summary: { reasonCode: 'no_mapped_group' } }));
  });

  it('never lets an IdP username take over a local account (the break-glass admin)', async () => {
    const { callback } = await signInThroughIdp(sut, 'impostor');
    expect(refusalOf(callback)).toBe('account_source_conflict');
    expect(await storedUser(sut, TEST_ADMIN.username)).toMatchObject({ source: 'local', oidc_subject: null });
  });

  it('refuses an ID token without a usable username claim', async () => {
    expect(refusalOf((await signInThroughIdp(sut, 'nameless')).callback)).toBe('username_claim_invalid');
  });

  it.each([
    ['a claim changed after signing (groups → admin)', 'id_token_signature_invalid', (token: string) => tamperPayload(token, { groups: ['medlocal-admins'] })],
    ['signed with a key the IdP never published', 'id_token_signature_invalid', (token: string) => resignIdToken(token, idp.foreignKey, (claims) => claims)],
    [
      'for another audience',
      'id_token_wrong_audience',
      (token: string) => resignIdToken(token, idp.issuerKey, (claims) => ({ ...claims, aud: 'another-app' })),
    ],
    [
      'from another issuer',
      'id_token_wrong_issuer',
      (token: string) => resignIdToken(token, idp.issuerKey, (claims) => ({ ...claims, iss: 'https://evil.example' })),
    ],
    [
      'expired an hour ago',
      'id_token_expired',
      (token: string) => resignIdToken(token, idp.issuerKey, (claims) => ({ ...claims, iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 })),
    ],
    [
      'with another flow’s nonce',
      'id_token_nonce_mismatch',
      (token: string) => resignIdToken(token, idp.issuerKey, (claims) => ({ ...claims, nonce: 'replayed-nonce-from-elsewhere' })),
    ],
  ])('refuses an ID token %s and audits %s', async (_what, reason, rewrite) => {
    idp.rewriteIdTokens((token) => Promise.resolve(rewrite(token)));
    const events = captureAuditEvents(sut);
    const { callback } = await signInThroughIdp(sut, 'dr.liu');
    expect(refusalOf(callback)).toBe(reason);
    expect(callback.headers.getSetCookie().some((line) => line.startsWith('medlocal_refresh='))).toBe(false);
    expect(events).toContainEqual(expect.objectContaining({ action: 'auth.login_failed', summary: { reasonCode: reason } }));
    expect(events.some((event) => event.action === 'auth.login')).toBe(false);
  });

  it('refuses a callback whose state is not the one this browser started with, and one without the flow cookie', async () => {
    const events = captureAuditEvents(sut);
    const mismatched = await signInThroughIdp(sut, 'dr.liu', { replaceState: 'state-of-another-browser-0123456789abcdef' });
    expect(refusalOf(mismatched.callback)).toBe('state_mismatch');
    const cookieless = await signInThroughIdp(sut, 'dr.liu', { flowCookie: null });
    expect(refusalOf(cookieless.callback)).toBe('flow_expired');
    // An attacker's own flow cookie with the victim's code: the states differ.
    const attacker = await fetch(`${sut.baseUrl}/api/auth/oidc/start`, { redirect: 'manual' });
    const attackerCookie = attacker.headers
      .getSetCookie()
      .find((line) => line.startsWith('medlocal_oidc='))
      ?.split(';')[0];
    expect(refusalOf((await signInThroughIdp(sut, 'dr.liu', { flowCookie: attackerCookie })).callback)).toBe('state_mismatch');
    expect(events.filter((event) => event.action === 'auth.login_failed').map((event) => event.summary?.['reasonCode'])).toEqual([
      'state_mismatch',
      'flow_expired',
      'state_mismatch',
    ]);
  });

  it('does not sign the same callback in twice: the flow cookie is cleared, and a replay with a copy of it finds the code spent', async () => {
    const { callback, callbackPath, flowCookie } = await signInThroughIdp(sut, 'dr.liu');
    await sessionFrom(sut, callback);
    expect(callback.headers.getSetCookie().some((line) => line.startsWith('medlocal_oidc=;'))).toBe(true);
    const replayed = await fetch(`${sut.baseUrl}${callbackPath}`, { redirect: 'manual', headers: { cookie: flowCookie } });
    expect(refusalOf(replayed)).toBe('idp_token_error');
  });

  it('signs a privileged account in only when the IdP proves a second factor (OIDC_MFA_AMR)', async () => {
    expect(refusalOf((await signInThroughIdp(sut, 'boss.admin')).callback)).toBe('idp_mfa_missing');
    idp.rewriteIdTokens((token) => resignIdToken(token, idp.issuerKey, (claims) => ({ ...claims, amr: ['pwd', 'otp'] })));
    const session = await sessionFrom(sut, (await signInThroughIdp(sut, 'boss.admin')).callback);
    expect(session.user).toMatchObject({ username: 'boss.admin', roles: ['admin'], adminScope: 'global', source: 'oidc', restriction: null });
  });

  it('refuses a password sign-in for an OpenID Connect account', async () => {
    await sessionFrom(sut, (await signInThroughIdp(sut, 'dr.liu')).callback);
    const refused = await api(sut, 'POST', '/api/auth/login', { body: { username: 'dr.liu', password: 'any-password-at-all' } });
    expect(refused.status).toBe(401);
  });

  it('logs out: the MedLocal session ends and the IdP end_session URL comes back', async () => {
    const { callback } = await signInThroughIdp(sut, 'dr.liu');
    const refreshCookie = callback.headers
      .getSetCookie()
      .find((line) => line.startsWith('medlocal_refresh='))
      ?.split(';')[0];
    const session = await sessionFrom(sut, callback);
    const logout = await api(sut, 'POST', '/api/auth/logout', { token: session.accessToken });
    expect(logout.status).toBe(200);
    const { endSessionUrl } = (await logout.json()) as { endSessionUrl: string };
    const url = new URL(endSessionUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(url.searchParams.get('client_id')).toBe(CLIENT.clientId);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(CLIENT.postLogoutRedirectUri);
    // The IdP accepts it (client and post-logout URL registered): its logout form, not an error page.
    const atIdp = await fetch(endSessionUrl, { redirect: 'manual' });
    expect(atIdp.status).toBe(200);
    expect(await atIdp.text()).toContain(`action="${idp.issuer}/session/end/confirm"`);
    expect((await api(sut, 'GET', '/api/auth/me', { token: session.accessToken })).status).toBe(401);
    expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: refreshCookie })).status).toBe(401);
    // A local account's logout stays 204 with no body.
    const admin = await signInAsAdmin(sut);
    expect((await api(sut, 'POST', '/api/auth/logout', { token: admin.accessToken })).status).toBe(204);
  });
});

describe('OpenID Connect for privileged accounts without IdP MFA settings, and with the IdP down', () => {
  let idp: TestIdp;
  let sut: RunningApi;
  let unreachable: RunningApi;
  let misnamed: RunningApi;

  beforeAll(async () => {
    idp = await startTestIdp({ client: CLIENT, accounts: ACCOUNTS });
    sut = await startApi({ env: await oidcEnv(idp.issuer) });
    await createDepartments(sut);
    // An issuer on a port nothing listens on (the IdP is down or unreachable).
    const closed = await startTestIdp({ client: CLIENT, accounts: ACCOUNTS });
    await closed.stop();
    unreachable = await startApi({ env: { ...(await oidcEnv(closed.issuer)), OIDC_TIMEOUT_MS: '1000' } });
    // The same IdP under another name: its discovery document names http://127.0.0.1:…, not http://localhost:….
    misnamed = await startApi({ env: { ...(await oidcEnv(idp.issuer.replace('127.0.0.1', 'localhost'))) } });
  });

  afterAll(async () => {
    await sut?.stop();
    await unreachable?.stop();
    await misnamed?.stop();
    await idp?.stop();
  });

  it('lets a privileged account enrol MedLocal TOTP after its first sign-in, then asks for the code through the console', async () => {
    const first = await sessionFrom(sut, (await signInThroughIdp(sut, 'boss.admin')).callback);
    expect(first.user).toMatchObject({ username: 'boss.admin', restriction: 'mfa_enrolment' });
    const enrolled = await api(sut, 'POST', '/api/auth/mfa/enrol', { token: first.accessToken });
    const { secret } = (await enrolled.json()) as { secret: string };
    expect((await api(sut, 'POST', '/api/auth/mfa/confirm', { token: first.accessToken, body: { code: authenticator.generate(secret) } })).status).toBe(204);

    const { callback } = await signInThroughIdp(sut, 'boss.admin');
    expect(callback.status).toBe(302);
    expect(callback.headers.getSetCookie().some((line) => line.startsWith('medlocal_refresh='))).toBe(false);
    const location = callback.headers.get('location') ?? '';
    const mfaToken = /^\/sign-in#oidcMfa=([\w.-]+)$/.exec(location)?.[1];
    expect(mfaToken).toBeDefined();
    const nextStep = authenticator.clone({ epoch: Date.now() + 30_000 }).generate(secret);
    const completed = await api(sut, 'POST', '/api/auth/mfa', { body: { mfaToken, code: nextStep } });
    expect(completed.status).toBe(200);
    expect(((await completed.json()) as { user: unknown }).user).toMatchObject({ username: 'boss.admin', restriction: null, source: 'oidc' });
    // The IdP grant travelled (sealed) in the challenge to the session: the re-check at refresh has something to ask with.
    expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: refreshCookieOf(completed) })).status).toBe(200);
  });

  it('sends the browser back with idp_unreachable when the IdP cannot be reached, audits it, and local sign-in still works', async () => {
    const events = captureAuditEvents(unreachable);
    const started = await fetch(`${unreachable.baseUrl}/api/auth/oidc/start`, { redirect: 'manual' });
    expect(refusalOf(started)).toBe('idp_unreachable');
    expect(events).toContainEqual(expect.objectContaining({ action: 'auth.login_failed', outcome: 'error', summary: { reasonCode: 'idp_unreachable' } }));
    expect((await api(unreachable, 'POST', '/api/auth/login', { body: TEST_ADMIN })).status).toBe(200);
  });

  it('names an OIDC_ISSUER that is not the issuer the IdP states (issuer_mismatch), for IT to copy the right one', async () => {
    const events = captureAuditEvents(misnamed);
    const started = await fetch(`${misnamed.baseUrl}/api/auth/oidc/start`, { redirect: 'manual' });
    expect(refusalOf(started)).toBe('issuer_mismatch');
    expect(events).toContainEqual(expect.objectContaining({ action: 'auth.login_failed', summary: { reasonCode: 'issuer_mismatch' } }));
  });
});

/** Changed by the tests below, as IT changes accounts at the IdP. */
const REFRESH_ACCOUNTS: Record<string, { name: string; preferred_username: string; groups: string[] }> = {
  mover: { name: 'Mover', preferred_username: 'mover', groups: ['medlocal-cardiology'] },
  'ward.lead': { name: 'Ward Lead', preferred_username: 'ward.lead', groups: ['medlocal-cardiology', 'medlocal-admins'] },
  leaver: { name: 'Leaver', preferred_username: 'leaver', groups: ['medlocal-cardiology'] },
  dropped: { name: 'Dropped', preferred_username: 'dropped', groups: ['medlocal-cardiology'] },
  ungranted: { name: 'Ungranted', preferred_username: 'ungranted', groups: ['medlocal-cardiology'] },
  outage: { name: 'Outage', preferred_username: 'outage', groups: ['medlocal-cardiology'] },
};
const REFRESH_GRACE_MINUTES = 5;

describe('OpenID Connect at token refresh: the IdP is asked again (refresh_token grant) before MedLocal rotates its own token', () => {
  let idp: TestIdp;
  let sut: RunningApi;
  const refresh = (cookie: string) => api(sut, 'POST', '/api/auth/refresh', { cookie });
  const signedIn = async (account: string) => {
    const { callback } = await signInThroughIdp(sut, account);
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');
    return sessionWithCookie(sut, refreshCookieOf(callback));
  };

  beforeAll(async () => {
    idp = await startTestIdp({ client: CLIENT, accounts: REFRESH_ACCOUNTS });
    sut = await startApi({
      database: 'test-server',
      env: { ...(await oidcEnv(idp.issuer)), MFA_REQUIRED_FOR_PRIVILEGED: 'false', OIDC_REFRESH_GRACE_MINUTES: String(REFRESH_GRACE_MINUTES) },
    });
    await createDepartments(sut);
  });

  afterAll(async () => {
    await sut?.stop();
    await idp?.stop();
  });

  it('applies a group change made at the IdP: roles and department updated, audited, and carried by the new access token', async () => {
    const session = await signedIn('mover');
    expect(session.user).toMatchObject({ roles: ['clinician'], department: { code: 'CARD' } });
    REFRESH_ACCOUNTS['mover'].groups = ['/ICU/Nurses'];
    const events = captureAuditEvents(sut);
    const refreshed = await refresh(session.refreshCookie);
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as { accessToken: string; user: Record<string, unknown> };
    expect(body.user).toMatchObject({ roles: ['clinician', 'researcher'], department: { code: 'ICU' } });
    expect(claimsOf(body.accessToken)).toMatchObject({ roles: ['clinician', 'researcher'], dept: 'ICU' });
    expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({
      summary: { targetUserId: session.user['id'], changedFields: expect.arrayContaining(['roles', 'departmentId']), targetDepartment: 'ICU' },
    });
  });

  it('withdraws a privileged role at the next refresh, and every other session of the user loses it at its very next request', async () => {
    const first = await signedIn('ward.lead');
    const second = await signedIn('ward.lead');
    expect(first.user).toMatchObject({ roles: expect.arrayContaining(['admin', 'clinician']), adminScope: 'global' });
    expect((await api(sut, 'GET', '/api/admin/users', { token: second.accessToken })).status).toBe(200);
    REFRESH_ACCOUNTS['ward.lead'].groups = ['medlocal-cardiology'];
    const refreshed = await refresh(first.refreshCookie);
    expect(refreshed.status).toBe(200);
    expect(((await refreshed.json()) as { user: unknown }).user).toMatchObject({ roles: ['clinician'], adminScope: null });
    // The second session's access token still says admin: it is not believed.
    expect(claimsOf(second.accessToken).roles).toContain('admin');
    expect((await api(sut, 'GET', '/api/admin/users', { token: second.accessToken })).status).toBe(403);
  });

  it('ends every session of a person removed at the IdP (invalid_grant): 401 at refresh, audited, the other access token refused at once', async () => {
    const first = await signedIn('leaver');
    const second = await signedIn('leaver');
    delete REFRESH_ACCOUNTS['leaver'];
    const events = captureAuditEvents(sut);
    const refused = await refresh(first.refreshCookie);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'DIRECTORY_ACCESS_REMOVED', message: expect.stringContaining('hospital sign-in (IdP)') });
    expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({
      outcome: 'success',
      summary: { targetUserId: first.user['id'], reasonCode: 'idp_grant_revoked', eventCount: 2 },
    });
    expect((await api(sut, 'GET', '/api/auth/me', { token: second.accessToken })).status).toBe(401);
    expect((await refresh(second.refreshCookie)).status).toBe(401);
  });

  it('ends every session of a person the IdP keeps but in no mapped group', async () => {
    const session = await signedIn('dropped');
    REFRESH_ACCOUNTS['dropped'].groups = ['all-staff'];
    const events = captureAuditEvents(sut);
    const refused = await refresh(session.refreshCookie);
    expect(refused.status).toBe(401);
    expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({ summary: { reasonCode: 'no_mapped_group', eventCount: 1 } });
    expect((await api(sut, 'GET', '/api/auth/me', { token: session.accessToken })).status).toBe(401);
  });

  it('fails closed for an OpenID Connect session with nothing to ask the IdP with (no IdP grant stored)', async () => {
    const session = await signedIn('ungranted');
    await dataSourceOf(sut).query(`UPDATE session SET idp_grant = NULL WHERE user_id = $1`, [session.user['id']]);
    const events = captureAuditEvents(sut);
    expect((await refresh(session.refreshCookie)).status).toBe(401);
    expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({ summary: { reasonCode: 'idp_grant_missing' } });
  });

  it('stores the IdP grant sealed: no IdP token in the clear in the session table', async () => {
    const session = await signedIn('mover');
    const rows = (await dataSourceOf(sut).query(`SELECT idp_grant FROM session WHERE user_id = $1 AND revoked_at IS NULL`, [session.user['id']])) as {
      idp_grant: string;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.idp_grant).toMatch(/^v1:/);
      expect(row.idp_grant).not.toMatch(/refresh|eyJ/);
    }
    // Logout ends the session and drops its IdP grant with it.
    await api(sut, 'POST', '/api/auth/logout', { token: session.accessToken });
    const [after] = (await dataSourceOf(sut).query(`SELECT idp_grant FROM session WHERE id = $1`, [claimsOf(session.accessToken).sid])) as {
      idp_grant: string | null;
    }[];
    expect(after.idp_grant).toBeNull();
  });

  // Last: it moves the accounts clock.
  it(`keeps the roles while the IdP is unreachable for up to OIDC_REFRESH_GRACE_MINUTES, then answers 503 without ending the session`, async () => {
    const session = await signedIn('outage');
    await idp.suspend();
    let cookie = session.refreshCookie;
    try {
      const events = captureAuditEvents(sut);
      const kept = await refresh(cookie);
      expect(kept.status).toBe(200);
      cookie = refreshCookieOf(kept);
      const keptBody = (await kept.json()) as { accessToken: string };
      expect(claimsOf(keptBody.accessToken)).toMatchObject({ roles: ['clinician'], dept: 'CARD' });
      expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({ outcome: 'error', summary: { reasonCode: 'idp_unreachable' } });

      advanceClock(sut, (REFRESH_GRACE_MINUTES + 1) * 60_000);
      const refused = await refresh(cookie);
      expect(refused.status).toBe(503);
      expect(await refused.json()).toMatchObject({ code: 'DIRECTORY_UNAVAILABLE', message: expect.stringContaining('hospital sign-in (IdP)') });
      expect(refused.headers.getSetCookie().filter((line) => line.startsWith('medlocal_refresh='))).toEqual([]);
      expect(events.filter((event) => event.action === 'user.directory_sync').at(-1)).toMatchObject({
        outcome: 'failure',
        summary: { reasonCode: 'idp_unreachable' },
      });
      expect((await api(sut, 'GET', '/api/auth/me', { token: keptBody.accessToken })).status).toBe(200);
    } finally {
      await idp.resume();
    }
    // The IdP answers again: the same refresh token works and the access is confirmed.
    expect((await refresh(cookie)).status).toBe(200);
  });
});

describe('OpenID Connect at token refresh with an IdP that hands out no refresh token: userinfo with the access token', () => {
  const accounts: Record<string, { name: string; preferred_username: string; groups: string[] }> = {
    'short.stay': { name: 'Short Stay', preferred_username: 'short.stay', groups: ['medlocal-cardiology'] },
  };
  let idp: TestIdp;
  let sut: RunningApi;

  beforeAll(async () => {
    idp = await startTestIdp({ client: CLIENT, accounts, refreshTokens: false });
    sut = await startApi({ env: await oidcEnv(idp.issuer) });
    await createDepartments(sut);
  });

  afterAll(async () => {
    await sut?.stop();
    await idp?.stop();
  });

  it('re-reads groups from userinfo at each refresh, and ends every session once userinfo no longer knows the person', async () => {
    const { callback } = await signInThroughIdp(sut, 'short.stay');
    const session = await sessionWithCookie(sut, refreshCookieOf(callback));
    accounts['short.stay'].groups = ['/ICU/Nurses'];
    const moved = await api(sut, 'POST', '/api/auth/refresh', { cookie: session.refreshCookie });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { user: unknown }).user).toMatchObject({ roles: ['clinician', 'researcher'], department: { code: 'ICU' } });

    delete accounts['short.stay'];
    const events = captureAuditEvents(sut);
    const refused = await api(sut, 'POST', '/api/auth/refresh', { cookie: refreshCookieOf(moved) });
    expect(refused.status).toBe(401);
    expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({ summary: { reasonCode: 'idp_grant_revoked', eventCount: 1 } });
  });
});

const POLICY_ACCOUNTS = {
  'ward.admin': { name: 'Ward Admin', preferred_username: 'ward.admin', groups: ['medlocal-admins'] },
};
const POLICY_LOGIN_LIMIT_PER_IP = 12;

describe('hospital sign-in policies with MFA_REQUIRED_FOR_PRIVILEGED off: IdP MFA settings, LOCAL_SIGN_IN=break-glass, malformed sign-in requests', () => {
  let idp: TestIdp;
  let sut: RunningApi;

  beforeAll(async () => {
    idp = await startTestIdp({ client: CLIENT, accounts: POLICY_ACCOUNTS });
    sut = await startApi({
      env: {
        ...(await oidcEnv(idp.issuer)),
        MFA_REQUIRED_FOR_PRIVILEGED: 'false',
        OIDC_MFA_AMR: 'otp',
        LOCAL_SIGN_IN: 'break-glass',
        LOCAL_SIGN_IN_BREAK_GLASS_USERS: TEST_ADMIN.username,
        LOGIN_RATE_LIMIT_PER_IP: String(POLICY_LOGIN_LIMIT_PER_IP),
      },
    });
  });

  afterEach(() => idp.rewriteIdTokens(null));

  afterAll(async () => {
    await sut?.stop();
    await idp?.stop();
  });

  it('refuses an admin whose ID token proves no second factor whenever OIDC_MFA_AMR is set, and signs him in when it does', async () => {
    const events = captureAuditEvents(sut);
    expect(refusalOf((await signInThroughIdp(sut, 'ward.admin')).callback)).toBe('idp_mfa_missing');
    expect(events.filter((event) => event.action === 'auth.login_failed').map((event) => event.summary?.reasonCode)).toEqual(['idp_mfa_missing']);
    idp.rewriteIdTokens((token) => resignIdToken(token, idp.issuerKey, (claims) => ({ ...claims, amr: ['pwd', 'otp'] })));
    const session = await sessionFrom(sut, (await signInThroughIdp(sut, 'ward.admin')).callback);
    expect(session.user).toMatchObject({ username: 'ward.admin', roles: ['admin'], source: 'oidc', restriction: null });
  });

  it('lets only the break-glass accounts sign in with a password: any other local account is refused 403 LOCAL_SIGN_IN_OFF, audited, and its sessions end at refresh', async () => {
    const admin = await signInAsAdmin(sut);
    expect(admin.user).toMatchObject({ source: 'local', roles: ['admin'] });
    const created = await api(sut, 'POST', '/api/admin/users', {
      token: admin.accessToken,
      body: { username: 'local.nurse', displayName: 'Local Nurse', roles: ['clinician'], password: 'Initial-Pass-Local-9x!' },
    });
    expect(created.status).toBe(201);
    const { user } = (await created.json()) as { user: { id: string } };
    // A session from before the setting changed (the API restarted with LOCAL_SIGN_IN=break-glass).
    const earlier = await sut.app.get(SessionService).start(user.id);
    const events = captureAuditEvents(sut);

    for (const password of ['Initial-Pass-Local-9x!', 'not-the-password']) {
      const refused = await api(sut, 'POST', '/api/auth/login', { body: { username: 'local.nurse', password } });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'LOCAL_SIGN_IN_OFF' });
      expect(refused.headers.getSetCookie()).toEqual([]);
    }
    const refreshed = await api(sut, 'POST', '/api/auth/refresh', { cookie: `medlocal_refresh=${earlier.refreshToken}` });
    expect(refreshed.status).toBe(403);
    expect(await refreshed.json()).toMatchObject({ code: 'LOCAL_SIGN_IN_OFF' });
    expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: `medlocal_refresh=${earlier.refreshToken}` })).status).toBe(401);

    const failures = events.filter((event) => event.action === 'auth.login_failed');
    expect(failures.map((event) => [event.summary?.reasonCode, event.actor?.userId])).toEqual([
      ['local_sign_in_off', user.id],
      ['local_sign_in_off', user.id],
      ['local_sign_in_off', user.id],
    ]);
    expect((await api(sut, 'POST', '/api/auth/refresh', { cookie: admin.refreshCookie })).status).toBe(200);
  });

  it('refuses a malformed sign-in request with 400 INVALID_SIGN_IN_REQUEST, audited request_refused without the username, and rate-limited per address', async () => {
    advanceClock(sut, 61_000); // a fresh sign-in window for this address
    const events = captureAuditEvents(sut);
    const malformed = [
      { username: 'nul\u0000name', password: 'any-password' },
      { username: 'x'.repeat(300), password: 'any-password' },
      { username: 'local.nurse', password: '' },
      { username: 'local.nurse', password: 'nul\u0000password' },
    ];
    for (const body of malformed) {
      const refused = await api(sut, 'POST', '/api/auth/login', { body });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'INVALID_SIGN_IN_REQUEST' });
    }
    const refusals = events.filter((event) => event.action === 'auth.login_failed');
    expect(refusals.map((event) => ({ actor: event.actor, summary: event.summary }))).toEqual(
      malformed.map(() => ({ actor: undefined, summary: { reasonCode: 'request_refused' } })),
    );
    expect(JSON.stringify(refusals)).not.toMatch(/nul|xxxx|local\.nurse/);

    // A flood from one address, in a fresh window: 429 once the address has had its share, and one audit event for all of those.
    advanceClock(sut, 61_000);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < POLICY_LOGIN_LIMIT_PER_IP * 2; attempt += 1) {
      statuses.push((await api(sut, 'POST', '/api/auth/login', { body: malformed[attempt % malformed.length] })).status);
    }
    expect(statuses).toEqual([...Array<number>(POLICY_LOGIN_LIMIT_PER_IP).fill(400), ...Array<number>(POLICY_LOGIN_LIMIT_PER_IP).fill(429)]);
    const afterFlood = events.filter((event) => event.action === 'auth.login_failed').slice(refusals.length);
    expect(afterFlood.map((event) => event.summary?.reasonCode)).toEqual([
      ...Array<string>(POLICY_LOGIN_LIMIT_PER_IP).fill('request_refused'),
      'rate_limited_address',
    ]);
  });
});

describe('rate limits on the OpenID Connect routes (OIDC_RATE_LIMIT_PER_IP, counted like password sign-in)', () => {
  const LIMIT = 4;
  let idp: TestIdp;
  let sut: RunningApi;

  beforeAll(async () => {
    idp = await startTestIdp({ client: CLIENT, accounts: ACCOUNTS });
    sut = await startApi({ env: { ...(await oidcEnv(idp.issuer)), OIDC_RATE_LIMIT_PER_IP: String(LIMIT) } });
  });

  afterAll(async () => {
    await sut?.stop();
    await idp?.stop();
  });

  it('refuses a flood of callbacks with bad codes with 429 and Retry-After, audits the first refusal only, and leaves password sign-in alone', async () => {
    const events = captureAuditEvents(sut);
    const callback = (code: string) => fetch(`${sut.baseUrl}/api/auth/oidc/callback?code=${code}&state=forged-state`, { redirect: 'manual' });
    for (let attempt = 0; attempt < LIMIT; attempt += 1) expect(refusalOf(await callback(`bad-code-${attempt}`))).toBe('flow_expired');
    const refusals = [
      await callback('bad-code-over'),
      await callback('bad-code-over-again'),
      await fetch(`${sut.baseUrl}/api/auth/oidc/start`, { redirect: 'manual' }),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await refused.json()).toMatchObject({ code: 'LOGIN_RATE_LIMITED' });
    }
    const rateLimited = events.filter((event) => event.summary?.['reasonCode'] === 'oidc_rate_limited_address');
    expect(rateLimited).toEqual([expect.objectContaining({ action: 'auth.login_failed', outcome: 'failure' })]);
    expect((await api(sut, 'POST', '/api/auth/login', { body: TEST_ADMIN })).status).toBe(200);
  });
});

/** The session a callback's refresh cookie opens, with the rotated cookie for the next refresh. */
async function sessionWithCookie(sut: RunningApi, refreshCookie: string) {
  const refreshed = await api(sut, 'POST', '/api/auth/refresh', { cookie: refreshCookie });
  expect(refreshed.status).toBe(200);
  const body = (await refreshed.json()) as { accessToken: string; user: Record<string, unknown> };
  return { ...body, refreshCookie: refreshCookieOf(refreshed) };
}

function claimsOf(accessToken: string): { roles: string[]; dept: string | null; sid: string } {
  return JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as { roles: string[]; dept: string | null; sid: string };
}

function dataSourceOf(sut: RunningApi): DataSource {
  return sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
}

/** The browser's whole trip: MedLocal → IdP login → MedLocal callback. Returns the callback's answer. */
async function signInThroughIdp(sut: RunningApi, account: IdpAccount | string, options: { replaceState?: string; flowCookie?: string | null } = {}) {
  const started = await fetch(`${sut.baseUrl}/api/auth/oidc/start`, { redirect: 'manual' });
  expect(started.status).toBe(302);
  const flowCookie = started.headers.getSetCookie().find((line) => line.startsWith('medlocal_oidc='));
  expect(flowCookie).toMatch(/HttpOnly/i);
  expect(flowCookie).toMatch(/SameSite=Lax/i);
  const authorizationUrl = started.headers.get('location') ?? '';
  const returned = await signInAtIdp({ authorizationUrl, accountId: account, redirectUri: CLIENT.redirectUri });
  if (options.replaceState) returned.searchParams.set('state', options.replaceState);
  const cookie = options.flowCookie === null ? undefined : (options.flowCookie ?? flowCookie?.split(';')[0]);
  const callback = await fetch(`${sut.baseUrl}/api/auth/oidc/callback${returned.search}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  return { callback, callbackPath: `/api/auth/oidc/callback${returned.search}`, flowCookie: flowCookie?.split(';')[0] ?? '' };
}

/** A signed-in callback: 302 to the console with the refresh cookie, which then gives a session. */
async function sessionFrom(sut: RunningApi, callback: Response) {
  expect(callback.status).toBe(302);
  expect(callback.headers.get('location')).toBe('/');
  const refreshCookie = callback.headers
    .getSetCookie()
    .find((line) => line.startsWith('medlocal_refresh='))
    ?.split(';')[0];
  expect(refreshCookie).toBeDefined();
  const refreshed = await api(sut, 'POST', '/api/auth/refresh', { cookie: refreshCookie });
  expect(refreshed.status).toBe(200);
  return (await refreshed.json()) as { accessToken: string; user: Record<string, unknown> };
}

function refusalOf(callback: Response): string | null {
  expect(callback.status).toBe(302);
  const location = new URL(callback.headers.get('location') ?? '', 'http://console.invalid');
  expect(location.pathname).toBe('/sign-in');
  return location.searchParams.get('oidcError');
}

async function storedUser(sut: RunningApi, username: string) {
  const rows = (await sut.app
    .get<DataSource>(DATA_SOURCE, { strict: false })
    .query(`SELECT source, roles, oidc_subject FROM app_user WHERE username = $1`, [username])) as {
    source: string;
    roles: string[];
    oidc_subject: string | null;
  }[];
  return rows[0] ?? null;
}

async function oidcEnv(issuer: string): Promise<Record<string, string>> {
  return {
    ...ACCOUNTS_TEST_ENV,
    OIDC_ISSUER: issuer,
    OIDC_ALLOW_HTTP: 'true',
    OIDC_CLIENT_ID: CLIENT.clientId,
    OIDC_CLIENT_SECRET: CLIENT.clientSecret,
    OIDC_REDIRECT_URI: CLIENT.redirectUri,
    OIDC_ROLE_MAPPING_FILE: await writeMappingFile(),
    MFA_REQUIRED_FOR_PRIVILEGED: 'true',
    OIDC_RATE_LIMIT_PER_IP: '100000',
  };
}

/** With MFA_REQUIRED_FOR_PRIVILEGED the bootstrap admin must enrol TOTP first: the departments are made as the server would. */
async function createDepartments(sut: RunningApi): Promise<void> {
  const admin = await signInAsAdmin(sut);
  const principal = {
    ...admin.user,
    userId: admin.user.id,
    departmentId: null,
    departmentCode: null,
    adminScope: 'global' as const,
    sessionId: 'test-setup',
    restriction: null,
  };
  for (const code of ['CARD', 'ICU']) {
    await sut.app.get(DepartmentsService).create({ principal, code, nameZh: code, nameEn: code, context: { requestId: 'test-setup' } });
  }
}

async function writeMappingFile(): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'medlocal-oidc-')), 'oidc-role-mapping.json');
  await writeFile(file, JSON.stringify(MAPPING));
  return file;
}

/** The same signature over a changed payload: what a man in the middle could do without the IdP's key. */
function tamperPayload(idToken: string, changes: Record<string, unknown>): string {
  const [header, payload, signature] = idToken.split('.');
  const claims = { ...(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>), ...changes };
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
