import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRemoteEngine, InferenceError, InferenceErrorCode } from '@medlocal/inference';
import { freePort } from '../support/spawn-api';
import { haproxyCommand, haproxyInstalled, startHaproxy, type RunningHaproxy } from './support/haproxy';

/**
 * A server that passes HAProxy's health checks and drops every other request without answering: the
 * instance or node that took a request and died before answering (HAProxy answers 502 itself).
 */
async function startFailingServer(port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.url === '/api/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    req.socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/** Kept small here so the flood below stays light; the shipped default is documented in deploy/README.md. */
const CONNECTIONS_PER_CLIENT = 20;

/** Opens a TCP connection from `localAddress` and sends nothing: a client that never starts its request or handshake. */
function silentConnection(port: number, localAddress: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Whether HAProxy answers an HTTP request on this connection at all (any status) before closing it. */
function answersHttp(port: number, localAddress: string, path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, localAddress, path, agent: false, timeout: 8_000 }, (response) => {
      response.resume();
      resolve(true);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(false));
  });
}

describe.skipIf(!haproxyInstalled())('the shipped HAProxy configuration: its own refusals', () => {
  let folder: string;
  let haproxy: RunningHaproxy;
  let socketPath: string;
  let publicUrl: string;
  let inferenceUrl: string;
  const servers: http.Server[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'medlocal-haproxy-errors-'));
    socketPath = path.join(folder, 'haproxy.sock');
    const [publicPort, inferencePort, ...backendPorts] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort(), freePort()]);
    for (const port of backendPorts) servers.push(await startFailingServer(port));
    publicUrl = `http://127.0.0.1:${publicPort}`;
    inferenceUrl = `http://127.0.0.1:${inferencePort}/v1`;
    haproxy = await startHaproxy({
      env: {
        MEDLOCAL_PUBLIC_BIND: `127.0.0.1:${publicPort}`,
        MEDLOCAL_INFERENCE_BIND: `127.0.0.1:${inferencePort}`,
        MEDLOCAL_API_1: `127.0.0.1:${backendPorts[0]}`,
        MEDLOCAL_API_2: `127.0.0.1:${backendPorts[1]}`,
        MEDLOCAL_NODE_1: `127.0.0.1:${backendPorts[2]}`,
        MEDLOCAL_NODE_2: `127.0.0.1:${backendPorts[3]}`,
        MEDLOCAL_HAPROXY_SOCKET: socketPath,
        MEDLOCAL_PUBLIC_CONNECTIONS_PER_CLIENT: String(CONNECTIONS_PER_CLIENT),
      },
      waitForPorts: [publicPort, inferencePort],
    });
  });

  afterAll(async () => {
    await haproxy?.stop();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  async function refusal(url: string, init?: RequestInit): Promise<{ status: number; contentType: string | null; retryAfter: string | null; body: unknown }> {
    const response = await fetch(url, init);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Left as text: the assertion below shows what came instead of JSON.
    }
    return { status: response.status, contentType: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after'), body };
  }

  it('answers in MedLocal’s error shape, with a code, when an instance fails before answering (502) and when none is up (503)', async () => {
    const signIn = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"a","password":"b"}' };
    expect(await refusal(`${publicUrl}/api/auth/login`, signIn)).toMatchObject({
      status: 502,
      contentType: 'application/json',
      body: { statusCode: 502, error: 'Bad Gateway', code: 'MEDLOCAL_UNREACHABLE', message: expect.stringMatching(/try again/) },
    });
    for (const backend of ['medlocal_api', 'medlocal_api_chat']) {
      for (const server of ['api1', 'api2']) await haproxyCommand(socketPath, `set server ${backend}/${server} state maint`);
    }
    for (const url of [`${publicUrl}/api/status`, `${publicUrl}/api/chat/conversations`]) {
      expect(await refusal(url)).toMatchObject({
        status: 503,
        contentType: 'application/json',
        retryAfter: '5',
        body: { statusCode: 503, error: 'Service Unavailable', code: 'MEDLOCAL_UNREACHABLE' },
      });
    }
  });

  it('tells the API’s remote engine, by code, that the inference tier has no node to answer', async () => {
    const engine = createRemoteEngine({ baseUrl: inferenceUrl, contextSize: 1024 });
    const ask = async (): Promise<unknown> => {
      try {
        for await (const event of engine.generate({ messages: [{ role: 'user', content: 'chest pain' }], maxTokens: 4 })) void event;
        return null;
      } catch (error) {
        return error;
      }
    };
    const failedNode = await ask();
    expect(failedNode).toBeInstanceOf(InferenceError);
    expect(failedNode).toMatchObject({ code: InferenceErrorCode.RemoteUnavailable, message: expect.stringMatching(/node failed before answering/) });
    for (const server of ['node1', 'node2']) await haproxyCommand(socketPath, `set server medlocal_nodes/${server} state maint`);
    const noNode = await ask();
    expect(noNode).toMatchObject({ code: InferenceErrorCode.RemoteUnavailable, message: expect.stringMatching(/no inference node is up/) });
  });

  it('refuses one address more connections than its share, so a flood of silent connections starves neither other clients nor the inference tier', async () => {
    const publicPort = Number(new URL(publicUrl).port);
    const inferencePort = Number(new URL(inferenceUrl).port);
    // The flood comes from an address of its own: the connections the tests above kept alive count for 127.0.0.1.
    const flooder = '127.0.0.3';
    const held = await Promise.all(Array.from({ length: CONNECTIONS_PER_CLIENT }, () => silentConnection(publicPort, flooder)));
    try {
      // A connection the kernel accepted is counted once HAProxy has taken it from the queue: wait for all of them.
      const counted = async (): Promise<number> =>
        Number(/key=127\.0\.0\.3 .*conn_cur=(\d+)/.exec(await haproxyCommand(socketPath, 'show table medlocal_public'))?.[1] ?? 0);
      const deadline = Date.now() + 10_000;
      while ((await counted()) < CONNECTIONS_PER_CLIENT && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await counted()).toBe(CONNECTIONS_PER_CLIENT);
      expect(await answersHttp(publicPort, flooder, '/api/health')).toBe(false);
      expect(await answersHttp(publicPort, '127.0.0.2', '/api/health')).toBe(true);
      expect(await answersHttp(inferencePort, '127.0.0.1', '/v1/models')).toBe(true);
    } finally {
      for (const socket of held) socket.destroy();
    }
  });
});
