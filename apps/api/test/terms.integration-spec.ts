import { startApi, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, loginAs, type SignedInSession } from './support/sign-in';

describe('terms API', () => {
  let sut: RunningApi;
  let clinician: SignedInSession;

  beforeAll(async () => {
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, INFERENCE_THREADS: '1' } });
    clinician = await loginAs(sut, 'clinician');
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('codes a colloquial Chinese diagnosis with ICD-11, ICD-10 and SNOMED CT, and as FHIR', async () => {
    const response = await api(sut, 'POST', '/api/terms/extract', {
      token: clinician.accessToken,
      body: { text: '65岁男性,心梗,肌酐132μmol/L,利伐沙班15mg qd' },
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.concepts).toEqual([
      expect.objectContaining({
        text: '心梗',
        negated: false,
        preferred: expect.objectContaining({ zh: '急性心肌梗死' }),
        icd11: { code: 'BA41.Z', title: 'Acute myocardial infarction, unspecified' },
        icd10: expect.objectContaining({ code: 'I21.9' }),
        snomed: expect.objectContaining({ id: '57054005' }),
      }),
    ]);
    expect(body.entities.map((entity: { type: string }) => entity.type)).toEqual(expect.arrayContaining(['age', 'sex', 'lab', 'drug']));
    expect(body.fhir[0].coding).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ system: 'http://id.who.int/icd/release/11/mms', code: 'BA41.Z' }),
        expect.objectContaining({ system: 'http://snomed.info/sct', code: '57054005' }),
      ]),
    );
  });

  it('searches by Chinese, English and abbreviation', async () => {
    for (const q of ['心肌梗死', 'myocardial infarction', 'AMI']) {
      const response = await api(sut, 'GET', `/api/terms/search?q=${encodeURIComponent(q)}`, { token: clinician.accessToken });
      expect(response.status).toBe(200);
      const { results } = await response.json();
      expect(results.map((result: { id: string }) => result.id)).toContain('acute-myocardial-infarction');
    }
  });

  it('refuses empty and oversized text with a clear error', async () => {
    const empty = await api(sut, 'POST', '/api/terms/extract', { token: clinician.accessToken, body: { text: ' ' } });
    expect(empty.status).toBe(400);
    expect((await empty.json()).message).toMatch(/text/);
    const huge = await api(sut, 'POST', '/api/terms/extract', { token: clinician.accessToken, body: { text: '胸痛'.repeat(5000) } });
    expect(huge.status).toBe(413);
    const noQuery = await api(sut, 'GET', '/api/terms/search', { token: clinician.accessToken });
    expect(noQuery.status).toBe(400);
    expect((await noQuery.json()).message).toMatch(/q/);
  });

  it('is for clinicians and admins only', async () => {
    const auditor = await loginAs(sut, 'auditor');
    expect((await api(sut, 'GET', '/api/terms/search?q=AF', { token: auditor.accessToken })).status).toBe(403);
    expect((await api(sut, 'GET', '/api/terms/search?q=AF')).status).toBe(401);
  });
});

describe('terms API with a hospital terminology overlay', () => {
  let sut: RunningApi;

  beforeAll(async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(tmpdir(), 'medlocal-overlay-'));
    const overlayFile = path.join(dir, 'hospital-icd10.json');
    // What `tools/terms/import-terminology.mjs hospital-icd10 …` writes from a licensed 国家临床版 table.
    await writeFile(overlayFile, JSON.stringify({ sources: ['hospital ICD-10 table (test)'], icd10Titles: { 'I21.9': '急性心肌梗死' } }));
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, INFERENCE_THREADS: '1', TERMS_OVERLAY_FILES: overlayFile } });
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('shows the imported ICD-10 title next to the code', async () => {
    const clinician = await loginAs(sut, 'clinician');
    const body = await (await api(sut, 'POST', '/api/terms/extract', { token: clinician.accessToken, body: { text: '心梗' } })).json();
    expect(body.concepts[0].icd10).toEqual({ code: 'I21.9', title: '急性心肌梗死' });
  });
});
