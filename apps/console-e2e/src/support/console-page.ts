import type { Page } from 'playwright-core';

/** Signs in through the form, as a person would, and waits for the start page of the role. */
export async function signInThroughUi(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 15_000 });
}

/** Tests read the console in English so assertions do not depend on the Chinese default. */
export async function switchLanguage(page: Page, language: 'zh' | 'en'): Promise<void> {
  await page.getByTestId('lang-switch').selectOption(language);
}
