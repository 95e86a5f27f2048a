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
  const control = await listenForRestarts(async () => {
    await stop(server);
    server = await startServer(baseUrl, env, dataDir);
  });
  project.provide('restartUrl', control.url);

  return async () => {
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

/** A local HTTP endpoint the scenarios call to restart the API; it answers 204 once the new process is healthy. */
async function listenForRestarts(restart: () => Promise<void>): Promise<{ server: Server; url: string }> {
  let restarting = Promise.resolve();
  const server = createHttpServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/restart') {
      response.writeHead(404).end();
      return;
    }
    restarting = restarting.then(restart).then(
      () => void response.writeHead(204).end(),
      (error: unknown) => void response.writeHead(500).end(String(error)),
    );
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${port}/restart` };
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
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
