import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_ADMIN, E2E_AUDITORS } from './support/e2e-accounts';
import { MedLocalApi } from './support/medlocal-api';
import { horizontalOverflow, PHONE_VIEWPORT } from './support/phone-viewport';

async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('user administration', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;

  let api: MedLocalApi;

  beforeAll(async () => {
    api = new MedLocalApi(baseUrl);
    await api.department('ICU', '重症医学科', 'Intensive care');
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

  it('disables a user only after the admin types the username, and asks before ending sessions', async () => {
    const icu = await api.department('ICU', '重症医学科', 'Intensive care');
    const target = await api.readyUser({ username: 'locum.e2e', roles: ['clinician'], departmentId: icu.id });
    const session = await openBrowser();
    try {
      const { page } = session;
      await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
      await switchLanguage(page, 'en');
      const row = page.getByTestId('users-table').locator(`tr[data-username="${target.username}"]`);
      await row.waitFor();

      await row.getByTestId('user-disable').click();
      const dialog = page.getByTestId('confirm-dialog');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(`Disable ${target.username}`);
      expect(await page.getByTestId('confirm-dialog-confirm').isDisabled()).toBe(true);
      await page.getByTestId('confirm-dialog-input').fill('locum');
      expect(await page.getByTestId('confirm-dialog-confirm').isDisabled()).toBe(true);
      await expectNoSeriousViolations(page, 'confirm-disable');
      await screenshot(page, 'admin-users-confirm-disable');
      // Escape cancels: nothing changes.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await row.locator('.tag.ok').textContent()).toContain('active');

      await row.getByTestId('user-disable').click();
      await page.getByTestId('confirm-dialog-input').fill(target.username);
      await page.getByTestId('confirm-dialog-confirm').click();
      await row.locator('.tag.bad', { hasText: 'disabled' }).waitFor();
      const refused = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: target.username, password: target.password }),
      });
      expect(refused.status).toBe(401);

      // Ending sessions is asked too, without typing.
      await row.getByTestId('user-end-sessions').click();
      expect(await page.getByTestId('confirm-dialog-input').count()).toBe(0);
      await page.getByTestId('confirm-dialog-confirm').click();
      await page.getByTestId('users-notice').waitFor();
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('edits and retires a department; a department admin sees neither the controls nor other departments', async () => {
    const retiring = await api.department('OLDW', '旧病区', 'Old ward');
    const cardiology = await api.department('CARD', '心内科', 'Cardiology');
    const scopedAdmin = await api.readyUser({ username: 'card.admin', roles: ['admin'], departmentId: cardiology.id, adminScope: 'department' });
    const session = await openBrowser();
    try {
      const { page } = session;
      await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
      await switchLanguage(page, 'en');
      await page.goto(`${baseUrl}/admin/departments`);
      const row = page.getByTestId('departments-table').locator(`tr[data-code="${retiring.code}"]`);
      await row.getByTestId('department-edit').click();
      await row.getByTestId('department-edit-name-en').fill('Old surgical ward');
      await row.getByTestId('department-save').click();
      await row.getByText('Old surgical ward').waitFor();

      await row.getByTestId('department-retire').click();
      await page.getByTestId('confirm-dialog').waitFor();
      await expectNoSeriousViolations(page, 'confirm-retire');
      await page.getByTestId('confirm-dialog-confirm').click();
      await row.getByTestId('department-retired').waitFor();
      await expectNoSeriousViolations(page, 'admin-departments');

      // A retired department is offered for no new user.
      await page.goto(`${baseUrl}/admin/users`);
      await page.getByTestId('user-create').click();
      await page.getByTestId('new-user-department').waitFor();
      const offered = await page.getByTestId('new-user-department').locator('option').allTextContents();
      expect(offered.some((label) => label.includes('CARD'))).toBe(true);
      expect(offered.some((label) => label.includes(retiring.code))).toBe(false);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await signInThroughUi(page, baseUrl, scopedAdmin.username, scopedAdmin.password);
      await page.goto(`${baseUrl}/admin/departments`);
      await page.getByTestId('departments-read-only').waitFor();
      expect(await page.getByTestId('department-create-form').count()).toBe(0);
      expect(await page.getByTestId('department-retire').count()).toBe(0);
      await page.goto(`${baseUrl}/admin/api-keys`);
      const keyDepartments = page.locator('#key-department option');
      await expect.poll(() => keyDepartments.allTextContents()).toEqual(['CARD']);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('fits the admin pages on a 390 px phone without sideways scrolling', async () => {
    const session = await openBrowser();
    try {
      const { page } = session;
      await page.setViewportSize(PHONE_VIEWPORT);
      await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
      for (const path of ['/admin/users', '/admin/departments', '/admin/api-keys']) {
        await page.goto(`${baseUrl}${path}`);
        await page.locator('table.data tbody tr').first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
        await screenshot(page, `admin${path.replaceAll('/', '-')}-phone`);
      }
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
