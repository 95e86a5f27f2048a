import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { INFERENCE_ENGINE, type InferenceEngine, type InferenceRequest } from '@medlocal/inference';
import { ModelPass } from '../src/batches/processing/model-pass';
import { buildZip, uploadBatch, generateDischargeSummaries, toCsv, toJsonl, type GeneratedSummary } from '@medlocal/batch-samples';
import { shippedDictionary } from '@medlocal/clinical-terms';
import { DATA_SOURCE } from '../src/database/database.tokens';
import type { BatchJobDetailView, BatchJobView } from '../src/batches/batch-job.view';
import type { BatchResults } from '../src/batches/results/batch-results';
import { startApi, type DatabaseChoice, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, captureAuditEvents, createAccount, createDepartment, loginAs, signIn, type SignedInSession } from './support/sign-in';

const MASS_TO_MG: Record<string, number> = { g: 1000, mg: 1, μg: 0.001 };

/**
 * The generator names departments in words ("cardiology"); a department column keeps only codes
 * of MedLocal's department table, so the summaries carry codes, created before the uploads.
 */
function withDepartmentCodes(summaries: readonly GeneratedSummary[]): GeneratedSummary[] {
  return summaries.map((summary) => ({ ...summary, department: summary.department.toUpperCase() }));
}
const DEPARTMENT_CODES = ['CARDIOLOGY', 'ENDOCRINOLOGY', 'GASTROENTEROLOGY', 'NEUROLOGY', 'RESPIRATORY'];

/** What the results must say, computed straight from the generator's ground truth. */
function expectedFromTruth(summaries: readonly GeneratedSummary[]) {
  const drugs = new Map<string, number>();
  const pairs = new Map<string, number>();
  const diagnoses = new Map<string, number>();
  const diagnosisDrug = new Map<string, number>();
  const doses = new Map<string, Map<number, number>>();
  const frequencies = new Map<string, number>();
  const routes = new Map<string, number>();
  const atc4 = new Map<string, number>();
  const departments = new Map<string, number>();
  const departmentDrug = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const summary of summaries) {
    const ids = [...new Set(summary.truth.drugs.map((drug) => drug.drugId))].sort();
    add(departments, summary.department);
    for (const drug of summary.truth.drugs) {
      add(drugs, drug.drugId);
      add(frequencies, `${drug.drugId}|${drug.frequency}`);
      add(routes, `${drug.drugId}|${drug.route ?? 'unknown'}`);
      add(departmentDrug, `${summary.department}|${drug.drugId}`);
      const factor = MASS_TO_MG[drug.dose.unit];
      const key = `${drug.drugId}|${factor ? 'mg' : drug.dose.unit}`;
      const value = factor ? Math.round(drug.dose.value * factor * 1e6) / 1e6 : drug.dose.value;
      const histogram = doses.get(key) ?? new Map<number, number>();
      histogram.set(value, (histogram.get(value) ?? 0) + 1);
      doses.set(key, histogram);
    }
    for (const code of new Set(summary.truth.drugs.map((drug) => drug.atc?.slice(0, 5)).filter(Boolean) as string[])) add(atc4, code);
    for (let i = 0; i < ids.length; i += 1) for (let j = i + 1; j < ids.length; j += 1) add(pairs, `${ids[i]}+${ids[j]}`);
    for (const diagnosis of summary.truth.diagnoses) {
      add(diagnoses, diagnosis.icd11);
      for (const id of ids) add(diagnosisDrug, `${diagnosis.icd11}|${id}`);
    }
  }
  return { drugs, pairs, diagnoses, diagnosisDrug, doses, frequencies, routes, atc4, departments, departmentDrug };
}

