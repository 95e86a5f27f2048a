import { inject } from 'vitest';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi } from './support/console-page';
import { E2E_ADMIN, E2E_AUDITORS, E2E_PASSWORD } from './support/e2e-accounts';
import { MedLocalApi } from './support/medlocal-api';

describe('accessibility (axe-core)', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let clinician: { username: string; password: string };
  let auditor: { username: string; password: string };

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('ENDO', '内分泌科', 'Endocrinology');
    clinician = await api.readyUser({ username: 'doc.axe', roles: ['clinician'], departmentId: department.id });
    // Created with the admin CLI by the global setup: no admin may create an auditor (三员分立).
    auditor = { username: E2E_AUDITORS[1], password: E2E_PASSWORD };
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  async function check(name: string): Promise<void> {
    await screenshot(browser.page, name);
    const violations = await seriousAccessibilityViolations(browser.page);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  it('finds no serious or critical violations on the main pages', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByTestId('login-username').waitFor();
    await check('sign-in');

    await signInThroughUi(page, baseUrl, clinician.username, clinician.password);
    await page.getByTestId('chat-input').fill('2型糖尿病患者,二甲双胍 500 mg bid,HbA1c 8.5%,下一步如何调整?');
    await page.getByTestId('chat-send').click();
    await page.locator('[data-testid="chat-section-recommendation"][data-state="present"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('concept-chip').first().click();
    await check('chat-answer');

    await page.getByTestId('nav-terms').click();
    await page.getByTestId('terms-query').fill('糖尿病');
    await page.getByTestId('terms-search').click();
    await page.getByTestId('terms-table').waitFor();
    await check('terms');

    await page.getByRole('button', { name: /退出|Sign out/ }).click();
    await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await page.getByTestId('users-table').locator('tbody tr').first().waitFor();
    await check('admin-users');
    for (const [path, name] of [
      ['/admin/departments', 'admin-departments'],
      ['/admin/prompts', 'admin-prompts'],
      ['/admin/api-keys', 'admin-api-keys'],
    ] as const) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('ml-admin-shell h1').waitFor();
      await page.waitForLoadState('networkidle');
      await check(name);
    }

    // The audit pages are the auditor's (三员分立).
    await page.getByRole('button', { name: /退出|Sign out/ }).click();
    await signInThroughUi(page, baseUrl, auditor.username, auditor.password);
    await page.getByTestId('audit-table').locator('tbody tr').first().waitFor();
    await check('audit');
    await page.goto(`${baseUrl}/audit/usage`);
    await page.locator('ml-bar-chart').first().waitFor();
    await page.waitForLoadState('networkidle');
    await check('audit-usage');
    expect(browser.problems).toEqual([]);
  });
});
