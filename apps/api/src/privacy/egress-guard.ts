import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';
import { guardLaunches } from './guard-launches';

/**
 * MedLocal's promise that nothing leaves the machine, enforced in-process: every outbound socket
 * (TCP, TLS, UDP) and every DNS lookup is checked against an allowlist before it is made. It wraps
 * the Node primitives that `http`, `https`, `fetch` (undici), `pg` and every library are built on,
 * so it holds for code MedLocal did not write. Installed before anything else loads (see main.ts).
 */
export interface EgressRefusal {
  readonly kind: 'tcp' | 'udp' | 'dns' | 'process';
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

// The unspecified addresses too: server.listen(port, '0.0.0.0') looks its host up first, and a
// connect to them can only reach this machine.
export const EGRESS_ALWAYS_ALLOWED: readonly string[] = ['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1', '0.0.0.0', '::'];
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
  const allow = new Set([...EGRESS_ALWAYS_ALLOWED, ...options.allow.map(normaliseHost)].filter((host) => host.length > 0));
  const state: Installed = { allow, onRefused: options.onRefused, refusals: [], restore: () => undefined, selfCheckRunning: false };

  const originalConnect = net.Socket.prototype.connect as unknown as ConnectFn;
  const guardedConnect: ConnectFn = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const destination = tcpDestination(args);
    if (destination === undefined) return originalConnect.apply(this, args);
    if (isAllowed(state, destination.host)) return originalConnect.apply(this, withGuardedLookup(state, args));
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

  const restoreResolvers = guardResolvers(state);
  const restoreLaunches = guardLaunches((destination) => refuse(state, 'process', destination));
  const restoreBindings = guardNetworkBindings(state);

