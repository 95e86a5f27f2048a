import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { MedLocalApi } from './support/medlocal-api';

const FIRST = '68岁男性,肌酐 180 µmol/L,急性肾损伤如何补液?';
const SECOND = '2型糖尿病患者,二甲双胍 500 mg bid,HbA1c 8.5%,下一步如何调整?';

/** Waits until the last answer on the page has all four sections and says it is complete. */
async function answerComplete(page: Page): Promise<Locator> {
  const turn = page.locator('ml-answer-turn').last();
  for (const section of ['definition', 'mechanism', 'differential', 'recommendation']) {
    await turn.locator(`[data-testid="chat-section-${section}"][data-state="present"]`).waitFor({ timeout: 45_000 });
  }
  await turn.getByText('Answer complete.').waitFor();
  return turn;
}

async function ask(page: Page, question: string): Promise<Locator> {
  await page.getByTestId('chat-input').fill(question);
  await page.getByTestId('chat-send').click();
  return answerComplete(page);
}

/** Whether the element's box lies (at least partly) inside the window. */
function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}

/** With every API call refused: the question fails as a lost connection, in view, its draft kept, the status bar greyed. */
async function expectServerLossHandled(page: Page): Promise<void> {
  const draft = '同一患者,是否需要利尿剂?';
  await page.getByTestId('chat-input').fill(draft);
  await page.getByTestId('chat-send').click();
  const failed = page.locator('ml-answer-turn').last().getByTestId('chat-error');
  await failed.waitFor();
  expect(await failed.textContent()).toContain('connection');
  expect(await inViewport(failed)).toBe(true);
  await expect.poll(() => page.getByTestId('chat-input').inputValue()).toBe(draft);
  await expect.poll(() => page.locator('ml-status-bar section').getAttribute('data-stale')).toBe('true');
  expect(await page.getByTestId('status-stale').textContent()).toMatch(/last checked \S+/);
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  await screenshot(page, 'chat-server-lost');
}

