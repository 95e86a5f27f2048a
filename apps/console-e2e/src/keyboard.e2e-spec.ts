import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { openBrowser, type BrowserSession } from './support/chromium';
import { MedLocalApi } from './support/medlocal-api';

/** Presses Tab until the element with `testId` has focus; fails when it is not reachable by keyboard. */
async function tabTo(page: Page, testId: string, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === testId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testId} is not reachable with Tab`);
}

describe('keyboard-only use', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let clinician: { username: string; password: string };

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('RESP', '呼吸内科', 'Respiratory medicine');
    clinician = await api.readyUser({ username: 'doc.keys', roles: ['clinician'], departmentId: department.id });
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  it('signs in, asks, and opens concept codes without a pointer', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByTestId('login-username').waitFor();
    await tabTo(page, 'login-username');
    await page.keyboard.type(clinician.username);
    await tabTo(page, 'login-password');
    await page.keyboard.type(clinician.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/chat');

    await page.getByTestId('chat-input').waitFor();
    await tabTo(page, 'chat-input');
    await page.keyboard.type('慢性阻塞性肺疾病急性加重,SpO2 88%,如何氧疗?');
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="chat-section-recommendation"][data-state="present"]').waitFor({ timeout: 30_000 });

    await tabTo(page, 'concept-chip');
    await page.keyboard.press('Enter');
    await page.getByTestId('concept-codes').first().waitFor();
    expect(await page.getByTestId('concept-chip').first().getAttribute('aria-expanded')).toBe('true');

    // The status bar opens its details from the keyboard too.
    await page.locator('ml-status-bar button').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#status-details').waitFor();
  });
});
