import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_AUDITORS, E2E_PASSWORD } from './support/e2e-accounts';
import { MedLocalApi } from './support/medlocal-api';

const FIRST = '68岁男性,肌酐 180 µmol/L,急性肾损伤如何补液?';
const SECOND = '同一患者,是否需要利尿剂?';
const EDITED = '72岁女性,肌酐 150 µmol/L,急性肾损伤如何补液?';
const SECTION_TITLES = ['Definition', 'Mechanism', 'Differential', 'Recommendation'] as const;
const SECTIONS = ['definition', 'mechanism', 'differential', 'recommendation'] as const;
const NOTICE = 'This answer supports clinical judgement; it does not replace it.';

/** Copy, print for the record, regenerate, edit and resend, and rating an answer, as a clinician does them; the rating as an auditor sees it. */
describe('clinician answer actions', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let clinician: { username: string; password: string };

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('NEPH', '肾内科', 'Nephrology');
    clinician = await api.readyUser({ username: 'doc.actions', roles: ['clinician'], departmentId: department.id });
    browser = await openBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  });

  afterAll(async () => browser?.close());

  const turns = (page: Page) => page.locator('ml-answer-turn');
  const actions = (page: Page, index: number) => page.getByTestId('answer-actions').nth(index);
  const statusOf = (page: Page, index: number) => page.getByTestId('answer-action-status').nth(index);

  async function ask(page: Page, question: string): Promise<void> {
    const before = await turns(page).count();
    await page.getByTestId('chat-input').fill(question);
    await page.getByTestId('chat-send').click();
    await answered(page, before);
  }

  /**
   * Runs `replace` (regenerate, or edit and resend) and waits until the replacing answer's stream has ended. The turn it
   * replaces already reads "Answer complete.", so that text alone can be found before the new answer starts; a reload
   * then would stop the new answer, and the next question would find the conversation still withdrawing it (409).
   */
  async function replacing(page: Page, replace: () => Promise<void>): Promise<void> {
    const streamed = page.waitForResponse((response) => response.url().endsWith('/messages') && response.request().method() === 'POST' && response.ok());
    await replace();
    await (await streamed).finished();
  }

  async function answered(page: Page, index: number): Promise<Locator> {
    const turn = turns(page).nth(index);
    await turn.getByText('Answer complete.').waitFor({ timeout: 60_000 });
    return turn;
  }

  /** Each section's text as the page shows it, whitespace folded, for comparing with what was copied or printed. */
  async function shownSections(turn: Locator): Promise<string[]> {
    return Promise.all(SECTIONS.map(async (key) => fold((await turn.getByTestId(`chat-section-${key}`).locator('ml-markdown').textContent()) ?? '')));
  }

  async function axe(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  it('copies an answer as text and Markdown, prints one answer or the conversation, regenerates, edits and resends, and rates it', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, clinician.username, clinician.password);
    await switchLanguage(page, 'en');
    await ask(page, FIRST);
    const first = turns(page).first();
    const sections = await shownSections(first);

    // Copy as plain text, with the mouse: the question, the four headed sections and the notice.
    await actions(page, 0).getByTestId('answer-copy-text').click();
    await expect.poll(() => statusOf(page, 0).textContent()).toBe('Copied as plain text.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.startsWith(`Question: ${FIRST}\n\nDefinition\n`)).toBe(true);
    expect(text.endsWith(`\n\n${NOTICE}`)).toBe(true);
    expect(text).not.toMatch(/^#|\*\*/m);
    const headings = SECTION_TITLES.map((title) => text.indexOf(`\n\n${title}\n`));
    expect(headings.every((at, index) => at > 0 && (index === 0 || at > headings[index - 1]))).toBe(true);
    for (const section of sections) expect(fold(text)).toContain(section);

    // Copy as Markdown with the keyboard only.
    await actions(page, 0).getByTestId('answer-copy-markdown').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(page, 0).textContent()).toBe('Copied as Markdown.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown.startsWith(`**Question:** ${FIRST}\n\n## Definition\n\n`)).toBe(true);
    for (const title of SECTION_TITLES) expect(markdown).toContain(`\n\n## ${title}\n\n`);
    expect(markdown.endsWith(`\n\n> ${NOTICE}`)).toBe(true);

    // Print one answer: the print stylesheet shows the record document alone.
    await actions(page, 0).getByTestId('answer-print').click();
    await page.emulateMedia({ media: 'print' });
    const record = page.locator('ml-print-record');
    await expect.poll(() => record.isVisible()).toBe(true);
    expect(await page.getByTestId('chat-input').isVisible()).toBe(false);
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await record.getByTestId('print-turn').count()).toBe(1);
    const printed = fold((await record.textContent()) ?? '');
    expect(printed).toContain('Clinical Q&A record');
    expect(printed).toContain('One answer');
    expect(printed).toContain(FIRST);
    for (const title of SECTION_TITLES) expect(await record.getByRole('heading', { name: title }).count()).toBe(1);
    for (const section of sections) expect(printed).toContain(section);
    expect(fold((await record.getByTestId('print-codes').textContent()) ?? '')).toMatch(/ICD-11 GB60\.Z .*ICD-10 N17/);
    expect(fold((await record.getByTestId('print-calculations').textContent()) ?? '')).toMatch(/eGFR \d+(\.\d+)? mL\/min\/1\.73m² · KDIGO stage G\d/);
    expect(fold((await record.getByTestId('print-provenance').textContent()) ?? '')).toMatch(
      /^Model: .+ \(DEMO\) · Prompt template: clinical-system v\d+ \(zh\)$/,
    );
    expect(await record.getByTestId('print-notice').textContent()).toBe(NOTICE);
    expect(await record.getByTestId('print-reasoning').count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    expect(await record.isVisible()).toBe(false);

    // The reasoning is printed only when chosen: as the reasoning panel shows it (or that there was none).
    const thought = fold((await first.getByTestId('chat-thought').locator('.thought-text').textContent()) ?? '');
    expect(thought.length).toBeGreaterThan(0);
    await page.getByTestId('chat-print-reasoning').check();
    await actions(page, 0).getByTestId('answer-print').click();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(async () => fold((await record.getByTestId('print-reasoning').textContent()) ?? '')).toContain(thought);
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('chat-print-reasoning').uncheck();

    // The whole conversation: both answers, in order.
    await ask(page, SECOND);
    await page.getByTestId('chat-print-conversation').click();
    await page.emulateMedia({ media: 'print' });
    // The record is drawn on the next render after the click (then the print dialog opens): wait for it.
    await expect.poll(async () => fold((await record.textContent()) ?? '')).toContain('Whole conversation (2 answers)');
    expect(await record.getByTestId('print-turn').locator('.question').allTextContents()).toEqual([FIRST, SECOND]);
    await page.emulateMedia({ media: 'screen' });

    // Regenerate replaces the last answer: still two turns, on the page and on the server (after a reload).
    expect(await actions(page, 0).getByTestId('answer-regenerate').count()).toBe(0);
    await replacing(page, () => actions(page, 1).getByTestId('answer-regenerate').click());
    await answered(page, 1);
    expect(await turns(page).count()).toBe(2);
    await page.reload();
    await answered(page, 1);
    expect(await turns(page).locator('.question p').allTextContents()).toEqual([FIRST, SECOND]);

    // Edit the first question and resend it: the later turn is replaced, on the server too.
    await actions(page, 0).getByTestId('answer-edit').click();
    await page.getByTestId('answer-edit-input').fill(EDITED);
    await replacing(page, () => page.getByTestId('answer-edit-send').click());
    await expect.poll(() => turns(page).count()).toBe(1);
    await answered(page, 0);
    expect(await turns(page).locator('.question p').allTextContents()).toEqual([EDITED]);
    await page.reload();
    await answered(page, 0);
    expect(await turns(page).locator('.question p').allTextContents()).toEqual([EDITED]);
    expect(await page.getByTestId('profile-age').textContent()).toContain('72');

    // Rate it: useful, then not useful with two reasons (codes only).
    await actions(page, 0).getByTestId('answer-useful').click();
    await expect.poll(() => statusOf(page, 0).textContent()).toBe('Rating recorded. Thank you.');
    expect(await actions(page, 0).getByTestId('answer-useful').getAttribute('aria-pressed')).toBe('true');
    await actions(page, 0).getByTestId('answer-not-useful').click();
    // Scrolled up to the bottom edge of the window (as a browser retries a click, or a link to the form scrolls), no
    // reason sits behind the sticky composer: the page's scroll padding keeps it above.
    // A short window (a laptop with the browser's toolbars) so the reasons start below the fold.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: viewport?.width ?? 1280, height: 480 });
    for (const reason of ['inaccurate', 'outdated']) {
      await page.evaluate(() => window.scrollTo({ top: 0 }));
      const checkbox = page.getByTestId(`answer-reason-${reason}`);
      await checkbox.evaluate((element) => element.scrollIntoView({ block: 'end' }));
      const [box, composer] = await Promise.all([checkbox.boundingBox(), page.getByTestId('chat-composer').boundingBox()]);
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(composer?.y ?? -Infinity);
    }
    if (viewport) await page.setViewportSize(viewport);
    await page.getByTestId('answer-reason-inaccurate').check();
    await page.getByTestId('answer-reason-outdated').check();
    await axe(page, 'chat-answer-actions');
    await page.getByTestId('answer-reasons-send').click();
    await expect.poll(() => actions(page, 0).getByTestId('answer-not-useful').getAttribute('aria-pressed')).toBe('true');
    expect(await actions(page, 0).getByTestId('answer-useful').getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByTestId('answer-reasons').count()).toBe(0);
    await page.reload();
    await answered(page, 0);
    expect(await actions(page, 0).getByTestId('answer-not-useful').getAttribute('aria-pressed')).toBe('true');
    expect(browser.problems).toEqual([]);
  });

  it('shows the ratings in the auditor’s usage view, counted by rating and reason', async () => {
    const { page } = browser;
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: /退出|Sign out/ }).click();
    await signInThroughUi(page, baseUrl, E2E_AUDITORS[0], E2E_PASSWORD);
    await switchLanguage(page, 'en');
    await page.goto(`${baseUrl}/audit/usage`);
    await page.getByTestId('usage-feedback').waitFor();
    expect(await page.getByTestId('usage-feedback-useful').textContent()).toBe('1');
    expect(await page.getByTestId('usage-feedback-not-useful').textContent()).toBe('1');
    expect(await page.getByTestId('usage-feedback-reason-inaccurate').textContent()).toBe('1');
    expect(await page.getByTestId('usage-feedback-reason-outdated').textContent()).toBe('1');
    expect(await page.getByTestId('usage-feedback-reason-unsafe').textContent()).toBe('0');
    await page.waitForLoadState('networkidle');
    await axe(page, 'audit-usage-feedback');
    expect(browser.problems).toEqual([]);
  });
});

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
