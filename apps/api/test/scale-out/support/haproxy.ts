import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const WORKSPACE_ROOT = path.resolve(__dirname, '../../../../..');
/** The shipped topology: tests start HAProxy on this very file, addresses come from the environment. */
export const SHIPPED_HAPROXY_CONFIG = path.join(WORKSPACE_ROOT, 'deploy/haproxy/medlocal.cfg');
export const HAPROXY_BINARY = '/usr/sbin/haproxy';
export const haproxyInstalled = (): boolean => existsSync(HAPROXY_BINARY);

export interface RunningHaproxy {
  readonly child: ChildProcess;
  /** Everything HAProxy logged (one line per request, see the shipped log-format). */
  readonly output: () => string;
  /** Graceful reload: the master starts a new worker; the old one finishes what it serves. */
  reload(): void;
  stop(): Promise<void>;
}

export interface HaproxyLogLine {
  readonly frontend: string;
  readonly backend: string;
  readonly server: string;
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly conversation: string | null;
}

/** Parses the shipped log-format: `%ci [%tr] %ft %b/%s %ST %Tw/%Tc/%Tr/%Ta %HM %HP[ conv=…]`. */
export function parseHaproxyLog(output: string): HaproxyLogLine[] {
  const lines: HaproxyLogLine[] = [];
  for (const line of output.split('\n')) {
    const match = /^\S+ \[[^\]]+\] (\S+) ([^/\s]+)\/(\S+) (-?\d+) \S+ (\S+) (\S+)(?: conv=(\S+))?$/.exec(line.trim());
    if (!match) continue;
    const [, frontend, backend, server, status, method, requestPath, conversation] = match;
    lines.push({
      frontend,
      backend,
      server,
      status: Number(status),
      method,
      path: requestPath,
      conversation: conversation && conversation !== '-' ? conversation : null,
    });
  }
  return lines;
}

async function waitForPort(port: number, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** `haproxy -c` on the shipped file with these variables: the exit code and what it printed. */
export async function checkHaproxyConfig(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(HAPROXY_BINARY, ['-c', '-f', SHIPPED_HAPROXY_CONFIG], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

/** HAProxy in master-worker mode, in the foreground, logging to stdout, on the shipped configuration. */
export async function startHaproxy(params: { env: Record<string, string>; waitForPorts: number[] }): Promise<RunningHaproxy> {
  const child = spawn(HAPROXY_BINARY, ['-W', '-db', '-f', SHIPPED_HAPROXY_CONFIG], {
    env: { PATH: process.env['PATH'] ?? '', MEDLOCAL_HAPROXY_LOG: 'stdout', MEDLOCAL_HAPROXY_LOG_FORMAT: 'raw', ...params.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 15_000;
  for (const port of params.waitForPorts) {
    if (!(await waitForPort(port, deadline)) || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`HAProxy did not listen on ${port}:\n${output}`);
    }
  }
  return {
    child,
    output: () => output,
    reload: () => child.kill('SIGUSR2'),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * What HAProxy's own health checks make of each server now (`show stat` on the admin socket), keyed
 * `backend/server`: `UP`, `DOWN`, `MAINT`, `UP 1/2` while rising…, and `throttle`, the share of its
 * weight a server that just came up gets during `slowstart` (null once it takes its full share).
 */
export async function haproxyServerStatus(socketPath: string): Promise<Map<string, { status: string; throttle: string | null }>> {
  const csv = await haproxyCommand(socketPath, 'show stat');
  const [header, ...rows] = csv.replace(/^# /, '').trim().split('\n');
  const columns = header.split(',');
  const at = (name: string) => columns.indexOf(name);
  return new Map(
    rows
      .map((row) => row.split(','))
      .map((cells) => [`${cells[at('pxname')]}/${cells[at('svname')]}`, { status: cells[at('status')], throttle: cells[at('throttle')] || null }]),
  );
}

/** One command on HAProxy's admin socket (e.g. `set server medlocal_api/api1 state maint`); what it answered. */
export function haproxyCommand(socketPath: string, command: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let text = '';
    const socket = net.connect(socketPath, () => socket.write(`${command}\n`));
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}
