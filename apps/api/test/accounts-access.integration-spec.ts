import { authenticator } from 'otplib';
import { collectRouteAccess, type RouteAccess } from '../src/common/access';
import { ROLES, type Role } from '../src/common/access/roles';
import { startApi, type DatabaseChoice, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, createAccount, createDepartment, loginAs, signIn, signInAsAdmin, type SignedInSession } from './support/sign-in';

const SERVICE_API_KEY = 'service-key-for-access-tests-0123456789';

interface Fixtures {
  readonly departmentId: string;
  readonly targetUserId: string;
}

interface Caller {
  /** Absent for an anonymous request. */
  readonly session?: SignedInSession;
  readonly role?: Role;
}

interface RouteExpectation {
  readonly access: RouteAccess['kind'];
  /** For `roles` routes: who may call. */
  readonly roles?: readonly Role[];
  /** For `roles` routes that admit global admins only (`@GlobalAdmin()`). */
  readonly adminScope?: 'global';
  /** The answer an allowed caller gets from `call`; `handler` for any answer but 401/403 (another module's own rules). */
  readonly ok: number | 'handler';
  /** Per-role answers where a public route's own handler decides (metrics). */
  readonly okFor?: Partial<Record<Role, number>>;
  /** Anonymous answer for public routes (whatever the handler says); 401 for every other kind. */
  readonly anonymous?: number | 'handler';
  call(sut: RunningApi, caller: Caller, fixtures: Fixtures): Promise<Response>;
}

let sequence = 0;
const unique = (prefix: string) => `${prefix}${process.pid % 1000}${++sequence}`;

/** A bulk user import file, sent as the request body the way the console sends it. */
function csvUpload(sut: RunningApi, path: string, caller: Caller, csv: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'text/csv' };
  if (caller.session) headers['authorization'] = `Bearer ${caller.session.accessToken}`;
  return fetch(`${sut.baseUrl}${path}`, { method: 'POST', headers, body: csv });
}

/** A throwaway account of the caller's role, for routes that change the caller's own account. */
async function ownThrowaway(sut: RunningApi, caller: Caller): Promise<{ session: SignedInSession; password: string } | undefined> {
  if (!caller.session || !caller.role) return undefined;
  const account = await createAccount(sut, { roles: [caller.role] });
  return { session: await signIn(sut, account.username, account.password), password: account.password };
}

/**
 * Every route the API registers, with who may call it and a request that succeeds for an allowed
 * caller. A route missing here fails the walk below, so a new route cannot ship without a row.
 */
