import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { ConversationStore } from '../../src/chat/conversations/conversation.store';
import type { AuditRecordInput } from '../../src/common/audit/audit-recorder.port';
import type { Role } from '../../src/common/access/roles';
import { SERVER_OPERATOR } from '../../src/accounts/access/server-operator';
import { UsersService } from '../../src/accounts/users/users.service';
import { ACCOUNTS_TEST_ENV, api, captureAuditEvents, createAccount, createDepartment, signIn, signInAsAdmin, type SignedInSession } from '../support/sign-in';
import { startApi, type DatabaseChoice, type RunningApi } from '../support/start-api';

/**
 * Role × scope × target: every user-management, prompt and audit route, for every kind of caller
 * against every kind of account, asserted cell by cell from the one table below (README: "Security:
 * who may act on whom"). Departments: A and B; "admin A" is the department admin of A. Auditors are
 * the server operator's alone (三员分立: the admin CLI); no admin of any scope sees, creates or touches one.
 */

type Actor = 'clinician' | 'researcher' | 'auditor' | 'admin A' | 'admin B' | 'global admin';
type TargetKind = 'clinician' | 'researcher' | 'department admin' | 'global admin' | 'auditor';
type Department = 'A' | 'B';
type Target = `${TargetKind}@${Department}`;
/** `ok`: the action happens; `404`: the target is invisible to this caller; `403`: the caller's role or scope refuses the route. */
type Outcome = 'ok' | '404' | '403';

const ACTORS: readonly Actor[] = ['clinician', 'researcher', 'auditor', 'admin A', 'admin B', 'global admin'];
const TARGET_KINDS: readonly TargetKind[] = ['clinician', 'researcher', 'department admin', 'global admin', 'auditor'];
const TARGETS: readonly Target[] = (['A', 'B'] as const).flatMap((department) => TARGET_KINDS.map((kind): Target => `${kind}@${department}`));

/** One row per actor, one cell per target, in the order of TARGETS (A: clin res dadm gadm aud, then B). */
function row(...cells: Outcome[]): Record<Target, Outcome> {
  if (cells.length !== TARGETS.length) throw new Error('one cell per target');
  return Object.fromEntries(TARGETS.map((target, index) => [target, cells[index]])) as Record<Target, Outcome>;
}
const ALL = (outcome: Outcome) => row(...TARGETS.map(() => outcome));

