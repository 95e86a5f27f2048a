import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');
export const BUILT_API = path.join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
const HEALTHY_WITHIN_MS = 240_000;

export interface SpawnedApi {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs the built API (`dist/apps/api/main.js`, built by the test target's dependency) as its own process. */
export async function spawnApi(env: Record<string, string>): Promise<SpawnedApi> {
  if (!existsSync(BUILT_API)) throw new Error(`${BUILT_API} is missing: run "npx nx build api" first`);
  const dataDir = env['DATA_DIR'] ?? (await mkdtemp(path.join(tmpdir(), 'medlocal-node-')));
  // A port chosen by the caller lets a proxy in front be configured before the API starts.
  const port = env['PORT'] ? Number(env['PORT']) : await freePort();
  let output = '';
  const child = spawn(process.execPath, [BUILT_API], {
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'info', INFERENCE_THREADS: '1', ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Generous: on a shared CI machine at load 20–30 a cold start (bundle load, database, llama.cpp) has taken over 90 s.
  const deadline = Date.now() + HEALTHY_WITHIN_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode} before listening:\n${output}`);
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API did not become healthy within ${HEALTHY_WITHIN_MS / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    child,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      const code = await exited;
      if (!env['DATA_DIR']) await rm(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
