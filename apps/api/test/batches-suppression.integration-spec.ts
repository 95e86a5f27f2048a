import { generateDischargeSummaries, toJsonl, uploadBatch, type GeneratedSummary } from '@medlocal/batch-samples';
import { shippedDictionary } from '@medlocal/clinical-terms';
import type { BatchJobDetailView, BatchJobView } from '../src/batches/batch-job.view';
import type { ReleasedBatchResults } from '../src/batches/results/released-batch-results';
import { startApi, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, createDepartment, loginAs, type SignedInSession } from './support/sign-in';

const K = 5;
const COUNT_FIELDS = new Set(['documents', 'count', 'observations', 'withMedication']);
const COUNT_RECORDS = new Set(['frequencies', 'routes']);

/** Every patient count in released results, with its path; the batch's own processing counts (total, analysed, failed, model pass) are not cells. */
function patientCounts(results: ReleasedBatchResults): [string, number][] {
  const { medications, atcClasses, coPrescriptions, drugDiagnosis, doses, departments, documents } = results;
  const tables = { medications, atcClasses, coPrescriptions, drugDiagnosis, doses, departments };
  const found: [string, number][] = [];
  const walk = (value: unknown, path: string, key: string, parentKey: string): void => {
    if (typeof value === 'number' && (COUNT_FIELDS.has(key) || COUNT_RECORDS.has(parentKey))) found.push([path, value]);
    if (value && typeof value === 'object') for (const [childKey, child] of Object.entries(value)) walk(child, `${path}.${childKey}`, childKey, key);
  };
  walk(tables, 'results', '', '');
  walk(documents.withMedication, 'results.documents.withMedication', 'withMedication', 'documents');
  return found;
}

async function waitForCompletion(sut: RunningApi, token: string, id: string): Promise<BatchJobDetailView> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const job = (await (await api(sut, 'GET', `/api/batches/${id}`, { token })).json()) as BatchJobDetailView;
    if (job.status === 'completed') return job;
    if (Date.now() > deadline) throw new Error(`Batch ${id} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('research batch results: small-cell suppression with the default k', () => {
  let sut: RunningApi;
  let researcher: SignedInSession;
  let jobId: string;
  let results: ReleasedBatchResults;
  // A small batch (120 summaries over five departments): many drug, pair and department cells fall below k.
  const summaries: GeneratedSummary[] = generateDischargeSummaries({ dictionary: shippedDictionary(), count: 120, seed: 20_250_517 }).map((summary) => ({
    ...summary,
    department: summary.department.toUpperCase(),
  }));

  beforeAll(async () => {
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV } });
    researcher = await loginAs(sut, 'researcher');
    for (const code of new Set(summaries.map((summary) => summary.department))) await createDepartment(sut, code);
    const response = await uploadBatch(
      sut.baseUrl,
      researcher.accessToken,
      { name: 'small.jsonl', content: toJsonl(summaries) },
      { textColumn: 'text', departmentColumn: 'department' },
    );
    expect(response.status).toBe(201);
    jobId = ((await response.json()) as BatchJobView).id;
    await waitForCompletion(sut, researcher.accessToken, jobId);
    const answer = await api(sut, 'GET', `/api/batches/${jobId}/results`, { token: researcher.accessToken });
    expect(answer.status).toBe(200);
    results = ((await answer.json()) as { results: ReleasedBatchResults }).results;
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('publishes no count from 1 to k − 1 and says what it hid', () => {
    const counts = patientCounts(results);
    expect(counts.length).toBeGreaterThan(50);
    expect(counts.filter(([, count]) => count > 0 && count < K)).toEqual([]);
    expect(results.suppression).toMatchObject({ k: K, rule: 'small-cell-complementary-v1', totals: 'include_suppressed' });
    expect(results.suppression.belowK).toBeGreaterThan(0);
    expect(results.suppression.cellsSuppressed).toBe(results.suppression.belowK + results.suppression.complementary);
    const hiddenPair = results.coPrescriptions.find((pair) => pair.documents === null);
    expect(hiddenPair).toMatchObject({ support: null, lift: null, suppressed: { documents: 'below_k' } });
  });

  it('leaves no department count that the documents analysed minus the published ones would give back', () => {
    const hidden = results.departments.filter((row) => row.documents === null);
    expect(hidden.length).not.toBe(1);
    const published = results.departments.reduce((sum, row) => sum + (row.documents ?? 0), 0);
    if (hidden.length > 0) expect(results.documents.analysed - published).toBeGreaterThanOrEqual(K);
  });

  it('exports the same suppressed results as JSON and CSV', async () => {
    const json = await api(sut, 'GET', `/api/batches/${jobId}/export?format=json`, { token: researcher.accessToken });
    const exported = ((await json.json()) as { results: ReleasedBatchResults }).results;
    expect(exported).toEqual(results);

    const csv = await api(sut, 'GET', `/api/batches/${jobId}/export?format=csv`, { token: researcher.accessToken });
    const [header, ...rows] = (await csv.text())
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    const documentsColumn = header.indexOf('documents');
    const suppressedColumn = header.indexOf('suppressed');
    expect(rows[0]?.[0]).toBe('suppression');
    expect(rows[0]?.[suppressedColumn]).toBe(`k=${K};cells=${results.suppression.cellsSuppressed};rule=small-cell-complementary-v1;totals=include_suppressed`);
    const cells = rows.slice(1).map((row) => ({ documents: row[documentsColumn], suppressed: row[suppressedColumn] }));
    expect(cells.filter((cell) => cell.documents !== '' && Number(cell.documents) > 0 && Number(cell.documents) < K)).toEqual([]);
    expect(cells.some((cell) => cell.documents === '' && cell.suppressed === 'below_k')).toBe(true);
    expect(cells.filter((cell) => cell.documents === '').every((cell) => cell.suppressed === 'below_k' || cell.suppressed === 'complementary')).toBe(true);
  });
});
