import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { E2E_ADMIN } from './e2e-accounts';

const workspaceRoot = path.resolve(import.meta.dirname, '../../../..');
const apiMain = path.join(workspaceRoot, 'dist/apps/api/main.js');

export const OIDC_CLIENT = { clientId: 'medlocal-console-e2e', clientSecret: 'Console-E2E-Oidc-Secret-2026' } as const;

export interface OidcMedLocal {
  readonly baseUrl: string;
  readonly issuer: string;
  stop(): Promise<void>;
}

/**
 * A real OpenID Provider (oidc-provider, development login and consent pages) and the built API
 * configured to trust it, each on a free loopback port: the whole hospital single sign-on round trip
 * for one browser scenario. `accounts` are the IdP's people (claims besides `sub`); `mapping` is OIDC_ROLE_MAPPING_FILE.
 */
export async function startOidcMedLocal(params: {
  accounts: Record<string, Record<string, unknown>>;
  mapping: unknown;
  /** More environment for the API (another sign-in source beside the IdP); `{folder}` in a value becomes the scenario's temporary folder. */
  env?: Record<string, string>;
}): Promise<OidcMedLocal> {
  const folder = mkdtempSync(path.join(tmpdir(), 'medlocal-e2e-oidc-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const idp = await startIdp({
    redirectUri: `${baseUrl}/api/auth/oidc/callback`,
    postLogoutRedirectUri: `${baseUrl}/sign-in?reason=signedOut`,
    accounts: params.accounts,
  });
  const mappingFile = path.join(folder, 'oidc-role-mapping.json');
  writeFileSync(mappingFile, JSON.stringify(params.mapping));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'production',
    MEDLOCAL_MODE: 'demo',
    DATA_DIR: path.join(folder, 'data'),
    PORT: String(port),
    HOST: '127.0.0.1',
    ADMIN_USERNAME: E2E_ADMIN.username,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    LOG_LEVEL: 'warn',
    OIDC_ISSUER: idp.issuer,
    OIDC_ALLOW_HTTP: 'true',
    OIDC_CLIENT_ID: OIDC_CLIENT.clientId,
    OIDC_CLIENT_SECRET: OIDC_CLIENT.clientSecret,
    OIDC_REDIRECT_URI: `${baseUrl}/api/auth/oidc/callback`,
    OIDC_ROLE_MAPPING_FILE: mappingFile,
    ...Object.fromEntries(Object.entries(params.env ?? {}).map(([name, value]) => [name, value.replaceAll('{folder}', folder)])),
  };
  const server = spawn(process.execPath, [apiMain], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const stopAll = async () => {
    await stop(server);
    await idp.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, server, 120_000);
  } catch (error) {
    await stopAll();
    throw new Error(`MedLocal with OpenID Connect did not start: ${(error as Error).message}\n${output.join('').slice(-4000)}`);
  }
  return { baseUrl, issuer: idp.issuer, stop: stopAll };
}

async function startIdp(params: { redirectUri: string; postLogoutRedirectUri: string; accounts: Record<string, Record<string, unknown>> }) {
  const { default: Provider } = await import('oidc-provider');
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.clientId,
        client_secret: OIDC_CLIENT.clientSecret,
        redirect_uris: [params.redirectUri],
        post_logout_redirect_uris: [params.postLogoutRedirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'e2e-idp', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx, id) => {
      const claims = params.accounts[id];
      return claims ? { accountId: id, claims: () => ({ sub: id, ...claims }) } : undefined;
    },
  });
  server.on('request', provider.callback());
  return { issuer, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
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