const MATRIX = {
  /** Acting on an existing user: list (visible or not), get, edit, disable, change roles, reset password, unlock, end sessions. */
  actOnUser: {
    //                             clin@A  res@A  dadm@A gadm@A aud@A  clin@B res@B  dadm@B gadm@B aud@B
    clinician: ALL('403'),
    researcher: ALL('403'),
    auditor: ALL('403'),
    'admin A': row('ok', 'ok', '404', '404', '404', '404', '404', '404', '404', '404'),
    'admin B': row('404', '404', '404', '404', '404', 'ok', 'ok', '404', '404', '404'),
    'global admin': row('ok', 'ok', 'ok', 'ok', '404', 'ok', 'ok', 'ok', 'ok', '404'),
  } satisfies Record<Actor, Record<Target, Outcome>>,
  /** Creating a user of this kind (`403` = not grantable, or the role may not manage users at all). */
  createUser: {
    clinician: ALL('403'),
    researcher: ALL('403'),
    auditor: ALL('403'),
    'admin A': row('ok', 'ok', '403', '403', '403', '403', '403', '403', '403', '403'),
    'admin B': row('403', '403', '403', '403', '403', 'ok', 'ok', '403', '403', '403'),
    'global admin': row('ok', 'ok', 'ok', 'ok', '403', 'ok', 'ok', 'ok', 'ok', '403'),
  } satisfies Record<Actor, Record<Target, Outcome>>,
  /** Routes without a target user. */
  routes: {
    'GET /api/admin/prompts/:name': { clinician: '403', researcher: '403', auditor: '403', 'admin A': 'ok', 'admin B': 'ok', 'global admin': 'ok' },
    'PUT /api/admin/prompts/:name': { clinician: '403', researcher: '403', auditor: '403', 'admin A': '403', 'admin B': '403', 'global admin': 'ok' },
    'GET /api/audit/events': { clinician: '403', researcher: '403', auditor: 'ok', 'admin A': '403', 'admin B': '403', 'global admin': '403' },
    'GET /api/audit/verify': { clinician: '403', researcher: '403', auditor: 'ok', 'admin A': '403', 'admin B': '403', 'global admin': '403' },
    'GET /api/audit/export': { clinician: '403', researcher: '403', auditor: 'ok', 'admin A': '403', 'admin B': '403', 'global admin': '403' },
    'GET /api/audit/usage': { clinician: '403', researcher: '403', auditor: 'ok', 'admin A': '403', 'admin B': '403', 'global admin': '403' },
    'POST /api/audit/deid-preview': { clinician: '403', researcher: '403', auditor: 'ok', 'admin A': '403', 'admin B': '403', 'global admin': '403' },
    /** Conversations are their owner's alone: other roles are refused the routes, another clinician's is invisible. */
    'GET /api/chat/conversations': { clinician: 'ok', researcher: '403', auditor: '403', 'admin A': '403', 'admin B': '403', 'global admin': '403' },
    'GET /api/chat/conversations/:id (own)': { clinician: 'ok', researcher: '403', auditor: '403', 'admin A': '403', 'admin B': '403', 'global admin': '403' },
    "GET /api/chat/conversations/:id (another clinician's)": {
      clinician: '404',
      researcher: '403',
      auditor: '403',
      'admin A': '403',
      'admin B': '403',
      'global admin': '403',
    },
    "PATCH /api/chat/conversations/:id (another clinician's)": {
      clinician: '404',
      researcher: '403',
      auditor: '403',
      'admin A': '403',
      'admin B': '403',
      'global admin': '403',
    },
    "POST /api/chat/conversations/:id/turns/:turn/feedback (another clinician's)": {
      clinician: '404',
      researcher: '403',
      auditor: '403',
      'admin A': '403',
      'admin B': '403',
      'global admin': '403',
    },
    "DELETE /api/chat/conversations/:id (another clinician's)": {
      clinician: '404',
      researcher: '403',
      auditor: '403',
      'admin A': '403',
      'admin B': '403',
      'global admin': '403',
    },
  } satisfies Record<string, Record<Actor, Outcome>>,
  /** What `GET /api/status` shows beyond the status bar's needs (global admins run the server and see all of it). */
  status: {
    clinician: { securityCounts: false, modelPath: false, verifyCounts: false },
    researcher: { securityCounts: false, modelPath: false, verifyCounts: false },
    auditor: { securityCounts: false, modelPath: false, verifyCounts: true },
    'admin A': { securityCounts: false, modelPath: false, verifyCounts: false },
    'admin B': { securityCounts: false, modelPath: false, verifyCounts: false },
    'global admin': { securityCounts: true, modelPath: true, verifyCounts: true },
  } satisfies Record<Actor, { securityCounts: boolean; modelPath: boolean; verifyCounts: boolean }>,
} as const;

const PROMPT = 'clinical-system';

