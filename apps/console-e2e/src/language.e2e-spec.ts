import { inject } from 'vitest';
import { openBrowser, type BrowserSession } from './support/chromium';

describe('language', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  it('starts in Chinese, switches to English, and remembers the choice', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/sign-in`);
    const submit = page.getByTestId('login-submit');
    expect((await submit.textContent())?.trim()).toBe('登录');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    await page.getByTestId('lang-switch').selectOption('en');
    await expect.poll(async () => (await submit.textContent())?.trim()).toBe('Sign in');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByLabel('Username').count()).toBe(1);

    await page.reload();
    expect((await page.getByTestId('login-submit').textContent())?.trim()).toBe('Sign in');
    await page.getByTestId('lang-switch').selectOption('zh');
    await expect.poll(async () => (await page.getByTestId('login-submit').textContent())?.trim()).toBe('登录');
  });
});
