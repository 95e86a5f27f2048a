/**
 * What the benchmarks that start MedLocal (or HAProxy) as child processes share: a free loopback port,
 * a started process whose output is kept for the error message, a bounded wait for it to come up, and
 * the statistics the reports print.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';

export interface StartedProcess {
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  readonly output: () => string;
  /** SIGTERM (unless it already ended), then waits for the exit and the end of its output. */
  stop(): Promise<void>;
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** A port nothing listens on at this moment, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * What a benchmark's child keeps of the parent's environment besides PATH: where the dynamic loader finds the CUDA
 * libraries, which GPUs it may use, and node-llama-cpp's custom build options (they name the local build it loads,
 * so a node started without them would not find the bindings built with them).
 */
const INHERITED_ENV = /^(?:LD_LIBRARY_PATH|CUDA_[A-Z_]+|NVIDIA_[A-Z_]+|NODE_LLAMA_CPP_[A-Z0-9_]+)$/;

export function inheritedEnv(parent: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const kept: Record<string, string> = { PATH: parent['PATH'] ?? '' };
  for (const [name, value] of Object.entries(parent)) if (value !== undefined && INHERITED_ENV.test(name)) kept[name] = value;
  return kept;
}

/** Starts `command` with only what inheritedEnv keeps of this environment plus `env`: a benchmark measures the settings it names. */
export function startProcess(command: string, args: string[], env: Record<string, string>): StartedProcess {
  let output = '';
  const child = spawn(command, args, { env: { ...inheritedEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close' comes after the exit and after the last output: stop() returns with the whole output kept.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return {
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await closed;
    },
  };
}

/**
 * Polls `check` until it answers true. Fails with the process's output when the process ends first or
 * `timeoutMs` passes (the process is then killed); a check that throws (connection refused while
 * starting) counts as not yet.
 */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  started: StartedProcess,
  options: { timeoutMs?: number; pollMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (!(await check().catch(() => false))) {
    if (started.child.exitCode !== null || started.child.signalCode !== null) {
      await started.stop();
      throw new Error(`${what} ended before it came up:\n${started.output()}`);
    }
    if (Date.now() > deadline) {
      started.child.kill('SIGKILL');
      await started.stop();
      throw new Error(`${what} did not come up in time:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}

/** A check that a MedLocal process (or HAProxy in front of one) answers its health endpoint. */
export const healthy = (baseUrl: string) => async (): Promise<boolean> => (await fetch(`${baseUrl}/api/health`)).ok;

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const clockTicksPerSecond = (): number => Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

/**
 * User + system CPU seconds of a process, all its threads (Linux /proc): on a busy shared host the stable
 * figure beside the wall clock. With taskset in front, the process is taskset's exec of node: same pid.
 */
export function processCpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which sits in parentheses and may itself hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond();
}
