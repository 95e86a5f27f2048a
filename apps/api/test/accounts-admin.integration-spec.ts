import { authenticator } from 'otplib';
import { ApiKeyService } from '../src/accounts/api-keys/api-key.service';
import { SERVER_OPERATOR } from '../src/accounts/access/server-operator';
import { UsersService } from '../src/accounts/users/users.service';
import { startApi, type DatabaseChoice, type RunningApi } from './support/start-api';
import {
  ACCOUNTS_TEST_ENV,
  api,
  captureAuditEvents,
  createAccount,
  createDepartment,
  signIn,
  signInAsAdmin,
  TEST_ADMIN,
  type SignedInSession,
} from './support/sign-in';

const SERVICE_API_KEY = 'service-key-for-admin-tests-0123456789';
const choices: DatabaseChoice[] = ['embedded', 'test-server'];

describe.each(choices)('MedLocal user administration (%s database)', (choice) => {
  let sut: RunningApi;
  let globalAdmin: SignedInSession;
  let cardiology: { id: string; code: string };
  let nephrology: { id: string; code: string };
  let departmentAdmin: SignedInSession;
  let nephrologyUserId: string;

  beforeAll(async () => {
    sut = await startApi({ database: choice, env: { ...ACCOUNTS_TEST_ENV, MEDLOCAL_API_KEYS: SERVICE_API_KEY } });
    globalAdmin = await signInAsAdmin(sut);
    cardiology = await createDepartment(sut, 'CARD', globalAdmin);
    nephrology = await createDepartment(sut, 'NEPH', globalAdmin);
    const cardiologyAdmin = await createAccount(sut, { roles: ['admin'], adminScope: 'department', departmentId: cardiology.id, as: globalAdmin });
    departmentAdmin = await signIn(sut, cardiologyAdmin.username, cardiologyAdmin.password);
    nephrologyUserId = (await createAccount(sut, { roles: ['clinician'], departmentId: nephrology.id, as: globalAdmin })).id;
  });

  afterAll(async () => {
    await sut?.stop();
  });

  const asGlobal = (method: string, path: string, body?: unknown) => api(sut, method, path, { token: globalAdmin.accessToken, body });
  const asDepartment = (method: string, path: string, body?: unknown) => api(sut, method, path, { token: departmentAdmin.accessToken, body });
  /** The account as the server operator sees it (admins do not see auditors). */
  const snapshot = async (id: string) => JSON.parse(JSON.stringify(await sut.app.get(UsersService).get({ principal: SERVER_OPERATOR, id, context: {} })));
  const asOperator = () => sut.app.get(UsersService);

  describe('department admins stay inside their department (no IDOR)', () => {
    it("cannot read, change, reset, unlock or end sessions of another department's user", async () => {
      const before = await snapshot(nephrologyUserId);
      const attempts: [string, string, unknown?][] = [
        ['GET', `/api/admin/users/${nephrologyUserId}`],
        ['PATCH', `/api/admin/users/${nephrologyUserId}`, { displayName: 'Hijacked' }],
        ['PATCH', `/api/admin/users/${nephrologyUserId}`, { status: 'disabled' }],
        ['POST', `/api/admin/users/${nephrologyUserId}/reset-password`],
        ['POST', `/api/admin/users/${nephrologyUserId}/unlock`],
        ['POST', `/api/admin/users/${nephrologyUserId}/end-sessions`],
      ];
      for (const [method, path, body] of attempts) {
        const response = await asDepartment(method, path, body);
        expect({ method, path, status: response.status }).toEqual({ method, path, status: 404 });
      }
      expect(await snapshot(nephrologyUserId)).toEqual(before);
    });

    it('cannot see or take over a global admin or an auditor of their own department (reset password, disable, demote)', async () => {
      const events = captureAuditEvents(sut);
      const supervisors = [
        await createAccount(sut, { roles: ['admin'], adminScope: 'global', departmentId: cardiology.id, as: globalAdmin }),
        await createAccount(sut, { roles: ['auditor'], departmentId: cardiology.id, as: globalAdmin }),
        await createAccount(sut, { roles: ['admin'], adminScope: 'department', departmentId: cardiology.id, as: globalAdmin }),
      ];
      for (const victim of supervisors) {
        const before = await snapshot(victim.id);
        const reset = await asDepartment('POST', `/api/admin/users/${victim.id}/reset-password`);
        expect(reset.status).toBe(404);
        expect(await reset.text()).not.toContain('oneTimePassword');
        for (const [method, path, body] of [
          ['GET', `/api/admin/users/${victim.id}`],
          ['PATCH', `/api/admin/users/${victim.id}`, { status: 'disabled' }],
          ['PATCH', `/api/admin/users/${victim.id}`, { roles: ['clinician'] }],
          ['POST', `/api/admin/users/${victim.id}/end-sessions`],
        ] as [string, string, unknown?][]) {
          expect({ path, body, status: (await asDepartment(method, path, body)).status }).toEqual({ path, body, status: 404 });
        }
        expect(await snapshot(victim.id)).toEqual(before);
        // The victim can still sign in with their own password: nothing was taken over.
        expect((await signIn(sut, victim.username, victim.password)).user.id).toBe(victim.id);
      }
      const listed = ((await (await asDepartment('GET', '/api/admin/users')).json()) as { id: string }[]).map((user) => user.id);
      expect(listed.filter((id) => supervisors.some((victim) => victim.id === id))).toEqual([]);
      expect(events.filter((event) => event.action === 'access.denied').map((event) => event.summary?.['reasonCode'])).toEqual(
        Array.from({ length: 15 }, () => 'target_out_of_scope'),
      );
      // Out of the way of the last-global-admin test below: only the bootstrap admin stays active and global.
      for (const victim of supervisors) await asOperator().update({ principal: SERVER_OPERATOR, id: victim.id, changes: { status: 'disabled' }, context: {} });
    });

    it('lists only their own department', async () => {
      const own = await createAccount(sut, { roles: ['clinician'], departmentId: cardiology.id, as: globalAdmin });
      const listed = (await (await asDepartment('GET', '/api/admin/users')).json()) as { id: string; department: { code: string } | null }[];
      expect(listed.map((user) => user.id)).toContain(own.id);
      expect(listed.map((user) => user.id)).not.toContain(nephrologyUserId);
      expect(new Set(listed.map((user) => user.department?.code))).toEqual(new Set(['CARD']));
      expect((await asGlobal('GET', '/api/admin/users')).status).toBe(200);
    });

    it("manages their own department's users", async () => {
      const created = await asDepartment('POST', '/api/admin/users', { username: 'card.nurse', displayName: '护士', roles: ['clinician'] });
      expect(created.status).toBe(201);
      const body = await created.json();
      expect(body.user).toMatchObject({ department: { code: 'CARD' }, mustChangePassword: true, roles: ['clinician'] });
      expect(body.oneTimePassword).toEqual(expect.any(String));
      expect((await asDepartment('PATCH', `/api/admin/users/${body.user.id}`, { displayName: '护士长' })).status).toBe(200);
    });

    it('cannot create users elsewhere, grant auditor or global scope, or move users out', async () => {
      const refused = [
        await asDepartment('POST', '/api/admin/users', { username: 'neph.x', displayName: 'X', roles: ['clinician'], departmentId: nephrology.id }),
        await asDepartment('POST', '/api/admin/users', { username: 'card.auditor', displayName: 'A', roles: ['auditor'] }),
        await asDepartment('POST', '/api/admin/users', { username: 'card.global', displayName: 'G', roles: ['admin'], adminScope: 'global' }),
        await asDepartment('POST', '/api/admin/departments', { code: 'ROGUE', nameZh: '流氓', nameEn: 'Rogue' }),
      ];
      expect(refused.map((response) => response.status)).toEqual([403, 403, 403, 403]);
      const own = await createAccount(sut, { roles: ['clinician'], departmentId: cardiology.id, as: globalAdmin });
      expect((await asDepartment('PATCH', `/api/admin/users/${own.id}`, { departmentId: nephrology.id })).status).toBe(403);
      expect((await asDepartment('PATCH', `/api/admin/users/${own.id}`, { roles: ['auditor'] })).status).toBe(403);
      expect((await snapshot(own.id)).department.code).toBe('CARD');
      const usernames = ((await (await asGlobal('GET', '/api/admin/users')).json()) as { username: string }[]).map((user) => user.username);
      expect(usernames).not.toEqual(expect.arrayContaining(['neph.x']));
      expect(usernames.filter((name) => ['card.auditor', 'card.global'].includes(name))).toEqual([]);
    });
  });

  describe('separation of duties', () => {
    it('a global admin cannot create an auditor, sign in as one and export the trail; every refusal is audited', async () => {
      const events = captureAuditEvents(sut);
      for (const body of [
        { username: 'chief.auditor', displayName: '审计员', roles: ['auditor'] },
        { username: 'chief.auditor2', displayName: '审计员', roles: ['auditor'], password: 'Chosen-By-Admin-2026!q' },
        { username: 'both.roles', displayName: 'B', roles: ['admin', 'auditor'] },
      ]) {
        const response = await asGlobal('POST', '/api/admin/users', body);
        expect({ body, status: response.status }).toEqual({ body, status: 403 });
        expect(await response.text()).not.toContain('oneTimePassword');
      }
      expect((await api(sut, 'POST', '/api/auth/login', { body: { username: 'chief.auditor2', password: 'Chosen-By-Admin-2026!q' } })).status).toBe(401);
      expect(events.filter((event) => event.action === 'access.denied').map((event) => [event.outcome, event.summary?.['reasonCode']])).toEqual(
        Array.from({ length: 3 }, () => ['failure', 'role_not_grantable']),
      );
      expect(events.filter((event) => event.action === 'user.create')).toEqual([]);
    });

    it('a global admin cannot grant or remove the auditor role, nor reset, unlock, edit, disable, enable or end the sessions of an auditor', async () => {
      const auditor = await createAccount(sut, { roles: ['auditor'] });
      const disabledAuditor = await createAccount(sut, { roles: ['auditor'] });
      await asOperator().update({ principal: SERVER_OPERATOR, id: disabledAuditor.id, changes: { status: 'disabled' }, context: {} });
      const clinician = await createAccount(sut, { roles: ['clinician'], as: globalAdmin });
      const before = await snapshot(auditor.id);
      const events = captureAuditEvents(sut);

      const granted = await asGlobal('PATCH', `/api/admin/users/${clinician.id}`, { roles: ['clinician', 'auditor'] });
      expect(granted.status).toBe(403);
      expect((await snapshot(clinician.id)).roles).toEqual(['clinician']);
      const attempts: [string, string, unknown?][] = [
        ['GET', `/api/admin/users/${auditor.id}`],
        ['POST', `/api/admin/users/${auditor.id}/reset-password`],
        ['POST', `/api/admin/users/${auditor.id}/unlock`],
        ['PATCH', `/api/admin/users/${auditor.id}`, { displayName: 'Renamed by admin' }],
        ['PATCH', `/api/admin/users/${auditor.id}`, { status: 'disabled' }],
        ['PATCH', `/api/admin/users/${auditor.id}`, { roles: ['clinician'] }],
        ['POST', `/api/admin/users/${auditor.id}/end-sessions`],
        ['PATCH', `/api/admin/users/${disabledAuditor.id}`, { status: 'active' }],
      ];
      for (const [method, path, body] of attempts) {
        const response = await asGlobal(method, path, body);
        const text = await response.text();
        expect({ method, path, body, status: response.status }).toEqual({ method, path, body, status: 404 });
        expect(text).not.toContain('oneTimePassword');
      }
      expect(await snapshot(auditor.id)).toEqual(before);
      expect((await snapshot(disabledAuditor.id)).status).toBe('disabled');
      // Hidden from the list: an admin is the one the auditor watches.
      const listed = (await (await asGlobal('GET', '/api/admin/users')).json()) as { id: string; roles: string[] }[];
      expect(listed.filter((user) => user.roles.includes('auditor'))).toEqual([]);
      // The auditor still signs in with his own password and reads the trail.
      const session = await signIn(sut, auditor.username, auditor.password);
      expect((await api(sut, 'GET', '/api/audit/export?format=jsonl', { token: session.accessToken })).status).toBe(200);
      expect(events.filter((event) => event.action === 'access.denied').map((event) => event.summary?.['reasonCode'])).toEqual([
        'role_not_grantable',
        ...attempts.map(() => 'target_out_of_scope'),
      ]);
      expect(events.filter((event) => event.action === 'access.denied').every((event) => event.outcome === 'failure')).toBe(true);
      expect(events.filter((event) => event.action.startsWith('user.'))).toEqual([]);
    });

    it('the last active global admin cannot be disabled or demoted; with a second one it can', async () => {
      const events = captureAuditEvents(sut);
      const self = globalAdmin.user.id;
      const disabled = await asGlobal('PATCH', `/api/admin/users/${self}`, { status: 'disabled' });
      expect(disabled.status).toBe(409);
      expect((await disabled.json()).code).toBe('LAST_GLOBAL_ADMIN');
      expect((await asGlobal('PATCH', `/api/admin/users/${self}`, { roles: ['clinician'] })).status).toBe(409);
      expect((await asGlobal('PATCH', `/api/admin/users/${self}`, { adminScope: 'department', departmentId: cardiology.id })).status).toBe(409);
      expect(await snapshot(self)).toMatchObject({ status: 'active', roles: ['admin'], adminScope: 'global' });

      const deputy = await createAccount(sut, { roles: ['admin'], adminScope: 'global', as: globalAdmin });
      const demoted = await asGlobal('PATCH', `/api/admin/users/${deputy.id}`, { roles: ['clinician'] });
      expect(demoted.status).toBe(200);
      expect(events.find((event) => event.action === 'user.role_change')?.summary).toEqual({
        targetUserId: deputy.id,
        rolesBefore: ['admin', 'scope:global'],
        rolesAfter: ['clinician'],
      });
    });
  });

  describe('bad input is refused whole', () => {
    const countUsers = async () => ((await (await asGlobal('GET', '/api/admin/users')).json()) as unknown[]).length;

    it.each([
      ['an unknown field', { username: 'bad.one', displayName: 'B', roles: ['clinician'], nickname: 'x' }, 'nickname'],
      ['an overlong display name', { username: 'bad.two', displayName: 'x'.repeat(101), roles: ['clinician'] }, 'displayName'],
      ['a role of the wrong type', { username: 'bad.three', displayName: 'B', roles: 'admin' }, 'roles'],
      ['an unknown role', { username: 'bad.four', displayName: 'B', roles: ['superuser'] }, 'roles'],
      ['a malformed username', { username: 'Bad Name', displayName: 'B', roles: ['clinician'] }, 'username'],
      ['a weak password', { username: 'bad.five', displayName: 'B', roles: ['clinician'], password: 'password123' }, 'Password rejected'],
    ])('answers %s with 400 naming it, and writes nothing', async (_case, body, named) => {
      const before = await countUsers();
      const response = await asGlobal('POST', '/api/admin/users', body);
      expect(response.status).toBe(400);
      expect((await response.json()).message).toContain(named);
      expect(await countUsers()).toBe(before);
    });

    it('refuses an overlong password at sign-in before hashing it', async () => {
      const response = await api(sut, 'POST', '/api/auth/login', { body: { username: TEST_ADMIN.username, password: 'x'.repeat(129) } });
      expect(response.status).toBe(400);
      expect((await response.json()).message).toContain('password');
    });

    it('refuses a malformed id in the path', async () => {
      expect((await asGlobal('GET', '/api/admin/users/not-a-uuid')).status).toBe(400);
    });

    it('refuses a duplicate username and department code', async () => {
      expect((await asGlobal('POST', '/api/admin/users', { username: 'card.nurse', displayName: 'again', roles: ['clinician'] })).status).toBe(409);
      expect((await asGlobal('POST', '/api/admin/departments', { code: 'CARD', nameZh: '重复', nameEn: 'Duplicate' })).status).toBe(409);
    });
  });

  describe('password policy at the API', () => {
    it.each([
      ['Short-1!', 'at least 12 characters'],
      ['alllowercaseletters', 'at least 3 of'],
      ['Password@2024', 'common password'],
    ])('refuses %s (%s)', async (newPassword, message) => {
      const account = await createAccount(sut, { roles: ['clinician'], as: globalAdmin });
      const session = await signIn(sut, account.username, account.password);
      const response = await api(sut, 'POST', '/api/auth/password', { token: session.accessToken, body: { currentPassword: account.password, newPassword } });
      expect(response.status).toBe(400);
      expect((await response.json()).message).toContain(message);
    });

    it('refuses the username inside the password and any of the recent passwords', async () => {
      const account = await createAccount(sut, { roles: ['clinician'], as: globalAdmin });
      const session = await signIn(sut, account.username, account.password);
      const change = (currentPassword: string, newPassword: string) =>
        api(sut, 'POST', '/api/auth/password', { token: session.accessToken, body: { currentPassword, newPassword } });
      const withName = await change(account.password, `X9!${account.username}`);
      expect((await withName.json()).message).toContain('username');
      expect((await (await change(account.password, account.password)).json()).message).toContain('recent');
      expect((await change(account.password, 'Second-Secret-11!')).status).toBe(204);
      expect((await (await change('Second-Secret-11!', account.password)).json()).message).toContain('recent');
      expect((await change('wrong-current', 'Third-Secret-22!')).status).toBe(400);
    });
  });

  describe('API keys for /v1', () => {
    it('shows a key once, stores only its hash, tracks use and can revoke it', async () => {
      const events = captureAuditEvents(sut);
      const created = await asGlobal('POST', '/api/admin/api-keys', { name: 'EMR bridge', departmentId: cardiology.id });
      expect(created.status).toBe(201);
      const key = await created.json();
      expect(key.key).toMatch(/^mlk_[A-Za-z0-9_-]{43}$/);
      expect(key).toMatchObject({ department: { code: 'CARD' }, lastUsedAt: null, prefix: key.key.slice(0, 12) });

      const service = sut.app.get(ApiKeyService);
      expect(await service.verify(key.key)).toMatchObject({ kind: 'key', keyId: key.id, departmentCode: 'CARD' });
      expect(await service.verify(SERVICE_API_KEY)).toEqual({ kind: 'service', keyIndex: 0 });
      const altered = `${key.key.slice(0, -1)}${key.key.endsWith('A') ? 'B' : 'A'}`;
      await expect(service.verify(altered)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });

      const listed = (await (await asGlobal('GET', '/api/admin/api-keys')).json()) as Record<string, unknown>[];
      const entry = listed.find((item) => item['id'] === key.id);
      expect(entry).toMatchObject({ lastUsedAt: expect.any(String), revokedAt: null });
      expect(JSON.stringify(listed)).not.toContain(key.key);
      expect(await departmentAdminSees(key.id)).toBe(true);

      expect((await asGlobal('DELETE', `/api/admin/api-keys/${key.id}`)).status).toBe(204);
      await expect(service.verify(key.key)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
      expect(events.map((event) => event.action)).toEqual(['apikey.create', 'apikey.revoke']);
    });

    it("keeps department admins to their own department's keys", async () => {
      const other = await (await asGlobal('POST', '/api/admin/api-keys', { name: 'neph', departmentId: nephrology.id })).json();
      expect(await departmentAdminSees(other.id)).toBe(false);
      expect((await asDepartment('DELETE', `/api/admin/api-keys/${other.id}`)).status).toBe(404);
      expect((await asDepartment('POST', '/api/admin/api-keys', { name: 'x', departmentId: nephrology.id })).status).toBe(404);
    });

    async function departmentAdminSees(id: string): Promise<boolean> {
      const listed = (await (await asDepartment('GET', '/api/admin/api-keys')).json()) as { id: string }[];
      return listed.some((item) => item.id === id);
    }
  });

  it('reports a security section in the status', async () => {
    const status = await (await asGlobal('GET', '/api/status')).json();
    expect(status.security).toMatchObject({ mfaRequiredForPrivileged: false, mfaAvailable: true, adminsWithoutMfa: expect.any(Number) });
    expect(status.security.warnings).toContain('admins_without_mfa');
  });
});

