import { inject } from 'vitest';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_ADMIN } from './support/e2e-accounts';
import { MedLocalApi } from './support/medlocal-api';

describe('API keys with scope and expiry', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let api: MedLocalApi;

  beforeAll(async () => {
    api = new MedLocalApi(baseUrl);
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  it('issues a researcher a batches key with its expiry and an example call that works on the batch endpoints only', async () => {
    const lab = await api.department('LAB', '科研中心', 'Research centre');
    const researcher = await api.readyUser({ username: 'cohort.e2e', roles: ['researcher'], departmentId: lab.id });
    const { page } = browser;
    await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await switchLanguage(page, 'en');
    await page.goto(`${baseUrl}/admin/api-keys`);

    await page.getByLabel('Name').fill('cohort export by admin');
    await page.getByTestId('key-scope').selectOption('batches');
    await page.getByTestId('key-researcher').selectOption({ label: `${researcher.username} · ${researcher.username}` });
    await page.getByTestId('key-days').fill('30');
    await page.getByRole('button', { name: 'Create key' }).click();

    const example = (await page.getByTestId('key-example').textContent()) ?? '';
    expect(example).toContain(`curl -sS ${baseUrl}/api/batches`);
    expect(example).not.toContain('/v1/');
    const key = ((await page.locator('.secret code').textContent()) ?? '').trim();
    expect(key).toMatch(/^mlk_/);
    // Other specs on this server issue batches keys too (one named "cohort script"): find this key's own row by its name.
    const scope = page.locator('tr', { hasText: 'cohort export by admin' }).locator('td[data-scope="batches"]');
    await expect.poll(async () => (await scope.count()) === 1 && ((await scope.textContent()) ?? '').includes(researcher.username)).toBe(true);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'admin-api-keys');

    // What the example does, with the key in place of $MEDLOCAL_KEY: the batch list answers, chat does not.
    const listed = await fetch(`${baseUrl}/api/batches`, { headers: { authorization: `Bearer ${key}` } });
    expect(listed.status).toBe(200);
    const chat = await fetch(`${baseUrl}/api/chat/conversations`, { headers: { authorization: `Bearer ${key}` } });
    expect({ status: chat.status, code: ((await chat.json()) as { code: string }).code }).toEqual({ status: 403, code: 'API_KEY_OUT_OF_SCOPE' });
    expect(browser.problems).toEqual([]);
  });
});
