import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { ACCOUNTS_TEST_ENV, TEST_ADMIN, createAuditorBeforeStart } from '../support/sign-in';
import { httpsRequest, startNginx, type HttpsAnswer, type RunningProxy } from './support/nginx-proxy';

/**
 * Issue 18: MedLocal behind the shipped nginx recipe (deploy/nginx/medlocal.conf), TLS ending at
 * nginx on loopback with a self-signed certificate. The client connects from 127.0.0.2, so the
 * address MedLocal records can only be the client's if nginx forwarded it and MedLocal believed it.
 */
const CLIENT_ADDRESS = '127.0.0.2';

describe('nginx TLS reverse proxy recipe', () => {
  let folder: string;
  let api: SpawnedApi;
  let proxy: RunningProxy;
  let auditorAccount: { username: string; oneTimePassword: string };

  const call = (params: { path: string; method?: string; token?: string; body?: unknown }): Promise<HttpsAnswer> =>
    httpsRequest({
      port: proxy.httpsPort,
      ca: proxy.ca,
      localAddress: CLIENT_ADDRESS,
      path: params.path,
      method: params.method,
      body: params.body,
      headers: {
        ...(params.token ? { authorization: `Bearer ${params.token}` } : {}),
        // A client trying to choose its own address: nginx replaces the header.
        'x-forwarded-for': '10.66.66.66',
      },
    });
  const signIn = async (username: string, password: string) => {
    const answer = await call({ path: '/api/auth/login', method: 'POST', body: { username, password } });
    expect(answer.status, answer.body).toBe(200);
    return { answer, token: (JSON.parse(answer.body) as { accessToken: string }).accessToken };
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'medlocal-nginx-'));
    const env: Record<string, string> = {
      ...ACCOUNTS_TEST_ENV,
      MEDLOCAL_MODE: 'demo',
      DATA_DIR: path.join(folder, 'data'),
      TRUST_PROXY: '127.0.0.1',
      TLS_TERMINATED_BY_PROXY: 'true',
      INFERENCE_CONTEXT_SIZE: '2048',
      INFERENCE_MAX_ANSWER_TOKENS: '120',
      INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
    };
    // The auditor is the operator's (admin CLI, API stopped), after a first start has created the admin.
    await (await spawnApi(env)).stop();
    auditorAccount = await createAuditorBeforeStart(env);
    api = await spawnApi(env);
    proxy = await startNginx({ folder, apiPort: Number(new URL(api.baseUrl).port) });
  }, 240_000);

  afterAll(async () => {
    await proxy?.stop();
    await api?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('answers plain HTTP only with a redirect to HTTPS', async () => {
    const status = await new Promise<{ code?: number; location?: string }>((resolve, reject) =>
      http
        .get({ host: '127.0.0.1', port: proxy.httpPort, path: '/api/health' }, (response) => {
          response.resume();
          resolve({ code: response.statusCode, location: response.headers.location });
        })
        .on('error', reject),
    );
    expect(status).toEqual({ code: 301, location: expect.stringMatching(/^https:\/\/127\.0\.0\.1(:\d+)?\/api\/health$/) });
  });

  it("signs in over HTTPS with a Secure refresh cookie, HSTS once and MedLocal's own security headers", async () => {
    const { answer } = await signIn(TEST_ADMIN.username, TEST_ADMIN.password);
    const cookie = [answer.headers['set-cookie'] ?? []].flat().find((line: string) => line.startsWith('medlocal_refresh='));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['server']).toBe('nginx');
  });

  it("streams an answer through the proxy as it is generated, and audits the client's address", async () => {
    const admin = await signIn(TEST_ADMIN.username, TEST_ADMIN.password);
    const password = 'Proxy-Test-Pass-2026!q';
    // The clinician comes from the admin; the auditor from the operator's CLI, with its one-time password.
    const accounts = [
      { username: `clin.${process.pid}`, initialPassword: 'Initial-Pass-1-xZ9!' },
      { username: auditorAccount.username, initialPassword: auditorAccount.oneTimePassword },
    ];
    const created = await call({
      path: '/api/admin/users',
      method: 'POST',
      token: admin.token,
      body: { username: accounts[0].username, roles: ['clinician'], displayName: accounts[0].username, password: accounts[0].initialPassword },
    });
    expect(created.status, created.body).toBe(201);
    // Both first password changes go through nginx too, so every event of this test carries the client's address.
    for (const account of accounts) {
      const first = await signIn(account.username, account.initialPassword);
      const changed = await call({
        path: '/api/auth/password',
        method: 'POST',
        token: first.token,
        body: { currentPassword: account.initialPassword, newPassword: password },
      });
      expect(changed.status, changed.body).toBeLessThan(300);
    }
    const clinician = await signIn(accounts[0].username, password);
    const conversation = await call({ path: '/api/chat/conversations', method: 'POST', token: clinician.token });
    expect(conversation.status).toBe(201);
    const { id } = JSON.parse(conversation.body) as { id: string };

    const answer = await call({
      path: `/api/chat/conversations/${id}/messages`,
      method: 'POST',
      token: clinician.token,
      body: { content: '65岁男性,突发胸痛2小时' },
    });
    expect(answer.status, answer.body).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/event-stream/);
    // Token by token: the stream reached the client in many pieces, several of them before `done`.
    const doneChunk = answer.chunks.findIndex((chunk) => chunk.includes('event: done'));
    expect(doneChunk, answer.body.slice(-500)).toBeGreaterThanOrEqual(0);
    const tokenChunksBeforeDone = answer.chunks.slice(0, doneChunk).filter((chunk) => /event: (answer|thought)/.test(chunk)).length;
    expect(tokenChunksBeforeDone).toBeGreaterThanOrEqual(3);

    const auditor = await signIn(accounts[1].username, password);
    const events = await call({ path: '/api/audit/events', token: auditor.token });
    expect(events.status, events.body).toBe(200);
    const audited = collectAuditEvents(JSON.parse(events.body)).filter((event) => event.clientAddress !== null);
    expect(audited.map((event) => event.action)).toEqual(expect.arrayContaining(['auth.login', 'chat.message']));
    // Every event of this test came through nginx from 127.0.0.2: none records nginx's address or the one the client forged.
    expect(new Set(audited.map((event) => event.clientAddress))).toEqual(new Set([CLIENT_ADDRESS]));
  });
});

/** Every audit event in the answer, wherever the list sits in it. */
function collectAuditEvents(body: unknown): { action: string; clientAddress: string | null }[] {
  const found: { action: string; clientAddress: string | null }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['action'] === 'string' && 'clientAddress' in record)
        found.push({ action: record['action'], clientAddress: (record['clientAddress'] as string | null) ?? null });
      else Object.values(record).forEach(visit);
    }
  };
  visit(body);
  return found;
}