async function waitForStatus(sut: RunningApi, token: string, id: string, statuses: string[], timeoutMs = 120_000): Promise<BatchJobDetailView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await api(sut, 'GET', `/api/batches/${id}`, { token });
    const job = (await response.json()) as BatchJobDetailView;
    if (statuses.includes(job.status)) return job;
    if (Date.now() > deadline) throw new Error(`Batch ${id} still ${job.status} (${job.progress.done}/${job.progress.total})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Zip uploads wait in this test's own DATA_DIR while they are read; each must be gone once its upload is answered. */
function spooledUploads(sut: RunningApi): string[] {
  const spool = path.join(sut.dataDir, 'batch-spool');
  return existsSync(spool) ? readdirSync(spool) : [];
}

/** The multipart body FormData would send, cut after `length` bytes (the request still says how long it is). */
async function truncatedUpload(sut: RunningApi, token: string, file: { name: string; content: string | Buffer }, length: number): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([Uint8Array.from(typeof file.content === 'string' ? Buffer.from(file.content) : file.content)]), file.name);
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer()).subarray(0, length);
  return fetch(`${sut.baseUrl}/api/batches`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': encoded.headers.get('content-type') ?? '' },
    body: Uint8Array.from(body),
  });
}

async function countRows(sut: RunningApi): Promise<{ jobs: number; documents: number }> {
  const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
  const [row] = (await dataSource.query(
    `SELECT (SELECT count(*)::int FROM research_batch_job) AS jobs, (SELECT count(*)::int FROM research_batch_document) AS documents`,
  )) as { jobs: number; documents: number }[];
  return row;
}

describe.each<DatabaseChoice>(process.env['TEST_DATABASE_URL'] ? ['test-server'] : ['embedded'])('research batches (%s)', (database) => {
  let sut: RunningApi;
  let researcher: SignedInSession;

  // Suppression off (k = 1, demo only) so every aggregate can be checked against the generator's truth;
  // batches-suppression.integration-spec.ts checks the release rule with the default k.
  beforeAll(async () => {
    sut = await startApi({
      database,
      env: { ...ACCOUNTS_TEST_ENV, BATCH_MAX_DOCUMENTS: '2500', BATCH_MAX_UPLOAD_MB: '8', BATCH_CONCURRENCY: '2', BATCH_MIN_CELL_SIZE: '1' },
    });
    researcher = await loginAs(sut, 'researcher');
    for (const code of DEPARTMENT_CODES) await createDepartment(sut, code);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  describe('results on 2,000 generated discharge summaries', () => {
    const summaries = withDepartmentCodes(generateDischargeSummaries({ dictionary: shippedDictionary(), count: 2000, seed: 20_240_301 }));
    const expected = expectedFromTruth(summaries);
    let results: BatchResults;
    let jobId: string;
    let audit: ReturnType<typeof captureAuditEvents>;

    beforeAll(async () => {
      audit = captureAuditEvents(sut);
      const response = await uploadBatch(
        sut.baseUrl,
        researcher.accessToken,
        { name: 'summaries.jsonl', content: toJsonl(summaries) },
        { textColumn: 'text', departmentColumn: 'department' },
      );
      expect(response.status).toBe(201);
      const job = (await response.json()) as BatchJobView;
      jobId = job.id;
      expect(job.progress.total).toBe(2000);
      const finished = await waitForStatus(sut, researcher.accessToken, jobId, ['completed']);
      expect(finished.progress).toMatchObject({ done: 2000, failed: 0, remaining: 0, etaSeconds: 0 });
      const answer = await api(sut, 'GET', `/api/batches/${jobId}/results`, { token: researcher.accessToken });
      expect(answer.status).toBe(200);
      results = ((await answer.json()) as { results: BatchResults }).results;
    });

    it('counts each medication by generic name exactly as prescribed', () => {
      expect(results.documents).toEqual({ total: 2000, analysed: 2000, failed: 0, withMedication: 2000 });
      expect(Object.fromEntries(results.medications.map((item) => [item.drugId, item.documents]))).toEqual(Object.fromEntries(expected.drugs));
      const aspirin = results.medications.find((item) => item.drugId === 'aspirin');
      expect(aspirin).toMatchObject({ name: { zh: '阿司匹林', en: 'aspirin' }, atc: 'B01AC06' });
      expect(aspirin?.share).toBeCloseTo((expected.drugs.get('aspirin') ?? 0) / 2000, 12);
    });

    it('counts frequencies and routes per drug', () => {
      const frequencies = new Map<string, number>();
      const routes = new Map<string, number>();
      for (const item of results.medications) {
        for (const [frequency, count] of Object.entries(item.frequencies)) frequencies.set(`${item.drugId}|${frequency}`, count);
        for (const [route, count] of Object.entries(item.routes)) routes.set(`${item.drugId}|${route}`, count);
      }
      expect(Object.fromEntries(frequencies)).toEqual(Object.fromEntries(expected.frequencies));
      expect(Object.fromEntries(routes)).toEqual(Object.fromEntries(expected.routes));
    });

    it('groups by ATC level 4 and level 3', () => {
      expect(Object.fromEntries(results.atcClasses.level4.map((item) => [item.code, item.documents]))).toEqual(Object.fromEntries(expected.atc4));
      const statins = results.atcClasses.level3.find((item) => item.code === 'C10A');
      expect(statins?.drugIds).toEqual(['atorvastatin', 'rosuvastatin']);
    });

    it('finds every co-prescription pair with its support and lift', () => {
      expect(Object.fromEntries(results.coPrescriptions.map((pair) => [pair.drugs.join('+'), pair.documents]))).toEqual(Object.fromEntries(expected.pairs));
      for (const pair of results.coPrescriptions) {
        const [a, b] = pair.drugs;
        const n = 2000;
        expect(pair.support).toBeCloseTo((expected.pairs.get(`${a}+${b}`) ?? 0) / n, 12);
        expect(pair.lift).toBeCloseTo(
          (expected.pairs.get(`${a}+${b}`) ?? 0) / n / (((expected.drugs.get(a) ?? 0) / n) * ((expected.drugs.get(b) ?? 0) / n)),
          9,
        );
      }
    });

    it('tables drugs by ICD-11 diagnosis, leaving out denied and family-history conditions', () => {
      expect(Object.fromEntries(results.drugDiagnosis.map((row) => [row.icd11, row.documents]))).toEqual(Object.fromEntries(expected.diagnoses));
      const cells = new Map<string, number>();
      for (const row of results.drugDiagnosis) for (const drug of row.drugs) cells.set(`${row.icd11}|${drug.drugId}`, drug.documents);
      expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(expected.diagnosisDrug));
      expect(results.drugDiagnosis.find((row) => row.icd11 === 'BA00.Z')?.title).toBe('Essential hypertension, unspecified');
    });

    it('gives dose distributions per drug in one unit', () => {
      const histograms = Object.fromEntries(
        results.doses.map((dose) => [`${dose.drugId}|${dose.unit}`, Object.fromEntries(dose.histogram.map((bar) => [String(bar.value), bar.count]))]),
      );
      expect(histograms).toEqual(
        Object.fromEntries(
          [...expected.doses.entries()].map(([key, histogram]) => [
            key,
            Object.fromEntries([...histogram.entries()].map(([value, count]) => [String(value), count])),
          ]),
        ),
      );
      const metformin = results.doses.find((dose) => dose.drugId === 'metformin');
      expect(metformin?.unit).toBe('mg');
      expect(metformin?.histogram.map((bar) => bar.value)).toEqual([500, 850]);
      expect(metformin?.quantiles.min).toBe(500);
      expect(metformin?.quantiles.max).toBe(850);
    });

    it('breaks the results down by department', () => {
      expect(Object.fromEntries(results.departments.map((row) => [row.department, row.documents]))).toEqual(Object.fromEntries(expected.departments));
      const cells = new Map<string, number>();
      for (const row of results.departments) for (const drug of row.medications) cells.set(`${row.department}|${drug.drugId}`, drug.documents);
      expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(expected.departmentDrug));
    });

    it('exports csv and json, and audits start, finish and export with codes and counts only', async () => {
      const csv = await api(sut, 'GET', `/api/batches/${jobId}/export?format=csv`, { token: researcher.accessToken });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const lines = (await csv.text()).trim().split('\r\n');
      expect(lines[0]).toBe('table,drug_a,drug_b,atc,icd11,department,dose_value,dose_unit,documents,share,support,lift,suppressed');
      expect(lines).toContain(`medication,aspirin,,B01AC06,,,,,${expected.drugs.get('aspirin')},${(expected.drugs.get('aspirin') ?? 0) / 2000},,,`);
      const json = await api(sut, 'GET', `/api/batches/${jobId}/export?format=json`, { token: researcher.accessToken });
      expect(((await json.json()) as { results: BatchResults }).results.medications.length).toBe(expected.drugs.size);
      const actions = audit.filter((event) => event.summary?.['batchId'] === jobId).map((event) => `${event.action}:${event.outcome}`);
      expect(actions).toEqual(['batch.start:success', 'batch.finish:success', 'batch.export:success', 'batch.export:success']);
      expect(audit.find((event) => event.action === 'batch.export')?.summary).toMatchObject({ exportFormat: 'csv', batchId: jobId });
    });

    it('keeps no document text in the database once the job is done', async () => {
      const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
      const [row] = (await dataSource.query(
        `SELECT count(*) FILTER (WHERE sealed_text IS NOT NULL)::int AS sealed, count(*)::int AS total FROM research_batch_document WHERE job_id = $1`,
        [jobId],
      )) as { sealed: number; total: number }[];
      expect(row).toEqual({ sealed: 0, total: 2000 });
      const facts = (await dataSource.query(`SELECT facts::text AS facts FROM research_batch_document WHERE job_id = $1 LIMIT 50`, [jobId])) as {
        facts: string;
      }[];
      for (const { facts: stored } of facts) {
        expect(stored).not.toMatch(/[\u4e00-\u9fff]/);
        expect(stored).not.toMatch(/Discharge|出院/);
      }
    });
  });

  describe('CSV and zip uploads', () => {
    it('reads a CSV by its named text column, quoted fields spanning lines included', async () => {
      const summaries = withDepartmentCodes(generateDischargeSummaries({ dictionary: shippedDictionary(), count: 40, seed: 3 }));
      const response = await uploadBatch(
        sut.baseUrl,
        researcher.accessToken,
        { name: 'notes.csv', content: toCsv(summaries) },
        { textColumn: 'text', departmentColumn: 'department' },
      );
      expect(response.status).toBe(201);
      expect(((await response.clone().json()) as BatchJobView).departmentsDropped).toBe(0);
      const job = await waitForStatus(sut, researcher.accessToken, ((await response.json()) as BatchJobView).id, ['completed']);
      expect(job.progress).toMatchObject({ total: 40, done: 40, failed: 0 });
    });

    it('reads a zip of .txt documents and lists failed documents by index and code only', async () => {
      const summaries = generateDischargeSummaries({ dictionary: shippedDictionary(), count: 5, seed: 9 });
      const zip = buildZip([
        ...summaries.map((item, i) => ({ name: `summaries/${i}.txt`, content: item.text })),
        { name: 'summaries/empty.txt', content: '  ' },
      ]);
      const response = await uploadBatch(sut.baseUrl, researcher.accessToken, { name: 'notes.zip', content: zip });
      expect(response.status).toBe(201);
      const job = await waitForStatus(sut, researcher.accessToken, ((await response.json()) as BatchJobView).id, ['completed']);
      expect(job.progress).toMatchObject({ total: 6, done: 5, failed: 1 });
      expect(job.errors).toEqual([{ index: 5, code: 'EMPTY_TEXT' }]);
      const retry = await api(sut, 'POST', `/api/batches/${job.id}/retry`, { token: researcher.accessToken });
      expect(retry.status).toBe(409);
      // The zip waited in this instance's own DATA_DIR (never the shared system temp folder) and is gone.
      expect(existsSync(path.join(sut.dataDir, 'batch-spool'))).toBe(true);
      expect(spooledUploads(sut)).toEqual([]);
    });
  });

  describe('refused uploads', () => {
    const summaries = generateDischargeSummaries({ dictionary: shippedDictionary(), count: 3, seed: 5 });
    const refusals: [
      string,
      () => { file: { name: string; content: string | Buffer }; fields?: Record<string, string>; truncateAt?: number },
      number,
      string,
      RegExp,
    ][] = [
      [
        'a file that is not UTF-8',
        () => ({
          file: { name: 'gbk.csv', content: Buffer.concat([Buffer.from('text\n"'), Buffer.from([0xb8, 0xdf, 0xd1, 0xaa, 0xd1, 0xb9]), Buffer.from('"\n')]) },
        }),
        422,
        'BATCH_NOT_UTF8',
        /not valid UTF-8/,
      ],
      [
        'a CSV without the named column',
        () => ({ file: { name: 'notes.csv', content: toCsv(summaries) }, fields: { textColumn: 'note_body' } }),
        422,
        'BATCH_COLUMN_MISSING',
        /no column named "note_body".*"text"/,
      ],
      [
        'a zip entry escaping its folder',
        () => ({
          file: {
            name: 'evil.zip',
            content: buildZip([
              { name: 'ok.txt', content: 'x' },
              { name: '../../etc/cron.d/evil.txt', content: 'x' },
            ]),
          },
        }),
        422,
        'BATCH_UNSAFE_ZIP_PATH',
        /"\.\.\/\.\.\/etc\/cron\.d\/evil\.txt" has a path outside/,
      ],
      [
        'a zip entry with an absolute path',
        () => ({ file: { name: 'abs.zip', content: buildZip([{ name: '/tmp/evil.txt', content: 'x' }]) } }),
        422,
        'BATCH_UNSAFE_ZIP_PATH',
        /"\/tmp\/evil\.txt"/,
      ],
      [
        'a nested archive',
        () => ({
          file: {
            name: 'nested.zip',
            content: buildZip([
              { name: 'a.txt', content: 'x' },
              { name: 'inner.zip', content: buildZip([{ name: 'b.txt', content: 'y' }]) },
            ]),
          },
        }),
        422,
        'BATCH_NESTED_ARCHIVE',
        /"inner\.zip" is an archive/,
      ],
      [
        'an archive renamed to .txt',
        () => ({
          file: {
            name: 'renamed.zip',
            content: buildZip([
              { name: 'a.txt', content: 'x' },
              { name: 'b.txt', content: buildZip([{ name: 'c.txt', content: 'y' }]) },
            ]),
          },
        }),
        422,
        'BATCH_NESTED_ARCHIVE',
        /"b\.txt" is an archive/,
      ],
      [
        'more documents than the limit',
        () => ({ file: { name: 'many.jsonl', content: Array.from({ length: 2501 }, (_, i) => JSON.stringify({ text: `note ${i}` })).join('\n') } }),
        413,
        'BATCH_TOO_MANY_DOCUMENTS',
        /more than 2500 documents/,
      ],
      [
        'an upload over the size limit',
        () => ({ file: { name: 'big.jsonl', content: `${JSON.stringify({ text: 'x'.repeat(9 * 2 ** 20) })}\n` } }),
        413,
        'BATCH_UPLOAD_TOO_LARGE',
        /larger than 8 MB/,
      ],
      [
        'a JSONL line that is not JSON',
        () => ({ file: { name: 'bad.jsonl', content: `${JSON.stringify({ text: 'fine' })}\n{"text": broken\n` } }),
        422,
        'BATCH_MALFORMED_RECORD',
        /Line 2 is not valid JSON/,
      ],
      ['a truncated upload', () => ({ file: { name: 'notes.csv', content: toCsv(summaries) }, truncateAt: 200 }), 400, 'BATCH_UPLOAD_INCOMPLETE', /incomplete/],
      ['a file of another type', () => ({ file: { name: 'notes.docx', content: 'x' } }), 415, 'BATCH_UNSUPPORTED_FORMAT', /\.jsonl, \.csv or \.zip/],
    ];

    it.each(refusals)('refuses %s, names the problem and writes nothing', async (_label, make, status, code, message) => {
      const before = await countRows(sut);
      const { file, fields, truncateAt } = make();
      const response =
        truncateAt === undefined
          ? await uploadBatch(sut.baseUrl, researcher.accessToken, file, fields)
          : await truncatedUpload(sut, researcher.accessToken, file, truncateAt);
      const body = (await response.json()) as { statusCode: number; code: string; message: string };
      expect({ status: response.status, code: body.code }).toEqual({ status, code });
      expect(body.message).toMatch(message);
      expect(await countRows(sut)).toEqual(before);
      expect(spooledUploads(sut)).toEqual([]);
    });

    it('refuses a request that is not multipart', async () => {
      const response = await api(sut, 'POST', '/api/batches', { token: researcher.accessToken, body: { text: 'x' } });
      expect(response.status).toBe(415);
    });
  });

  describe('cancel', () => {
    it('stops a running job within seconds and keeps no sealed text', async () => {
      const summaries = generateDischargeSummaries({ dictionary: shippedDictionary(), count: 2400, seed: 77, targetBytes: 2000 });
      const response = await uploadBatch(sut.baseUrl, researcher.accessToken, { name: 'long.jsonl', content: toJsonl(summaries) });
      const { id } = (await response.json()) as BatchJobView;
      await waitForStatus(sut, researcher.accessToken, id, ['running']);
      const cancelledAt = Date.now();
      const cancel = await api(sut, 'POST', `/api/batches/${id}/cancel`, { token: researcher.accessToken });
      expect(cancel.status).toBe(200);
      const atCancel = (await cancel.json()) as BatchJobView;
      expect(atCancel.status).toBe('cancelled');
      // Progress stops moving: whatever a worker had in hand is not committed after the cancel.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const later = await waitForStatus(sut, researcher.accessToken, id, ['cancelled']);
      expect(later.progress.done).toBe(atCancel.progress.done);
      expect(later.progress.done).toBeLessThan(2400);
      expect(Date.now() - cancelledAt).toBeLessThan(5000);
      const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
      const [row] = (await dataSource.query(`SELECT count(*)::int AS sealed FROM research_batch_document WHERE job_id = $1 AND sealed_text IS NOT NULL`, [
        id,
      ])) as { sealed: number }[];
      expect(row.sealed).toBe(0);
      const results = await api(sut, 'GET', `/api/batches/${id}/results`, { token: researcher.accessToken });
      expect(results.status).toBe(409);
    });
  });

  describe('priority', () => {
    // How quickly is a benchmark's question (bench:batch "longest time without progress"), never a timed test here.
    it('keeps answering clinicians while a batch runs', async () => {
      const clinician = await loginAs(sut, 'clinician');
      const summaries = generateDischargeSummaries({ dictionary: shippedDictionary(), count: 2400, seed: 99, targetBytes: 2000 });
      const response = await uploadBatch(sut.baseUrl, researcher.accessToken, { name: 'busy.jsonl', content: toJsonl(summaries) });
      const { id } = (await response.json()) as BatchJobView;
      await waitForStatus(sut, researcher.accessToken, id, ['running']);
      for (let i = 0; i < 20; i += 1) {
        const answer = await api(sut, 'POST', '/api/terms/extract', {
          token: clinician.accessToken,
          body: { text: '患者既往高血压，长期口服氨氯地平 5mg qd。' },
        });
        expect(answer.status).toBe(200);
      }
      // All twenty were answered while the batch was still running: the worker does not hold the event loop for a whole job.
      const during = (await (await api(sut, 'GET', `/api/batches/${id}`, { token: researcher.accessToken })).json()) as BatchJobView;
      expect(during.status).toBe('running');
      await api(sut, 'POST', `/api/batches/${id}/cancel`, { token: researcher.accessToken });
    });
  });

  describe('model pass', () => {
    let requests: InferenceRequest[];
    let inFlight = 0;
    let mostInFlight = 0;

    beforeAll(() => {
      requests = [];
      const engine = sut.app.get<InferenceEngine>(INFERENCE_ENGINE, { strict: false });
      const generate = engine.generate.bind(engine);
      // The real engine answers; the wrapper only counts requests in flight.
      vi.spyOn(engine, 'generate').mockImplementation(async function* (request, signal) {
        requests.push(request);
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        try {
          yield* generate(request, signal);
        } finally {
          inFlight -= 1;
        }
      });
    });

    const withUnknownBrand = (summary: GeneratedSummary) =>
      summary.language === 'zh'
        ? summary.text.replace('出院医嘱：', '9. 某厂心安缓释片 47.5mg qd 口服\n出院医嘱：')
        : summary.text.replace('\nFollow-up:', '; Cardiosafe XL 47.5 mg daily\nFollow-up:');

    it('asks the model only about medication lines the dictionary cannot read, de-identified, one request at a time', async () => {
      const summaries = generateDischargeSummaries({ dictionary: shippedDictionary(), count: 6, seed: 21 });
      const texts = summaries.map((summary, i) => (i < 3 ? withUnknownBrand(summary) : summary.text));
      const response = await uploadBatch(
        sut.baseUrl,
        researcher.accessToken,
        { name: 'brands.jsonl', content: texts.map((text) => JSON.stringify({ text })).join('\n') },
        { modelPass: 'true' },
      );
      expect(response.status).toBe(201);
      const job = (await response.json()) as BatchJobView;
      expect(job.modelPass).toBe(true);
      await waitForStatus(sut, researcher.accessToken, job.id, ['completed'], 180_000);
      const { results } = (await (await api(sut, 'GET', `/api/batches/${job.id}/results`, { token: researcher.accessToken })).json()) as {
        results: BatchResults;
      };
      expect(results.modelPass).toMatchObject({ documentsAsked: 3, linesAsked: 3 });
      expect(requests).toHaveLength(3);
      const asked = requests.map((request) => request.messages.map((message) => message.content).join('\n')).join('\n');
      expect(asked).toMatch(/某厂心安缓释片|Cardiosafe XL/);
      for (const summary of summaries) expect(asked).not.toContain(summary.text.match(/(?:姓名：|Patient: )(\S+)/)?.[1] ?? '\u0000');
      expect(mostInFlight).toBe(1);
    });

    it('keeps to one request in flight when documents arrive together', async () => {
      const sutPass = sut.app.get(ModelPass, { strict: false });
      const summaries = generateDischargeSummaries({ dictionary: shippedDictionary(), count: 3, seed: 22, englishShare: 0 });
      mostInFlight = 0;
      await Promise.all(
        summaries.map((summary) => sutPass.complete(withUnknownBrand(summary), { drugs: [], diagnoses: [], uncodedDiagnoses: [], department: null })),
      );
      expect(mostInFlight).toBe(1);
    });

    it('is off unless asked for', async () => {
      const before = requests.length;
      const response = await uploadBatch(sut.baseUrl, researcher.accessToken, {
        name: 'plain.jsonl',
        content: JSON.stringify({
          text: withUnknownBrand(generateDischargeSummaries({ dictionary: shippedDictionary(), count: 1, seed: 23, englishShare: 0 })[0]),
        }),
      });
      const job = await waitForStatus(sut, researcher.accessToken, ((await response.json()) as BatchJobView).id, ['completed']);
      expect(job.modelPass).toBe(false);
      expect(requests.length).toBe(before);
    });
  });

  describe('who sees what', () => {
    let jobId: string;

    beforeAll(async () => {
      const response = await uploadBatch(sut.baseUrl, researcher.accessToken, {
        name: 'few.jsonl',
        content: toJsonl(generateDischargeSummaries({ dictionary: shippedDictionary(), count: 10, seed: 11 })),
      });
      jobId = ((await response.json()) as BatchJobView).id;
      await waitForStatus(sut, researcher.accessToken, jobId, ['completed']);
    });

    it('hides a job from another researcher (404 everywhere)', async () => {
      const other = await createAccount(sut, { roles: ['researcher'] });
      const session = await signIn(sut, other.username, other.password);
      for (const [method, path] of [
        ['GET', `/api/batches/${jobId}`],
        ['GET', `/api/batches/${jobId}/results`],
        ['GET', `/api/batches/${jobId}/export?format=csv`],
        ['POST', `/api/batches/${jobId}/cancel`],
        ['POST', `/api/batches/${jobId}/retry`],
      ] as const) {
        expect({ path, status: (await api(sut, method, path, { token: session.accessToken })).status }).toEqual({ path, status: 404 });
      }
      const list = (await (await api(sut, 'GET', '/api/batches', { token: session.accessToken })).json()) as BatchJobView[];
      expect(list).toEqual([]);
    });

    it('shows an administrator metadata and progress, never results', async () => {
      const admin = await loginAs(sut, 'admin');
      const list = (await (await api(sut, 'GET', '/api/batches', { token: admin.accessToken })).json()) as BatchJobView[];
      expect(list.map((job) => job.id)).toContain(jobId);
      const detail = await api(sut, 'GET', `/api/batches/${jobId}`, { token: admin.accessToken });
      expect(detail.status).toBe(200);
      expect(Object.keys((await detail.json()) as object)).not.toContain('results');
      expect((await api(sut, 'GET', `/api/batches/${jobId}/results`, { token: admin.accessToken })).status).toBe(403);
      expect((await api(sut, 'GET', `/api/batches/${jobId}/export?format=json`, { token: admin.accessToken })).status).toBe(403);
      expect((await api(sut, 'POST', `/api/batches/${jobId}/cancel`, { token: admin.accessToken })).status).toBe(403);
    });

    it('keeps clinicians out', async () => {
      const clinician = await loginAs(sut, 'clinician');
      expect((await api(sut, 'GET', '/api/batches', { token: clinician.accessToken })).status).toBe(403);
    });
  });
});