  Object.assign(state, {
    restore: () => {
      net.Socket.prototype.connect = originalConnect as unknown as typeof net.Socket.prototype.connect;
      dgram.Socket.prototype.send = originalSend;
      dgram.Socket.prototype.connect = originalUdpConnect;
      dns.lookup = originalLookup;
      dns.promises.lookup = originalPromiseLookup;
      restoreResolvers();
      restoreLaunches();
      restoreBindings();
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
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
}

/** Node's own test (net's `isPipeName`): a string that `Number()` does not read as a port >= 0 is a pipe path. */
function isPipeName(value: unknown): value is string {
  return typeof value === 'string' && !(Number(value) >= 0);
}

/** The port as Node will use it: " 39001" and "0x9c59" are ports, read with `Number()`, as net does. */
function portText(port: unknown): string {
  const number = Number(port);
  return Number.isInteger(number) && number >= 0 ? String(number) : String(port);
}

/** Where a Socket.prototype.connect call goes, read exactly as Node's `normalizeArgs` reads it. */
function tcpDestination(args: unknown[]): { host: string; port: string } | undefined {
  let first = args[0];
  // net.connect() passes its normalised [options, callback] pair as one array argument.
  if (Array.isArray(first)) first = first[0];
  if (first !== null && typeof first === 'object') {
    const options = first as { host?: string; port?: unknown; path?: unknown };
    if (options.path) return undefined; // Unix-domain socket or pipe: never leaves the machine.
    return { host: options.host || 'localhost', port: portText(options.port) };
  }
  if (isPipeName(first)) return undefined;
  return { host: typeof args[1] === 'string' && args[1].length > 0 ? args[1] : 'localhost', port: portText(first) };
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address?: string | dns.LookupAddress[], family?: number) => void;
type CustomLookup = (hostname: string, options: unknown, callback: LookupCallback) => void;

/**
 * A caller's own `lookup` option decides where an allowed name connects ("localhost" -> 127.0.0.9), so its
 * answers are checked against the allowlist too. The options object is copied, never changed in place;
 * net.connect's normalised array is updated in place because Node marks it with a private symbol.
 */
function withGuardedLookup(state: Installed, args: unknown[]): unknown[] {
  const normalised = Array.isArray(args[0]) ? (args[0] as unknown[]) : undefined;
  const options = normalised ? normalised[0] : args[0];
  if (options === null || typeof options !== 'object') return args;
  const lookup = (options as { lookup?: unknown }).lookup;
  if (typeof lookup !== 'function') return args;
  const guarded: CustomLookup = (hostname, lookupOptions, callback) => {
    (lookup as CustomLookup)(hostname, lookupOptions, (error, address, family) => {
      if (error) return callback(error, address, family);
      const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [String(address)];
      const refused = addresses.find((candidate) => !isAllowed(state, candidate));
      if (refused === undefined) return callback(null, address, family);
      callback(refuse(state, 'dns', `${hostname} -> ${refused}`));
    });
  };
  const copy = { ...(options as object), lookup: guarded };
  if (normalised) {
    normalised[0] = copy;
    return args;
  }
  return [copy, ...args.slice(1)];
}

/** Every query function of dns, dns/promises and their Resolver classes: each sends a query of its own. */
const isQueryFunction = (name: string) => name.startsWith('resolve') || name === 'reverse' || name === 'lookupService';

/** The servers a query goes to must be allowed, or be the ones the operating system configured at start. */
function serverHost(server: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(server);
  if (bracketed) return bracketed[1] ?? server;
  return server.split(':').length === 2 ? (server.split(':')[0] ?? server) : server;
}

/**
 * Wraps every resolve*, reverse and lookupService of dns and dns/promises, of both Resolver classes, and
 * their setServers: a query is refused unless the name (or address) is allowed and every server it goes to
 * is allowed or one of the system's own. Returns the function that puts the originals back.
 */
function guardResolvers(state: Installed): () => void {
  const systemServers = new Set(dns.getServers().map(serverHost));
  const serverAllowed = (server: string) => systemServers.has(serverHost(server)) || isAllowed(state, serverHost(server));
  const targets: { holder: Record<string, unknown>; promises: boolean }[] = [
    { holder: dns as unknown as Record<string, unknown>, promises: false },
    { holder: dns.Resolver.prototype as unknown as Record<string, unknown>, promises: false },
    { holder: dns.promises as unknown as Record<string, unknown>, promises: true },
    { holder: dns.promises.Resolver.prototype as unknown as Record<string, unknown>, promises: true },
    // Both Resolver classes inherit setServers from one shared base class.
    { holder: Object.getPrototypeOf(dns.Resolver.prototype) as Record<string, unknown>, promises: false },
  ];
  const originals: { holder: Record<string, unknown>; name: string; original: unknown }[] = [];
  for (const { holder, promises } of targets) {
    const names = new Set([...Object.keys(holder), ...Object.getOwnPropertyNames(holder)]);
    for (const name of names) {
      const original = holder[name];
      if (typeof original !== 'function' || !(isQueryFunction(name) || name === 'setServers')) continue;
      originals.push({ holder, name, original });
      const call = original as (...args: unknown[]) => unknown;
      holder[name] = function guardedQuery(this: { getServers?: () => string[] } | undefined, ...args: unknown[]) {
        const refusal = queryRefusal(this, name, args);
        if (refusal === undefined) return call.apply(this, args);
        const error = refuse(state, 'dns', refusal);
        if (name === 'setServers') throw error;
        if (promises) return Promise.reject(error);
        const callback = args.find((arg) => typeof arg === 'function') as ((e: Error) => void) | undefined;
        if (!callback) throw error;
        process.nextTick(() => callback(error));
        return undefined;
      };
    }
  }
  function queryRefusal(resolver: { getServers?: () => string[] } | undefined, name: string, args: unknown[]): string | undefined {
    if (name === 'setServers') {
      const servers = Array.isArray(args[0]) ? args[0].map(String) : [];
      return servers.find((server) => !serverAllowed(server));
    }
    const target = String(args[0]);
    if (!isAllowed(state, target)) return target;
    const servers = typeof resolver?.getServers === 'function' ? resolver.getServers() : dns.getServers();
    const server = servers.find((candidate) => !serverAllowed(candidate));
    return server === undefined ? undefined : `${target} via ${server}`;
  }
  return () => {
    for (const { holder, name, original } of originals) holder[name] = original;
  };
}

function udpSendAddress(args: unknown[]): string | undefined {
  // send(msg, [offset, length,] port, address, callback): the address is the first string after the port.
  for (let index = 1; index < args.length; index += 1) {
    if (typeof args[index] === 'number' && typeof args[index + 1] === 'string') return args[index + 1] as string;
  }
  return undefined;
}

/** Node's native socket and resolver bindings: with one, code opens sockets below net, dgram and dns. */
const NETWORK_BINDINGS: ReadonlySet<string> = new Set(['tcp_wrap', 'udp_wrap', 'pipe_wrap', 'tls_wrap', 'cares_wrap', 'stream_wrap', 'js_stream']);

/**
 * `process.binding('tcp_wrap')` reached a listener past every guarded JS API (outside re-test of issue
 * 13). Node's own modules use internal bindings, never `process.binding`, so refusing the network ones
 * here takes nothing from net, http, dns or the database driver; other bindings stay readable.
 */
function guardNetworkBindings(state: Installed): () => void {
  const holder = process as unknown as { binding: (name: string) => unknown };
  const original = holder.binding;
  holder.binding = function guardedBinding(this: unknown, name: string) {
    if (NETWORK_BINDINGS.has(String(name))) throw refuse(state, 'tcp', `process.binding('${String(name)}')`);
    return original.call(this, name);
  };
  return () => {
    holder.binding = original;
  };
}
