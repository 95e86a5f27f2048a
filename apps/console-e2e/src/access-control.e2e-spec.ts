import { inject } from 'vitest';
import { openBrowser, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_ADMIN } from './support/e2e-accounts';
import { MedLocalApi } from './support/medlocal-api';

describe('access by role', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let api: MedLocalApi;
  let clinician: { username: string; password: string };
  let departmentAdmin: { username: string; password: string };
  let researcher: { username: string; password: string };

  beforeAll(async () => {
    api = new MedLocalApi(baseUrl);
    const department = await api.department('CARD', '心内科', 'Cardiology');
    clinician = await api.readyUser({ username: 'doc.access', roles: ['clinician'], departmentId: department.id });
    departmentAdmin = await api.readyUser({ username: 'card.admin.access', roles: ['admin'], departmentId: department.id });
    researcher = await api.readyUser({ username: 'researcher.access', roles: ['researcher'], departmentId: department.id });
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  it('shows a clinician no admin or audit navigation and refuses a direct admin URL', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, clinician.username, clinician.password);
    await page.getByTestId('nav-chat').waitFor();
    expect(await page.getByTestId('nav-terms').count()).toBe(1);
    expect(await page.getByTestId('nav-admin').count()).toBe(0);
    expect(await page.getByTestId('nav-audit').count()).toBe(0);

    await page.goto(`${baseUrl}/admin/users`);
    await page.getByTestId('forbidden').waitFor();
    expect(await page.getByTestId('users-table').count()).toBe(0);

    await page.goto(`${baseUrl}/audit`);
    await page.getByTestId('forbidden').waitFor();
    expect(await page.getByTestId('audit-table').count()).toBe(0);

    // The server refuses too: the hidden link is not the only guard.
    const token = (await api.signIn(clinician.username, clinician.password)).accessToken;
    const response = await fetch(`${baseUrl}/api/admin/users`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(403);
  });

  it('shows an admin no audit navigation and refuses the audit pages (三员分立)', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /退出|Sign out/ }).click();
    await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await page.getByTestId('nav-admin').waitFor();
    expect(await page.getByTestId('nav-audit').count()).toBe(0);
    for (const path of ['/audit', '/audit/usage']) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByTestId('forbidden').waitFor();
      expect(await page.getByTestId('audit-table').count()).toBe(0);
    }
    // The usage figures left the admin pages with the audit trail they are read from.
    expect(await page.locator('ml-admin-shell nav a[href$="/usage"]').count()).toBe(0);
    const token = (await api.signIn(E2E_ADMIN.username, E2E_ADMIN.password)).accessToken;
    expect((await fetch(`${baseUrl}/api/audit/events`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(403);
  });

  it('lets a department admin read the prompt templates but not change them, and grant only clinician and researcher', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /退出|Sign out/ }).click();
    await signInThroughUi(page, baseUrl, departmentAdmin.username, departmentAdmin.password);
    await switchLanguage(page, 'en');
    await page.goto(`${baseUrl}/admin/prompts`);
    // He lands on his department's override; the hospital template is there to read only.
    await page.getByTestId('prompt-override-note').waitFor();
    await page.locator('#prompt-scope').selectOption('hospital');
    await page.getByTestId('prompt-read-only').waitFor();
    expect(await page.locator('#prompt-body').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Save as new version' }).count()).toBe(0);

    await page.goto(`${baseUrl}/admin/users`);
    await page.getByTestId('users-table').getByText(clinician.username, { exact: true }).first().waitFor();
    // He manages clinicians and researchers of his department only: he is not in his own list.
    expect(await page.getByTestId('users-table').textContent()).not.toContain(departmentAdmin.username);
    await page.getByTestId('user-create').click();
    // The form renders after the click: wait for it before counting what it offers.
    await page.getByTestId('new-user-role-clinician').waitFor();
    expect(await page.getByTestId('new-user-role-clinician').count()).toBe(1);
    expect(await page.getByTestId('new-user-role-researcher').count()).toBe(1);
    expect(await page.getByTestId('new-user-role-admin').count()).toBe(0);
    expect(await page.getByTestId('new-user-role-auditor').count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });

  it('lands a researcher on their start page, and the refusal page leads back there instead of looping', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /退出|Sign out/ }).click();
    await signInThroughUi(page, baseUrl, researcher.username, researcher.password);
    await page.getByTestId('research-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/research');
    expect(await page.getByTestId('forbidden').count()).toBe(0);
    expect(await page.getByTestId('nav-research').count()).toBe(1);

    await page.goto(`${baseUrl}/`);
    await page.getByTestId('research-page').waitFor();

    await page.goto(`${baseUrl}/chat`);
    await page.getByTestId('forbidden').waitFor();
    await page.getByTestId('forbidden-home').click();
    await page.getByTestId('research-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/research');
    expect(await page.getByTestId('forbidden').count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });

  it('sends a visitor who is not signed in to sign-in', async () => {
    const stranger = await openBrowser();
    try {
      await stranger.page.goto(`${baseUrl}/admin/users`);
      await stranger.page.getByTestId('login-username').waitFor();
      expect(new URL(stranger.page.url()).pathname).toBe('/sign-in');
    } finally {
      await stranger.close();
    }
  });
});
