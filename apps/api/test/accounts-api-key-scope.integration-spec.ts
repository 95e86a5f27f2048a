import { startApi, type RunningApi } from './support/start-api';
import {
  ACCOUNTS_TEST_ENV,
  advanceClock,
  api,
  captureAuditEvents,
  createAccount,
  createDepartment,
  signIn,
  signInAsAdmin,
  type SignedInSession,
} from './support/sign-in';

const DAY_MS = 86_400_000;

describe('MedLocal API keys: expiry and scope (PostgreSQL)', () => {
  let sut: RunningApi;
  let admin: SignedInSession;
  let departmentAdmin: SignedInSession;
  let research: { id: string; code: string };
  let other: { id: string; code: string };
  let researcher: { id: string; username: string; password: string };

  beforeAll(async () => {
    sut = await startApi({ database: 'test-server', env: { ...ACCOUNTS_TEST_ENV, API_KEY_DEFAULT_DAYS: '90', API_KEY_MAX_DAYS: '180' } });
    admin = await signInAsAdmin(sut);
    research = await createDepartment(sut, 'RES', admin);
    other = await createDepartment(sut, 'OTH', admin);
    researcher = await createAccount(sut, { roles: ['researcher'], departmentId: research.id, as: admin });
    const resAdmin = await createAccount(sut, { roles: ['admin'], adminScope: 'department', departmentId: research.id, as: admin });
    departmentAdmin = await signIn(sut, resAdmin.username, resAdmin.password);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  const createKey = async (body: Record<string, unknown>, as = admin) => {
    const response = await api(sut, 'POST', '/api/admin/api-keys', { token: as.accessToken, body });
    return { status: response.status, body: await response.json() };
  };
  const withKey = (method: string, path: string, key: string) => fetch(`${sut.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${key}` } });
  const refusal = async (response: Response) => ({ status: response.status, ...(({ code, message }) => ({ code, message }))(await response.json()) });

  it('gives every key an expiry: the default, a chosen one up to the maximum, never more', async () => {
    const defaulted = await createKey({ name: 'EMR bridge', departmentId: research.id });
    expect(defaulted.status).toBe(201);
    expect(defaulted.body).toMatchObject({ scope: 'inference', expired: false, owner: null });
    expect(Date.parse(defaulted.body.expiresAt) - Date.parse(defaulted.body.createdAt)).toBe(90 * DAY_MS);

    const chosen = await createKey({ name: 'short', departmentId: research.id, expiresInDays: 7 });
    expect(Date.parse(chosen.body.expiresAt) - Date.parse(chosen.body.createdAt)).toBe(7 * DAY_MS);

    const tooLong = await createKey({ name: 'forever', departmentId: research.id, expiresInDays: 181 });
    expect(tooLong).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(tooLong.body.message).toContain('180');
  });

  it("lets a researcher's script call the batch endpoints with a batches key, and nothing else (403 naming the scope)", async () => {
    const events = captureAuditEvents(sut);
    const created = await createKey({ name: 'cohort script', scope: 'batches', researcherId: researcher.id });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ scope: 'batches', owner: { id: researcher.id, username: researcher.username }, department: { code: 'RES' } });
    const key: string = created.body.key;

    expect((await withKey('GET', '/api/batches', key)).status).toBe(200);
    expect((await withKey('GET', '/api/batches/00000000-0000-4000-8000-000000000000', key)).status).toBe(404);

    for (const [method, path] of [
      ['GET', '/api/chat/conversations'],
      ['GET', '/api/terms/search?q=hypertension'],
      ['GET', '/api/admin/users'],
      ['GET', '/api/audit/events'],
      ['GET', '/v1/models'],
    ]) {
      const answer = await refusal(await withKey(method, path, key));
      expect({ path, status: answer.status, code: answer.code }).toEqual({ path, status: 403, code: 'API_KEY_OUT_OF_SCOPE' });
      expect(answer.message).toContain('"batches"');
    }
    const denied = events.filter((event) => event.action === 'access.denied');
    expect(denied).toHaveLength(5);
    expect(new Set(denied.map((event) => event.summary?.['reasonCode']))).toEqual(new Set(['api_key_scope']));
    expect(new Set(denied.map((event) => event.summary?.['apiKeyId']))).toEqual(new Set([created.body.id]));
    expect(JSON.stringify(events)).not.toContain(key);

    // An inference key is no way into the batch endpoints either.
    const inference = await createKey({ name: 'EMR', departmentId: research.id });
    expect((await withKey('GET', '/v1/models', inference.body.key)).status).toBe(200);
    const refused = await refusal(await withKey('GET', '/api/batches', inference.body.key));
    expect({ status: refused.status, code: refused.code }).toEqual({ status: 403, code: 'API_KEY_OUT_OF_SCOPE' });
    expect(refused.message).toContain('"inference"');
  });

  it('issues batches keys only for active researchers the admin manages, and stops a key whose researcher is disabled', async () => {
    const clinician = await createAccount(sut, { roles: ['clinician'], departmentId: research.id, as: admin });
    expect((await createKey({ name: 'x', scope: 'batches', researcherId: clinician.id })).status).toBe(400);
    expect((await createKey({ name: 'x', scope: 'batches' })).status).toBe(400);
    const elsewhere = await createAccount(sut, { roles: ['researcher'], departmentId: other.id, as: admin });
    expect((await createKey({ name: 'x', scope: 'batches', researcherId: elsewhere.id }, departmentAdmin)).status).toBe(404);
    const own = await createKey({ name: 'own', scope: 'batches', researcherId: researcher.id }, departmentAdmin);
    expect(own.status).toBe(201);

    const leaving = await createAccount(sut, { roles: ['researcher'], departmentId: research.id, as: admin });
    const key = (await createKey({ name: 'leaving', scope: 'batches', researcherId: leaving.id })).body.key as string;
    expect((await withKey('GET', '/api/batches', key)).status).toBe(200);
    expect((await api(sut, 'PATCH', `/api/admin/users/${leaving.id}`, { token: admin.accessToken, body: { status: 'disabled' } })).status).toBe(200);
    expect(await refusal(await withKey('GET', '/api/batches', key))).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
  });

  it('refuses an expired key with API_KEY_EXPIRED, audited, and lists it as expired', async () => {
    const inference = await createKey({ name: 'week', departmentId: research.id, expiresInDays: 7 });
    const batches = await createKey({ name: 'week-batches', scope: 'batches', researcherId: researcher.id, expiresInDays: 7 });
    expect((await withKey('GET', '/v1/models', inference.body.key)).status).toBe(200);
    const events = captureAuditEvents(sut);

    advanceClock(sut, 7 * DAY_MS + 1000);

    expect(await refusal(await withKey('GET', '/v1/models', inference.body.key))).toMatchObject({ status: 401, code: 'API_KEY_EXPIRED' });
    expect(await refusal(await withKey('GET', '/api/batches', batches.body.key))).toMatchObject({ status: 401, code: 'API_KEY_EXPIRED' });
    expect(events.filter((event) => event.action === 'access.denied').map((event) => [event.summary?.['reasonCode'], event.summary?.['apiKeyId']])).toEqual([
      ['api_key_expired', inference.body.id],
      ['api_key_expired', batches.body.id],
    ]);
    const freshAdmin = await signInAsAdmin(sut);
    const listed = (await (await api(sut, 'GET', '/api/admin/api-keys', { token: freshAdmin.accessToken })).json()) as { id: string; expired: boolean }[];
    expect(listed.find((key) => key.id === inference.body.id)?.expired).toBe(true);
  });
});
