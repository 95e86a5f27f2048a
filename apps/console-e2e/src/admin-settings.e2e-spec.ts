import { inject } from 'vitest';
import { openBrowser, screenshot, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_ADMIN } from './support/e2e-accounts';

describe('admin settings', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  it('saves a prompt template as a new version and shows the diff', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await switchLanguage(page, 'en');
    await page.goto(`${baseUrl}/admin/prompts`);
    const body = page.locator('#prompt-body');
    await expect.poll(async () => (await body.inputValue()).length, { timeout: 20_000 }).toBeGreaterThan(20);
    const before = await body.inputValue();
    await body.fill(`${before}\n回答末尾注明所依据的指南及年份。`);
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByText(/Saved as v\d+/).waitFor();
    const diff = page.getByTestId('prompt-diff');
    await diff.waitFor();
    // Each added line reads "+…" to a screen reader; the mark is visually hidden.
    expect(await diff.locator('.added').allTextContents()).toContain('+回答末尾注明所依据的指南及年份。');
    await screenshot(page, 'admin-prompts');
  });

  it('creates a department and an API key shown once', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/admin/departments`);
    // A code no other spec creates: the e2e server is shared and spec files run in no fixed order.
    await page.locator('#department-code').fill('OPHT');
    await page.locator('#department-name-zh').fill('眼科');
    await page.locator('#department-name-en').fill('Ophthalmology');
    await page.getByRole('button', { name: 'New department' }).click();
    await page.getByTestId('departments-table').getByText('OPHT', { exact: true }).waitFor();

    await page.goto(`${baseUrl}/admin/api-keys`);
    await page.locator('#key-name').fill('ward-3 EMR');
    await page.locator('#key-department').selectOption({ label: 'OPHT' });
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText('Copy and store this key now').waitFor();
    expect((await page.locator('.secret code').textContent())?.length).toBeGreaterThan(20);
  });

  it("shows no usage page among the admin pages: the figures are read from the audit trail, which is the auditor's", async () => {
    const { page } = browser;
    expect(await page.locator('ml-admin-shell nav a').allTextContents()).not.toContain('Usage');
    await page.goto(`${baseUrl}/admin/usage`);
    await page.getByTestId('not-found').waitFor();
    expect(browser.problems).toEqual([]);
  });
});
