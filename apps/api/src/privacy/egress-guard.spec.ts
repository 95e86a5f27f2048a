import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { egressRefusals, installEgressGuard, selfCheckEgressGuard, uninstallEgressGuard, type EgressRefusal } from './egress-guard';

import { EXPECTS_EGRESS_REFUSALS } from '../../test/support/no-egress.setup';

// This file refuses connections on purpose; the suite-wide no-egress check skips it.
(globalThis as Record<symbol, unknown>)[EXPECTS_EGRESS_REFUSALS] = true;

// "Somewhere else" is another loopback address: these tests never address anything outside 127.0.0.0/8.
const ELSEWHERE = '127.0.0.2';

function listen(host: string): Promise<http.Server> {
  const server = http.createServer((_req, res) => res.end('reached'));
  return new Promise((resolve) => server.listen(0, host, () => resolve(server)));
}

function portOf(server: http.Server): number {
  return (server.address() as AddressInfo).port;
}

describe('egress guard', () => {
  let elsewhere: http.Server;
  let loopback: http.Server;
  const refused: EgressRefusal[] = [];

  beforeAll(async () => {
    elsewhere = await listen(ELSEWHERE);
    loopback = await listen('127.0.0.1');
    installEgressGuard({ allow: [], onRefused: (refusal) => refused.push(refusal) });
  });

  afterAll(async () => {
    uninstallEgressGuard();
    await new Promise((resolve) => elsewhere.close(resolve));
    await new Promise((resolve) => loopback.close(resolve));
  });

  beforeEach(() => {
    refused.length = 0;
  });

  it('lets the server listen on every interface (HOST=0.0.0.0 or ::, as in the container): Node looks the address up first', async () => {
    // server.listen(port, host) calls dns.lookup(host); the unspecified address only ever names this machine.
    const lookups = await Promise.all(['0.0.0.0', '::'].map((host) => dns.promises.lookup(host)));
    expect(lookups.map((found) => found.address)).toEqual(['0.0.0.0', '::']);
    expect(refused).toEqual([]);
  });

  it('refuses a raw TCP connect to a host off the allowlist, and logs it', async () => {
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      net.connect({ host: ELSEWHERE, port: portOf(elsewhere) }).once('error', resolve);
    });
    expect(error.code).toBe('EGRESS_BLOCKED');
    expect(error.message).toContain(`${ELSEWHERE}:${portOf(elsewhere)}`);
    expect(refused).toEqual([expect.objectContaining({ kind: 'tcp', destination: `${ELSEWHERE}:${portOf(elsewhere)}`, selfCheck: false })]);
  });

  it('refuses http.get', async () => {
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      http.get(`http://${ELSEWHERE}:${portOf(elsewhere)}/`).once('error', resolve);
    });
    expect(error.code).toBe('EGRESS_BLOCKED');
    expect(refused).toHaveLength(1);
  });

  it('refuses fetch', async () => {
    const error = await fetch(`http://${ELSEWHERE}:${portOf(elsewhere)}/`).catch((caught: Error & { cause?: NodeJS.ErrnoException }) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error & { cause?: NodeJS.ErrnoException }).cause?.code).toBe('EGRESS_BLOCKED');
    expect(refused).toHaveLength(1);
  });

  it('refuses DNS lookups of names off the allowlist', async () => {
    await expect(dns.promises.lookup('registry.example')).rejects.toMatchObject({ code: 'EGRESS_BLOCKED' });
    const callbackError = await new Promise<NodeJS.ErrnoException | null>((resolve) => dns.lookup('registry.example', (e) => resolve(e)));
    expect(callbackError?.code).toBe('EGRESS_BLOCKED');
    expect(refused.map((refusal) => refusal.kind)).toEqual(['dns', 'dns']);
  });

  it('refuses UDP datagrams off the allowlist', () => {
    const socket = dgram.createSocket('udp4');
    try {
      expect(() => socket.send('x', 53, ELSEWHERE)).toThrow(/egress guard refused/);
    } finally {
      socket.close();
    }
  });

  it('lets allowlisted loopback through, by address and by name', async () => {
    await expect((await fetch(`http://127.0.0.1:${portOf(loopback)}/`)).text()).resolves.toBe('reached');
    await expect((await fetch(`http://localhost:${portOf(loopback)}/`)).text()).resolves.toBe('reached');
    expect(refused).toEqual([]);
  });

  it('lets a host through once it is allowlisted', async () => {
    installEgressGuard({ allow: [ELSEWHERE], onRefused: (refusal) => refused.push(refusal) });
    await expect((await fetch(`http://${ELSEWHERE}:${portOf(elsewhere)}/`)).text()).resolves.toBe('reached');
    installEgressGuard({ allow: [], onRefused: (refusal) => refused.push(refusal) });
  });

  it('proves itself with a self-check that is not reported as a security event', async () => {
    const before = egressRefusals().length;
    await expect(selfCheckEgressGuard()).resolves.toMatchObject({ blocked: true });
    expect(egressRefusals()).toHaveLength(before);
    expect(refused).toEqual([]);
  });

  it('reports not blocked when the guard is not installed', async () => {
    uninstallEgressGuard();
    await expect(selfCheckEgressGuard()).resolves.toMatchObject({ blocked: false });
    installEgressGuard({ allow: [], onRefused: (refusal) => refused.push(refusal) });
  });
});

