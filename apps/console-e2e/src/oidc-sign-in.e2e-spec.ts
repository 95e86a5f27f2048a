import type { Page } from 'playwright-core';
import { openBrowser, screenshot, type BrowserSession } from './support/chromium';
import { MedLocalApi } from './support/medlocal-api';
import { startOidcMedLocal, type OidcMedLocal } from './support/oidc-medlocal';

const ACCOUNTS = {
  'dr.sso': { name: 'Dr Single Sign-On', preferred_username: 'dr.sso', groups: ['medlocal-cardiology'] },
  'visitor.sso': { name: 'Visitor', preferred_username: 'visitor.sso', groups: ['all-staff'] },
};
const MAPPING = { groups: [{ group: 'medlocal-cardiology', roles: ['clinician'], department: 'CARD' }] };

/** What a person does at the IdP's (development) pages: type a login, any password, then consent. */
async function signInAtIdp(page: Page, issuer: string, login: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(issuer));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click(); // consent: "Continue"
}

describe('sign-in with the hospital account (OpenID Connect, real IdP, Chromium)', () => {
  let medlocal: OidcMedLocal;
  let browser: BrowserSession;

  beforeAll(async () => {
    medlocal = await startOidcMedLocal({ accounts: ACCOUNTS, mapping: MAPPING });
    await new MedLocalApi(medlocal.baseUrl).department('CARD', '心内科', 'Cardiology');
  });

  beforeEach(async () => {
    browser = await openBrowser();
  });

  afterEach(async () => browser?.close());

  afterAll(async () => medlocal?.stop());

  it('goes to the IdP and back (code + PKCE) and lands in the chat as the provisioned clinician', async () => {
    const { page } = browser;
    await page.goto(`${medlocal.baseUrl}/sign-in`);
    await page.getByTestId('login-oidc').click();
    await signInAtIdp(page, medlocal.issuer, 'dr.sso');
    await page.waitForURL((url) => url.origin === medlocal.baseUrl && url.pathname === '/chat');
    await page.getByTestId('chat-input').waitFor();
    const me = await page.evaluate(async () => {
      const refreshed = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'include' });
      return ((await refreshed.json()) as { user: { username: string; source: string; roles: string[] } }).user;
    });
    expect(me).toMatchObject({ username: 'dr.sso', source: 'oidc', roles: ['clinician'] });
    await screenshot(page, 'sign-in-oidc-chat');
    expect(browser.problems.filter((problem) => /page error|Content Security Policy/i.test(problem))).toEqual([]);
  });

  it('brings a person in no mapped group back to the sign-in page with the reason in Chinese', async () => {
    const { page } = browser;
    await page.goto(`${medlocal.baseUrl}/sign-in`);
    await page.getByTestId('login-oidc').click();
    await signInAtIdp(page, medlocal.issuer, 'visitor.sso');
    await page.waitForURL((url) => url.origin === medlocal.baseUrl && url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('oidcError')).toBe('no_mapped_group');
    await expect.poll(() => page.getByTestId('login-oidc-error').textContent()).toContain('信息科');
    await page.getByTestId('login-username').waitFor();
  });
});