const EXPECTED: Record<string, RouteExpectation> = {
  'GET /api/health': { access: 'public', ok: 200, anonymous: 200, call: (sut) => api(sut, 'GET', '/api/health') },
  'GET /api/status': { access: 'signed-in', ok: 200, call: (sut, c) => api(sut, 'GET', '/api/status', { token: c.session?.accessToken }) },
  'POST /api/auth/login': {
    access: 'public',
    ok: 200,
    anonymous: 200,
    call: (sut) =>
      api(sut, 'POST', '/api/auth/login', { body: { username: ACCOUNTS_TEST_ENV['ADMIN_USERNAME'], password: ACCOUNTS_TEST_ENV['ADMIN_PASSWORD'] } }),
  },
  'POST /api/auth/refresh': {
    access: 'public',
    ok: 200,
    anonymous: 200,
    call: async (sut) => api(sut, 'POST', '/api/auth/refresh', { cookie: (await signInAsAdmin(sut)).refreshCookie }),
  },
  // Public: the MFA token is the credential. A forged one reaches the handler and is refused there.
  'POST /api/auth/mfa': {
    access: 'public',
    ok: 401,
    anonymous: 401,
    call: (sut) => api(sut, 'POST', '/api/auth/mfa', { body: { mfaToken: 'not-a-token', code: '123456' } }),
  },
  'POST /api/auth/logout': {
    access: 'signed-in',
    ok: 204,
    call: async (sut, c) => api(sut, 'POST', '/api/auth/logout', { token: c.role ? (await loginAs(sut, c.role)).accessToken : undefined }),
  },
  // Hospital sign-in (OpenID Connect): public by nature; with OIDC off the handlers answer for themselves.
  'GET /api/auth/providers': { access: 'public', ok: 200, anonymous: 200, call: (sut) => api(sut, 'GET', '/api/auth/providers') },
  'GET /api/auth/oidc/start': { access: 'public', ok: 'handler', anonymous: 'handler', call: (sut) => api(sut, 'GET', '/api/auth/oidc/start') },
  'GET /api/auth/oidc/callback': { access: 'public', ok: 'handler', anonymous: 'handler', call: (sut) => api(sut, 'GET', '/api/auth/oidc/callback') },
  'GET /api/auth/me': { access: 'signed-in', ok: 200, call: (sut, c) => api(sut, 'GET', '/api/auth/me', { token: c.session?.accessToken }) },
  'POST /api/auth/password': {
    access: 'signed-in',
    ok: 204,
    call: async (sut, c) => {
      const own = await ownThrowaway(sut, c);
      return api(sut, 'POST', '/api/auth/password', {
        token: own?.session.accessToken,
        body: { currentPassword: own?.password ?? 'x', newPassword: 'Another-Secret-42#q' },
      });
    },
  },
  'POST /api/auth/mfa/enrol': { access: 'signed-in', ok: 200, call: (sut, c) => api(sut, 'POST', '/api/auth/mfa/enrol', { token: c.session?.accessToken }) },
  'POST /api/auth/mfa/confirm': {
    access: 'signed-in',
    ok: 204,
    call: async (sut, c) => {
      const own = await ownThrowaway(sut, c);
      if (!own) return api(sut, 'POST', '/api/auth/mfa/confirm', { body: { code: '123456' } });
      const enrolment = (await (await api(sut, 'POST', '/api/auth/mfa/enrol', { token: own.session.accessToken })).json()) as { secret: string };
      return api(sut, 'POST', '/api/auth/mfa/confirm', { token: own.session.accessToken, body: { code: authenticator.generate(enrolment.secret) } });
    },
  },
  'GET /api/admin/users': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    call: (sut, c) => api(sut, 'GET', '/api/admin/users', { token: c.session?.accessToken }),
  },
  'POST /api/admin/users': {
    access: 'roles',
    roles: ['admin'],
    ok: 201,
    call: (sut, c, f) =>
      api(sut, 'POST', '/api/admin/users', {
        token: c.session?.accessToken,
        body: { username: unique('matrix.'), displayName: 'Matrix', roles: ['clinician'], departmentId: f.departmentId },
      }),
  },
  'POST /api/admin/users/import/dry-run': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    call: (sut, c) => csvUpload(sut, '/api/admin/users/import/dry-run', c, `username,display_name,department,roles\n${unique('bulk.')},Bulk,,clinician\n`),
  },
  'POST /api/admin/users/import': {
    access: 'roles',
    roles: ['admin'],
    ok: 201,
    call: (sut, c) => csvUpload(sut, '/api/admin/users/import', c, `username,display_name,department,roles\n${unique('bulk.')},Bulk,,clinician\n`),
  },
  'GET /api/admin/users/:id': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    call: (sut, c, f) => api(sut, 'GET', `/api/admin/users/${f.targetUserId}`, { token: c.session?.accessToken }),
  },
  'PATCH /api/admin/users/:id': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    call: (sut, c, f) => api(sut, 'PATCH', `/api/admin/users/${f.targetUserId}`, { token: c.session?.accessToken, body: { displayName: 'Renamed' } }),
  },
  'POST /api/admin/users/:id/reset-password': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    call: (sut, c, f) => api(sut, 'POST', `/api/admin/users/${f.targetUserId}/reset-password`, { token: c.session?.accessToken }),
  },
  'POST /api/admin/users/:id/unlock': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    call: (sut, c, f) => api(sut, 'POST', `/api/admin/users/${f.targetUserId}/unlock`, { token: c.session?.accessToken }),
  },
  'POST /api/admin/users/:id/end-sessions': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    call: (sut, c, f) => api(sut, 'POST', `/api/admin/users/${f.targetUserId}/end-sessions`, { token: c.session?.accessToken }),
  },
  'GET /api/admin/departments': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    call: (sut, c) => api(sut, 'GET', '/api/admin/departments', { token: c.session?.accessToken }),
  },
  'POST /api/admin/departments': {
    access: 'roles',
    roles: ['admin'],
    ok: 201,
    call: (sut, c) =>
      api(sut, 'POST', '/api/admin/departments', { token: c.session?.accessToken, body: { code: unique('D'), nameZh: '测试科', nameEn: 'Test' } }),
  },
  'PATCH /api/admin/departments/:id': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    call: (sut, c, f) => api(sut, 'PATCH', `/api/admin/departments/${f.departmentId}`, { token: c.session?.accessToken, body: { nameEn: 'Renamed' } }),
  },
  'POST /api/admin/departments/:id/retire': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    // A department of its own: the fixture's must stay open for the users and keys other rows create.
    call: async (sut, c) => {
      const department = await createDepartment(sut, unique('R'), await signInAsAdmin(sut));
      return api(sut, 'POST', `/api/admin/departments/${department.id}/retire`, { token: c.session?.accessToken });
    },
  },
  'POST /api/admin/departments/:id/reinstate': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    // Reinstating an open department changes nothing: the fixture's stays open.
    call: (sut, c, f) => api(sut, 'POST', `/api/admin/departments/${f.departmentId}/reinstate`, { token: c.session?.accessToken }),
  },
  'GET /api/admin/api-keys': {
    access: 'roles',
    roles: ['admin'],
    ok: 200,
    call: (sut, c) => api(sut, 'GET', '/api/admin/api-keys', { token: c.session?.accessToken }),
  },
  'POST /api/admin/api-keys': {
    access: 'roles',
    roles: ['admin'],
    ok: 201,
    call: (sut, c, f) => api(sut, 'POST', '/api/admin/api-keys', { token: c.session?.accessToken, body: { name: 'matrix', departmentId: f.departmentId } }),
  },
  'DELETE /api/admin/api-keys/:id': {
    access: 'roles',
    roles: ['admin'],
    ok: 204,
    call: async (sut, c, f) => {
      const admin = await signInAsAdmin(sut);
      const created = (await (
        await api(sut, 'POST', '/api/admin/api-keys', { token: admin.accessToken, body: { name: 'to-revoke', departmentId: f.departmentId } })
      ).json()) as { id: string };
      return api(sut, 'DELETE', `/api/admin/api-keys/${created.id}`, { token: c.session?.accessToken });
    },
  },
  'GET /api/research/api-keys': {
    access: 'roles',
    roles: ['researcher'],
    ok: 200,
    call: (sut, c) => api(sut, 'GET', '/api/research/api-keys', { token: c.session?.accessToken }),
  },
  'POST /api/research/api-keys': {
    access: 'roles',
    roles: ['researcher'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'POST', '/api/research/api-keys', { token: c.session?.accessToken, body: { name: 'access-walk key' } }),
  },
  'DELETE /api/research/api-keys/:id': {
    access: 'roles',
    roles: ['researcher'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'DELETE', '/api/research/api-keys/00000000-0000-4000-8000-000000000000', { token: c.session?.accessToken }),
  },
  // Other modules' routes: the guard's part is checked here, their handlers' answers in their own tests.
  'GET /api/chat/conversations': {
    access: 'roles',
    roles: ['clinician'],
    ok: 200,
    call: (sut, c) => api(sut, 'GET', '/api/chat/conversations', { token: c.session?.accessToken }),
  },
  'GET /api/chat/conversations/:id': {
    access: 'roles',
    roles: ['clinician'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/chat/conversations/00000000-0000-4000-8000-000000000000', { token: c.session?.accessToken }),
  },
  'PATCH /api/chat/conversations/:id': {
    access: 'roles',
    roles: ['clinician'],
    ok: 'handler',
    call: (sut, c) =>
      api(sut, 'PATCH', '/api/chat/conversations/00000000-0000-4000-8000-000000000000', { token: c.session?.accessToken, body: { title: 'x' } }),
  },
  'POST /api/chat/conversations': {
    access: 'roles',
    roles: ['clinician'],
    ok: 201,
    call: (sut, c) => api(sut, 'POST', '/api/chat/conversations', { token: c.session?.accessToken }),
  },
  'DELETE /api/chat/conversations/:id': {
    access: 'roles',
    roles: ['clinician'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'DELETE', '/api/chat/conversations/00000000-0000-4000-8000-000000000000', { token: c.session?.accessToken }),
  },
  'POST /api/chat/conversations/:id/turns/:turn/feedback': {
    access: 'roles',
    roles: ['clinician'],
    ok: 'handler',
    call: (sut, c) =>
      api(sut, 'POST', '/api/chat/conversations/00000000-0000-4000-8000-000000000000/turns/1/feedback', {
        token: c.session?.accessToken,
        body: { rating: 'useful' },
      }),
  },
  'PATCH /api/chat/conversations/:id/profile/facts': {
    access: 'roles',
    roles: ['clinician'],
    ok: 'handler',
    call: (sut, c) =>
      api(sut, 'PATCH', '/api/chat/conversations/00000000-0000-4000-8000-000000000000/profile/facts', {
        token: c.session?.accessToken,
        body: { kind: 'age', value: 70 },
      }),
  },
  'DELETE /api/chat/conversations/:id/profile/facts/:kind': {
    access: 'roles',
    roles: ['clinician'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'DELETE', '/api/chat/conversations/00000000-0000-4000-8000-000000000000/profile/facts/age', { token: c.session?.accessToken }),
  },
  'POST /api/chat/conversations/:id/messages': {
    access: 'roles',
    roles: ['clinician'],
    ok: 400,
    call: (sut, c) => api(sut, 'POST', '/api/chat/conversations/00000000-0000-4000-8000-000000000000/messages', { token: c.session?.accessToken, body: {} }),
  },
  'GET /api/admin/prompts/:name': {
    access: 'roles',
    roles: ['admin'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/admin/prompts/system', { token: c.session?.accessToken }),
  },
  'PUT /api/admin/prompts/:name': {
    access: 'roles',
    roles: ['admin'],
    adminScope: 'global',
    ok: 400,
    call: (sut, c) => api(sut, 'PUT', '/api/admin/prompts/system', { token: c.session?.accessToken, body: {} }),
  },
  'POST /api/admin/prompts/:name/revert': {
    access: 'roles',
    roles: ['admin'],
    adminScope: 'global',
    ok: 400,
    call: (sut, c) => api(sut, 'POST', '/api/admin/prompts/system/revert', { token: c.session?.accessToken, body: {} }),
  },
  'POST /api/admin/prompts/:name/preview': {
    access: 'roles',
    roles: ['admin'],
    ok: 400,
    call: (sut, c) => api(sut, 'POST', '/api/admin/prompts/system/preview', { token: c.session?.accessToken, body: {} }),
  },
  'GET /api/admin/prompts/:name/departments/:departmentId': {
    access: 'roles',
    roles: ['admin'],
    ok: 'handler',
    call: (sut, c, f) => api(sut, 'GET', `/api/admin/prompts/system/departments/${f.departmentId}`, { token: c.session?.accessToken }),
  },
  'PUT /api/admin/prompts/:name/departments/:departmentId': {
    access: 'roles',
    roles: ['admin'],
    ok: 400,
    call: (sut, c, f) => api(sut, 'PUT', `/api/admin/prompts/system/departments/${f.departmentId}`, { token: c.session?.accessToken, body: {} }),
  },
  'POST /api/admin/prompts/:name/departments/:departmentId/revert': {
    access: 'roles',
    roles: ['admin'],
    ok: 400,
    call: (sut, c, f) => api(sut, 'POST', `/api/admin/prompts/system/departments/${f.departmentId}/revert`, { token: c.session?.accessToken, body: {} }),
  },
  'GET /api/admin/sign-in-sources': {
    access: 'roles',
    roles: ['admin'],
    adminScope: 'global',
    ok: 200,
    call: (sut, c) => api(sut, 'GET', '/api/admin/sign-in-sources', { token: c.session?.accessToken }),
  },
  'POST /api/admin/sign-in-sources/ldap/test': {
    access: 'roles',
    roles: ['admin'],
    adminScope: 'global',
    // No directory here: the test answers with its first step failed (directory_off).
    ok: 200,
    call: (sut, c) =>
      api(sut, 'POST', '/api/admin/sign-in-sources/ldap/test', { token: c.session?.accessToken, body: { username: 'nobody.here', password: 'not-checked' } }),
  },
  'GET /api/audit/events': {
    access: 'roles',
    roles: ['auditor'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/audit/events', { token: c.session?.accessToken }),
  },
  'GET /api/audit/verify': {
    access: 'roles',
    roles: ['auditor'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/audit/verify', { token: c.session?.accessToken }),
  },
  'GET /api/audit/export': {
    access: 'roles',
    roles: ['auditor'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/audit/export?format=jsonl', { token: c.session?.accessToken }),
  },
  'GET /api/audit/vocabulary': {
    access: 'roles',
    roles: ['auditor'],
    ok: 200,
    call: (sut, c) => api(sut, 'GET', '/api/audit/vocabulary', { token: c.session?.accessToken }),
  },
  'GET /api/audit/usage': {
    access: 'roles',
    roles: ['auditor'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/audit/usage', { token: c.session?.accessToken }),
  },
  'POST /api/audit/deid-preview': {
    access: 'roles',
    roles: ['auditor'],
    ok: 400,
    call: (sut, c) => api(sut, 'POST', '/api/audit/deid-preview', { token: c.session?.accessToken, body: {} }),
  },
  'POST /api/terms/extract': {
    access: 'roles',
    roles: ['clinician', 'admin'],
    ok: 400,
    call: (sut, c) => api(sut, 'POST', '/api/terms/extract', { token: c.session?.accessToken, body: {} }),
  },
  'GET /api/terms/search': {
    access: 'roles',
    roles: ['clinician', 'admin'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/terms/search?q=CKD', { token: c.session?.accessToken }),
  },
  // Public at the session guard: MetricsAccessGuard admits a scrape token or an admin session.
  'GET /metrics': {
    access: 'public',
    ok: 200,
    okFor: { clinician: 403, auditor: 403, researcher: 403 },
    anonymous: 401,
    call: (sut, c) => api(sut, 'GET', '/metrics', { token: c.session?.accessToken }),
  },
  'POST /tokenize': { access: 'api-key', ok: 400, call: (sut, c) => api(sut, 'POST', '/tokenize', { token: c.session?.accessToken, body: {} }) },
  'POST /api/batches': {
    access: 'roles',
    roles: ['researcher'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'POST', '/api/batches', { token: c.session?.accessToken, body: {} }),
  },
  'GET /api/batches': {
    access: 'roles',
    roles: ['researcher', 'admin'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/batches', { token: c.session?.accessToken }),
  },
  'GET /api/batches/:id': {
    access: 'roles',
    roles: ['researcher', 'admin'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/batches/00000000-0000-4000-8000-000000000000', { token: c.session?.accessToken }),
  },
  'POST /api/batches/:id/cancel': {
    access: 'roles',
    roles: ['researcher'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'POST', '/api/batches/00000000-0000-4000-8000-000000000000/cancel', { token: c.session?.accessToken }),
  },
  'POST /api/batches/:id/retry': {
    access: 'roles',
    roles: ['researcher'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'POST', '/api/batches/00000000-0000-4000-8000-000000000000/retry', { token: c.session?.accessToken }),
  },
  'GET /api/batches/:id/results': {
    access: 'roles',
    roles: ['researcher', 'admin'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/batches/00000000-0000-4000-8000-000000000000/results', { token: c.session?.accessToken }),
  },
  'GET /api/batches/:id/export': {
    access: 'roles',
    roles: ['researcher', 'admin'],
    ok: 'handler',
    call: (sut, c) => api(sut, 'GET', '/api/batches/00000000-0000-4000-8000-000000000000/export', { token: c.session?.accessToken }),
  },
  // The OpenAI-compatible routes take an API key, never a session: a signed-in user's token is not a key.
  'GET /v1/models': { access: 'api-key', ok: 200, call: (sut, c) => api(sut, 'GET', '/v1/models', { token: c.session ? c.session.accessToken : undefined }) },
  'POST /v1/chat/completions': {
    access: 'api-key',
    ok: 400,
    call: (sut, c) => api(sut, 'POST', '/v1/chat/completions', { token: c.session?.accessToken, body: {} }),
  },
};

/** Paths as the client sees them, read from the HTTP router (the global `api` prefix has exclusions). */
function servedPaths(sut: RunningApi): Set<string> {
  const router = (sut.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string } }[] } }).router;
  return new Set(router.stack.flatMap((layer) => (layer.route ? [layer.route.path] : [])));
}

function publicPath(path: string, served: Set<string>): string {
  const prefixed = `/api${path === '/' ? '' : path}`;
  if (served.has(prefixed)) return prefixed;
  if (served.has(path)) return path;
  throw new Error(`Route ${path} is registered but not served`);
}

const choices: DatabaseChoice[] = ['embedded', 'test-server'];

describe.each(choices)('AccessGuard on every registered route (%s database)', (choice) => {
  let sut: RunningApi;
  let fixtures: Fixtures;
  let registered: { key: string; access: RouteAccess | undefined }[];

  beforeAll(async () => {
    sut = await startApi({ database: choice, env: { ...ACCOUNTS_TEST_ENV, MEDLOCAL_API_KEYS: SERVICE_API_KEY } });
    const admin = await signInAsAdmin(sut);
    const department = await createDepartment(sut, unique('FIX'), admin);
    const target = await createAccount(sut, { roles: ['clinician'], departmentId: department.id, as: admin });
    fixtures = { departmentId: department.id, targetUserId: target.id };
    const served = servedPaths(sut);
    registered = collectRouteAccess(sut.app).map((entry) => ({ key: `${entry.method} ${publicPath(entry.path, served)}`, access: entry.access }));
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('finds every route declaring Public, SignedIn, Roles or ApiKeyAccess', () => {
    expect(registered.length).toBeGreaterThanOrEqual(20);
    expect(registered.filter((route) => !route.access).map((route) => route.key)).toEqual([]);
  });

  it('has an explicit expectation for every registered route, and the declarations match it', () => {
    expect(registered.map((route) => route.key).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const route of registered) {
      const expected = EXPECTED[route.key];
      expect({ route: route.key, kind: route.access?.kind }).toEqual({ route: route.key, kind: expected.access });
      if (route.access?.kind === 'roles') {
        expect({ route: route.key, roles: [...route.access.roles].sort(), adminScope: route.access.adminScope }).toEqual({
          route: route.key,
          roles: [...(expected.roles ?? [])].sort(),
          adminScope: expected.adminScope,
        });
      }
    }
  });

  /** Routes both declared and listed; the two tests above report any that are not. */
  const checkable = () => registered.filter((route) => route.access && EXPECTED[route.key]);

  it('answers anonymous callers 401 on every route that is not public', async () => {
    for (const route of checkable()) {
      const expected = EXPECTED[route.key];
      const response = await expected.call(sut, {}, fixtures);
      const want = expected.access === 'public' ? expected.anonymous : 401;
      const got = want === 'handler' && ![401, 403].includes(response.status) ? 'handler' : response.status;
      expect({ route: route.key, status: got }).toEqual({ route: route.key, status: want });
    }
  });

  it.each(ROLES)('lets %s through exactly where its role is allowed, and 403 elsewhere', async (role) => {
    for (const route of checkable()) {
      const expected = EXPECTED[route.key];
      const session = await loginAs(sut, role);
      const response = await expected.call(sut, { session, role }, fixtures);
      const allowed = expected.access === 'public' || expected.access === 'signed-in' || (expected.access === 'roles' && (expected.roles ?? []).includes(role));
      // A session token is not an API key: 401, whatever the role.
      const want = expected.access === 'api-key' ? 401 : allowed ? (expected.okFor?.[role] ?? expected.ok) : 403;
      const got = want === 'handler' && ![401, 403].includes(response.status) ? 'handler' : response.status;
      expect({ route: route.key, role, status: got }).toEqual({ route: route.key, role, status: want });
    }
  });

  it('lets an API key through the API-key routes', async () => {
    for (const route of checkable().filter((candidate) => candidate.access?.kind === 'api-key')) {
      const response = await EXPECTED[route.key].call(sut, { session: { accessToken: SERVICE_API_KEY } as SignedInSession }, fixtures);
      const want = EXPECTED[route.key].ok;
      const got = want === 'handler' && ![401, 403].includes(response.status) ? 'handler' : response.status;
      expect({ route: route.key, status: got }).toEqual({ route: route.key, status: want });
    }
  });
});
