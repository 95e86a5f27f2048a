import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { MedLocalApi } from './support/medlocal-api';
import { PHONE_VIEWPORT, horizontalOverflow } from './support/phone-viewport';

const DOCUMENTS = 500;
/** Department codes and the username no other spec uses (specs share one server). */
const WARDS = ['RSB1', 'RSB2'] as const;
const TINY_WARD = 'RSBX';

/**
 * 500 Chinese discharge summaries in three regimens over two wards, plus two cells the release rule
 * must hide: a ward with 3 summaries and a drug (febuxostat, gout) written in 2.
 */
function dischargeSummariesCsv(): Buffer {
  const regimens = [
    { diagnosis: '原发性高血压', drugs: (i: number) => [`氨氯地平 ${i % 2 ? 5 : 10}mg qd`, '阿司匹林 100mg qd'] },
    { diagnosis: '2型糖尿病', drugs: () => ['二甲双胍 500mg bid', '阿托伐他汀 20mg qn'] },
    { diagnosis: '冠状动脉粥样硬化性心脏病', drugs: () => ['阿司匹林 100mg qd', '阿托伐他汀 20mg qn', '美托洛尔 47.5mg qd'] },
  ];
  const rows = Array.from({ length: DOCUMENTS }, (_, i) => {
    const regimen = regimens[i % regimens.length];
    const gout = i === 7 || i === 11;
    const diagnoses = gout ? [regimen.diagnosis, '痛风'] : [regimen.diagnosis];
    const drugs = gout ? [...regimen.drugs(i), '非布司他 40mg qd'] : regimen.drugs(i);
    const text = [
      '出院记录',
      `入院诊断：${diagnoses.map((name, n) => `${n + 1}. ${name}`).join(' ')}`,
      '住院经过：入院后完善相关检查，予对症支持治疗。',
      `出院诊断：${diagnoses.join('，')}`,
      '出院带药：',
      ...drugs.map((drug, n) => `${n + 1}. ${drug}`),
      '出院医嘱：低盐低脂饮食，规律服药，2周后门诊随访。',
    ].join('\n');
    const ward = i < 3 ? TINY_WARD : WARDS[i % 2];
    return [`R${String(i + 1).padStart(4, '0')}`, ward, `"${text.replace(/"/g, '""')}"`].join(',');
  });
  return Buffer.from(`${['record_id,ward,discharge_summary', ...rows].join('\r\n')}\r\n`, 'utf8');
}

async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await file.path()) ?? '');
}

