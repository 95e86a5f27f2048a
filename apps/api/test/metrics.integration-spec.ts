import { startApi, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, loginAs } from './support/sign-in';

const SCRAPE_TOKEN = 'scrape-token-0123456789abcdef-xyz';
const INSTANCE = 'api-test-1:6006';

describe('Prometheus metrics', () => {
  let sut: RunningApi;

  beforeAll(async () => {
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, METRICS_TOKEN: SCRAPE_TOKEN, METRICS_INSTANCE: INSTANCE, INFERENCE_THREADS: '1' } });
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
    expect(text).toMatch(/^medlocal_conversations_open\{instance="api-test-1:6006"\} 0$/m);
    expect(text).toMatch(/^medlocal_egress_refused_total\{instance="api-test-1:6006"\} 0$/m);
  });

  it('names its instance on every series, so one dashboard tells the instances of a fleet apart', async () => {
    const text = await (await fetch(`${sut.baseUrl}/metrics`, { headers: { authorization: `Bearer ${SCRAPE_TOKEN}` } })).text();
    const series = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(series.length).toBeGreaterThan(20);
    expect(series.filter((line) => !line.includes(`instance="${INSTANCE}"`))).toEqual([]);
    // The engine in this process keeps its own queue: how busy it is is a series too.
    expect(text).toMatch(/^medlocal_inference_generating\{instance="api-test-1:6006"\} 0$/m);
    expect(text).toMatch(/^medlocal_inference_waiting\{instance="api-test-1:6006"\} 0$/m);
  });

  it('names the instance that answered in the status a global admin reads (behind a balancer, two reads may come from two instances)', async () => {
    const admin = await loginAs(sut, 'admin');
    expect(await (await api(sut, 'GET', '/api/status', { token: admin.accessToken })).json()).toMatchObject({ instance: INSTANCE });
    const clinician = await loginAs(sut, 'clinician');
    expect(await (await api(sut, 'GET', '/api/status', { token: clinician.accessToken })).json()).not.toHaveProperty('instance');
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
    expect(text).toMatch(/^medlocal_questions_total\{entry="chat",outcome="success",instance="api-test-1:6006"\} 1$/m);
    expect(text).toMatch(/^medlocal_conversations_open\{instance="api-test-1:6006"\} 1$/m);
  });
});
