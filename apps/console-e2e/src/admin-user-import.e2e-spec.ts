import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_ADMIN } from './support/e2e-accounts';
import { MedLocalApi } from './support/medlocal-api';

const HEADER = 'username,display_name,department,roles';

async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Fifty ward nurses; user n is on line n + 1 (the header is line 1). */
function wardFile(edit: (lines: string[]) => void = () => undefined): Buffer {
  const lines = Array.from({ length: 50 }, (_, index) => `bulk.${String(index + 1).padStart(2, '0')},病区护士${index + 1},WARD,clinician`);
  edit(lines);
  return Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');
}

describe('bulk user import', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let api: MedLocalApi;

  beforeAll(async () => {
    api = new MedLocalApi(baseUrl);
    await api.department('WARD', '病区', 'Ward');
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  async function bulkUsernames(): Promise<string[]> {
    const { accessToken } = await api.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
    const response = await fetch(`${baseUrl}/api/admin/users`, { headers: { authorization: `Bearer ${accessToken}` } });
    return ((await response.json()) as { username: string }[]).map((user) => user.username).filter((name) => name.startsWith('bulk.'));
  }

  it('dry-runs 50 users with 3 bad lines (exactly those listed, nothing written), then imports the fixed file and hands out the passwords once', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await switchLanguage(page, 'en');
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('user-import-toggle').click();
    await page.getByTestId('user-import').waitFor();
    await expectNoSeriousViolations(page, 'import panel');

    const bad = wardFile((lines) => {
      lines[9] = 'Bulk 10!,病区护士10,WARD,clinician';
      lines[24] = 'bulk.25,病区护士25,NOWHERE,clinician';
      lines[39] = 'bulk.40,病区护士40,WARD,surgeon';
    });
    await page.getByTestId('import-file').setInputFiles({ name: 'ward.csv', mimeType: 'text/csv', buffer: bad });
    await page.getByTestId('import-dry-run').click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const listedLines = await problems.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-line'))));
    expect(listedLines).toEqual([11, 26, 41]);
    expect(await problems.locator('tr[data-line="26"]').textContent()).toContain('No department has this code');
    expect(await page.getByTestId('import-summary').textContent()).toContain('3 lines have problems');
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    expect(await bulkUsernames()).toEqual([]);
    await expectNoSeriousViolations(page, 'import problems');
    await screenshot(page, 'admin-user-import-problems');

    await page.getByTestId('import-file').setInputFiles({ name: 'ward-fixed.csv', mimeType: 'text/csv', buffer: wardFile() });
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-confirm').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('50 lines, no problems');
    expect(await page.getByTestId('import-confirm').textContent()).toContain('Import 50 users');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect(await bulkUsernames()).toHaveLength(50);
    await expectNoSeriousViolations(page, 'import done');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download').click()]);
    const file = readFileSync((await download.path()) ?? '', 'utf8');
    const rows = file
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('"username","display_name","department","one_time_password"');
    expect(rows).toHaveLength(51);
    // Once: the console drops the passwords after the download.
    await page.getByTestId('import-downloaded').waitFor();
    expect(await page.getByTestId('import-download').count()).toBe(0);

    const [username, , , oneTimePassword] = rows[1].split(',').map((cell) => cell.slice(1, -1));
    expect(username).toBe('bulk.01');
    const firstSignIn = await api.signIn(username, oneTimePassword);
    expect(firstSignIn.user.restriction).toBe('password_change');
    await page.getByTestId('users-table').locator('tr[data-username="bulk.50"]').waitFor();
    expect(browser.problems).toEqual([]);
  });
});