// Issue 13 item 17: each way the outside test reached 127.0.0.9 (not on the allowlist) past the guard.
describe('egress guard against the bypasses of the penetration test', () => {
  const TARGET = '127.0.0.9';
  let tcp: net.Server;
  let udp: dgram.Socket;
  let tcpConnections = 0;
  let udpPackets = 0;
  const tcpPort = () => (tcp.address() as AddressInfo).port;
  const udpPort = () => udp.address().port;
  /** The child must not inherit the test runner's environment (its worker channel). */
  const CHILD_ENV = { PATH: process.env['PATH'] ?? '' };
  const connectCode = () => `require('node:net').connect(${tcpPort()}, '${TARGET}').on('error', () => undefined)`;

  /** Resolves with the guard's error code, or 'connected' when the socket reached the listener. */
  const outcome = (socket: net.Socket) =>
    new Promise<string>((resolve) => {
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
    });

  beforeAll(async () => {
    tcp = net.createServer((socket) => {
      tcpConnections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => tcp.listen(0, TARGET, resolve));
    udp = dgram.createSocket('udp4', () => udpPackets++);
    await new Promise<void>((resolve) => udp.bind(0, TARGET, resolve));
    installEgressGuard({ allow: [] });
  });

  afterAll(async () => {
    uninstallEgressGuard();
    await new Promise((resolve) => tcp.close(resolve));
    await new Promise<void>((resolve) => udp.close(() => resolve()));
  });

  beforeEach(() => {
    tcpConnections = 0;
    udpPackets = 0;
  });

  it.each([
    ['a port with a leading space', (port: number) => ` ${port}`],
    ['a hexadecimal port', (port: number) => `0x${port.toString(16)}`],
    ['a port with trailing spaces', (port: number) => `${port}  `],
  ])('refuses a connect with %s as a string', async (_, written) => {
    await expect(outcome(new net.Socket().connect(written(tcpPort()) as unknown as number, TARGET))).resolves.toBe('EGRESS_BLOCKED');
    expect(tcpConnections).toBe(0);
  });

  it("refuses the raw network bindings (process.binding('tcp_wrap') reached 127.0.0.9 past every JS-level check)", async () => {
    const binding = (process as unknown as { binding(name: string): unknown }).binding.bind(process);
    for (const name of ['tcp_wrap', 'udp_wrap', 'pipe_wrap', 'tls_wrap', 'cares_wrap', 'stream_wrap', 'js_stream']) {
      expect(() => binding(name)).toThrow(/egress/i);
    }
    expect(egressRefusals().some((refusal) => refusal.destination === "process.binding('tcp_wrap')")).toBe(true);
    // Bindings with no network reach stay available to the libraries that still read them.
    expect(() => binding('constants')).not.toThrow();
  });

  it('refuses an allowed name that a custom lookup option points somewhere else', async () => {
    const lookup = (_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
      options.all ? callback(null, [{ address: TARGET, family: 4 }]) : callback(null, TARGET, 4);
    await expect(outcome(net.connect({ host: 'localhost', port: tcpPort(), lookup: lookup as never }))).resolves.toBe('EGRESS_BLOCKED');
    const viaHttp = await new Promise<string>((resolve) => {
      http
        .get({ host: 'localhost', port: tcpPort(), lookup: lookup as never }, () => resolve('connected'))
        .once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    expect(viaHttp).toBe('EGRESS_BLOCKED');
    expect(tcpConnections).toBe(0);
  });

  it('refuses a worker thread, which would start with an unguarded net', async () => {
    const { Worker } = await import('node:worker_threads');
    let worker: InstanceType<typeof Worker> | undefined;
    try {
      expect(() => (worker = new Worker(connectCode(), { eval: true }))).toThrow(expect.objectContaining({ code: 'EGRESS_BLOCKED' }));
    } finally {
      await worker?.terminate();
    }
    expect(tcpConnections).toBe(0);
  });

  it.each([
    ['spawnSync', (cp: typeof import('node:child_process'), code: string) => cp.spawnSync(process.execPath, ['-e', code], { env: CHILD_ENV })],
    ['execFileSync', (cp: typeof import('node:child_process'), code: string) => cp.execFileSync(process.execPath, ['-e', code], { env: CHILD_ENV })],
    [
      'execSync',
      (cp: typeof import('node:child_process'), code: string) => cp.execSync(`"${process.execPath}" -e "${code.replace(/"/g, '\\"')}"`, { env: CHILD_ENV }),
    ],
    ['spawn', (cp: typeof import('node:child_process'), code: string) => cp.spawn(process.execPath, ['-e', code], { env: CHILD_ENV })],
    ['exec', (cp: typeof import('node:child_process'), code: string) => cp.exec(`"${process.execPath}" -e "${code.replace(/"/g, '\\"')}"`, { env: CHILD_ENV })],
    ['execFile', (cp: typeof import('node:child_process'), code: string) => cp.execFile(process.execPath, ['-e', code], { env: CHILD_ENV })],
    ['fork', (cp: typeof import('node:child_process'), code: string) => cp.fork('-e', [code], { env: CHILD_ENV })],
  ])("refuses child_process.%s of a process that is not MedLocal's own", async (_, launch) => {
    const childProcess = await import('node:child_process');
    let started: unknown;
    expect(() => (started = launch(childProcess, connectCode()))).toThrow(expect.objectContaining({ code: 'EGRESS_BLOCKED' }));
    if (started instanceof childProcess.ChildProcess)
      await new Promise((resolve) => started instanceof childProcess.ChildProcess && started.once('exit', resolve));
    expect(tcpConnections).toBe(0);
  });

  it('refuses pointing a resolver at a DNS server off the allowlist', () => {
    expect(() => new dns.Resolver().setServers([`${TARGET}:${udpPort()}`])).toThrow(expect.objectContaining({ code: 'EGRESS_BLOCKED' }));
    expect(() => new dns.promises.Resolver().setServers([TARGET])).toThrow(expect.objectContaining({ code: 'EGRESS_BLOCKED' }));
    expect(() => dns.setServers([TARGET])).toThrow(expect.objectContaining({ code: 'EGRESS_BLOCKED' }));
  });

  it('refuses every query of a Resolver that was pointed elsewhere before the guard, even for allowed names', async () => {
    uninstallEgressGuard();
    const resolver = new dns.Resolver({ timeout: 200, tries: 1 });
    resolver.setServers([`${TARGET}:${udpPort()}`]);
    const promiseResolver = new dns.promises.Resolver({ timeout: 200, tries: 1 });
    promiseResolver.setServers([`${TARGET}:${udpPort()}`]);
    installEgressGuard({ allow: [] });
    const codeOf = (query: (callback: (error: NodeJS.ErrnoException | null) => void) => void) =>
      new Promise<string | undefined>((resolve) => query((error) => resolve(error?.code)));
    const codes = [
      await codeOf((callback) => resolver.resolveSoa('localhost', callback)),
      await codeOf((callback) => resolver.resolvePtr('localhost', callback)),
      await codeOf((callback) => resolver.resolve4('localhost', callback)),
      await codeOf((callback) => resolver.reverse('127.0.0.1', callback)),
      await promiseResolver.resolveSoa('localhost').then(
        () => undefined,
        (error: NodeJS.ErrnoException) => error.code,
      ),
    ];
    expect(codes).toEqual(Array(5).fill('EGRESS_BLOCKED'));
    expect(udpPackets).toBe(0);
  });

  it('refuses resolveSoa, resolvePtr and reverse of names and addresses off the allowlist', async () => {
    const originalServers = dns.getServers();
    uninstallEgressGuard();
    // Queries that slipped through would reach the listener, never the network.
    dns.setServers([`${TARGET}:${udpPort()}`]);
    installEgressGuard({ allow: [] });
    try {
      const codeOf = (query: (callback: (error: NodeJS.ErrnoException | null) => void) => void) =>
        new Promise<string | undefined>((resolve) => query((error) => resolve(error?.code)));
      const codes = [
        await codeOf((callback) => dns.resolveSoa('registry.example', callback)),
        await codeOf((callback) => dns.resolvePtr('registry.example', callback)),
        await codeOf((callback) => dns.reverse(TARGET, callback)),
        await codeOf((callback) => dns.resolveCaa('registry.example', callback)),
        await codeOf((callback) => dns.resolveNaptr('registry.example', callback)),
        await dns.promises.resolveSoa('registry.example').then(
          () => undefined,
          (error: NodeJS.ErrnoException) => error.code,
        ),
        await dns.promises.reverse(TARGET).then(
          () => undefined,
          (error: NodeJS.ErrnoException) => error.code,
        ),
      ];
      expect(codes).toEqual(Array(7).fill('EGRESS_BLOCKED'));
      expect(udpPackets).toBe(0);
    } finally {
      uninstallEgressGuard();
      dns.setServers(originalServers);
      installEgressGuard({ allow: [] });
    }
  });
});