describe('clinician conversations: kept, listed, restored; stopped and failed answers; profile; reading flow', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let clinician: { username: string; password: string };

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('NEPH', '肾内科', 'Nephrology');
    clinician = await api.readyUser({ username: 'doc.conversations', roles: ['clinician'], departmentId: department.id });
    browser = await openBrowser();
    await signInThroughUi(browser.page, baseUrl, clinician.username, clinician.password);
    await switchLanguage(browser.page, 'en');
  });

  afterAll(async () => browser?.close());

  it('keeps the conversation over a round trip to Terminology and a reload, lists two and switches, renames and closes one', async () => {
    const { page } = browser;
    await ask(page, FIRST);
    const list = page.getByTestId('conversation-list');
    expect(await list.getByTestId('conversation-retention').textContent()).toMatch(/sign out.*60 minutes/);

    // Terminology and back: the same turn, no new question asked.
    await page.getByTestId('nav-terms').click();
    await page.getByTestId('terms-query').waitFor();
    await page.getByTestId('nav-chat').click();
    await expect.poll(() => page.locator('ml-answer-turn').count()).toBe(1);
    expect(await page.locator('ml-answer-turn').first().textContent()).toContain(FIRST);

    // A reload reads it back from the server, sections included.
    await page.reload();
    await page.locator('ml-answer-turn').first().waitFor();
    expect(await page.locator('ml-answer-turn').count()).toBe(1);
    expect(await page.locator('ml-answer-turn').first().textContent()).toContain(FIRST);
    await page.locator('[data-testid="chat-section-recommendation"][data-state="present"]').waitFor();

    // New conversation: the page empties, the old one is kept (and says so).
    await page.getByTestId('chat-new').click();
    await expect.poll(() => page.locator('ml-answer-turn').count()).toBe(0);
    await page.getByTestId('chat-kept-notice').waitFor();
    await expect.poll(() => list.getByTestId('conversation-item').count()).toBe(1);
    await ask(page, SECOND);
    await expect.poll(() => list.getByTestId('conversation-item').count()).toBe(2);
    const titles = await list.getByTestId('conversation-open').allTextContents();
    expect(titles[0]).toContain('2型糖尿病');
    expect(titles[1]).toContain('68岁男性');
    expect(titles[1]).toMatch(/1 question/);

    // Switch to the first one and back.
    await list.getByTestId('conversation-item').nth(1).getByTestId('conversation-open').click();
    await expect.poll(() => page.locator('ml-answer-turn').first().textContent()).toContain(FIRST);
    expect(await page.locator('ml-answer-turn').count()).toBe(1);
    expect(await list.locator('[aria-current="true"]').textContent()).toContain('68岁男性');
    await screenshot(page, 'chat-conversations');
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // Rename it; the name stays after a reload.
    const first = list.locator('[data-testid="conversation-item"]', { hasText: '68岁男性' });
    await first.getByTestId('conversation-rename').click();
    await list.getByTestId('conversation-title-input').fill('Bed 3 · AKI fluids');
    await list.getByTestId('conversation-title-save').click();
    await expect
      .poll(() => list.getByTestId('conversation-open').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Bed 3 · AKI fluids')]));
    await page.reload();
    await expect
      .poll(() => list.getByTestId('conversation-open').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Bed 3 · AKI fluids')]));
    expect(await page.locator('ml-answer-turn').first().textContent()).toContain(FIRST);

    // Closing asks first; cancelling keeps it, confirming removes it on the server too.
    const diabetes = list.locator('[data-testid="conversation-item"]', { hasText: '2型糖尿病' });
    await diabetes.getByTestId('conversation-close').click();
    await diabetes.getByRole('button', { name: 'Cancel' }).click();
    expect(await list.getByTestId('conversation-item').count()).toBe(2);
    await diabetes.getByTestId('conversation-close').click();
    await diabetes.getByTestId('conversation-close-confirm').click();
    await expect.poll(() => list.getByTestId('conversation-item').count()).toBe(1);
    await page.reload();
    await expect.poll(() => list.getByTestId('conversation-item').count()).toBe(1);

    // In Chinese too.
    await switchLanguage(page, 'zh');
    expect(await list.getByTestId('conversation-retention').textContent()).toContain('60 分钟');
    await switchLanguage(page, 'en');
    expect(browser.problems).toEqual([]);
  });

  it('says an answer was stopped, keeps what arrived and asks again; a lost server keeps the draft, shows the error in view and greys the status bar', async () => {
    const { page, context } = browser;
    await page.getByTestId('chat-new').click();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: 400, uploadThroughput: -1 });
    await page.getByTestId('chat-input').fill(FIRST);
    await page.getByTestId('chat-send').click();
    await page.getByTestId('chat-stop').click({ timeout: 15_000 });
    const stopped = page.locator('ml-answer-turn').last();
    await stopped.getByTestId('chat-stopped').waitFor({ timeout: 15_000 });
    await devtools.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(await stopped.getByTestId('chat-stopped').textContent()).toContain('Stopped');
    expect(await stopped.locator('.missing').count()).toBe(0);
    expect(await stopped.locator('[data-state="not-received"]').count()).toBeGreaterThan(0);

    await stopped.getByTestId('chat-retry').click();
    await answerComplete(page);
    expect(await page.locator('ml-answer-turn').count()).toBe(1);

    // The server goes away while the next question is sent.
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    try {
      await expectServerLossHandled(page);
    } finally {
      await page.unroute('**/api/**');
    }

    // Back again: retry answers, the bar recovers at once.
    await page.locator('ml-answer-turn').last().getByTestId('chat-retry').click();
    await answerComplete(page);
    expect(await page.getByTestId('chat-input').inputValue()).toBe('');
    await expect.poll(() => page.locator('ml-status-bar section').getAttribute('data-stale')).toBe('false');
    // The only console errors are the refused requests, and the server's "still withdrawing the stopped answer" (409) the retry waits out.
    expect(browser.problems.filter((problem) => !/ERR_CONNECTION_REFUSED|Failed to fetch|status of 409/.test(problem))).toEqual([]);
    browser.problems.length = 0;
  });

  it('shows the calculations (eGFR with KDIGO stage and formula, CrCl with the weight used), ECG findings and symptoms with onset and duration', async () => {
    const { page } = browser;
    await page.getByTestId('chat-new').click();
    await ask(page, '65岁男性,突发胸痛2小时,V1-V4 ST段抬高,肌钙蛋白I 8.2ng/mL,心梗如何处理?');
    const profile = page.getByTestId('patient-profile');
    const symptoms = await profile.getByTestId('profile-symptoms').textContent();
    expect(symptoms).toMatch(/sudden/);
    expect(symptoms).toMatch(/2\s*小时|2\s*h/);
    expect(await profile.getByTestId('profile-ecg').textContent()).toMatch(/V1/);

    await ask(page, '肌酐132μmol/L,体重70kg,抗凝药如何调整?');
    const calculations = profile.getByTestId('profile-calculation');
    await expect.poll(() => calculations.count()).toBe(2);
    // CKD-EPI 2021, 65-year-old man, creatinine 132 µmol/L (1.49 mg/dL): 51.6 mL/min/1.73m², KDIGO G3a.
    const egfr = await calculations.nth(0).textContent();
    expect(egfr).toMatch(/eGFR\s+52\b/);
    expect(egfr).toContain('KDIGO stage G3a');
    expect(egfr).toContain('CKD-EPI 2021');
    const crcl = await calculations.nth(1).textContent();
    expect(crcl).toContain('CrCl');
    expect(crcl).toContain('Cockcroft-Gault');
    expect(crcl).toContain('weight used: 70 kg');
    expect(crcl).toContain('question 2');
    await switchLanguage(page, 'zh');
    expect(await calculations.nth(1).textContent()).toContain('所用体重:70 kg');
    await switchLanguage(page, 'en');
    expect(browser.problems).toEqual([]);
  });

  it('follows the streaming answer unless the reader scrolled up, then offers to jump to the latest; the composer grows with the question', async () => {
    const { page } = browser;
    const input = page.getByTestId('chat-input');
    await input.fill('');
    const compact = (await input.boundingBox())?.height ?? 0;
    await input.fill(['65岁男性', '突发胸痛2小时', 'V1-V4 ST段抬高', '肌钙蛋白I 8.2ng/mL', '既往高血压', '如何处理?'].join('\n'));
    await expect.poll(async () => (await input.boundingBox())?.height ?? 0).toBeGreaterThan(compact + 40);
    const grown = (await input.boundingBox())?.height ?? 0;
    expect(grown).toBeLessThanOrEqual(900 * 0.3 + 2);

    // A new question: the view follows it to the end of the page.
    await page.getByTestId('chat-send').click();
    await answerComplete(page);
    const atBottom = () => page.evaluate(() => document.documentElement.scrollHeight - window.scrollY - window.innerHeight < 100);
    await expect.poll(atBottom).toBe(true);
    expect(await page.getByTestId('chat-jump-latest').count()).toBe(0);
    await expect.poll(async () => (await input.boundingBox())?.height ?? 0).toBeLessThan(grown);

    // Scrolled up to read: no more following, a button brings the reader back.
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, -2500);
    await page.getByTestId('chat-jump-latest').waitFor();
    expect(await atBottom()).toBe(false);
    await page.getByTestId('chat-jump-latest').click();
    await expect.poll(atBottom).toBe(true);
    await expect.poll(() => page.getByTestId('chat-jump-latest').count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });
});
