import { inject } from 'vitest';
import { openBrowser, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { E2E_ADMIN, E2E_AUDITORS, E2E_PASSWORD } from './support/e2e-accounts';
import { MedLocalApi } from './support/medlocal-api';
import { horizontalOverflow, PHONE_VIEWPORT } from './support/phone-viewport';

const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

// Department codes and usernames no other spec uses: the e2e server is shared and spec files run in no fixed order.
const OWN = 'PRMT';
const OTHER = 'PRMX';

describe('prompt templates: department overrides, preview and revert', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let api: MedLocalApi;
  let departmentAdmin: { username: string; password: string };

  beforeAll(async () => {
    api = new MedLocalApi(baseUrl);
    const own = await api.department(OWN, '提示词测试科', 'Prompt test ward');
    await api.department(OTHER, '其他测试科', 'Other test ward');
    departmentAdmin = await api.readyUser({ username: 'prmt.admin.e2e', roles: ['admin'], departmentId: own.id, adminScope: 'department' });
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  it("lets a department admin edit his department's override, and neither shows nor allows him the hospital template", async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, departmentAdmin.username, departmentAdmin.password);
    await switchLanguage(page, 'en');
    await page.goto(`${baseUrl}/admin/prompts`);
    // He may pick the hospital template (to read it) and his own department's override, nothing else.
    await page.getByTestId('prompt-no-override').waitFor();
    const offered = await page
      .locator('#prompt-scope option')
      .evaluateAll((options) => options.map((option) => option.getAttribute('data-code') ?? 'hospital'));
    expect(offered).toEqual(['hospital', OWN]);

    const body = page.locator('#prompt-body');
    const hospitalText = await body.inputValue();
    expect(hospitalText).toContain('{{patientProfile}}');
    await body.fill(`${hospitalText}\n${OWN} 科室要求:先写再灌注指征。`);
    await page.getByTestId('prompt-save').click();
    await page.getByTestId('prompt-saved').getByText('Saved as v1').waitFor();
    expect(await page.getByTestId('prompt-current').textContent()).toContain(`clinical-system@${OWN} · zh · v1`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.locator('#prompt-scope').selectOption('hospital');
    await page.getByTestId('prompt-read-only').waitFor();
    expect(await page.locator('#prompt-body').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('prompt-save').count()).toBe(0);
    expect(await page.getByTestId('prompt-revert').count()).toBe(0);
    // The hospital template's text arrives after the switch: wait for it rather than read the box mid-load.
    await expect.poll(() => page.locator('#prompt-body').inputValue()).not.toContain(`${OWN} 科室要求`);

    // The server refuses him too: the missing button is not the only guard.
    const token = (await api.signIn(departmentAdmin.username, departmentAdmin.password)).accessToken;
    const refused = await fetch(`${baseUrl}/api/admin/prompts/clinical-system`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ language: 'zh', body: `${hospitalText}\n全院` }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('GLOBAL_ADMIN_REQUIRED');
    await page.getByRole('button', { name: /退出|Sign out/ }).click();
  });

  it('lets a global admin preview a draft with a sample question and revert the template to an earlier version', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await switchLanguage(page, 'en');
    await page.goto(`${baseUrl}/admin/prompts`);
    await page.getByTestId('prompt-current').waitFor();
    const before = await page.locator('#prompt-body').inputValue();
    const beforeVersion = Number((await page.getByTestId('prompt-current').textContent())?.match(/v(\d+)\s*$/)?.[1]);
    expect(beforeVersion).toBeGreaterThanOrEqual(1);

    await page.locator('#prompt-body').fill(`${before}\nPRMT-DRAFT-MARK`);
    await page.getByTestId('prompt-preview-question').fill('65岁男性,肌酐132μmol/L,胸痛2小时');
    await page.getByTestId('prompt-preview-run').click();
    const system = page.getByTestId('prompt-preview-system');
    await system.waitFor();
    expect(await system.textContent()).toContain('PRMT-DRAFT-MARK');
    expect(await system.textContent()).toContain('65');
    expect(await system.textContent()).not.toContain('{{');
    expect(await page.getByTestId('prompt-preview-user').textContent()).toBe('65岁男性,肌酐132μmol/L,胸痛2小时');
    expect(await page.getByTestId('prompt-preview-template').textContent()).toContain('(unsaved draft)');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByTestId('prompt-save').click();
    await page.getByTestId('prompt-saved').waitFor();
    await page.locator(`[data-testid="prompt-history"] tr[data-version="${beforeVersion}"] [data-testid="prompt-revert"]`).click();
    await page.getByTestId('confirm-dialog-confirm').click();
    await page.getByTestId('prompt-reverted').getByText(`Reverted to the text of v${beforeVersion}`).waitFor();
    expect(await page.locator('#prompt-body').inputValue()).toBe(before);
    expect(await page.getByTestId('prompt-history').textContent()).toContain(`reverted from v${beforeVersion}`);
  });

  it('fits the prompt page, preview shown, on a 390 px phone without sideways scrolling', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE_VIEWPORT);
    try {
      await page.goto(`${baseUrl}/admin/prompts`);
      await page.getByTestId('prompt-current').waitFor();
      await page.getByTestId('prompt-preview-question').fill('65岁男性,肌酐132μmol/L,胸痛2小时');
      await page.getByTestId('prompt-preview-run').click();
      await page.getByTestId('prompt-preview-system').waitFor();
      const wide = await page.evaluate(() =>
        Array.from(document.querySelectorAll('ml-prompts-page *'))
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth)
          .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`)
          .slice(0, 5),
      );
      expect(await horizontalOverflow(page), wide.join(', ')).toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize(DESKTOP_VIEWPORT);
    }
  });

  it('reinstates a retired department after confirmation', async () => {
    const { page } = browser;
    const retired = await api.department('PRMR', '停用测试科', 'Retired test ward');
    const token = (await api.signIn(E2E_ADMIN.username, E2E_ADMIN.password)).accessToken;
    const response = await fetch(`${baseUrl}/api/admin/departments/${retired.id}/retire`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);

    await page.goto(`${baseUrl}/admin/departments`);
    const row = page.locator('[data-testid="departments-table"] tr[data-code="PRMR"]');
    await row.getByTestId('department-retired').waitFor();
    await row.getByTestId('department-reinstate').click();
    await page.getByTestId('confirm-dialog').getByText('Reinstate department PRMR?').waitFor();
    await page.getByTestId('confirm-dialog-confirm').click();
    await row.getByTestId('department-retire').waitFor();
    expect(await row.getByTestId('department-retired').count()).toBe(0);
    expect(await row.getByTestId('department-reinstate').count()).toBe(0);
  });

  it("names every audit action in the auditor's language, the prompt and department ones included", async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /退出|Sign out/ }).click();
    await signInThroughUi(page, baseUrl, E2E_AUDITORS[0], E2E_PASSWORD);
    await switchLanguage(page, 'en');
    await page.goto(`${baseUrl}/audit`);
    const options = page.locator('select[data-testid="audit-filter-action"] option');
    await options.nth(1).waitFor({ state: 'attached' });
    const listed = await options.evaluateAll((found) =>
      found.map((option) => ({ value: option.getAttribute('value') ?? '', text: option.textContent?.trim() ?? '' })),
    );
    // Every code of the server's vocabulary has a name: none is shown as "code (code)".
    expect(listed.filter((option) => option.value && option.text === `${option.value} (${option.value})`)).toEqual([]);
    expect(listed).toEqual(expect.arrayContaining([{ value: 'prompt.revert', text: 'Prompt template reverted (prompt.revert)' }]));

    await page.getByTestId('audit-filter-action').selectOption('prompt.override_create');
    await page.getByTestId('audit-filter-apply').click();
    await page.getByTestId('audit-table').getByTestId('audit-action').first().getByText('Department prompt override created').waitFor();
    await switchLanguage(page, 'zh');
    await page.getByTestId('audit-table').getByTestId('audit-action').first().getByText('创建科室提示词模板').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