const ROUTE_CALLS: Record<keyof typeof MATRIX.routes, { ok: number; call: (sut: RunningApi, token: string) => Promise<Response> }> = {
  'GET /api/admin/prompts/:name': { ok: 200, call: (sut, token) => api(sut, 'GET', `/api/admin/prompts/${PROMPT}`, { token }) },
  'PUT /api/admin/prompts/:name': {
    ok: 200,
    call: async (sut, token) => {
      const { versions } = (await (await api(sut, 'GET', `/api/admin/prompts/${PROMPT}`, { token: (await signInAsAdmin(sut)).accessToken })).json()) as {
        versions: { language: string; body: string }[];
      };
      const current = versions.find((version) => version.language === 'zh');
      return api(sut, 'PUT', `/api/admin/prompts/${PROMPT}`, { token, body: { language: 'zh', body: `${current?.body ?? ''}\n回答末尾注明指南年份。` } });
    },
  },
  'GET /api/audit/events': { ok: 200, call: (sut, token) => api(sut, 'GET', '/api/audit/events', { token }) },
  'GET /api/audit/verify': { ok: 200, call: (sut, token) => api(sut, 'GET', '/api/audit/verify', { token }) },
  'GET /api/audit/export': { ok: 200, call: (sut, token) => api(sut, 'GET', '/api/audit/export?format=jsonl', { token }) },
  'GET /api/audit/usage': { ok: 200, call: (sut, token) => api(sut, 'GET', '/api/audit/usage', { token }) },
  'POST /api/audit/deid-preview': {
    ok: 200,
    call: (sut, token) => api(sut, 'POST', '/api/audit/deid-preview', { token, body: { text: '患者张伟,电话13812345678' } }),
  },
  'GET /api/chat/conversations': { ok: 200, call: (sut, token) => api(sut, 'GET', '/api/chat/conversations', { token }) },
  'GET /api/chat/conversations/:id (own)': {
    ok: 200,
    call: async (sut, token) => {
      const created = await api(sut, 'POST', '/api/chat/conversations', { token });
      // Roles without chat cannot open one either: the same refused route then stands in.
      const id = created.status === 201 ? ((await created.json()) as { id: string }).id : randomUUID();
      return api(sut, 'GET', `/api/chat/conversations/${id}`, { token });
    },
  },
  "GET /api/chat/conversations/:id (another clinician's)": {
    ok: 200,
    call: (sut, token) => api(sut, 'GET', `/api/chat/conversations/${anotherClinicianConversation(sut)}`, { token }),
  },
  "PATCH /api/chat/conversations/:id (another clinician's)": {
    ok: 200,
    call: (sut, token) => api(sut, 'PATCH', `/api/chat/conversations/${anotherClinicianConversation(sut)}`, { token, body: { title: 'taken over' } }),
  },
  "POST /api/chat/conversations/:id/turns/:turn/feedback (another clinician's)": {
    ok: 204,
    call: (sut, token) =>
      api(sut, 'POST', `/api/chat/conversations/${anotherClinicianConversation(sut)}/turns/1/feedback`, { token, body: { rating: 'useful' } }),
  },
  "DELETE /api/chat/conversations/:id (another clinician's)": {
    ok: 204,
    call: (sut, token) => api(sut, 'DELETE', `/api/chat/conversations/${anotherClinicianConversation(sut)}`, { token }),
  },
};

/** A conversation held for a clinician who is none of the actors. */
function anotherClinicianConversation(sut: RunningApi): string {
  return sut.app.get(ConversationStore).create(randomUUID()).id;
}

interface UserSnapshot {
  id: string;
  displayName: string;
  roles: Role[];
  status: string;
  passwordChangedAt: string;
  department: { code: string } | null;
}

const choices: DatabaseChoice[] = process.env['TEST_DATABASE_URL'] ? ['embedded', 'test-server'] : ['embedded'];