describe('research batches in the console', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let researcher: { username: string; password: string };

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const [ward] = await Promise.all([...WARDS, TINY_WARD].map((code) => api.department(code, `科研病区 ${code}`, `Research ward ${code}`)));
    researcher = await api.readyUser({ username: 'batch.e2e', roles: ['researcher'], departmentId: ward.id });
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  it('uploads 500 summaries from CSV with the chosen columns, follows progress, and shows released results with small cells hidden, charts and exports', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, researcher.username, researcher.password);
    await page.waitForURL((url) => url.pathname === '/research');
    await switchLanguage(page, 'en');
    await page.getByTestId('batch-upload').waitFor();
    await expectNoSeriousViolations(page, 'research page');

    await page.getByTestId('batch-file').setInputFiles({ name: 'discharge-summaries.csv', mimeType: 'text/csv', buffer: dischargeSummariesCsv() });
    const textColumn = page.getByTestId('batch-text-column');
    await textColumn.waitFor();
    expect(await textColumn.locator('option').allTextContents()).toEqual(['Choose a column', 'record_id', 'ward', 'discharge_summary']);
    await textColumn.selectOption('discharge_summary');
    await page.getByTestId('batch-department-column').selectOption('ward');
    await expectNoSeriousViolations(page, 'upload with the column picker');

    // A slow link, so the byte progress of the upload can be watched before the job page opens.
    const network = await page.context().newCDPSession(page);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 40 * 1024 });
    // Every value the byte progress bar takes, read at each frame until the job page opens.
    await page.evaluate(() => {
      const seen: [number, number][] = [];
      (window as unknown as { uploadProgress: [number, number][] }).uploadProgress = seen;
      const read = () => {
        const bar = document.querySelector<HTMLProgressElement>('#batch-upload-bar');
        if (bar) seen.push([bar.value, bar.max]);
        if (!/\/research\/[0-9a-f-]{36}$/.test(location.pathname)) requestAnimationFrame(read);
      };
      requestAnimationFrame(read);
    });
    await page.getByTestId('batch-upload-submit').click();
    await page.getByTestId('batch-upload-progress').waitFor();
    expect(await page.getByTestId('batch-upload-progress').textContent()).toMatch(/of .*KB \(\d+%\)/);
    await page.waitForURL(/\/research\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const seen = await page.evaluate(() => (window as unknown as { uploadProgress: [number, number][] }).uploadProgress);
    const fileBytes = dischargeSummariesCsv().length;
    expect(
      seen.some(([value, max]) => value > 0 && value < max),
      `progress seen: ${JSON.stringify(seen.slice(0, 20))}`,
    ).toBe(true);
    // The bar counts the bytes of the whole form (the file and the column fields), and ends full.
    const [lastValue, lastMax] = seen.at(-1) ?? [0, 0];
    expect(lastValue).toBe(lastMax);
    expect(lastMax).toBeGreaterThan(fileBytes);
    const progress = page.getByTestId('job-progress');
    await progress.waitFor();
    await page.locator('[data-testid="job-progress"][data-status="completed"]').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('batch-progress-count').textContent()).toContain(`${DOCUMENTS} of ${DOCUMENTS} documents processed (0 failed)`);
    expect(await page.getByTestId('batch-progress-rate').textContent()).toMatch(/documents\/s/);
    expect(await progress.locator('progress').evaluate((element: HTMLProgressElement) => [element.value, element.max])).toEqual([DOCUMENTS, DOCUMENTS]);

    // Released results: what was hidden and why, and the hidden cells marked where they stand.
    const summary = page.getByTestId('suppression-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/counts below k = 5 are not published\. \d+ cells are hidden/);
    const febuxostat = page.getByTestId('results-medications').locator('tr[data-drug="febuxostat"]');
    expect(await febuxostat.locator('[data-suppressed="below_k"]').first().textContent()).toContain('hidden (<5)');
    // The ward of 3 is hidden below k; another ward's count goes with it (complementary), or the
    // documents analysed minus the published wards would give the 3 back.
    const wardCounts = page.getByTestId('departments-table').locator('tbody tr td:nth-child(2)');
    const tinyWard = page.getByTestId('departments-table').locator(`tr[data-department="${TINY_WARD}"] td:nth-child(2)`);
    expect(await tinyWard.locator('[data-suppressed="below_k"]').textContent()).toContain('hidden (<5)');
    expect(await wardCounts.locator('[data-suppressed="complementary"]').count()).toBe(1);
    expect(await wardCounts.locator('[data-suppressed="complementary"]').textContent()).toContain('hidden (complementary)');

    // Charts drawn (SVG renderer), one per table.
    for (const chart of ['chart-medications', 'chart-atc', 'chart-pairs', 'chart-diagnoses', 'chart-doses', 'chart-departments']) {
      await page.locator(`[data-testid="${chart}"] svg`).first().waitFor();
    }
    expect(await page.locator('[data-testid="chart-medications"] svg text').allTextContents()).toEqual(expect.arrayContaining(['aspirin']));
    await expectNoSeriousViolations(page, 'results');
    await screenshot(page, 'research-batch-results');

    const csv = (await download(page, 'export-csv')).toString('utf8').trim().split('\r\n');
    expect(csv[0]).toBe('table,drug_a,drug_b,atc,icd11,department,dose_value,dose_unit,documents,share,support,lift,suppressed');
    expect(csv[1]).toMatch(/^suppression,.*k=5;cells=\d+;rule=small-cell-complementary-v1/);
    expect(csv).toContain('medication,febuxostat,,M04AA03,,,,,,,,,below_k');
    const json = JSON.parse((await download(page, 'export-json')).toString('utf8')) as { results: { suppression: { k: number } } };
    expect(json.results.suppression.k).toBe(5);

    const svg = (await download(page, 'chart-medications-svg')).toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('aspirin');
    const png = await download(page, 'chart-medications-png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBeGreaterThan(600);

    await page.setViewportSize(PHONE_VIEWPORT);
    // The charts take the new width from a ResizeObserver, on a later frame than the resize: wait for the redraw.
    await expect.poll(() => horizontalOverflow(page), { timeout: 15_000 }).toBeLessThanOrEqual(0);
    await page.getByTestId('job-back').click();
    const jobRow = page.getByTestId('research-jobs').locator('tbody tr[data-status="completed"]').first();
    await jobRow.waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(browser.problems).toEqual([]);
  });

  it('lets the researcher issue a batches API key for a script (shown once, with an example call), use it, and revoke it after confirming', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/research`);
    const section = page.getByTestId('research-api-keys');
    await section.waitFor();
    await page.getByTestId('research-key-name').fill('cohort script');
    await page.getByTestId('research-key-days').selectOption({ label: '30 days' });
    await page.getByTestId('research-key-create').click();
    const secret = page.getByTestId('research-key-secret');
    await secret.waitFor();
    const key = ((await secret.locator('code').textContent()) ?? '').trim();
    expect(key).toMatch(/^mlk_/);
    expect(await page.getByTestId('research-key-example').textContent()).toContain(`curl -sS ${baseUrl}/api/batches`);
    const row = page.getByTestId('research-keys').locator('tr[data-key="cohort script"]');
    await row.waitFor();
    await expectNoSeriousViolations(page, 'batch API key shown once');

    const withKey = (path: string) => fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` } });
    expect((await withKey('/api/batches')).status).toBe(200);
    expect((await withKey('/api/chat/conversations')).status).toBe(403);

    await row.getByTestId('research-key-revoke').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await expectNoSeriousViolations(page, 'revoke dialog');
    await page.getByTestId('confirm-dialog-confirm').click();
    await row.getByTestId('research-key-revoked').waitFor();
    expect(await page.getByTestId('research-key-secret').count()).toBe(0);
    expect((await withKey('/api/batches')).status).toBe(401);

    await page.setViewportSize(PHONE_VIEWPORT);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(browser.problems).toEqual([]);
  });
});
