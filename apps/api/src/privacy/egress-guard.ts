import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';

/**
 * MedLocal's promise that nothing leaves the machine, enforced in-process: every outbound socket
 * (TCP, TLS, UDP) and every DNS lookup is checked against an allowlist before it is made. It wraps
 * the Node primitives that `http`, `https`, `fetch` (undici), `pg` and every library are built on,
 * so it holds for code MedLocal did not write. Installed before anything else loads (see main.ts).
 */
export interface EgressRefusal {
  readonly kind: 'tcp' | 'udp' | 'dns';
  readonly destination: string;
  readonly at: string;
  /** True for the guard's own self-check, which is not a security event. */
  readonly selfCheck: boolean;
}

export interface EgressGuardOptions {
  /** Host names and IP addresses that may be reached, beside loopback (127.0.0.1, ::1, localhost). */
  readonly allow: readonly string[];
  readonly onRefused?: (refusal: EgressRefusal) => void;
}

export class EgressBlockedError extends Error {
  readonly code = 'EGRESS_BLOCKED';
  constructor(readonly destination: string) {
    super(`MedLocal egress guard refused a connection to ${destination}: not on the allowlist (EGRESS_ALLOW)`);
    this.name = 'EgressBlockedError';
  }
}

const LOOPBACK = ['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1'];
const SELF_CHECK_ADDRESS = '127.0.0.254';

type ConnectFn = (this: net.Socket, ...args: unknown[]) => net.Socket;
type LookupFn = typeof dns.lookup;

interface Installed {
  readonly allow: Set<string>;
  readonly onRefused?: (refusal: EgressRefusal) => void;
  readonly refusals: EgressRefusal[];
  readonly restore: () => void;
  selfCheckRunning: boolean;
}

let installed: Installed | undefined;

export function installEgressGuard(options: EgressGuardOptions): void {
  if (installed) uninstallEgressGuard();
  const allow = new Set([...LOOPBACK, ...options.allow.map(normaliseHost)].filter((host) => host.length > 0));
  const state: Installed = { allow, onRefused: options.onRefused, refusals: [], restore: () => undefined, selfCheckRunning: false };

  const originalConnect = net.Socket.prototype.connect as unknown as ConnectFn;
  const guardedConnect: ConnectFn = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const destination = tcpDestination(args);
    if (destination === undefined || isAllowed(state, destination.host)) return originalConnect.apply(this, args);
    const error = refuse(state, 'tcp', `${destination.host}:${destination.port}`);
    // Fail the socket the way a refused connection fails, so every caller's usual error path runs;
    // after the current tick, because http attaches its socket listeners on the next one.
    (this as net.Socket & { connecting: boolean }).connecting = true;
    setImmediate(() => this.destroy(error));
    return this;
  };
  net.Socket.prototype.connect = guardedConnect as unknown as typeof net.Socket.prototype.connect;

  const originalSend = dgram.Socket.prototype.send;
  const originalUdpConnect = dgram.Socket.prototype.connect;
  dgram.Socket.prototype.send = function guardedSend(this: dgram.Socket, ...args: unknown[]) {
    const address = udpSendAddress(args);
    if (address !== undefined && !isAllowed(state, address)) throw refuse(state, 'udp', address);
    return (originalSend as (...a: unknown[]) => void).apply(this, args);
  } as typeof dgram.Socket.prototype.send;
  dgram.Socket.prototype.connect = function guardedUdpConnect(this: dgram.Socket, ...args: unknown[]) {
    const address = typeof args[1] === 'string' ? args[1] : 'localhost';
    if (!isAllowed(state, address)) throw refuse(state, 'udp', `${address}:${String(args[0])}`);
    return (originalUdpConnect as (...a: unknown[]) => void).apply(this, args);
  } as typeof dgram.Socket.prototype.connect;

  const originalLookup = dns.lookup;
  const guardedLookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
    if (!isAllowed(state, hostname)) {
      const error = refuse(state, 'dns', hostname);
      const callback = rest.find((arg) => typeof arg === 'function') as ((e: Error) => void) | undefined;
      if (callback) process.nextTick(() => callback(error));
      return;
    }
    return (originalLookup as (...a: unknown[]) => void)(hostname, ...rest);
  } as unknown as LookupFn;
  dns.lookup = guardedLookup;
  const originalPromiseLookup = dns.promises.lookup;
  dns.promises.lookup = (async (hostname: string, ...rest: unknown[]) => {
    if (!isAllowed(state, hostname)) throw refuse(state, 'dns', hostname);
    return (originalPromiseLookup as (...a: unknown[]) => Promise<unknown>)(hostname, ...rest);
  }) as typeof dns.promises.lookup;

  const resolverNames = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveSrv', 'resolveTxt'] as const;
  const originalResolvers = resolverNames.map((name) => [name, dns[name], dns.promises[name]] as const);
  for (const [name, callbackStyle, promiseStyle] of originalResolvers) {
    (dns as unknown as Record<string, unknown>)[name] = (hostname: string, ...rest: unknown[]) => {
      if (isAllowed(state, hostname)) return (callbackStyle as (...a: unknown[]) => void)(hostname, ...rest);
      const callback = rest.find((arg) => typeof arg === 'function') as ((e: Error) => void) | undefined;
      const error = refuse(state, 'dns', hostname);
      if (callback) process.nextTick(() => callback(error));
    };
    (dns.promises as unknown as Record<string, unknown>)[name] = async (hostname: string, ...rest: unknown[]) => {
      if (isAllowed(state, hostname)) return (promiseStyle as (...a: unknown[]) => Promise<unknown>)(hostname, ...rest);
      throw refuse(state, 'dns', hostname);
    };
  }

  Object.assign(state, {
    restore: () => {
      net.Socket.prototype.connect = originalConnect as unknown as typeof net.Socket.prototype.connect;
      dgram.Socket.prototype.send = originalSend;
      dgram.Socket.prototype.connect = originalUdpConnect;
      dns.lookup = originalLookup;
      dns.promises.lookup = originalPromiseLookup;
      for (const [name, callbackStyle, promiseStyle] of originalResolvers) {
        (dns as unknown as Record<string, unknown>)[name] = callbackStyle;
        (dns.promises as unknown as Record<string, unknown>)[name] = promiseStyle;
      }
    },
  });
  installed = state;
}