describe.each(choices)('access matrix: role × scope × target (%s database)', (choice) => {
  let sut: RunningApi;
  let root: SignedInSession;
  const departments = {} as Record<Department, { id: string; code: string }>;
  const sessions = {} as Record<Actor, SignedInSession>;
  /** Targets nobody may change in a denied cell: compared before and after. */
  const shared = {} as Record<Target, string>;
  let sequence = 0;

  const asRoot = (method: string, path: string, body?: unknown) => api(sut, method, path, { token: root.accessToken, body });
  /** As the server operator sees it: the only one who sees every account, auditors included. */
  const snapshot = async (id: string) =>
    JSON.parse(JSON.stringify(await sut.app.get(UsersService).get({ principal: SERVER_OPERATOR, id, context: {} }))) as UserSnapshot;

  function specOf(target: Target): { roles: Role[]; adminScope?: 'global' | 'department'; departmentId: string } {
    const [kind, department] = target.split('@') as [TargetKind, Department];
    const departmentId = departments[department].id;
    switch (kind) {
      case 'clinician':
        return { roles: ['clinician'], departmentId };
      case 'researcher':
        return { roles: ['researcher'], departmentId };
      case 'department admin':
        return { roles: ['admin'], adminScope: 'department', departmentId };
      case 'global admin':
        return { roles: ['admin'], adminScope: 'global', departmentId };
      case 'auditor':
        return { roles: ['auditor'], departmentId };
    }
  }

  /** A target created by the global admin, or an auditor by the server operator (no sign-in needed: nobody signs in as a target). */
  async function newTarget(target: Target): Promise<string> {
    sequence += 1;
    const username = `target.${process.pid % 1000}.${sequence}`;
    if (target.startsWith('auditor@')) {
      const { user } = await sut.app.get(UsersService).create({
        principal: SERVER_OPERATOR,
        user: { username, displayName: `Target ${sequence}`, password: `Target-Pass-${sequence}-xZ9!`, ...specOf(target) },
        context: {},
      });
      return user.id;
    }
    const response = await asRoot('POST', '/api/admin/users', {
      username,
      displayName: `Target ${sequence}`,
      password: `Target-Pass-${sequence}-xZ9!`,
      ...specOf(target),
    });
    if (response.status !== 201) throw new Error(`Creating ${target} answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { user: { id: string } }).user.id;
  }

  beforeAll(async () => {
    sut = await startApi({ database: choice, env: ACCOUNTS_TEST_ENV });
    root = await signInAsAdmin(sut);
    departments.A = await createDepartment(sut, `MXA${process.pid % 1000}`, root);
    departments.B = await createDepartment(sut, `MXB${process.pid % 1000}`, root);
    const actorSpecs: Record<Exclude<Actor, 'global admin'>, { roles: Role[]; adminScope?: 'department'; departmentId: string }> = {
      clinician: { roles: ['clinician'], departmentId: departments.A.id },
      researcher: { roles: ['researcher'], departmentId: departments.A.id },
      auditor: { roles: ['auditor'], departmentId: departments.A.id },
      'admin A': { roles: ['admin'], adminScope: 'department', departmentId: departments.A.id },
      'admin B': { roles: ['admin'], adminScope: 'department', departmentId: departments.B.id },
    };
    for (const [actor, spec] of Object.entries(actorSpecs) as [Exclude<Actor, 'global admin'>, (typeof actorSpecs)[keyof typeof actorSpecs]][]) {
      const account = await createAccount(sut, { ...spec, as: root });
      sessions[actor] = await signIn(sut, account.username, account.password);
    }
    sessions['global admin'] = root;
    for (const target of TARGETS) shared[target] = await newTarget(target);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  describe.each(ACTORS)('%s', (actor) => {
    it.each(TARGETS)(`acting on a %s: as the table says`, async (target) => {
      const expected = MATRIX.actOnUser[actor][target];
      const id = expected === 'ok' ? await newTarget(target) : shared[target];
      const before = await snapshot(id);
      const as = (method: string, path: string, body?: unknown) => api(sut, method, path, { token: sessions[actor].accessToken, body });
      const want = expected === 'ok' ? undefined : Number(expected);
      const cell = (action: string, status: number, okStatus = 200) => ({
        actor,
        target,
        action,
        status: want === undefined && status === okStatus ? 'ok' : status,
      });
      const wantCell = (action: string) => ({ actor, target, action, status: want ?? 'ok' });

      const listed = await as('GET', '/api/admin/users');
      if (expected === '403') expect(listed.status).toBe(403);
      else
        expect({ actor, target, listed: ((await listed.json()) as { id: string }[]).some((user) => user.id === id) }).toEqual({
          actor,
          target,
          listed: expected === 'ok',
        });

      const nextRoles: Role[] = target.startsWith('clinician@') ? ['researcher'] : ['clinician'];
      // The order keeps an allowed target manageable until the last step (the role change may make it someone else).
      const actions: [string, string, string, unknown?][] = [
        ['get', 'GET', `/api/admin/users/${id}`],
        ['edit', 'PATCH', `/api/admin/users/${id}`, { displayName: 'Renamed by matrix' }],
        ['unlock', 'POST', `/api/admin/users/${id}/unlock`],
        ['end sessions', 'POST', `/api/admin/users/${id}/end-sessions`],
        ['reset password', 'POST', `/api/admin/users/${id}/reset-password`],
        ['disable', 'PATCH', `/api/admin/users/${id}`, { status: 'disabled' }],
        ['change roles', 'PATCH', `/api/admin/users/${id}`, { roles: nextRoles }],
      ];
      for (const [action, method, path, body] of actions) {
        const response = await as(method, path, body);
        const text = await response.text();
        expect(cell(action, response.status), text).toEqual(wantCell(action));
        if (action === 'reset password' && expected === 'ok') expect(JSON.parse(text)).toHaveProperty('oneTimePassword');
        if (expected === '404') expect(JSON.parse(text)).toMatchObject({ statusCode: 404, message: 'User not found' });
      }

      const after = await snapshot(id);
      if (expected === 'ok') {
        expect(after).toMatchObject({ displayName: 'Renamed by matrix', status: 'disabled', roles: nextRoles });
        expect(after.passwordChangedAt).not.toBe(before.passwordChangedAt);
      } else {
        expect(after).toEqual(before);
      }
    });

    it.each(TARGETS)('creating a %s: as the table says', async (target) => {
      const expected = MATRIX.createUser[actor][target];
      sequence += 1;
      const username = `created.${process.pid % 1000}.${sequence}`;
      const response = await api(sut, 'POST', '/api/admin/users', {
        token: sessions[actor].accessToken,
        body: { username, displayName: 'Created by matrix', ...specOf(target) },
      });
      expect({ actor, target, status: response.status }).toEqual({ actor, target, status: expected === 'ok' ? 201 : Number(expected) });
      const exists = (await sut.app.get(UsersService).list(SERVER_OPERATOR)).some((user) => user.username === username);
      expect(exists).toBe(expected === 'ok');
    });

    it.each(Object.keys(MATRIX.routes) as (keyof typeof MATRIX.routes)[])('%s: as the table says', async (route) => {
      const expected = MATRIX.routes[route][actor];
      const response = await ROUTE_CALLS[route].call(sut, sessions[actor].accessToken);
      await response.arrayBuffer();
      expect({ actor, route, status: response.status }).toEqual({ actor, route, status: expected === 'ok' ? ROUTE_CALLS[route].ok : Number(expected) });
    });
  });

  describe('GET /api/status', () => {
    beforeAll(async () => {
      expect((await api(sut, 'GET', '/api/audit/verify', { token: sessions.auditor.accessToken })).status).toBe(200);
    });

    it.each(ACTORS)('shows %s the status bar, and security figures, paths and verify counts as the table says', async (actor) => {
      const response = await api(sut, 'GET', '/api/status', { token: sessions[actor].accessToken });
      expect(response.status).toBe(200);
      const status = (await response.json()) as {
        model: { name: string; loaded: boolean; file?: string };
        security: Record<string, unknown>;
        audit: { available: boolean; lastVerify: { ok: boolean; checked?: number; firstBrokenId?: number | null } };
        privacy: unknown;
        db: unknown;
      };
      expect(status).toMatchObject({
        model: { name: expect.any(String), loaded: true },
        privacy: expect.anything(),
        db: expect.anything(),
        audit: { available: true, lastVerify: { ok: expect.any(Boolean) } },
      });
      expect(status.security).toMatchObject({ mfaRequiredForPrivileged: expect.any(Boolean), mfaAvailable: expect.any(Boolean) });
      const shown = {
        securityCounts: ['adminsWithoutMfa', 'globalAdmins', 'lockedAccounts', 'warnings'].some((key) => key in status.security),
        // The model file, the anchor file, the journal and the data folder all live under the test's DATA_DIR or tmpdir.
        modelPath: 'file' in status.model || JSON.stringify(status).includes(tmpdir()),
        verifyCounts: 'checked' in status.audit.lastVerify || 'firstBrokenId' in status.audit.lastVerify,
      };
      expect({ actor, ...shown }).toEqual({ actor, ...MATRIX.status[actor] });
    });
  });

  describe('a department admin cannot grant beyond his own reach', () => {
    it.each([
      ['another department', (d: typeof departments) => ({ departmentId: d.B.id })],
      ['the admin role', () => ({ roles: ['admin'] })],
      ['the auditor role', () => ({ roles: ['auditor'] })],
      ['global admin scope', () => ({ roles: ['admin'], adminScope: 'global' })],
      ['department admin scope', () => ({ roles: ['clinician', 'admin'], adminScope: 'department' })],
    ])('refuses moving his own clinician to %s with 403 and changes nothing', async (_name, change) => {
      const id = await newTarget('clinician@A');
      const before = await snapshot(id);
      const response = await api(sut, 'PATCH', `/api/admin/users/${id}`, { token: sessions['admin A'].accessToken, body: change(departments) });
      expect(response.status).toBe(403);
      expect(await snapshot(id)).toEqual(before);
    });
  });

  it('audits a refused attempt on an invisible user as access.denied, naming the target', async () => {
    const events: AuditRecordInput[] = captureAuditEvents(sut);
    const victim = shared['global admin@A'];
    expect((await api(sut, 'POST', `/api/admin/users/${victim}/reset-password`, { token: sessions['admin A'].accessToken })).status).toBe(404);
    await expect
      .poll(() => events.find((event) => event.action === 'access.denied'))
      .toMatchObject({ outcome: 'failure', summary: { reasonCode: 'target_out_of_scope', targetUserId: victim } });
  });

  it('audits a global admin refused on an auditor, and granting the auditor role, as access.denied', async () => {
    const events: AuditRecordInput[] = captureAuditEvents(sut);
    const auditor = shared['auditor@B'];
    expect((await api(sut, 'POST', `/api/admin/users/${auditor}/reset-password`, { token: root.accessToken })).status).toBe(404);
    const clinician = await newTarget('clinician@A');
    expect((await api(sut, 'PATCH', `/api/admin/users/${clinician}`, { token: root.accessToken, body: { roles: ['auditor'] } })).status).toBe(403);
    await expect
      .poll(() => events.filter((event) => event.action === 'access.denied').map((event) => event.summary))
      .toEqual([
        { reasonCode: 'target_out_of_scope', targetUserId: auditor },
        { reasonCode: 'role_not_grantable', targetUserId: clinician, rolesAfter: ['auditor'] },
      ]);
  });

  it('lets the server operator (admin CLI) reset, unlock, disable and enable an auditor', async () => {
    const users = sut.app.get(UsersService);
    const id = await newTarget('auditor@A');
    expect((await users.resetPassword({ principal: SERVER_OPERATOR, id, context: {} })).oneTimePassword).toEqual(expect.any(String));
    await users.unlock({ principal: SERVER_OPERATOR, id, context: {} });
    expect((await users.update({ principal: SERVER_OPERATOR, id, changes: { status: 'disabled' }, context: {} })).status).toBe('disabled');
    expect((await users.update({ principal: SERVER_OPERATOR, id, changes: { status: 'active' }, context: {} })).status).toBe('active');
  });

  it('audits a department admin refused on the prompt template as access.denied', async () => {
    const events: AuditRecordInput[] = captureAuditEvents(sut);
    expect((await ROUTE_CALLS['PUT /api/admin/prompts/:name'].call(sut, sessions['admin A'].accessToken)).status).toBe(403);
    await expect
      .poll(() => events.find((event) => event.action === 'access.denied'))
      .toMatchObject({ outcome: 'failure', summary: { reasonCode: 'admin_scope' } });
  });
});
