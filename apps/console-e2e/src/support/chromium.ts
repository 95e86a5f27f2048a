import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../screenshots');

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and CSP refusals seen so far (the expected 401 of the first session probe excluded). */
  readonly problems: string[];
  readonly downloadsDir: string;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile per session, so no cookie or language choice leaks between scenarios. */
export async function openBrowser(): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'medlocal-chromium-'));
  const downloadsDir = path.join(userDataDir, 'downloads');
  mkdirSync(downloadsDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // Two shared cores also run llama.cpp and the database: be patient before calling an element missing.
  context.setDefaultTimeout(45_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // Opening the console probes for a session with the refresh cookie; without one the API answers 401.
    if (/status of 401/.test(text)) return;
    problems.push(text);
  });
  return {
    context,
    page,
    problems,
    downloadsDir,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core in the page. Evaluated through DevTools rather than a <script> tag: the console's
 * CSP (script-src 'self') rightly refuses inline scripts, and the check must not weaken it.
 * `rules` switches single axe rules on or off (e.g. `{ 'color-contrast': true }` to make sure of it).
 */
export async function seriousAccessibilityViolations(page: Page, rules: Readonly<Record<string, boolean>> = {}): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const ruleOptions = Object.fromEntries(Object.entries(rules).map(([id, enabled]) => [id, { enabled }]));
  const violations = await page.evaluate(async (ruleOptions) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], rules: ruleOptions });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, ruleOptions);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
