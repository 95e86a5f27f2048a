import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_ADMIN, E2E_AUDITORS, E2E_PASSWORD } from './support/e2e-accounts';
import { MedLocalApi } from './support/medlocal-api';

/** Relative luminance (WCAG) above which a panel counts as light: white is 1, the dark surface about 0.02. */
const DARK_PANEL_MAX_LUMINANCE = 0.2;

/** 12 short discharge summaries over two wards: enough for released results with charts. */
function smallBatchCsv(wards: readonly string[]): Buffer {
  const rows = Array.from({ length: 12 }, (_, i) =>
    [`D${i + 1}`, wards[i % wards.length], `"出院诊断：2型糖尿病\n出院带药：二甲双胍 500mg bid，阿司匹林 100mg qd"`].join(','),
  );
  return Buffer.from(`${['record_id,ward,discharge_summary', ...rows].join('\r\n')}\r\n`, 'utf8');
}

/**
 * Every element on screen whose own background is opaque and lighter than `maxLuminance`: in dark
 * mode a light card, table, form field, dialog, diff or chart background is listed with its colour.
 * Marks smaller than 24 × 24 px (legend swatches, dots) are data colours and are left out.
 */
function lightPanels(page: Page, maxLuminance: number): Promise<string[]> {
  return page.evaluate((maxLuminance) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const light: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (element.closest('ml-print-record') || element.getClientRects().length === 0) continue;
      // A legend swatch or status dot is a data colour, not a panel: a chart's key must keep its series' colour.
      const box = element.getBoundingClientRect();
      if (box.width < 24 && box.height < 24) continue;
      const match = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(getComputedStyle(element).backgroundColor);
      if (!match || (match[4] !== undefined && Number(match[4]) < 0.5)) continue;
      const luminance = 0.2126 * channel(Number(match[1])) + 0.7152 * channel(Number(match[2])) + 0.0722 * channel(Number(match[3]));
      if (luminance > maxLuminance) {
        const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
        light.push(`${name}${element.dataset['testid'] ? `[${element.dataset['testid']}]` : ''}: ${match[0]}`);
      }
    }
    return light;
  }, maxLuminance);
}