export function uninstallEgressGuard(): void {
  installed?.restore();
  installed = undefined;
}

export function egressAllowlist(): string[] {
  return installed ? [...installed.allow].sort() : [];
}

/** Refusals since start-up (self-checks excluded), newest last. */
export function egressRefusals(): readonly EgressRefusal[] {
  return installed ? installed.refusals.filter((refusal) => !refusal.selfCheck) : [];
}

/**
 * Proves the guard is in force rather than assuming it: opens a real socket to a loopback address
 * that is not on the allowlist and checks that the guard, not the network, refused it.
 */
export async function selfCheckEgressGuard(): Promise<{ blocked: boolean; checkedAt: string }> {
  const checkedAt = new Date().toISOString();
  if (!installed || installed.allow.has(SELF_CHECK_ADDRESS)) return { blocked: false, checkedAt };
  const state = installed;
  state.selfCheckRunning = true;
  try {
    const blocked = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: SELF_CHECK_ADDRESS, port: 9 });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EGRESS_BLOCKED'));
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
    });
    return { blocked, checkedAt };
  } finally {
    state.selfCheckRunning = false;
  }
}

function refuse(state: Installed, kind: EgressRefusal['kind'], destination: string): EgressBlockedError {
  const refusal: EgressRefusal = { kind, destination, at: new Date().toISOString(), selfCheck: state.selfCheckRunning };
  state.refusals.push(refusal);
  if (state.refusals.length > 1000) state.refusals.shift();
  if (!refusal.selfCheck) state.onRefused?.(refusal);
  return new EgressBlockedError(destination);
}

function isAllowed(state: Installed, host: string): boolean {
  return state.allow.has(normaliseHost(host));
}

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
}

function tcpDestination(args: unknown[]): { host: string; port: string } | undefined {
  let first = args[0];
  // net.connect() passes its normalised [options, callback] pair as one array argument.
  if (Array.isArray(first)) first = first[0];
  if (first !== null && typeof first === 'object') {
    const options = first as { host?: string; port?: number | string; path?: string | null };
    if (typeof options.path === 'string' && options.path.length > 0) return undefined; // Unix-domain socket: never leaves the machine.
    return { host: options.host ?? 'localhost', port: String(options.port ?? '') };
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: String(first) };
  }
  return undefined;
}

function udpSendAddress(args: unknown[]): string | undefined {
  // send(msg, [offset, length,] port, address, callback): the address is the first string after the port.
  for (let index = 1; index < args.length; index += 1) {
    if (typeof args[index] === 'number' && typeof args[index + 1] === 'string') return args[index + 1] as string;
  }
  return undefined;
}
