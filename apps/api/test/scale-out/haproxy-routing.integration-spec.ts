import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../support/spawn-api';
import { haproxyInstalled, startHaproxy, type RunningHaproxy } from './support/haproxy';

/** An instance that passes health checks and answers every request with its own name. */
async function startNamedServer(port: number, name: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ instance: name }));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

describe.skipIf(!haproxyInstalled())('the shipped HAProxy configuration: which instance a request reaches', () => {
  let folder: string;
  let haproxy: RunningHaproxy;
  let publicUrl: string;
  const servers: http.Server[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'medlocal-haproxy-routing-'));
    const [publicPort, inferencePort, api1, api2, node1, node2] = await Promise.all(Array.from({ length: 6 }, () => freePort()));
    servers.push(
      await startNamedServer(api1, 'api1'),
      await startNamedServer(api2, 'api2'),
      await startNamedServer(node1, 'node1'),
      await startNamedServer(node2, 'node2'),
    );
    publicUrl = `http://127.0.0.1:${publicPort}`;
    haproxy = await startHaproxy({
      env: {
        MEDLOCAL_PUBLIC_BIND: `127.0.0.1:${publicPort}`,
        MEDLOCAL_INFERENCE_BIND: `127.0.0.1:${inferencePort}`,
        MEDLOCAL_API_1: `127.0.0.1:${api1}`,
        MEDLOCAL_API_2: `127.0.0.1:${api2}`,
        MEDLOCAL_NODE_1: `127.0.0.1:${node1}`,
        MEDLOCAL_NODE_2: `127.0.0.1:${node2}`,
        MEDLOCAL_HAPROXY_SOCKET: path.join(folder, 'haproxy.sock'),
      },
      waitForPorts: [publicPort, inferencePort],
    });
  });

  afterAll(async () => {
    await haproxy?.stop();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const instanceOf = async (response: Response): Promise<string> => ((await response.json()) as { instance: string }).instance;

  it('sends a sign-out to the instance that holds the browser’s conversations, so they end with it', async () => {
    // Conversations live in one instance's memory; a sign-out balanced freely would reach the other one half the time
    // and leave them readable there until they expire.
    for (const sticky of ['api1', 'api2']) {
      const cookie = `MEDLOCAL_API=${sticky}`;
      expect(await instanceOf(await fetch(`${publicUrl}/api/chat/conversations`, { headers: { cookie } }))).toBe(sticky);
      for (let attempt = 0; attempt < 4; attempt++) {
        expect(await instanceOf(await fetch(`${publicUrl}/api/auth/logout`, { method: 'POST', headers: { cookie } }))).toBe(sticky);
      }
    }
  });
  it('keeps a chat path written in other letter case on the sticky instance, since the API matches routes in any case', async () => {
    // "/API/chat/…" and "/api/Chat/…" reach the same routes; balanced freely they alternated 200 and 404.
    for (const sticky of ['api1', 'api2']) {
      const cookie = `MEDLOCAL_API=${sticky}`;
      for (const route of ['/API/chat/conversations', '/api/Chat/conversations', '/Api/Auth/Logout', '/api/auth/logout/']) {
        for (let attempt = 0; attempt < 3; attempt++) {
          const method = route.toLowerCase().includes('logout') ? 'POST' : 'GET';
          expect(await instanceOf(await fetch(`${publicUrl}${route}`, { method, headers: { cookie } }))).toBe(sticky);
        }
      }
    }
  });
});
