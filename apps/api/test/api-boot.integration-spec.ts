import { startApi, type DatabaseChoice, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, signInAsAdmin } from './support/sign-in';

const choices: DatabaseChoice[] = ['embedded', 'test-server'];

describe.each(choices)('MedLocal API booted on the %s database', (choice) => {
  let sut: RunningApi;

  beforeAll(async () => {
    sut = await startApi({ database: choice, env: ACCOUNTS_TEST_ENV });
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('is healthy once migrations have run', async () => {
    const response = await fetch(`${sut.baseUrl}/api/health`);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, model: { status: 'up' } } });
    expect(response.status).toBe(200);
  });

  it('reports a truthful status: local only, guard verified, the database it really uses', async () => {
    expect((await fetch(`${sut.baseUrl}/api/status`)).status).toBe(401);
    const admin = await signInAsAdmin(sut);
    const status = await (await api(sut, 'GET', '/api/status', { token: admin.accessToken })).json();
    const expectedKind = choice === 'test-server' && process.env['TEST_DATABASE_URL'] ? 'postgres' : 'pglite';
    expect(status.db).toEqual({ kind: expectedKind });
    expect(status.privacy).toMatchObject({ localOnly: true, egressBlocked: true });
    expect(status.privacy.allowlist).toEqual(expect.arrayContaining(['127.0.0.1', 'localhost']));
    expect(Date.parse(status.privacy.checkedAt)).toBeGreaterThan(Date.now() - 120_000);
    expect(status.model).toMatchObject({ demo: true, loaded: true, contextSize: expect.any(Number) });
    expect(status.gpu).toMatchObject({ available: false, type: false });
  });

  it('serves the OpenAPI document to admins', async () => {
    const admin = await signInAsAdmin(sut);
    const response = await api(sut, 'GET', '/api/docs/openapi.json', { token: admin.accessToken });
    expect(response.status).toBe(200);
    expect((await response.json()).info.title).toBe('MedLocal API');
  });

  it('sends a strict content security policy and no framework banner', async () => {
    const response = await fetch(`${sut.baseUrl}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('bad input gets one error shape', () => {
  let sut: RunningApi;

  beforeAll(async () => {
    sut = await startApi({ env: { BODY_LIMIT: '64kb' } });
  });

  afterAll(async () => {
    await sut?.stop();
  });

  const post = (body: BodyInit, contentType = 'application/json') =>
    fetch(`${sut.baseUrl}/api/status`, { method: 'POST', body, headers: { 'content-type': contentType } });

  it('answers an oversized body with 413', async () => {
    const response = await post(JSON.stringify({ text: 'x'.repeat(70 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ statusCode: 413, error: 'Payload Too Large', message: expect.stringContaining('limit') });
  });

  it('answers malformed JSON with 400', async () => {
    const response = await post('{"text": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/JSON/) });
  });

  it('answers a body that is not UTF-8 with an error naming the encoding', async () => {
    const response = await post(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) as unknown as BodyInit);
    expect(response.status).toBe(415);
    expect((await response.json()).message).toMatch(/UTF-8/);
  });

  it('answers an unknown route with 404', async () => {
    const response = await fetch(`${sut.baseUrl}/api/no-such-thing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ statusCode: 404, error: 'Not Found', message: expect.stringContaining('/api/no-such-thing') });
  });
});
