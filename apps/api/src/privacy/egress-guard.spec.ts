import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  egressRefusals,
  installEgressGuard,
  selfCheckEgressGuard,
  uninstallEgressGuard,
  type EgressRefusal,
} from './egress-guard';

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
