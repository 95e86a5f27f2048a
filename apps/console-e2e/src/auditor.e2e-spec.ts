import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { inject } from 'vitest';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_AUDITORS, E2E_PASSWORD } from './support/e2e-accounts';
import { MedLocalApi } from './support/medlocal-api';
import { horizontalOverflow, PHONE_VIEWPORT } from './support/phone-viewport';

async function download(page: Page, testId: string): Promise<{ download: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId(testId).click()]);
  const filePath = await file.path();
  return { download: file, text: readFileSync(filePath, 'utf8') };
}

describe('auditor', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let auditor: { username: string; password: string };
  let leaver: { id: string; username: string; password: string };

  beforeAll(async () => {
    // Created with the admin CLI by the global setup: no admin may create an auditor (三员分立).
    auditor = { username: E2E_AUDITORS[0], password: E2E_PASSWORD };
    // A nurse who signed in and has since left: her account is disabled, her history is still asked about.
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('ORTH', '骨科', 'Orthopaedics');
    leaver = await api.readyUser({ username: 'left.nurse', roles: ['clinician'], departmentId: department.id });
    await api.signIn(leaver.username, leaver.password);
    await api.updateUser(leaver.id, { status: 'disabled' });
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  it('verifies the chain and downloads JSONL, CSV and FHIR exports', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, auditor.username, auditor.password);
    expect(new URL(page.url()).pathname).toBe('/audit');
    await switchLanguage(page, 'en');
    expect(await page.getByTestId('nav-admin').count()).toBe(0);
    // The first row can be the "Loading…" placeholder: wait for an event row itself.
    await page.getByTestId('audit-table').locator('tbody tr', { hasText: 'auth.login' }).first().waitFor();

    await page.getByTestId('audit-detail').first().click();
    await page.getByTestId('audit-drawer').waitFor();
    expect(await page.getByTestId('audit-drawer').textContent()).toMatch(/[0-9a-f]{64}/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('audit-drawer').count()).toBe(0);

    await page.getByTestId('audit-verify').click();
    const result = page.getByTestId('audit-verify-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(/Chain intact: \d+ events verified/);
    await screenshot(page, 'audit');

    const jsonl = await download(page, 'audit-export-jsonl');
    const lines = jsonl.text.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.parse(lines[0])).toHaveProperty('hash');
    expect(jsonl.download.suggestedFilename()).toMatch(/\.jsonl$/);

    const csv = await download(page, 'audit-export-csv');
    expect(csv.text.split('\n')[0]).toContain('action');

    const fhir = await download(page, 'audit-export-fhir');
    const bundle = JSON.parse(fhir.text) as { resourceType: string; entry?: { resource: { resourceType: string } }[] };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry?.[0]?.resource.resourceType).toBe('AuditEvent');

    await page.getByTestId('deid-input').fill('患者张三,身份证号 110101199003071234,电话 13800138000。');
    await page.getByRole('button', { name: 'Preview' }).click();
    const redacted = await page.getByTestId('deid-output').textContent({ timeout: 15_000 });
    expect(redacted).not.toContain('13800138000');
    expect(redacted).not.toContain('110101199003071234');
    expect(browser.problems).toEqual([]);
  });

  it('draws the usage dashboard with a table fallback', async () => {
    const { page } = browser;
    await page.getByTestId('audit-usage-link').click();
    await page.getByText('Latency (ms)').waitFor();
    expect(new URL(page.url()).pathname).toBe('/audit/usage');
    expect(await page.locator('ml-bar-chart svg').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('ml-bar-chart table').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'audit-usage');
    expect(browser.problems).toEqual([]);
  });

  it('filters by the username shown in the table, a disabled account too, picks action and outcome from lists, and exports just that', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/audit`);
    await page.getByTestId('audit-table').locator('tbody tr', { hasText: 'auth.login' }).first().waitFor();

    await page.getByTestId('audit-filter-user').fill(leaver.username);
    await page.getByTestId('audit-filter-apply').click();
    const resolved = page.getByTestId('audit-user-resolved');
    await resolved.getByText(leaver.username).waitFor();
    expect(await resolved.textContent()).toContain('disabled');
    await expect
      .poll(async () => new Set(await page.getByTestId('audit-table').locator('tbody tr td:nth-child(3)').allTextContents()))
      .toEqual(new Set([leaver.username]));

    // Pick-lists from the server's vocabulary, and a time-range preset.
    await page.getByTestId('audit-filter-action').selectOption('auth.login');
    await page.getByTestId('audit-filter-outcome').selectOption('success');
    await page.getByTestId('audit-filter-range').selectOption('week');
    await page.getByTestId('audit-filter-apply').click();
    await expect
      .poll(async () => new Set(await page.getByTestId('audit-table').locator('tbody tr td:nth-child(6) code').allTextContents()))
      .toEqual(new Set(['auth.login']));
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'audit-filtered');

    const csv = await download(page, 'audit-export-csv');
    const [header, ...rows] = csv.text
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const userIdColumn = header.indexOf('userId');
    const actionColumn = header.indexOf('action');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row[userIdColumn]))).toEqual(new Set([leaver.id]));
    expect(new Set(rows.map((row) => row[actionColumn]))).toEqual(new Set(['auth.login']));

    // A name nobody has: an empty list that says so, not an error.
    await page.getByTestId('audit-filter-user').fill('nobody.by.this.name');
    await page.getByTestId('audit-filter-apply').click();
    await resolved.getByText('No user is named').waitFor();
    expect(await page.locator('ml-error-banner').count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });

  it('fits the audit and usage pages on a 390 px phone without sideways scrolling', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.goto(`${baseUrl}/audit`);
    await page.getByTestId('audit-table').locator('tbody tr', { hasText: 'auth.login' }).first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'audit-phone');

    await page.goto(`${baseUrl}/audit/usage`);
    await page.getByTestId('usage-per-user').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'audit-usage-phone');
    expect(browser.problems).toEqual([]);
  });
});
