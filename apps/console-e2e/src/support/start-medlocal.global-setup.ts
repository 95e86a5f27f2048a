import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { E2E_ADMIN, E2E_AUDITORS, E2E_PASSWORD } from './e2e-accounts';

const workspaceRoot = path.resolve(import.meta.dirname, '../../../..');
const apiMain = path.join(workspaceRoot, 'dist/apps/api/main.js');
const consoleIndex = path.join(workspaceRoot, 'dist/apps/console/browser/index.html');
const adminCli = path.join(workspaceRoot, 'dist/apps/api/cli/main.js');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** `POST` here restarts the API process (same data folder): what a clinician sees when the instance holding a conversation is gone. */
    restartUrl: string;
    /**
     * `POST <faultUrl>/<fault>` puts the API process in a fault and answers 204: `slow` (it runs one 20 ms slice in
     * every 200 ms, a host swapping: everything it does takes ten times longer), `freeze` (SIGSTOP: it keeps its
     * connections and sends nothing) and `thaw` (SIGCONT, full speed again).
     */
    faultUrl: string;
  }
}

/** Starts `node dist/apps/api/main.js` in demo mode on a free port with a throw-away data folder. */
export default async function startMedLocal(project: TestProject): Promise<() => Promise<void>> {
  for (const [file, build] of [
    [apiMain, 'npx nx build api'],
    [consoleIndex, 'npx nx build console'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${path.relative(workspaceRoot, file)} is missing: run "${build}" first`);
  }
  if (!existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing: install the Debian chromium package');

  const dataDir = mkdtempSync(path.join(tmpdir(), 'medlocal-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'production',
    MEDLOCAL_MODE: 'demo',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    ADMIN_USERNAME: E2E_ADMIN.username,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    LOG_LEVEL: 'warn',
    // Every scenario signs in from 127.0.0.1; the production limit would lock the suite out.
    LOGIN_RATE_LIMIT_PER_IP: '1000',
    LOGIN_RATE_LIMIT_PER_USERNAME: '1000',
  };

  // First start: the API creates the admin. Auditors are the server operator's (三员分立): no admin may
  // create one, so they are made with the admin CLI while the API is stopped (PGlite is single-process).
  let server = await startServer(baseUrl, env, dataDir);
  await stop(server);
  const firstPasswords = E2E_AUDITORS.map((username) => createAuditorWithCli(username, env));
  server = await startServer(baseUrl, env, dataDir);
  try {
    for (const [index, username] of E2E_AUDITORS.entries()) await finishFirstSignIn(baseUrl, username, firstPasswords[index]);
  } catch (error) {
    server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  const pacing = new ProcessPacing();
  const control = await listenForControl({
    restart: async () => {
      pacing.release(server);
      await stop(server);
      server = await startServer(baseUrl, env, dataDir);
    },
    slow: async () => pacing.slow(server),
    freeze: async () => pacing.freeze(server),
    thaw: async () => pacing.release(server),
  });
  project.provide('restartUrl', `${control.url}/restart`);
  project.provide('faultUrl', control.url);

  return async () => {
    pacing.release(server);
    await new Promise((resolve) => control.server.close(resolve));
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
}

async function startServer(baseUrl: string, env: NodeJS.ProcessEnv, dataDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [apiMain], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  try {
    await waitForHealth(baseUrl, server, 120_000);
  } catch (error) {
    server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`MedLocal did not start: ${(error as Error).message}\n${output.join('').slice(-4000)}`);
  }
  return server;
}

/** Stops and continues a process: slowed (a short slice now and then), frozen, or released at full speed. */
class ProcessPacing {
  private cycle: NodeJS.Timeout | null = null;

  slow(server: ChildProcess, runMs = 20, periodMs = 200): void {
    this.release(server);
    this.cycle = setInterval(() => {
      server.kill('SIGCONT');
      setTimeout(() => this.cycle && server.kill('SIGSTOP'), runMs);
    }, periodMs);
  }

  freeze(server: ChildProcess): void {
    this.stopCycling();
    server.kill('SIGSTOP');
  }

  release(server: ChildProcess): void {
    this.stopCycling();
    if (server.exitCode === null) server.kill('SIGCONT');
  }

  private stopCycling(): void {
    if (this.cycle) clearInterval(this.cycle);
    this.cycle = null;
  }
}

/**
 * A local HTTP endpoint the scenarios call to restart the API or put it in a fault (`POST /<action>`); it answers 204
 * once the action is done (a restart: once the new process is healthy). Actions run one after another.
 */
async function listenForControl(actions: Record<string, () => Promise<void>>): Promise<{ server: Server; url: string }> {
  let acting = Promise.resolve();
  const server = createHttpServer((request, response) => {
    const name = request.url?.slice(1) ?? '';
    const action = request.method === 'POST' && Object.hasOwn(actions, name) ? actions[name] : undefined;
    if (!action) {
      response.writeHead(404).end();
      return;
    }
    acting = acting.then(action).then(
      () => void response.writeHead(204).end(),
      (error: unknown) => void response.writeHead(500).end(String(error)),
    );
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${port}` };
}

/** `npm run admin -- create-user --roles auditor`, as the operator runs it; answers the one-time password it prints. */
function createAuditorWithCli(username: string, env: NodeJS.ProcessEnv): string {
  if (!existsSync(adminCli)) {
    // Output kept: when the build fails, its errors are what the reader of the CI log needs.
    execFileSync('npx', ['webpack-cli', 'build', '--config', 'webpack.admin.config.js', '--node-env=production', '--stats=errors-only'], {
      cwd: path.join(workspaceRoot, 'apps/api'),
      env: process.env,
      stdio: 'inherit',
    });
  }
  const printed = execFileSync(process.execPath, [adminCli, 'create-user', '--username', username, '--display-name', username, '--roles', 'auditor'], {
    cwd: workspaceRoot,
    env,
    encoding: 'utf8',
  });
  const password = /one-time password: (\S+)/.exec(printed)?.[1];
  if (!password) throw new Error(`The admin CLI printed no one-time password for ${username}: ${printed}`);
  return password;
}

/** The forced first password change, so the UI sign-in is an ordinary one with E2E_PASSWORD. */
async function finishFirstSignIn(baseUrl: string, username: string, firstPassword: string): Promise<void> {
  const post = (url: string, body: unknown, token?: string) =>
    fetch(`${baseUrl}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const signedIn = await post('/api/auth/login', { username, password: firstPassword });
  if (!signedIn.ok) throw new Error(`First sign-in of ${username} answered ${signedIn.status}: ${await signedIn.text()}`);
  const { accessToken } = (await signedIn.json()) as { accessToken: string };
  const changed = await post('/api/auth/password', { currentPassword: firstPassword, newPassword: E2E_PASSWORD }, accessToken);
  if (!changed.ok) throw new Error(`Password change of ${username} answered ${changed.status}: ${await changed.text()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no healthy answer from ${baseUrl}/api/health within ${timeoutMs} ms`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  // A scenario that froze the process and failed before thawing it must not leave it deaf to SIGTERM.
  server.kill('SIGCONT');
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
