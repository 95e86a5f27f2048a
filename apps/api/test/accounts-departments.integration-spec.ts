import {
  ACCOUNTS_TEST_ENV,
  api,
  captureAuditEvents,
  createAccount,
  createDepartment,
  loginAs,
  signIn,
  signInAsAdmin,
  type SignedInSession,
} from './support/sign-in';
import { startApi, type DatabaseChoice, type RunningApi } from './support/start-api';

interface DepartmentBody {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  retiredAt: string | null;
}

// PostgreSQL when TEST_DATABASE_URL is set (the production database); the embedded one otherwise.
const choice: DatabaseChoice = process.env['TEST_DATABASE_URL'] ? 'test-server' : 'embedded';

describe(`Departments: edit and retire (${choice} database)`, () => {
  let sut: RunningApi;
  let admin: SignedInSession;
  let departmentAdmin: SignedInSession;
  let auditor: SignedInSession;
  let kept: { id: string; code: string };
  let retired: { id: string; code: string };
  let member: { id: string; username: string; password: string };

  beforeAll(async () => {
    sut = await startApi({ database: choice, env: ACCOUNTS_TEST_ENV });
    admin = await signInAsAdmin(sut);
    kept = await createDepartment(sut, `KEEP${process.pid % 1000}`, admin);
    retired = await createDepartment(sut, `GONE${process.pid % 1000}`, admin);
    member = await createAccount(sut, { roles: ['clinician'], departmentId: retired.id, as: admin });
    await signIn(sut, member.username, member.password);
    const scoped = await createAccount(sut, { roles: ['admin'], adminScope: 'department', departmentId: kept.id, as: admin });
    departmentAdmin = await signIn(sut, scoped.username, scoped.password);
    auditor = await loginAs(sut, 'auditor');
  });

  afterAll(async () => {
    await sut?.stop();
  });

  async function departments(): Promise<DepartmentBody[]> {
    const response = await api(sut, 'GET', '/api/admin/departments', { token: admin.accessToken });
    expect(response.status).toBe(200);
    return (await response.json()) as DepartmentBody[];
  }

  it('renames a department, keeping its code, and audits the change', async () => {
    const audited = captureAuditEvents(sut);
    const response = await api(sut, 'PATCH', `/api/admin/departments/${kept.id}`, {
      token: admin.accessToken,
      body: { nameZh: '心血管内科', nameEn: 'Cardiovascular' },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(
      expect.objectContaining({ id: kept.id, code: kept.code, nameZh: '心血管内科', nameEn: 'Cardiovascular', retiredAt: null }),
    );
    expect((await departments()).find((department) => department.id === kept.id)?.nameEn).toBe('Cardiovascular');
    expect(audited).toEqual([expect.objectContaining({ action: 'department.update', summary: expect.objectContaining({ targetDepartment: kept.code }) })]);
  });

  it('refuses an empty name, naming the field', async () => {
    const response = await api(sut, 'PATCH', `/api/admin/departments/${kept.id}`, { token: admin.accessToken, body: { nameZh: '' } });

    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('nameZh');
  });

  it('leaves editing and retiring to global admins', async () => {
    const rename = await api(sut, 'PATCH', `/api/admin/departments/${kept.id}`, { token: departmentAdmin.accessToken, body: { nameEn: 'Mine' } });
    const retire = await api(sut, 'POST', `/api/admin/departments/${kept.id}/retire`, { token: departmentAdmin.accessToken });

    expect([rename.status, retire.status]).toEqual([403, 403]);
    expect((await departments()).find((department) => department.id === kept.id)).toEqual(
      expect.objectContaining({ nameEn: 'Cardiovascular', retiredAt: null }),
    );
  });

  it('answers 404 for a department that does not exist', async () => {
    const response = await api(sut, 'POST', '/api/admin/departments/00000000-0000-4000-8000-000000000000/retire', { token: admin.accessToken });

    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('DEPARTMENT_NOT_FOUND');
  });

  describe('once retired', () => {
    let retiredAt: string;

    beforeAll(async () => {
      const response = await api(sut, 'POST', `/api/admin/departments/${retired.id}/retire`, { token: admin.accessToken });
      expect(response.status).toBe(200);
      retiredAt = ((await response.json()) as DepartmentBody).retiredAt ?? '';
    });

    it('is still listed, marked retired, and retiring it again keeps the first date', async () => {
      const again = await api(sut, 'POST', `/api/admin/departments/${retired.id}/retire`, { token: admin.accessToken });

      expect(Date.parse(retiredAt)).not.toBeNaN();
      expect(((await again.json()) as DepartmentBody).retiredAt).toBe(retiredAt);
      expect((await departments()).find((department) => department.id === retired.id)?.retiredAt).toBe(retiredAt);
    });

    it('stays on the users who had it, who can still be edited and sign in', async () => {
      const user = await api(sut, 'GET', `/api/admin/users/${member.id}`, { token: admin.accessToken });
      const renamed = await api(sut, 'PATCH', `/api/admin/users/${member.id}`, { token: admin.accessToken, body: { displayName: 'Still here' } });

      expect(((await user.json()) as { department: DepartmentBody }).department).toEqual(expect.objectContaining({ code: retired.code, retiredAt }));
      expect(renamed.status).toBe(200);
      await signIn(sut, member.username, member.password);
    });

    it('is given to no new user, no moved user and no new API key', async () => {
      const created = await api(sut, 'POST', '/api/admin/users', {
        token: admin.accessToken,
        body: { username: `late.${process.pid}`, displayName: 'Late', roles: ['clinician'], departmentId: retired.id },
      });
      const other = await createAccount(sut, { roles: ['clinician'], departmentId: kept.id, as: admin });
      const moved = await api(sut, 'PATCH', `/api/admin/users/${other.id}`, { token: admin.accessToken, body: { departmentId: retired.id } });
      const key = await api(sut, 'POST', '/api/admin/api-keys', { token: admin.accessToken, body: { name: 'late key', departmentId: retired.id } });

      for (const response of [created, moved, key]) {
        expect(response.status).toBe(409);
        expect(((await response.json()) as { code: string }).code).toBe('DEPARTMENT_RETIRED');
      }
    });

    it('keeps its audit history findable by its code', async () => {
      const response = await api(sut, 'GET', `/api/audit/events?pageSize=500&department=${retired.code}`, { token: auditor.accessToken });
      const page = (await response.json()) as { items: { actor: { userId: string; department: string } }[] };

      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((event) => event.actor.department === retired.code)).toBe(true);
      expect(page.items.map((event) => event.actor.userId)).toContain(member.id);
    });
  });
});
