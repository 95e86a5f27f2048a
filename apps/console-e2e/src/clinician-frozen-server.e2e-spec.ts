import { inject } from 'vitest';
import { openBrowser, screenshot, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { MedLocalApi } from './support/medlocal-api';

const QUESTION = '72岁女性,突发右侧肢体无力3小时,溶栓的禁忌证有哪些?';

async function fault(faultUrl: string, name: 'slow' | 'freeze' | 'thaw'): Promise<void> {
  const response = await fetch(`${faultUrl}/${name}`, { method: 'POST', signal: AbortSignal.timeout(30_000) });
  expect(response.status, await response.text()).toBe(204);
}

/**
 * The instance streaming an answer freezes (a stopped process, a host swapping): it keeps the connection open
 * and sends nothing, not even its heartbeat, or it froze before it answered at all. The console must not show
 * a still answer until some proxy's timeout cuts it minutes later.
 */
describe('clinician chat: the server freezes mid-answer or before it answers', () => {
  const baseUrl = inject('baseUrl');
  const faultUrl = inject('faultUrl');
  let browser: BrowserSession;
  let paced = false;

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('NEUR', '神经内科', 'Neurology');
    const clinician = await api.readyUser({ username: 'doc.frozen', roles: ['clinician'], departmentId: department.id });
    browser = await openBrowser();
    await signInThroughUi(browser.page, baseUrl, clinician.username, clinician.password);
    await switchLanguage(browser.page, 'en');
  });

  afterAll(async () => {
    if (paced) await fault(faultUrl, 'thaw');
    await browser?.close();
  });

  it('marks the answer broken after three missed heartbeats, keeps the question, and answers again once the server is back', { timeout: 240_000 }, async () => {
    const { page } = browser;
    await page.getByTestId('chat-input').fill(QUESTION);
    // Slowed tenfold, the demo model's answer streams for seconds, so the freeze below lands in the middle of it.
    await fault(faultUrl, 'slow');
    paced = true;
    const streaming = page.waitForResponse(
      (response) => response.request().method() === 'POST' && /\/api\/chat\/conversations\/[^/]+\/messages$/.test(response.url()),
      { timeout: 60_000 },
    );
    await page.getByTestId('chat-send').click();
    expect((await streaming).headers()['content-type']).toContain('text/event-stream');
    await fault(faultUrl, 'freeze');

    const turn = page.locator('ml-answer-turn').last();
    const failure = turn.getByTestId('chat-error');
    await failure.waitFor({ timeout: 120_000 });
    expect(await failure.getAttribute('data-failure')).toBe('broken');
    expect(await failure.textContent()).toContain('The connection broke and the answer is incomplete');
    expect(await page.getByTestId('chat-input').inputValue()).toBe(QUESTION);
    await screenshot(page, 'chat-frozen-server');

    await fault(faultUrl, 'thaw');
    paced = false;

    // The server is back: the same question, asked again, is answered in full.
    await page.getByTestId('chat-retry').click();
    await page.locator('ml-answer-turn').last().getByText('Answer complete.').waitFor({ timeout: 90_000 });
  });

  it(
    'marks a question broken when the server froze before it sent a byte, keeps the question, and answers it once the server is back',
    { timeout: 240_000 },
    async () => {
      const { page } = browser;
      const followUp = '如果患者正在服用华法林,INR 2.8,还能溶栓吗?';
      const answered = await page.locator('ml-answer-turn').count();
      await fault(faultUrl, 'freeze');
      paced = true;
      await page.getByTestId('chat-input').fill(followUp);
      await page.getByTestId('chat-send').click();

      const turn = page.locator('ml-answer-turn').nth(answered);
      const failure = turn.getByTestId('chat-error');
      await failure.waitFor({ timeout: 120_000 });
      expect(await failure.getAttribute('data-failure')).toBe('broken');
      expect(await page.getByTestId('chat-input').inputValue()).toBe(followUp);

      await fault(faultUrl, 'thaw');
      paced = false;
      await page.getByTestId('chat-retry').click();
      await page.locator('ml-answer-turn').last().getByText('Answer complete.').waitFor({ timeout: 90_000 });
    },
  );
});
