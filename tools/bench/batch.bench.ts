// MedLocal research-batch benchmark: 10,000 synthetic discharge summaries of about 2 KB, uploaded
// to the built API (dist/apps/api/main.js, run pinned to one CPU core with taskset when available),
// extraction only (no model pass), embedded database. Measures end to end from the first upload
// byte to the completed job, and how often progress moves.
// Run: npx nx build api && node tools/run-ts.mjs tools/bench/batch.bench.ts [--documents 10000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { uploadBatch, generateDischargeSummaries, toJsonl } from '@medlocal/batch-samples';
import { freePort, healthy, processCpuSeconds, round, startProcess, waitUntil } from './support/processes';

interface BenchResult {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly goal: string;
}

interface JobView {
  id: string;
  status: string;
  progress: { total: number; done: number; failed: number; ratePerSecond: number | null; etaSeconds: number | null };
}

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const builtApi = join(workspaceRoot, 'dist/apps/api/main.js');
const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const DOCUMENTS = Number(argument('documents') ?? 10_000);
const ADMIN = { username: 'bench.admin', password: 'Bench-Admin-Pass-2026!x' };
async function call(baseUrl: string, method: string, path: string, token?: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await call(baseUrl, 'POST', '/api/auth/login', undefined, { username, password });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function researcherToken(baseUrl: string): Promise<string> {
  const admin = await signIn(baseUrl, ADMIN.username, ADMIN.password);
  const initial = 'Initial-Bench-Pass-1!x';
  const created = await call(baseUrl, 'POST', '/api/admin/users', admin, {
    username: 'bench.researcher',
    displayName: 'Bench researcher',
    roles: ['researcher'],
    password: initial,
  });
  if (created.status !== 201) throw new Error(`creating the researcher: ${created.status} ${await created.text()}`);
  const first = await signIn(baseUrl, 'bench.researcher', initial);
  const password = 'Changed-Bench-Pass-2!y';
  const changed = await call(baseUrl, 'POST', '/api/auth/password', first, { currentPassword: initial, newPassword: password });
  if (changed.status !== 204) throw new Error(`password change: ${changed.status}`);
  return signIn(baseUrl, 'bench.researcher', password);
}

async function main(): Promise<void> {
  if (!existsSync(builtApi)) throw new Error(`${builtApi} is missing: run "npx nx build api" first`);
  const { shippedDictionary } = await import('@medlocal/clinical-terms');
  const summaries = generateDischargeSummaries({ dictionary: shippedDictionary(), count: DOCUMENTS, seed: 10_000, targetBytes: 2000 });
  const body = toJsonl(summaries);
  const averageBytes = Buffer.byteLength(body) / DOCUMENTS;

  const dataDir = await mkdtemp(join(tmpdir(), 'medlocal-batch-bench-'));
  const port = await freePort();
  const pinned = spawnSync('taskset', ['--version']).status === 0;
  const command = pinned ? 'taskset' : process.execPath;
  const args = pinned ? ['-c', '0', process.execPath, builtApi] : [builtApi];
  const server = startProcess(command, args, {
    MEDLOCAL_MODE: 'demo',
    LOG_LEVEL: 'warn',
    INFERENCE_THREADS: '1',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
  });
  const { child } = server;
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntil('MedLocal API', healthy(baseUrl), server);
    const token = await researcherToken(baseUrl);

    const cpuBefore = processCpuSeconds(child.pid);
    const started = performance.now();
    const upload = await uploadBatch(baseUrl, token, { name: 'summaries.jsonl', content: body }, { departmentColumn: 'department' });
    if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
    const intakeSeconds = (performance.now() - started) / 1000;
    const { id } = (await upload.json()) as JobView;

    let lastDone = -1;
    let lastChange = performance.now();
    let longestGapMs = 0;
    let updates = 0;
    let job: JobView;
    for (;;) {
      const polled = performance.now();
      job = (await (await call(baseUrl, 'GET', `/api/batches/${id}`, token)).json()) as JobView;
      const processed = job.progress.done + job.progress.failed;
      if (processed !== lastDone) {
        if (lastDone >= 0) longestGapMs = Math.max(longestGapMs, polled - lastChange);
        lastDone = processed;
        lastChange = polled;
        updates += 1;
      }
      if (job.status === 'completed' || job.status === 'cancelled') break;
      await new Promise((done) => setTimeout(done, 100));
    }
    const totalSeconds = (performance.now() - started) / 1000;
    const cpuSeconds = processCpuSeconds(child.pid) - cpuBefore;
    const resultsStarted = performance.now();
    const results = await call(baseUrl, 'GET', `/api/batches/${id}/results`, token);
    if (results.status !== 200) throw new Error(`results: ${results.status}`);
    const resultsMs = performance.now() - resultsStarted;
    const processingSeconds = totalSeconds - intakeSeconds;

    const report: BenchResult[] = [
      { metric: 'documents', value: DOCUMENTS, unit: 'documents', goal: '10000' },
      { metric: 'average document size', value: round(averageBytes, 0), unit: 'bytes', goal: 'about 2000' },
      { metric: 'API pinned to one CPU core', value: pinned ? 1 : 0, unit: 'boolean', goal: '1' },
      { metric: 'end to end: upload start to completed job', value: round(totalSeconds), unit: 's', goal: '< 60' },
      { metric: 'intake: upload, de-identification, sealing, queueing', value: round(intakeSeconds), unit: 's', goal: 'n/a' },
      { metric: 'processing: extraction, commits, aggregation', value: round(processingSeconds), unit: 's', goal: 'n/a' },
      { metric: 'throughput end to end', value: round(DOCUMENTS / totalSeconds, 0), unit: 'documents/s', goal: '> 167' },
      { metric: 'longest time without a progress update while processing', value: round(longestGapMs / 1000), unit: 's', goal: '<= 1' },
      { metric: 'progress updates seen (polled every 100 ms)', value: updates, unit: 'updates', goal: 'n/a' },
      { metric: 'documents failed', value: job.progress.failed, unit: 'documents', goal: '0' },
      { metric: 'API process CPU time during the run', value: round(cpuSeconds), unit: 's', goal: 'n/a' },
      { metric: 'GET results latency', value: round(resultsMs, 0), unit: 'ms', goal: 'n/a' },
      { metric: 'machine load average (1 min) after run', value: round(loadavg()[0] ?? 0), unit: 'runnable tasks', goal: 'n/a' },
    ];
    const outDir = join(workspaceRoot, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'batch.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.table(report);
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