/** Dark mode follows the system, can be switched in the header, is remembered, and passes axe. */
describe('dark mode', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let clinician: { username: string; password: string };

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('DARKM', '夜班', 'Night shift');
    clinician = await api.readyUser({ username: 'doc.dark.mode', roles: ['clinician'], departmentId: department.id });
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  /** Axe with colour contrast checked, and no light panel left anywhere on the page. */
  async function darkAndLegible(page: Page, name: string): Promise<void> {
    expect(await theme(page)).toBe('dark');
    await screenshot(page, name);
    expect(await lightPanels(page, DARK_PANEL_MAX_LUMINANCE), `${name}: light panels in dark mode`).toEqual([]);
    const violations = await seriousAccessibilityViolations(page, { 'color-contrast': true });
    expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme'] ?? null);
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  async function axe(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  it('follows a dark system, passes axe with an answer on screen, and remembers a choice made in the header', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    await signInThroughUi(page, baseUrl, clinician.username, clinician.password);
    expect(await theme(page)).toBe('dark');
    expect(await background(page)).not.toBe('rgb(245, 247, 250)');

    await page.getByTestId('chat-input').fill('68岁男性,肌酐 180 µmol/L,心率 110 次/分,急性肾损伤如何补液?');
    await page.getByTestId('chat-send').click();
    await page.locator('ml-answer-turn').first().getByText('回答完成。').waitFor({ timeout: 60_000 });
    await page.locator('ml-status-bar .status-toggle').click();
    await axe(page, 'chat-dark');

    // Chosen light in the header: it wins over the dark system, also after a reload.
    await page.getByTestId('theme-switch').selectOption('light');
    expect(await theme(page)).toBe('light');
    await page.reload();
    await page.getByTestId('chat-input').waitFor();
    expect(await theme(page)).toBe('light');
    expect(await background(page)).toBe('rgb(245, 247, 250)');

    // Chosen dark on a light system, remembered too; back to following the system.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByTestId('theme-switch').selectOption('dark');
    await page.reload();
    await page.getByTestId('chat-input').waitFor();
    expect(await theme(page)).toBe('dark');
    await page.getByTestId('theme-switch').selectOption('system');
    expect(await theme(page)).toBe('light');
    expect(browser.problems).toEqual([]);
  });

  it('keeps sign-in, terminology, administration, audit and research pages dark and legible, dialogs and charts included', async () => {
    const api = new MedLocalApi(baseUrl);
    const wards = await Promise.all(['DKR1', 'DKR2'].map((code) => api.department(code, `夜间病区 ${code}`, `Night ward ${code}`)));
    const researcher = await api.readyUser({ username: 'batch.dark', roles: ['researcher'], departmentId: wards[0].id });
    const session = await openBrowser();
    try {
      const { page } = session;
      await page.emulateMedia({ colorScheme: 'dark' });

      await page.goto(`${baseUrl}/sign-in`);
      await page.getByTestId('login-username').waitFor();
      await darkAndLegible(page, 'dark-sign-in');
      await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
      await switchLanguage(page, 'en');
      await page.getByTestId('users-table').locator('tbody tr').first().waitFor();
      await darkAndLegible(page, 'dark-admin-users');
      await page.getByTestId('users-table').locator('tbody tr').first().getByTestId('user-disable').click();
      await page.getByTestId('confirm-dialog').waitFor();
      await darkAndLegible(page, 'dark-admin-users-dialog');
      await page.keyboard.press('Escape');
      for (const [path, name] of [
        ['/admin/departments', 'dark-admin-departments'],
        ['/admin/prompts', 'dark-admin-prompts'],
        ['/admin/api-keys', 'dark-admin-api-keys'],
        ['/admin/sign-in-sources', 'dark-admin-sign-in-sources'],
      ] as const) {
        await page.goto(`${baseUrl}${path}`);
        await page.locator('ml-admin-shell h1').waitFor();
        await page.waitForLoadState('networkidle');
        await darkAndLegible(page, name);
      }

      await page.goto(`${baseUrl}/terms`);
      await page.getByTestId('terms-query').fill('糖尿病');
      await page.getByTestId('terms-search').click();
      await page.getByTestId('terms-table').waitFor();
      await darkAndLegible(page, 'dark-terms');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await signInThroughUi(page, baseUrl, E2E_AUDITORS[1], E2E_PASSWORD);
      await page.getByTestId('audit-table').locator('tbody tr').first().waitFor();
      await darkAndLegible(page, 'dark-audit');
      await page.getByTestId('audit-table').locator('tbody tr').first().getByTestId('audit-detail').click();
      await page.getByTestId('audit-drawer').waitFor();
      await darkAndLegible(page, 'dark-audit-event');
      await page.goto(`${baseUrl}/audit/usage`);
      await page.locator('ml-bar-chart').first().waitFor();
      await page.waitForLoadState('networkidle');
      await darkAndLegible(page, 'dark-audit-usage');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await signInThroughUi(page, baseUrl, researcher.username, researcher.password);
      await page.getByTestId('batch-upload').waitFor();
      await page.getByTestId('batch-file').setInputFiles({ name: 'night.csv', mimeType: 'text/csv', buffer: smallBatchCsv(['DKR1', 'DKR2']) });
      await page.getByTestId('batch-text-column').selectOption('discharge_summary');
      await page.getByTestId('batch-department-column').selectOption('ward');
      await darkAndLegible(page, 'dark-research');
      await page.getByTestId('batch-upload-submit').click();
      await page.waitForURL(/\/research\/[0-9a-f-]{36}$/, { timeout: 60_000 });
      await page.locator('[data-testid="job-progress"][data-status="completed"]').waitFor({ timeout: 120_000 });
      await page.locator('[data-testid="chart-medications"] svg text').first().waitFor();
      await darkAndLegible(page, 'dark-research-results');
      // The charts are drawn with their dark theme: labels light enough to read on the dark card.
      const labelLuminance = await page
        .locator('[data-testid="chart-medications"] svg text')
        .first()
        .evaluate((text) => {
          const probe = document.createElement('span');
          probe.style.color = text.getAttribute('fill') ?? getComputedStyle(text).fill;
          document.body.append(probe);
          const [r, g, b] = (/(\d+), (\d+), (\d+)/.exec(getComputedStyle(probe).color) ?? []).slice(1).map((value) => {
            const c = Number(value) / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          probe.remove();
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        });
      expect(labelLuminance).toBeGreaterThan(0.4);
      // An exported chart is drawn light for print whatever the screen shows: the light theme's bars, not the dark's.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-medications-svg').click()]);
      const exported = readFileSync((await download.path()) ?? '', 'utf8');
      expect(exported.toLowerCase()).toContain('#0b4f8a');
      expect(exported.toLowerCase()).not.toContain('#8cc4ff');
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
