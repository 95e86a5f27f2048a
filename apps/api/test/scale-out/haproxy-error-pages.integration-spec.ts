import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
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
});
