import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { MedLocalApi } from './support/medlocal-api';

const FIRST = '68岁男性,肌酐 180 µmol/L,急性肾损伤如何补液?';
const NEXT = '同一患者,是否需要利尿剂?';

interface MetaView {
  turn: number;
  profile: { age: { value: number; turn: number } | null; labs: { id: string; value: number; turn: number }[] };
}

/** Waits until the last answer on the page has all four sections and says it is complete. */
async function answerComplete(page: Page): Promise<Locator> {
  const turn = page.locator('ml-answer-turn').last();
  for (const section of ['definition', 'mechanism', 'differential', 'recommendation']) {
    await turn.locator(`[data-testid="chat-section-${section}"][data-state="present"]`).waitFor({ timeout: 60_000 });
  }
  await turn.getByText('Answer complete.').waitFor();
  return turn;
}

/** The meta event of a streamed answer, read from the finished response body. */
function metaOf(body: string): MetaView {
  const block = body.split('\n\n').find((event) => event.startsWith('event: meta'));
  const data = block?.split('\n').find((line) => line.startsWith('data: '));
  if (!data) throw new Error(`no meta event in the answer: ${body.slice(0, 200)}`);
  return JSON.parse(data.slice('data: '.length)) as MetaView;
}

describe('clinician conversation: the server that held it restarts', () => {
  const baseUrl = inject('baseUrl');
  const restartUrl = inject('restartUrl');
  let browser: BrowserSession;

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('NEPH', '肾内科', 'Nephrology');
    const clinician = await api.readyUser({ username: 'doc.restart', roles: ['clinician'], departmentId: department.id });
    browser = await openBrowser();
    await signInThroughUi(browser.page, baseUrl, clinician.username, clinician.password);
    await switchLanguage(browser.page, 'en');
  });

  afterAll(async () => browser?.close());

  it('says so, keeps the question, and continues in a new conversation that carries the earlier turn and the profile', { timeout: 420_000 }, async () => {
    const { page } = browser;
    await page.getByTestId('chat-input').fill(FIRST);
    await page.getByTestId('chat-send').click();
    await answerComplete(page);

    const restarted = await fetch(restartUrl, { method: 'POST', signal: AbortSignal.timeout(300_000) });
    expect(restarted.status, await restarted.text()).toBe(204);

    await page.getByTestId('chat-input').fill(NEXT);
    await page.getByTestId('chat-send').click();
    const lost = page.getByTestId('conversation-lost');
    await lost.waitFor({ timeout: 30_000 });
    expect(await lost.getByTestId('conversation-lost-message').textContent()).toMatch(/restarted.*1 answered turn.*patient profile/s);
    expect(await page.getByTestId('chat-input').inputValue()).toBe(NEXT);
    expect(await page.locator('ml-answer-turn').count()).toBe(1);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'chat-conversation-lost');

    const answered = page.waitForResponse(
      (response) => response.request().method() === 'POST' && /\/api\/chat\/conversations\/[^/]+\/messages$/.test(response.url()),
      {
        timeout: 60_000,
      },
    );
    await page.getByTestId('conversation-continue').click();
    await answerComplete(page);

    const meta = metaOf(await (await answered).text());
    // The new conversation holds the first turn: the question is its second, and the profile still has what the first one stated.
    expect(meta.turn).toBe(2);
    expect(meta.profile.age).toMatchObject({ value: 68, turn: 1 });
    expect(meta.profile.labs.map((lab) => [lab.id, lab.value, lab.turn])).toEqual([['creatinine-serum', 180, 1]]);
    expect(await page.getByTestId('conversation-lost').count()).toBe(0);
    expect(await page.locator('ml-answer-turn').count()).toBe(2);
    expect(await page.locator('ml-answer-turn').last().textContent()).toContain(NEXT);
    expect(await page.getByTestId('chat-input').inputValue()).toBe('');
    // The only console errors are the answer refused by the restarted server (404) and requests made while it was down.
    expect(browser.problems.filter((problem) => !/status of 404|status of 503|ERR_CONNECTION_REFUSED|Failed to fetch/.test(problem))).toEqual([]);
  });
});
