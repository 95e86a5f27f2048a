import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { MedLocalApi } from './support/medlocal-api';

const CONTEXT_LABEL = 'Context size';
const GUIDELINE_WITH_YEAR = /(KDIGO|ESC|ADA|NICE) (2012|2019|2021|2023)/;

/** The demo model, held to MedGemma's shape by its grammar, shows the reasoning panel, the four sections and the lint end to end. */
describe('demo answer in MedGemma’s shape', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let clinician: { username: string; password: string };

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('DEMOR', '演示科', 'Demo reasoning');
    clinician = await api.readyUser({ username: 'doc.demo.reasoning', roles: ['clinician'], departmentId: department.id });
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  /** The stream's event names in order, as the server sent them. */
  async function askAndRead(page: Page, question: string): Promise<string[]> {
    const streamed = page.waitForResponse((response) => response.url().endsWith('/messages') && response.request().method() === 'POST');
    await page.getByTestId('chat-input').fill(question);
    await page.getByTestId('chat-send').click();
    const text = await (await streamed).text();
    return [...text.matchAll(/^event: (\w+)$/gm)].map((match) => match[1]);
  }

  it('streams a reasoning the panel shows, the four sections, and at least one lint badge', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, clinician.username, clinician.password);
    await switchLanguage(page, 'en');
    const events = await askAndRead(page, '68-year-old man, creatinine 180 µmol/L, acute kidney injury: how much fluid?');

    // The reasoning streamed in several deltas, all before the answer began.
    const thoughts = events.filter((event) => event === 'thought').length;
    expect(thoughts).toBeGreaterThan(1);
    expect(events.lastIndexOf('thought')).toBeLessThan(events.indexOf('answer'));
    expect(events.at(-1)).toBe('done');

    const turn = page.locator('ml-answer-turn').first();
    await turn.getByText('Answer complete.').waitFor({ timeout: 60_000 });
    const panel = turn.getByTestId('chat-thought');
    expect(await panel.getAttribute('open')).not.toBeNull();
    expect(await panel.locator('.thought-text').textContent()).toMatch(GUIDELINE_WITH_YEAR);
    for (const section of ['definition', 'mechanism', 'differential', 'recommendation']) {
      expect(await turn.getByTestId(`chat-section-${section}`).getAttribute('data-state')).toBe('present');
    }
    expect(await turn.getByTestId('chat-section-recommendation').textContent()).toMatch(GUIDELINE_WITH_YEAR);
    const badges = turn.getByTestId('lint-badge');
    expect(await badges.count()).toBeGreaterThanOrEqual(1);
    // A badge marks its place in the reasoning; the console redraws after the click, so wait for it.
    await badges.first().click();
    await expect.poll(() => badges.first().getAttribute('aria-pressed')).toBe('true');
    // Still noise from random weights, and labelled so.
    expect(await turn.textContent()).toMatch(/demo/i);

    // The context meter counts in the same context size as the status details.
    const meter = (await page.getByTestId('context-meter-value').textContent()) ?? '';
    const [, used, size] = /(\d+) \/ (\d+) tokens/.exec(meter) ?? [];
    await page.locator('ml-status-bar .status-toggle').click();
    const statusSize = (await page.locator('#status-details dt', { hasText: CONTEXT_LABEL }).locator('xpath=following-sibling::dd[1]').textContent())?.trim();
    expect(size).toBe(statusSize);
    expect(Number(used)).toBeGreaterThan(0);
    const budget = (await page.getByTestId('context-meter-budget').textContent()) ?? '';
    const [, limit, reserved] = /may use (\d+); (\d+) are kept/.exec(budget) ?? [];
    expect(Number(limit) + Number(reserved)).toBe(Number(size));
    await screenshot(page, 'chat-demo-reasoning');
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
