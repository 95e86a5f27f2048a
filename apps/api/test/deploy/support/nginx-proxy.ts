import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../support/spawn-api';
import { WORKSPACE_ROOT } from './production-env';

const run = promisify(execFile);
export const NGINX_RECIPE = path.join(WORKSPACE_ROOT, 'deploy/nginx/medlocal.conf');
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx'];

export function nginxBinary(): string | undefined {
  return NGINX_CANDIDATES.find((candidate) => existsSync(candidate));
}

export interface RunningProxy {
  readonly httpsPort: number;
  readonly httpPort: number;
  readonly ca: string;
  stop(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1, made with openssl for this test only. */
async function selfSignedCertificate(folder: string): Promise<{ cert: string; key: string }> {
  const cert = path.join(folder, 'medlocal.crt');
  const key = path.join(folder, 'medlocal.key');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  return { cert, key };
}

/**
 * The recipe exactly as shipped, with only what differs on a test machine replaced: loopback ports,
 * the certificate paths and MedLocal's port. Each replacement must hit, so the recipe cannot drift
 * away from what this test checks.
 */
function renderRecipe(recipe: string, params: { httpPort: number; httpsPort: number; apiPort: number; cert: string; key: string }): string {
  const replacements: [RegExp, string][] = [
    [/server 127\.0\.0\.1:6006;/, `server 127.0.0.1:${params.apiPort};`],
    [/^\s*listen \[::\]:80;\n/m, ''],
    [/^\s*listen \[::\]:443 ssl http2;\n/m, ''],
    [/listen 80;/, `listen 127.0.0.1:${params.httpPort};`],
    [/listen 443 ssl http2;/, `listen 127.0.0.1:${params.httpsPort} ssl http2;`],
    [/ssl_certificate\s+\/etc\/medlocal\/tls\/medlocal\.crt;/, `ssl_certificate ${params.cert};`],
    [/ssl_certificate_key\s+\/etc\/medlocal\/tls\/medlocal\.key;/, `ssl_certificate_key ${params.key};`],
  ];
  let text = recipe;
  for (const [pattern, value] of replacements) {
    if (!pattern.test(text)) throw new Error(`deploy/nginx/medlocal.conf no longer contains ${pattern}`);
    text = text.replace(pattern, value);
  }
  return text;
}

export async function startNginx(params: { folder: string; apiPort: number }): Promise<RunningProxy> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (Debian: apt-get install nginx; .ci/run installs it)');
  const folder = params.folder;
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(path.join(folder, sub), { recursive: true });
  const { cert, key } = await selfSignedCertificate(folder);
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const site = renderRecipe(await readFile(NGINX_RECIPE, 'utf8'), { httpPort, httpsPort, apiPort: params.apiPort, cert, key });
  await writeFile(path.join(folder, 'medlocal.conf'), site);
  // Only the outer frame a distribution's nginx.conf gives; workers stay this user (temp folder is 0700).
  const main = [
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${folder}/nginx.pid;`,
    `error_log ${folder}/error.log warn;`,
    'events { worker_connections 128; }',
    'http {',
    `  access_log ${folder}/access.log;`,
    `  client_body_temp_path ${folder}/body;`,
    `  proxy_temp_path ${folder}/proxy;`,
    `  fastcgi_temp_path ${folder}/fastcgi;`,
    `  uwsgi_temp_path ${folder}/uwsgi;`,
    `  scgi_temp_path ${folder}/scgi;`,
    `  include ${folder}/medlocal.conf;`,
    '}',
  ].join('\n');
  await writeFile(path.join(folder, 'nginx.conf'), main);
  const args = ['-e', path.join(folder, 'error.log'), '-p', folder, '-c', path.join(folder, 'nginx.conf')];
  await run(binary, [...args, '-t']);
  const child: ChildProcess = spawn(binary, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ca = await readFile(cert, 'utf8');
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    const up = await httpsRequest({ port: httpsPort, ca, path: '/api/health' }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (attempt > 100) throw new Error(`nginx did not answer on ${httpsPort}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    httpPort,
    httpsPort,
    ca,
    async stop() {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}

export interface HttpsAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  /** The body as it arrived, one entry per chunk the socket delivered. */
  readonly chunks: string[];
}

/** One HTTPS request that checks the certificate against `ca`; optionally from another loopback address. */
export function httpsRequest(params: {
  port: number;
  ca: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  localAddress?: string;
}): Promise<HttpsAnswer> {
  const body = params.body === undefined ? undefined : JSON.stringify(params.body);
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: '127.0.0.1',
        port: params.port,
        path: params.path,
        method: params.method ?? 'GET',
        ca: params.ca,
        localAddress: params.localAddress,
        headers: { ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}), ...params.headers },
      },
      (response) => {
        const chunks: string[] = [];
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: chunks.join(''), chunks }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
