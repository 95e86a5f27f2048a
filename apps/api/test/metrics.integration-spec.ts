import { startApi, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, loginAs } from './support/sign-in';

const SCRAPE_TOKEN = 'scrape-token-0123456789abcdef-xyz';

describe('Prometheus metrics', () => {
  let sut: RunningApi;

  beforeAll(async () => {
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, METRICS_TOKEN: SCRAPE_TOKEN, INFERENCE_THREADS: '1' } });
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('serves the scraper with its token, in Prometheus text format', async () => {
    const response = await fetch(`${sut.baseUrl}/metrics`, { headers: { authorization: `Bearer ${SCRAPE_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^# HELP medlocal_questions_total/m);
    expect(text).toMatch(/^medlocal_conversations_open 0$/m);
    expect(text).toMatch(/^medlocal_egress_refused_total 0$/m);
  });

  it('serves a signed-in admin, refuses a clinician, a wrong token and nobody', async () => {
    const admin = await loginAs(sut, 'admin');
    expect((await api(sut, 'GET', '/metrics', { token: admin.accessToken })).status).toBe(200);
    const clinician = await loginAs(sut, 'clinician');
    expect((await api(sut, 'GET', '/metrics', { token: clinician.accessToken })).status).toBe(403);
    expect((await api(sut, 'GET', '/metrics', { token: 'not-the-token' })).status).toBe(403);
    expect((await fetch(`${sut.baseUrl}/metrics`)).status).toBe(401);
  });

  it('counts a question once it is answered', async () => {
    const clinician = await loginAs(sut, 'clinician');
    const { id } = await (await api(sut, 'POST', '/api/chat/conversations', { token: clinician.accessToken })).json();
    await (
      await api(sut, 'POST', `/api/chat/conversations/${id}/messages`, { token: clinician.accessToken, body: { content: 'AF anticoagulation in CKD?' } })
    ).text();
    const text = await (await fetch(`${sut.baseUrl}/metrics`, { headers: { authorization: `Bearer ${SCRAPE_TOKEN}` } })).text();
    expect(text).toMatch(/^medlocal_questions_total\{entry="chat",outcome="success"\} 1$/m);
    expect(text).toMatch(/^medlocal_conversations_open 1$/m);
  });
});
