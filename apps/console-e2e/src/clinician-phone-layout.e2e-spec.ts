import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi } from './support/console-page';
import { MedLocalApi } from './support/medlocal-api';
import { horizontalOverflow, PHONE_VIEWPORT } from './support/phone-viewport';

/** The chat on a 390 × 844 phone: the answer keeps most of the screen, the profile opens as a drawer. */
describe('clinician chat on a phone', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let clinician: { username: string; password: string };

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('PHONE', '病房(手机)', 'Ward (phone)');
    clinician = await api.readyUser({ username: 'doc.phone.layout', roles: ['clinician'], departmentId: department.id });
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

  it('leaves at least 60 % of the screen to the answer; profile and list open and close as a drawer', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE_VIEWPORT);
    await signInThroughUi(page, baseUrl, clinician.username, clinician.password);
    await page.getByTestId('chat-input').fill('68岁男性,肌酐 180 µmol/L,体重 60 kg,急性肾损伤如何补液?');
    await page.getByTestId('chat-send').click();
    const turn = page.locator('ml-answer-turn').last();
    await turn.getByText('回答完成。').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('chat-side').isVisible()).toBe(false);

    // The answer scrolled to the top of the screen: what of it the sticky composer leaves in view.
    await turn.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const share = await turn.evaluate((element) => {
      const answer = element.getBoundingClientRect();
      const composer = document.querySelector('[data-testid="chat-composer"]')?.getBoundingClientRect();
      const bottom = Math.min(answer.bottom, composer?.top ?? window.innerHeight);
      return (bottom - Math.max(answer.top, 0)) / window.innerHeight;
    });
    expect(share).toBeGreaterThanOrEqual(0.6);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'chat-phone');

    // The drawer: its button says whether it is open, focus moves in, Escape closes and focus returns.
    const toggle = page.getByTestId('chat-side-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const side = page.getByTestId('chat-side');
    await side.waitFor({ state: 'visible' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => focusedTestId(page)).toBe('chat-side-close');
    await expect.poll(() => side.getByTestId('profile-age').textContent()).toContain('68');
    const box = await side.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE_VIEWPORT.width + 1);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'chat-phone-drawer');
    await page.keyboard.press('Escape');
    await side.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedTestId(page)).toBe('chat-side-toggle');

    // The close button closes it too.
    await toggle.click();
    await side.getByTestId('chat-side-close').click();
    await side.waitFor({ state: 'hidden' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(browser.problems).toEqual([]);
  });

  it('wraps a long unbroken string (a pasted identifier or link) in the question and the answer inside the screen', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE_VIEWPORT);
    const unbroken = `https://lis.example/report/${'A1B2C3D4E5'.repeat(12)}`;
    await page.getByTestId('chat-input').fill(`检验报告 ${unbroken} 中肌酐 180 µmol/L,如何解读?`);
    await page.getByTestId('chat-send').click();
    const turn = page.locator('ml-answer-turn').last();
    await turn.getByText('回答完成。').waitFor({ timeout: 60_000 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
