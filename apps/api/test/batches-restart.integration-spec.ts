import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openTestDatabase } from '@medlocal/database/testing';
import type { DatabaseTarget } from '@medlocal/database';
import { Client } from 'pg';
import { uploadBatch, generateDischargeSummaries, toJsonl } from '@medlocal/batch-samples';
import { shippedDictionary } from '@medlocal/clinical-terms';
import type { BatchJobDetailView, BatchJobView } from '../src/batches/batch-job.view';
import type { BatchResults } from '../src/batches/results/batch-results';
import { spawnApi, type SpawnedApi } from './support/spawn-api';
import { ACCOUNTS_TEST_ENV, api, createAccount, createDepartment, signIn } from './support/sign-in';
import type { RunningApi } from './support/start-api';

/** Enough that the first instance is killed mid-way (after 300), few enough to finish on a machine running two suites at once. */
const DOCUMENTS = 1500;
/** Generous: a loaded machine slows the batch worker many times over; the assertions count documents, never time. */
const FINISH_WITHIN_MS = 420_000;

async function progressOf(instance: SpawnedApi, token: string, id: string): Promise<BatchJobDetailView> {
  const response = await fetch(`${instance.baseUrl}/api/batches/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return (await response.json()) as BatchJobDetailView;
}

/**
 * The built API as separate processes on one database: killed without warning mid-job, a new
 * process (or a second instance on a shared PostgreSQL) finishes the job with every document
 * counted exactly once.
 */
describe('research batches across restarts', () => {
  let dataDir: string;
  let database: DatabaseTarget | undefined;
  const instances: SpawnedApi[] = [];
  // Counted against the generator's truth cell by cell: small-cell suppression (its own test) is off.
  const env: Record<string, string> = {
    ...ACCOUNTS_TEST_ENV,
    MEDLOCAL_MODE: 'demo',
    LOG_LEVEL: 'warn',
    BATCH_WORK_KEY: randomBytes(32).toString('hex'),
    BATCH_MIN_CELL_SIZE: '1',
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'medlocal-restart-'));
    env['DATA_DIR'] = dataDir;
    if (process.env['TEST_DATABASE_URL']) {
      database = await openTestDatabase();
      env['DATABASE_URL'] = database.url;
    }
  });

  afterAll(async () => {
    for (const instance of instances) await instance.stop('SIGKILL');
    await database?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finishes a job after SIGKILL mid-way, each document counted once', { timeout: FINISH_WITHIN_MS + 120_000 }, async () => {
    const first = await spawnApi(env);
    instances.push(first);
    const asApi = (instance: SpawnedApi) => ({ baseUrl: instance.baseUrl }) as RunningApi;
    const account = await createAccount(asApi(first), { roles: ['researcher'] });
    let session = await signIn(asApi(first), account.username, account.password);

    // A department column keeps only codes of the department table: the generator's departments become codes made first.
    const summaries = generateDischargeSummaries({ dictionary: shippedDictionary(), count: DOCUMENTS, seed: 4242, targetBytes: 2000 }).map((summary) => ({
      ...summary,
      department: summary.department.toUpperCase(),
    }));
    for (const code of new Set(summaries.map((summary) => summary.department))) await createDepartment(asApi(first), code);
    const upload = await uploadBatch(
      first.baseUrl,
      session.accessToken,
      { name: 'summaries.jsonl', content: toJsonl(summaries) },
      { departmentColumn: 'department' },
    );
    expect(upload.status).toBe(201);
    const { id } = (await upload.json()) as BatchJobView;

    let before: BatchJobDetailView;
    for (;;) {
      before = await progressOf(first, session.accessToken, id);
      if (before.progress.done >= 300) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(before.progress.done).toBeLessThan(DOCUMENTS);
    await first.stop('SIGKILL');

    const second = await spawnApi(env);
    instances.push(second);
    session = await signIn(asApi(second), account.username, account.password);
    const resumed = await progressOf(second, session.accessToken, id);
    // Committed progress survives the kill; nothing done before is forgotten.
    expect(resumed.progress.done).toBeGreaterThanOrEqual(before.progress.done);
    expect(resumed.progress.done).toBeLessThan(DOCUMENTS);

    let finished: BatchJobDetailView;
    const deadline = Date.now() + FINISH_WITHIN_MS;
    for (;;) {
      finished = await progressOf(second, session.accessToken, id);
      if (finished.status === 'completed' || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(finished.status).toBe('completed');
    expect(finished.progress).toMatchObject({ total: DOCUMENTS, done: DOCUMENTS, failed: 0 });

    const response = await api(asApi(second), 'GET', `/api/batches/${id}/results`, { token: session.accessToken });
    const { results } = (await response.json()) as { results: BatchResults };
    expect(results.documents.analysed).toBe(DOCUMENTS);
    const expected = new Map<string, number>();
    for (const summary of summaries) for (const drug of summary.truth.drugs) expected.set(drug.drugId, (expected.get(drug.drugId) ?? 0) + 1);
    expect(Object.fromEntries(results.medications.map((item) => [item.drugId, item.documents]))).toEqual(Object.fromEntries(expected));
    expect(results.departments.reduce((sum, row) => sum + row.documents, 0)).toBe(DOCUMENTS);
    expect(results.departments.map((row) => row.department)).not.toContain(null);
  });

  // PGlite is embedded in one process: only a PostgreSQL server can be shared by several instances.
  it.runIf(Boolean(process.env['TEST_DATABASE_URL']))(
    'shares one job between two instances on one PostgreSQL, each document counted once',
    { timeout: FINISH_WITHIN_MS + 120_000 },
    async () => {
      for (const earlier of instances.splice(0)) await earlier.stop('SIGKILL');
      // Instances behind one load balancer share their keys, not only the database.
      const keys = { JWT_SECRET: randomBytes(32).toString('hex'), AUDIT_HMAC_KEY: randomBytes(32).toString('hex') };
      const sharedEnv = (dir: string) => ({ ...env, ...keys, DATA_DIR: dir });
      const one = await spawnApi(sharedEnv(await mkdtemp(path.join(dataDir, 'one-'))));
      instances.push(one);
      const two = await spawnApi(sharedEnv(await mkdtemp(path.join(dataDir, 'two-'))));
      instances.push(two);
      const asApi = (instance: SpawnedApi) => ({ baseUrl: instance.baseUrl }) as RunningApi;
      const account = await createAccount(asApi(one), { roles: ['researcher'] });
      const session = await signIn(asApi(one), account.username, account.password);
      const summaries = generateDischargeSummaries({ dictionary: shippedDictionary(), count: DOCUMENTS, seed: 5151, targetBytes: 2000 });
      const upload = await uploadBatch(one.baseUrl, session.accessToken, { name: 'summaries.jsonl', content: toJsonl(summaries) });
      const { id } = (await upload.json()) as BatchJobView;
      let finished: BatchJobDetailView;
      const deadline = Date.now() + FINISH_WITHIN_MS;
      for (;;) {
        finished = await progressOf(two, session.accessToken, id);
        if (finished.status === 'completed' || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(finished.progress).toMatchObject({ total: DOCUMENTS, done: DOCUMENTS, failed: 0 });
      const client = new Client({ connectionString: env['DATABASE_URL'] });
      await client.connect();
      try {
        const { rows } = await client.query<{ worker: string; documents: number }>(
          'SELECT processed_by AS worker, count(*)::int AS documents FROM research_batch_document WHERE job_id = $1 GROUP BY processed_by',
          [id],
        );
        expect(rows.length).toBe(2);
        expect(rows.reduce((sum, row) => sum + row.documents, 0)).toBe(DOCUMENTS);
      } finally {
        await client.end();
      }
    },
  );
});
