import net from 'node:net';
import { randomBytes } from 'node:crypto';
import type { InferenceTierState } from '../../src/inference/tier/inference-node-state';
import { freePort } from '../support/spawn-api';
import { ACCOUNTS_TEST_ENV, api, loginAs, signInAsAdmin } from '../support/sign-in';
import { startApi, type RunningApi } from '../support/start-api';

const SERVICE_KEY = `tier-status-key-${randomBytes(12).toString('hex')}`;

/** A node that accepts connections and never answers: the fault a status poll must not wait for. */
async function startSilentNode(): Promise<{ port: number; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Issue 21, status that sees the fleet: an API instance whose questions go to a remote tier asks each
 * node in INFERENCE_NODE_URLS how it is (a real MedLocal inference node, a silent one, a closed port).
 */
describe('inference tier in GET /api/status', () => {
  let node: RunningApi;
  let sut: RunningApi;
  let silent: Awaited<ReturnType<typeof startSilentNode>>;
  let closedPort: number;

  beforeAll(async () => {
    node = await startApi({
      env: { MEDLOCAL_ROLE: 'inference-node', MEDLOCAL_API_KEYS: SERVICE_KEY, INFERENCE_THREADS: '1', INFERENCE_PARALLEL: '2', INFERENCE_CONTEXT_SIZE: '2048' },
    });
    silent = await startSilentNode();
    closedPort = await freePort();
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        INFERENCE_REMOTE_URL: `${node.baseUrl}/v1`,
        INFERENCE_REMOTE_API_KEY: SERVICE_KEY,
        INFERENCE_NODE_URLS: [`${node.baseUrl}/v1`, `http://127.0.0.1:${silent.port}/v1`, `http://127.0.0.1:${closedPort}/v1`].join(','),
        // More than the node holds: prompts must still be sized for the node's 2,048.
        INFERENCE_CONTEXT_SIZE: '4096',
      },
    });
  });

  afterAll(async () => {
    await sut?.stop();
    await silent?.close();
    await node?.stop();
  });

  const tierAs = async (token: string) => {
    const response = await api(sut, 'GET', '/api/status', { token });
    expect(response.status).toBe(200);
    return ((await response.json()) as { inferenceTier: InferenceTierState }).inferenceTier;
  };

  it('shows a global admin each node: model, queue and GPU of a MedLocal node, and why the others do not answer', async () => {
    const admin = await signInAsAdmin(sut);
    const tier = await tierAs(admin.accessToken);
    expect(tier).toMatchObject({ via: 'nodes', reachable: 1, total: 3 });
    const [medlocal, quiet, closed] = tier.nodes;
    expect(medlocal).toMatchObject({
      url: `${node.baseUrl}/v1`,
      reachable: true,
      reports: 'medlocal-node',
      model: { loaded: true, demo: true, contextSize: 2048, error: null },
      queue: { generating: 0, waiting: 0, parallel: 2 },
      gpu: { available: false, type: false },
      error: null,
    });
    // Answered while the silent node still holds the connection open: the probe's own bound ended it.
    expect(quiet).toMatchObject({ reachable: false, reports: null, model: null, error: expect.stringMatching(/^no answer within \d+ ms$/) });
    expect(silent.connections()).toBe(1);
    expect(closed).toMatchObject({ reachable: false, error: expect.stringContaining('ECONNREFUSED') });
  });

  it('tells its service key which llama.cpp build the node runs and why, with the threads it was told', async () => {
    const response = await fetch(`${node.baseUrl}/api/node-status`, { headers: { authorization: `Bearer ${SERVICE_KEY}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { runtime: { build: string; reason: string; threads: number } | null };
    expect(body.runtime).toMatchObject({ build: expect.stringMatching(/^(native|prebuilt)$/), threads: 1 });
    expect(body.runtime?.reason.length).toBeGreaterThan(10);
  });

  it('asks the nodes again only after a few seconds, however often consoles poll', async () => {
    const admin = await signInAsAdmin(sut);
    const before = silent.connections();
    await Promise.all([tierAs(admin.accessToken), tierAs(admin.accessToken), tierAs(admin.accessToken)]);
    expect(silent.connections()).toBeLessThanOrEqual(before + 1);
  });

  it('sizes prompts for the smallest context a node of the tier holds, not the larger one configured', async () => {
    const admin = await signInAsAdmin(sut);
    const response = await api(sut, 'GET', '/api/status', { token: admin.accessToken });
    expect(((await response.json()) as { model: { contextSize: number } }).model.contextSize).toBe(2048);
  });

  it('shows a clinician how many nodes answer, not where they are', async () => {
    const clinician = await loginAs(sut, 'clinician');
    expect(await tierAs(clinician.accessToken)).toEqual({ reachable: 1, total: 3 });
  });

  it("refuses the node's status without the service key", async () => {
    expect((await fetch(`${node.baseUrl}/api/node-status`)).status).toBe(401);
    expect((await fetch(`${node.baseUrl}/api/node-status`, { headers: { authorization: 'Bearer not-the-key-0123456789abcdef' } })).status).toBe(401);
  });
});

/**
 * Every instance shares one inference tier, so a tier with no node answering is no reason for a balancer to take an
 * instance out: sign-in, audit and administration go on, and each question says the model is unavailable.
 */
describe('an instance whose inference tier does not answer', () => {
  let sut: RunningApi;
  let silent: Awaited<ReturnType<typeof startSilentNode>>;

  beforeAll(async () => {
    silent = await startSilentNode();
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        INFERENCE_REMOTE_URL: `http://127.0.0.1:${await freePort()}/v1`,
        INFERENCE_REMOTE_API_KEY: SERVICE_KEY,
        INFERENCE_NODE_URLS: [`http://127.0.0.1:${silent.port}/v1`].join(','),
        INFERENCE_CONTEXT_SIZE: '2048',
      },
    });
  });

  afterAll(async () => {
    await sut?.stop();
    await silent?.close();
  });

  it('stays healthy, signs clinicians in, and answers their questions 502 REMOTE_UNAVAILABLE', async () => {
    const health = await api(sut, 'GET', '/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', info: { model: { status: 'up' } } });
    const clinician = await loginAs(sut, 'clinician');
    const opened = await api(sut, 'POST', '/api/chat/conversations', { token: clinician.accessToken });
    expect(opened.status).toBe(201);
    const { id } = (await opened.json()) as { id: string };
    const asked = await api(sut, 'POST', `/api/chat/conversations/${id}/messages`, {
      token: clinician.accessToken,
      body: { content: 'AKI fluids?', strict: false },
    });
    expect(asked.status).toBe(502);
    expect(await asked.json()).toMatchObject({ code: 'REMOTE_UNAVAILABLE' });
  });
});
