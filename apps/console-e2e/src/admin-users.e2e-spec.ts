import { inject } from 'vitest';
import { openBrowser, screenshot, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_ADMIN, E2E_AUDITORS } from './support/e2e-accounts';
import { MedLocalApi } from './support/medlocal-api';

describe('user administration', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;

  beforeAll(async () => {
    await new MedLocalApi(baseUrl).department('ICU', '重症医学科', 'Intensive care');
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  it('creates a user who then signs in and must change the password', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await switchLanguage(page, 'en');
    await page.getByTestId('users-table').waitFor();
    // Separation of duties (三员分立): auditors are not his to see, and he cannot make one.
    expect(await page.getByTestId('users-table').textContent()).not.toContain(E2E_AUDITORS[0]);

    await page.getByTestId('user-create').click();
    // The form renders after the click: wait for it before counting what it offers.
    await page.getByTestId('new-user-username').waitFor();
    expect(await page.getByTestId('new-user-role-admin').count()).toBe(1);
    expect(await page.getByTestId('new-user-role-auditor').count()).toBe(0);
    await page.getByTestId('new-user-username').fill('nurse.e2e');
    await page.getByTestId('new-user-display-name').fill('E2E Clinician');
    await page.getByTestId('new-user-department').selectOption({ label: 'ICU · Intensive care' });
    // No password typed: MedLocal generates a one-time password and shows it once.
    await page.getByTestId('user-create-submit').click();
    const oneTimePassword = (await page.getByTestId('one-time-password').textContent({ timeout: 15_000 }))?.trim() ?? '';
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
    await page.getByTestId('users-table').locator('tr[data-username="nurse.e2e"]').waitFor();
    expect(await page.getByTestId('users-table').locator('tr[data-username="nurse.e2e"]').textContent()).toContain('must change password');
    await screenshot(page, 'admin-users');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByTestId('login-username').fill('nurse.e2e');
    await page.getByTestId('login-password').fill(oneTimePassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('password-new').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('nav-chat').count()).toBe(0);
    await page.getByTestId('password-new').fill('Night-Shift-2026%ok');
    await page.getByTestId('password-confirm').fill('Night-Shift-2026%ok');
    await page.getByTestId('password-submit').click();
    await page.waitForURL((url) => url.pathname === '/chat', { timeout: 15_000 });
    await page.getByTestId('chat-input').waitFor();
    expect(browser.problems).toEqual([]);
  });
});
