import type { InferenceRequest } from '@medlocal/inference';
import { recordModelRequests, SHORT_ANSWER_CHAT_ENV } from './support/chat-model';
import { startApi, type RunningApi } from './support/start-api';
import { api, captureAuditEvents, createAccount, loginAs, signIn, type SignedInSession } from './support/sign-in';
import { askAnswered } from './support/chat-questions';
import type { SseEvent } from './support/sse';

/** Audit fields whose values are random per run (ids, the generated clinician's username). */
const RANDOM_AUDIT_KEYS = new Set(['userId', 'username', 'requestId', 'conversationId']);

interface ProfileView {
  age: { value: number; turn: number; edited?: boolean } | null;
  sex: { value: string; turn: number } | null;
  labs: { id: string; value: number; flag: string | null; edited?: boolean }[];
  vitals: { kind: string; value: number | string; edited?: boolean }[];
  diagnoses: { id: string; name: { zh: string; en: string }; icd11?: string; edited?: boolean }[];
  drugs: { id: string; dose?: number; unit?: string; edited?: boolean }[];
  ecgFindings?: { id: string; negated: boolean }[];
  calculations: { name: string; value: number; stage?: string }[];
}

/** A clinician corrects and removes profile facts: the next prompt uses the edit, the audit trail names the kind only. */
describe('chat profile edits (demo model, real llama.cpp)', () => {
  let sut: RunningApi;
  let clinician: SignedInSession;
  let other: SignedInSession;
  let modelRequests: InferenceRequest[] = [];

  beforeAll(async () => {
    sut = await startApi({
      database: 'test-server',
      env: SHORT_ANSWER_CHAT_ENV,
    });
    clinician = await loginAs(sut, 'clinician');
    const otherAccount = await createAccount(sut, { roles: ['clinician'] });
    other = await signIn(sut, otherAccount.username, otherAccount.password);
    modelRequests = recordModelRequests(sut);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  const as = (session: SignedInSession, method: string, path: string, body?: unknown) => api(sut, method, path, { token: session.accessToken, body });

  async function newConversation(): Promise<string> {
    const response = await as(clinician, 'POST', '/api/chat/conversations');
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  const ask = (id: string, content: string): Promise<SseEvent[]> => askAnswered(sut, { token: clinician.accessToken, conversationId: id, body: { content } });

  const profileOf = (events: SseEvent[]) => (events[0].data as unknown as { profile: ProfileView }).profile;
  const systemPrompt = () => (modelRequests.at(-1) as InferenceRequest).messages[0].content;

  async function edit(
    id: string,
    method: 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    session = clinician,
  ): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await as(session, method, `/api/chat/conversations/${id}/profile/facts${path}`, body);
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it('a corrected age replaces the old one in the profile, the eGFR and the next prompt; the audit names the kind, not the value', async () => {
    const id = await newConversation();
    const first = profileOf(await ask(id, '65岁男性,肌酐 132 µmol/L,急性肾损伤如何补液?'));
    expect(first.age?.value).toBe(65);
    const egfrBefore = first.calculations.find((calculation) => calculation.name.startsWith('eGFR'));
    expect(egfrBefore?.value).toBe(52);
    const audit = captureAuditEvents(sut);

    const corrected = await edit(id, 'PATCH', '', { kind: 'age', value: 78 });

    expect(corrected.status).toBe(200);
    const profile = corrected.json['profile'] as ProfileView;
    expect(profile.age).toEqual({ value: 78, turn: 1, edited: true });
    // CKD-EPI 2021 for 78 years: lower than at 65 for the same creatinine.
    expect(profile.calculations.find((calculation) => calculation.name.startsWith('eGFR'))?.value).toBeLessThan(52);
    const detail = (await (await as(clinician, 'GET', `/api/chat/conversations/${id}`)).json()) as { currentProfile: ProfileView };
    expect(detail.currentProfile.age?.value).toBe(78);
    expect(audit.map((event) => [event.action, event.outcome, event.summary])).toEqual([
      ['chat.profile_edit', 'success', { conversationId: id, turn: 1, factKind: 'age', editOperation: 'correct' }],
    ]);
    expect(audit[0].input).toBeUndefined();

    const next = profileOf(await ask(id, '是否需要调整剂量?'));
    expect(next.age?.value).toBe(78);
    expect(systemPrompt()).toMatch(/78岁/);
    expect(systemPrompt()).not.toMatch(/65岁/);
  });

  it('a removed lab leaves the next prompt and takes its eGFR with it', async () => {
    const id = await newConversation();
    await ask(id, '70岁女性,肌酐 150 µmol/L,心率 110 次/分,如何处理?');
    const removed = await edit(id, 'DELETE', '/lab?key=creatinine-serum');
    expect(removed.status).toBe(200);
    const profile = removed.json['profile'] as ProfileView;
    expect(profile.labs).toEqual([]);
    expect(profile.calculations).toEqual([]);

    const next = profileOf(await ask(id, '下一步怎么办?'));
    expect(next.labs.map((lab) => lab.id)).not.toContain('creatinine-serum');
    expect(systemPrompt()).not.toMatch(/150/);
  });

  it('a diagnosis corrected by name takes the dictionary concept, a drug dose is corrected, an ECG finding removed; the next prompt follows', async () => {
    const id = await newConversation();
    const first = profileOf(await ask(id, '65岁男性,心电图V1-V4导联ST段抬高,急性肾损伤,二甲双胍 500mg bid,如何处理?'));
    expect(first.ecgFindings?.map((finding) => finding.id)).toEqual(['st-elevation (V1, V2, V3, V4)']);
    expect(systemPrompt()).toContain('st-elevation (V1, V2, V3, V4)');
    const audit = captureAuditEvents(sut);

    const diagnosis = await edit(id, 'PATCH', '', { kind: 'diagnosis', key: 'acute-kidney-injury', value: '慢性肾脏病' });
    expect(diagnosis.status).toBe(200);
    expect((diagnosis.json['profile'] as ProfileView).diagnoses).toEqual([expect.objectContaining({ id: 'chronic-kidney-disease', edited: true })]);
    const dose = await edit(id, 'PATCH', '', { kind: 'drug', key: 'metformin', value: 850 });
    expect((dose.json['profile'] as ProfileView).drugs).toEqual([expect.objectContaining({ id: 'metformin', dose: 850, unit: 'mg', edited: true })]);
    const ecg = await edit(id, 'DELETE', `/ecg?key=${encodeURIComponent('st-elevation (V1, V2, V3, V4)')}`);
    expect((ecg.json['profile'] as ProfileView).ecgFindings).toEqual([]);
    // The audit names the kind and the operation; neither the typed name nor the dose.
    expect(audit.map((event) => [event.summary?.['factKind'], event.summary?.['editOperation']])).toEqual([
      ['diagnosis', 'correct'],
      ['drug', 'correct'],
      ['ecg', 'remove'],
    ]);
    // Identifiers the test generates at random (a user id or username can hold "850") are left out of the search.
    const auditText = JSON.stringify(audit, (key, value: unknown) => (RANDOM_AUDIT_KEYS.has(key) ? '<random>' : value));
    expect(auditText).not.toMatch(/慢性肾脏病|850/);

    const next = profileOf(await ask(id, '下一步怎么办?'));
    expect(next.diagnoses.map((fact) => fact.id)).toEqual(['chronic-kidney-disease']);
    expect(next.ecgFindings).toEqual([]);
    expect(systemPrompt()).toContain('慢性肾脏病');
    expect(systemPrompt()).not.toContain('急性肾损伤(');
    expect(systemPrompt()).toContain('二甲双胍 850mg');
    expect(systemPrompt()).not.toContain('st-elevation');
  });

  it('refuses with a code naming what is wrong, and another clinician gets 404', async () => {
    const id = await newConversation();
    await ask(id, '60岁男性,高血压,如何用药?');
    const refusals = await Promise.all([
      edit(id, 'PATCH', '', { kind: 'age', value: 200 }),
      edit(id, 'PATCH', '', { kind: 'age', value: 'old' }),
      edit(id, 'PATCH', '', { kind: 'weight', value: 70 }),
      edit(id, 'PATCH', '', { kind: 'diagnosis', key: 'essential-hypertension', value: 'xyz' }),
      edit(id, 'PATCH', '', { kind: 'allergy', key: 'x', value: 1 }),
      edit(id, 'PATCH', '', { kind: 'lab', key: 'creatinine-serum', value: 90 }),
      edit(id, 'DELETE', '/allergy?key=penicillin'),
      edit(id, 'DELETE', '/nonsense'),
      edit(id, 'DELETE', '/sex', undefined, other),
    ]);
    // A body the DTO refuses answers 400 with the class-validator message, as every route does.
    expect(refusals.map((refusal) => [refusal.status, refusal.json['code'] ?? refusal.json['message']])).toEqual([
      [422, 'PROFILE_VALUE_INVALID'],
      [422, 'PROFILE_VALUE_INVALID'],
      [400, 'kind must be one of: age, sex, diagnosis, deniedDiagnosis, symptom, lab, drug, allergy, vital, familyHistory, ecg'],
      [422, 'PROFILE_VALUE_INVALID'],
      [422, 'PROFILE_FACT_NOT_CORRECTABLE'],
      [404, 'PROFILE_FACT_NOT_FOUND'],
      [404, 'PROFILE_FACT_NOT_FOUND'],
      [400, 'VALIDATION_FAILED'],
      [404, 'CONVERSATION_NOT_FOUND'],
    ]);
  });
});
