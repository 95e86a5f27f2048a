import { parseCsv } from './support/csv';
import {
  ACCOUNTS_TEST_ENV,
  api,
  createAccount,
  createDepartment,
  loginAs,
  signIn,
  signInAsAdmin,
  type SignedInSession,
  type TestAccount,
} from './support/sign-in';
import { startApi, type DatabaseChoice, type RunningApi } from './support/start-api';

interface ListedPage {
  items: { actor: { userId: string; username: string | null }; action: string }[];
  nextCursor: string | null;
  userFilter?: { query: string; matched: { id: string; username: string; displayName: string; status: string; department: { code: string } | null }[] };
}

// PostgreSQL when TEST_DATABASE_URL is set (the production database); the embedded one otherwise.
const choice: DatabaseChoice = process.env['TEST_DATABASE_URL'] ? 'test-server' : 'embedded';

describe(`Audit trail filtered by person (${choice} database)`, () => {
  let sut: RunningApi;
  let admin: SignedInSession;
  let auditor: SignedInSession;
  let alice: TestAccount;
  let twinA: TestAccount;
  let twinB: TestAccount;
  let departmentCode: string;
  const sharedName = `张伟 ${process.pid}`;

  beforeAll(async () => {
    sut = await startApi({ database: choice, env: ACCOUNTS_TEST_ENV });
    admin = await signInAsAdmin(sut);
    const department = await createDepartment(sut, `PEOP${process.pid % 1000}`, admin);
    departmentCode = department.code;
    alice = await createAccount(sut, { roles: ['clinician'], departmentId: department.id, as: admin });
    twinA = await createAccount(sut, { roles: ['clinician'], as: admin });
    twinB = await createAccount(sut, { roles: ['researcher'], as: admin });
    // Two people who share a display name, as two 张伟 in one hospital do.
    for (const twin of [twinA, twinB]) {
      const renamed = await api(sut, 'PATCH', `/api/admin/users/${twin.id}`, { token: admin.accessToken, body: { displayName: sharedName } });
      expect(renamed.status).toBe(200);
    }
    await signIn(sut, alice.username, alice.password);
    // alice leaves: her account is disabled, her history stays.
    const disabled = await api(sut, 'PATCH', `/api/admin/users/${alice.id}`, { token: admin.accessToken, body: { status: 'disabled' } });
    expect(disabled.status).toBe(200);
    auditor = await loginAs(sut, 'auditor');
  });

  afterAll(async () => {
    await sut?.stop();
  });

  async function list(user: string): Promise<ListedPage> {
    const response = await api(sut, 'GET', `/api/audit/events?pageSize=500&user=${encodeURIComponent(user)}`, { token: auditor.accessToken });
    expect(response.status).toBe(200);
    return (await response.json()) as ListedPage;
  }

  it("finds a disabled user's events by the username shown in the table, in any case", async () => {
    const page = await list(alice.username.toUpperCase());

    expect(page.items.length).toBeGreaterThan(0);
    expect(new Set(page.items.map((event) => event.actor.userId))).toEqual(new Set([alice.id]));
    expect(page.items.map((event) => event.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.password_change']));
    expect(page.userFilter?.matched).toEqual([
      expect.objectContaining({ id: alice.id, username: alice.username, status: 'disabled', department: expect.objectContaining({ code: departmentCode }) }),
    ]);
  });

  it('filters by a display name that several people share, showing all of them', async () => {
    const page = await list(`  ${sharedName}  `);

    expect(page.userFilter?.matched.map((person) => person.id).sort()).toEqual([twinA.id, twinB.id].sort());
    expect(new Set(page.items.map((event) => event.actor.userId))).toEqual(new Set([twinA.id, twinB.id]));
  });

  it('answers an unknown name with an empty list that says nobody matched, not an error', async () => {
    const page = await list('nobody.by.this.name');

    expect(page.items).toEqual([]);
    expect(page.userFilter).toEqual({ query: 'nobody.by.this.name', matched: [] });
  });

  it('finds a person by the user id the event drawer shows, too', async () => {
    const page = await list(admin.user.id);

    expect(page.items.length).toBeGreaterThan(0);
    expect(new Set(page.items.map((event) => event.actor.userId))).toEqual(new Set([admin.user.id]));
  });

  it('exports only the named person’s events', async () => {
    const response = await api(sut, 'GET', `/api/audit/export?format=csv&user=${encodeURIComponent(alice.username)}`, { token: auditor.accessToken });
    expect(response.status).toBe(200);
    const rows = parseCsv(await response.text());
    const userIdColumn = rows[0].indexOf('userId');

    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.slice(1).map((row) => row[userIdColumn]))).toEqual(new Set([alice.id]));
  });

  it('refuses a filter with control characters, naming the field', async () => {
    const response = await api(sut, 'GET', '/api/audit/events?user=a%00b', { token: auditor.accessToken });

    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('user');
  });

  it("lists the trail's action and outcome codes for the filters' pick-lists, to auditors only", async () => {
    const response = await api(sut, 'GET', '/api/audit/vocabulary', { token: auditor.accessToken });
    expect(response.status).toBe(200);
    const vocabulary = (await response.json()) as { actions: string[]; outcomes: string[] };

    expect(vocabulary.actions).toEqual(expect.arrayContaining(['auth.login', 'user.disable', 'department.retire', 'chat.message']));
    expect(vocabulary.outcomes).toEqual(['success', 'failure', 'cancelled', 'error']);
    expect((await api(sut, 'GET', '/api/audit/vocabulary', { token: admin.accessToken })).status).toBe(403);
    expect((await api(sut, 'GET', '/api/audit/vocabulary')).status).toBe(401);
  });

  it('names departments in the usage figures, retired ones too', async () => {
    const response = await api(sut, 'GET', '/api/audit/usage', { token: auditor.accessToken });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { departments: Record<string, { nameZh: string; nameEn: string; retired: boolean }> };

    expect(report.departments[departmentCode]).toEqual({ nameZh: `科室${departmentCode}`, nameEn: `Department ${departmentCode}`, retired: false });
  });
});
