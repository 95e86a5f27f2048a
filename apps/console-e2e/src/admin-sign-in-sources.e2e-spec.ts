import { createServer, type AddressInfo } from 'node:net';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_ADMIN } from './support/e2e-accounts';
import { startOidcMedLocal, type OidcMedLocal } from './support/oidc-medlocal';

const MAPPING = { groups: [{ group: 'medlocal-cardiology', roles: ['clinician'], department: 'CARD' }] };
const BIND_PASSWORD = 'Directory-Bind-Secret-E2E-2026';
const SEARCH_BASE = 'ou=people,dc=hospital,dc=test';

describe('Administration → Sign-in sources (global admin, Chromium)', () => {
  let medlocal: OidcMedLocal;
  let browser: BrowserSession;
  let ldapUrl: string;

  beforeAll(async () => {
    // A directory that does not answer: the page shows its settings, and the test sign-in stops at "connect".
    ldapUrl = `ldaps://127.0.0.1:${await closedPort()}`;
    medlocal = await startOidcMedLocal({
      accounts: {},
      mapping: MAPPING,
      env: {
        LDAP_URL: ldapUrl,
        LDAP_BIND_DN: 'cn=medlocal-svc,ou=services,dc=hospital,dc=test',
        LDAP_BIND_PASSWORD: BIND_PASSWORD,
        LDAP_SEARCH_BASE: SEARCH_BASE,
        // The IdP's mapping file serves the directory too: its bare group names need a group search base.
        LDAP_GROUP_SEARCH_BASE: 'ou=groups,dc=hospital,dc=test',
        LDAP_GROUP_MAPPING_FILE: '{folder}/oidc-role-mapping.json',
        LDAP_TIMEOUT_MS: '1000',
      },
    });
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await medlocal?.stop();
  });

  it('shows each source without a secret, and walks a test sign-in to the step that fails', async () => {
    const { page } = browser;
    await signInThroughUi(page, medlocal.baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await switchLanguage(page, 'en');
    await page.goto(`${medlocal.baseUrl}/admin/users`);
    await page.getByTestId('admin-nav-sign-in-sources').click();
    await page.waitForURL((url) => url.pathname === '/admin/sign-in-sources');
    await expect.poll(() => page.getByTestId('ldap-url').textContent()).toBe(ldapUrl);
    expect(await page.getByTestId('ldap-search-base').textContent()).toBe(SEARCH_BASE);
    expect(await page.getByTestId('oidc-issuer').textContent()).toBe(medlocal.issuer);
    expect(await page.locator('body').textContent()).not.toContain(BIND_PASSWORD);
    expect(await page.locator('body').textContent()).not.toContain('Console-E2E-Oidc-Secret');

    await page.locator('#ldap-test-username').fill('zhang.wei');
    await page.locator('#ldap-test-password').fill('Any-Directory-Pass-1');
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    const result = page.getByTestId('ldap-test-result');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('false');
    expect(await result.locator('[data-step="connect"]').getAttribute('data-outcome')).toBe('failed');
    expect(await result.locator('[data-step="connect"]').textContent()).toContain('directory_unreachable');
    expect(await result.locator('[data-outcome="skipped"]').count()).toBe(5);
    // The password is not kept in the form once checked.
    expect(await page.locator('#ldap-test-password').inputValue()).toBe('');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-sign-in-sources');
    expect(browser.problems.filter((problem) => /page error|Content Security Policy/i.test(problem))).toEqual([]);
  });
});

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
