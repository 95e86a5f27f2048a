import { inject } from 'vitest';
import { openBrowser, type BrowserSession } from './support/chromium';
import { signInThroughUi } from './support/console-page';
import { MedLocalApi } from './support/medlocal-api';

describe('access by role', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let api: MedLocalApi;
  let clinician: { username: string; password: string };

  beforeAll(async () => {
    api = new MedLocalApi(baseUrl);
    const department = await api.department('CARD', '心内科', 'Cardiology');
    clinician = await api.readyUser({ username: 'doc.access', roles: ['clinician'], departmentId: department.id });
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
