import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { openBrowser, screenshot, seriousAccessibilityViolations, type BrowserSession } from './support/chromium';
import { signInThroughUi, switchLanguage } from './support/console-page';
import { MedLocalApi } from './support/medlocal-api';

interface MetaProfile {
  age: { value: number } | null;
  vitals: { kind: string }[];
  diagnoses: { id: string; edited?: boolean }[];
  ecgFindings?: { id: string }[];
}

/**
 * A clinician corrects the age and a diagnosis and removes a vital sign and an ECG finding in the
 * profile panel; the next question's meta is built from the edited profile.
 */
describe('clinician profile edits', () => {
  const baseUrl = inject('baseUrl');
  let browser: BrowserSession;
  let clinician: { username: string; password: string };

  beforeAll(async () => {
    const api = new MedLocalApi(baseUrl);
    const department = await api.department('PRFE', '急诊科(概况)', 'Emergency (profile)');
    clinician = await api.readyUser({ username: 'doc.profile.edit', roles: ['clinician'], departmentId: department.id });
    browser = await openBrowser();
  });

  afterAll(async () => browser?.close());

  async function ask(page: Page, question: string): Promise<string> {
    const before = await page.locator('ml-answer-turn').count();
    const streamed = page.waitForResponse((response) => response.url().endsWith('/messages') && response.request().method() === 'POST');
    await page.getByTestId('chat-input').fill(question);
    await page.getByTestId('chat-send').click();
    await page.locator('ml-answer-turn').nth(before).getByText('Answer complete.').waitFor({ timeout: 60_000 });
    return (await streamed).text();
  }

  /** The profile the server built the question's prompt from, as its `meta` event carried it. */
  function metaProfile(stream: string): MetaProfile {
    const meta = stream.split('\n\n').find((block) => block.startsWith('event: meta'));
    const data = meta?.split('\n').find((line) => line.startsWith('data: '));
    if (!data) throw new Error(`No meta event in the stream: ${stream.slice(0, 200)}`);
    return (JSON.parse(data.slice('data: '.length)) as { profile: MetaProfile }).profile;
  }

  it('a corrected age and diagnosis replace the old ones, and a removed vital and ECG finding leave the next prompt', async () => {
    const { page } = browser;
    await signInThroughUi(page, baseUrl, clinician.username, clinician.password);
    await switchLanguage(page, 'en');
    const first = metaProfile(await ask(page, '65岁男性,肌酐 132 µmol/L,心率 110 次/分,心电图V1-V4导联ST段抬高,急性肾损伤如何补液?'));
    expect(first.age?.value).toBe(65);
    expect(first.vitals.map((vital) => vital.kind)).toContain('HR');
    expect(first.diagnoses.map((diagnosis) => diagnosis.id)).toEqual(['acute-kidney-injury']);
    expect(first.ecgFindings?.map((finding) => finding.id)).toEqual(['st-elevation (V1, V2, V3, V4)']);

    const profile = page.getByTestId('patient-profile');
    const age = profile.getByTestId('profile-age');
    await age.getByRole('button', { name: 'Correct Age' }).click();
    const field = age.getByTestId('profile-edit-input');
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await field.fill('78');
    await age.getByTestId('profile-edit-save').click();
    await expect.poll(() => age.textContent()).toContain('78');
    expect(await age.textContent()).toContain('corrected after question 1');
    expect(await age.textContent()).not.toContain('65');
    await expect.poll(() => profile.getByTestId('profile-edit-status').textContent()).toContain('the next question uses it');
    // Focus is back on the button that opened the form.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('profile-correct');

    const heartRate = profile.getByTestId('profile-vitals').locator('li', { hasText: 'HR' });
    await heartRate.getByRole('button', { name: 'Remove HR' }).click();
    await expect.poll(() => heartRate.count()).toBe(0);

    // An ECG finding is removed like any other fact.
    const ecg = profile.getByTestId('profile-ecg');
    await ecg.getByRole('button', { name: 'Remove st-elevation (V1, V2, V3, V4)' }).click();
    await expect.poll(() => profile.getByTestId('profile-ecg').count()).toBe(0);

    // A diagnosis is corrected by naming the right one; the dictionary's concept replaces it.
    const diagnoses = profile.getByTestId('profile-diagnoses');
    await diagnoses.getByRole('button', { name: 'Correct Acute kidney injury' }).click();
    const diagnosisField = diagnoses.getByTestId('profile-edit-input');
    await expect.poll(() => diagnosisField.evaluate((element) => element === document.activeElement)).toBe(true);
    await diagnosisField.fill('慢性肾脏病');
    await diagnoses.getByTestId('profile-edit-save').click();
    await expect.poll(() => diagnoses.textContent()).toContain('Chronic kidney disease');
    expect(await diagnoses.textContent()).toContain('corrected after question 1');
    expect(await diagnoses.textContent()).not.toContain('Acute kidney injury');
    await screenshot(page, 'chat-profile-edited');

    // A reload reads the edited profile back from the server.
    await page.reload();
    await expect.poll(() => page.getByTestId('profile-age').textContent()).toContain('78');
    await expect.poll(() => page.getByTestId('profile-diagnoses').textContent()).toContain('Chronic kidney disease');
    expect(await page.getByTestId('profile-ecg').count()).toBe(0);

    const next = metaProfile(await ask(page, 'Should the fluids be adjusted?'));
    expect(next.age?.value).toBe(78);
    expect(next.vitals.map((vital) => vital.kind)).not.toContain('HR');
    expect(next.diagnoses).toEqual([expect.objectContaining({ id: 'chronic-kidney-disease', edited: true })]);
    expect(next.ecgFindings ?? []).toEqual([]);
    expect(await page.getByTestId('profile-age').textContent()).toContain('78');
    expect(await page.getByTestId('profile-ecg').count()).toBe(0);

    // A value the server refuses is explained where the clinician is looking.
    await page.getByTestId('profile-age').getByRole('button', { name: 'Correct Age' }).click();
    await page.getByTestId('profile-age').getByTestId('profile-edit-input').fill('200');
    await page.getByTestId('profile-age').getByTestId('profile-edit-save').click();
    await expect.poll(() => profile.textContent()).toContain('That value is not plausible');
    expect(browser.problems.filter((problem) => !/status of 422/.test(problem))).toEqual([]);
  });
});
