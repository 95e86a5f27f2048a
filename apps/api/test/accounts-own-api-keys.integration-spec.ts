import { startApi, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, captureAuditEvents, createAccount, createDepartment, signIn, signInAsAdmin, type SignedInSession } from './support/sign-in';

const DAY_MS = 86_400_000;

describe("a researcher's own batches API keys", () => {
  let sut: RunningApi;
  let researcher: SignedInSession & { id: string };
  let colleague: SignedInSession;
  let clinician: SignedInSession;

  beforeAll(async () => {
    sut = await startApi({ database: 'test-server', env: { ...ACCOUNTS_TEST_ENV, API_KEY_DEFAULT_DAYS: '90', API_KEY_MAX_DAYS: '180' } });
    const admin = await signInAsAdmin(sut);
    const department = await createDepartment(sut, 'OWNK', admin);
    const account = await createAccount(sut, { roles: ['researcher'], departmentId: department.id, as: admin });
    researcher = { ...(await signIn(sut, account.username, account.password)), id: account.id };
    const other = await createAccount(sut, { roles: ['researcher'], departmentId: department.id, as: admin });
    colleague = await signIn(sut, other.username, other.password);
    const doctor = await createAccount(sut, { roles: ['clinician'], departmentId: department.id, as: admin });
    clinician = await signIn(sut, doctor.username, doctor.password);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  const withKey = (method: string, path: string, key: string) => fetch(`${sut.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${key}` } });

  it('issues a batches key acting for the researcher, lists it for them only, and refuses it outside the batch endpoints', async () => {
    const events = captureAuditEvents(sut);
    const created = await api(sut, 'POST', '/api/research/api-keys', { token: researcher.accessToken, body: { name: 'cohort script', expiresInDays: 30 } });
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ scope: 'batches', owner: { id: researcher.id }, department: { code: 'OWNK' }, expired: false });
    expect(Date.parse(body.expiresAt) - Date.parse(body.createdAt)).toBe(30 * DAY_MS);
    expect(events.find((event) => event.action === 'apikey.create')).toMatchObject({ outcome: 'success' });

    expect((await withKey('GET', '/api/batches', body.key)).status).toBe(200);
    expect((await withKey('GET', '/api/chat/conversations', body.key)).status).toBe(403);
    // A key cannot mint or list keys: this route takes signed-in sessions only (403 naming the key's scope).
    const minted = await withKey('GET', '/api/research/api-keys', body.key);
    expect({ status: minted.status, code: (await minted.json()).code }).toEqual({ status: 403, code: 'API_KEY_OUT_OF_SCOPE' });

    const mine = await (await api(sut, 'GET', '/api/research/api-keys', { token: researcher.accessToken })).json();
    expect(mine.map((key: { id: string }) => key.id)).toEqual([body.id]);
    expect(mine[0]).not.toHaveProperty('key');
    expect(await (await api(sut, 'GET', '/api/research/api-keys', { token: colleague.accessToken })).json()).toEqual([]);
  });

  it('keeps the expiry within API_KEY_MAX_DAYS, refuses other roles, and lets only the owner revoke (then the key stops working)', async () => {
    const tooLong = await api(sut, 'POST', '/api/research/api-keys', { token: researcher.accessToken, body: { name: 'forever', expiresInDays: 181 } });
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).code).toBe('VALIDATION_FAILED');
    expect((await api(sut, 'POST', '/api/research/api-keys', { token: clinician.accessToken, body: { name: 'x' } })).status).toBe(403);

    const created = await (await api(sut, 'POST', '/api/research/api-keys', { token: researcher.accessToken, body: { name: 'to revoke' } })).json();
    expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(90 * DAY_MS);
    expect((await api(sut, 'DELETE', `/api/research/api-keys/${created.id}`, { token: colleague.accessToken })).status).toBe(404);
    expect((await withKey('GET', '/api/batches', created.key)).status).toBe(200);
    expect((await api(sut, 'DELETE', `/api/research/api-keys/${created.id}`, { token: researcher.accessToken })).status).toBe(204);
    expect((await withKey('GET', '/api/batches', created.key)).status).toBe(401);
    const listed = await (await api(sut, 'GET', '/api/research/api-keys', { token: researcher.accessToken })).json();
    expect(listed.find((key: { id: string }) => key.id === created.id).revokedAt).not.toBeNull();
  });
});
