import { inject } from 'vitest';
import { openBrowser, screenshot, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { MedLocalApi } from './support/medlocal-api';

const QUESTION = '68岁男性,肌酐 180 µmol/L,急性肾损伤如何补液?';
const SECTIONS = ['definition', 'mechanism', 'differential', 'recommendation'] as const;

describe('clinician chat', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let clinician: { username: string; password: string };

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('NEPH', '肾内科', 'Nephrology');
    clinician = await api.readyUser({ username: 'doc.chat', roles: ['clinician'], departmentId: department.id });
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  it('streams reasoning and the four sections, with coded concept chips, then stops a second answer midway', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, clinician.username, clinician.password);
    expect(new URL(page.url()).pathname).toBe('/chat');
    await switchLanguage(page, 'en');

    // The status bar says which model answers, and that it is the demo one.
    await expect.poll(() => page.getByTestId('status-model').textContent(), { timeout: 15_000 }).toContain('DEMO');
    expect(await page.getByTestId('status-privacy').textContent()).toContain('local only');
    expect(await page.getByTestId('chat-disclaimer').textContent()).toContain('clinical judgement');

    await page.getByTestId('chat-input').fill(QUESTION);
    await page.getByTestId('chat-input').press('Control+Enter');

    const turn = page.locator('ml-answer-turn').first();
    await turn.getByTestId('chat-thought').waitFor();
    for (const section of SECTIONS) {
      await turn.locator(`[data-testid="chat-section-${section}"][data-state="present"]`).waitFor({ timeout: 30_000 });
    }
    await turn.getByText('Answer complete.').waitFor();
    expect(await turn.getByTestId('chat-section-definition').locator('h3').textContent()).toContain('Definition');
    expect((await turn.getByTestId('chat-answer').textContent())?.length).toBeGreaterThan(40);

    // Entities and concepts come from the meta event; a concept chip opens its codes.
    const entities = await turn.getByTestId('entity-chip').allTextContents();
    expect(entities.join(' ')).toMatch(/68/);
    expect(entities.join(' ')).toMatch(/180.*high/);
    await turn.getByTestId('concept-chip').first().click();
    expect(await turn.getByTestId('code-icd11').first().textContent()).toBe('GB60.Z');
    expect(await turn.getByTestId('code-icd10').first().textContent()).toMatch(/^N17/);
    expect(await turn.getByTestId('code-snomed').first().textContent()).toBe('14669001');
    expect(await page.getByTestId('context-meter').textContent()).toMatch(/\d+ \/ \d+ tokens/);
    await screenshot(page, 'chat');

    // Slow the connection to a trickle so the second answer is still arriving when Stop is pressed.
    const devtools = await browser.context.newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: 400, uploadThroughput: -1 });
    await page.getByTestId('chat-input').fill('同一患者,是否需要利尿剂?');
    await page.getByTestId('chat-send').click();
    const second = page.locator('ml-answer-turn').nth(1);
    await page.getByTestId('chat-stop').click({ timeout: 15_000 });
    await second.getByTestId('chat-stopped').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('chat-stop').count()).toBe(0);
    expect(await second.locator('[data-testid="chat-section-recommendation"]').getAttribute('data-state')).not.toBe('present');
    await devtools.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    // A new conversation clears the page.
    await page.getByTestId('chat-new').click();
    await expect.poll(() => page.locator('ml-answer-turn').count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });
});