describe('MFA required for privileged roles (MFA_REQUIRED_FOR_PRIVILEGED=true)', () => {
  let sut: RunningApi;

  beforeAll(async () => {
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, MFA_REQUIRED_FOR_PRIVILEGED: 'true' } });
  });

  afterAll(async () => {
    await sut?.stop();
  });

  let enrolledAdmin: SignedInSession;

  it('lets an admin without a second factor into an enrolment-only session, then everywhere once enrolled', async () => {
    const session = await signInAsAdmin(sut);
    enrolledAdmin = session;
    expect(session.user).toMatchObject({ restriction: 'mfa_enrolment', mfaRequired: true });
    const refused = await api(sut, 'GET', '/api/admin/users', { token: session.accessToken });
    expect(refused.status).toBe(403);
    expect((await refused.json()).code).toBe('RESTRICTED_SESSION');
    expect((await api(sut, 'GET', '/api/status', { token: session.accessToken })).status).toBe(403);

    const { secret } = await (await api(sut, 'POST', '/api/auth/mfa/enrol', { token: session.accessToken })).json();
    expect((await api(sut, 'POST', '/api/auth/mfa/confirm', { token: session.accessToken, body: { code: authenticator.generate(secret) } })).status).toBe(204);
    expect((await api(sut, 'GET', '/api/admin/users', { token: session.accessToken })).status).toBe(200);
    const status = await (await api(sut, 'GET', '/api/status', { token: session.accessToken })).json();
    expect(status.security).toMatchObject({ mfaRequiredForPrivileged: true, adminsWithoutMfa: 0 });

    const login = await (await api(sut, 'POST', '/api/auth/login', { body: { username: TEST_ADMIN.username, password: TEST_ADMIN.password } })).json();
    expect(login).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
  });

  it('does not ask clinicians for a second factor', async () => {
    // The admin is enrolled by now, so this session came through both steps.
    const clinician = await createAccount(sut, { roles: ['clinician'], as: enrolledAdmin });
    const session = await signIn(sut, clinician.username, clinician.password);
    expect(session.user).toMatchObject({ restriction: null, mfaRequired: false, mfaEnabled: false });
    expect((await api(sut, 'GET', '/api/status', { token: session.accessToken })).status).toBe(200);
  });
});
