import { ACCOUNTS_TEST_ENV, api, captureAuditEvents, createAccount, createDepartment, signIn, signInAsAdmin, type SignedInSession } from './support/sign-in';
import { askAnswered } from './support/chat-questions';
import { startApi, type DatabaseChoice, type RunningApi } from './support/start-api';

interface VersionBody {
  id: string;
  name: string;
  language: 'zh' | 'en';
  version: number;
  body: string;
  author: string;
  departmentCode: string | null;
  revertedFrom: number | null;
}

interface HistoryBody {
  departmentCode: string | null;
  versions: VersionBody[];
}

const PROMPT = 'clinical-system';
// PostgreSQL when TEST_DATABASE_URL is set (the production database); the embedded one otherwise.
const choice: DatabaseChoice = process.env['TEST_DATABASE_URL'] ? 'test-server' : 'embedded';

describe(`Prompt templates: department overrides, revert and preview (${choice} database)`, () => {
  let sut: RunningApi;
  let admin: SignedInSession;
  let cardiologyAdmin: SignedInSession;
  let cardiologist: SignedInSession;
  let nephrologist: SignedInSession;
  let cardiology: { id: string; code: string };
  let nephrology: { id: string; code: string };
  let hospitalZh: VersionBody;

  beforeAll(async () => {
    sut = await startApi({
      database: choice,
      env: {
        ...ACCOUNTS_TEST_ENV,
        INFERENCE_THREADS: '1',
        INFERENCE_PARALLEL: '1',
        INFERENCE_CONTEXT_SIZE: '2048',
        INFERENCE_MAX_ANSWER_TOKENS: '200',
        INFERENCE_THOUGHT_BUDGET_TOKENS: '32',
      },
    });
    admin = await signInAsAdmin(sut);
    cardiology = await createDepartment(sut, `PCAR${process.pid % 1000}`, admin);
    nephrology = await createDepartment(sut, `PNEP${process.pid % 1000}`, admin);
    const scoped = await createAccount(sut, { roles: ['admin'], adminScope: 'department', departmentId: cardiology.id, as: admin });
    cardiologyAdmin = await signIn(sut, scoped.username, scoped.password);
    const doctorA = await createAccount(sut, { roles: ['clinician'], departmentId: cardiology.id, as: admin });
    cardiologist = await signIn(sut, doctorA.username, doctorA.password);
    const doctorB = await createAccount(sut, { roles: ['clinician'], departmentId: nephrology.id, as: admin });
    nephrologist = await signIn(sut, doctorB.username, doctorB.password);
    hospitalZh = await current(admin, null);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  function path(departmentId: string | null, suffix = ''): string {
    return departmentId ? `/api/admin/prompts/${PROMPT}/departments/${departmentId}${suffix}` : `/api/admin/prompts/${PROMPT}${suffix}`;
  }

  async function history(session: SignedInSession, departmentId: string | null): Promise<HistoryBody> {
    const response = await api(sut, 'GET', path(departmentId), { token: session.accessToken });
    expect(response.status).toBe(200);
    return (await response.json()) as HistoryBody;
  }

  async function current(session: SignedInSession, departmentId: string | null): Promise<VersionBody> {
    const found = (await history(session, departmentId)).versions.filter((version) => version.language === 'zh').sort((a, b) => b.version - a.version)[0];
    if (!found) throw new Error('no zh version');
    return found;
  }

  async function ask(session: SignedInSession): Promise<Record<string, unknown>> {
    const created = await api(sut, 'POST', '/api/chat/conversations', { token: session.accessToken });
    const { id } = (await created.json()) as { id: string };
    const events = await askAnswered(sut, { token: session.accessToken, conversationId: id, body: { content: '65岁男性,胸痛2小时,如何处理?', strict: false } });
    return events[0].data;
  }

  it("lets a department admin create and then update his department's override, numbered from v1 and audited", async () => {
    const audited = captureAuditEvents(sut);
    const first = await api(sut, 'PUT', path(cardiology.id), {
      token: cardiologyAdmin.accessToken,
      body: { language: 'zh', body: `${hospitalZh.body}\n心内科:先评估再灌注指征。` },
    });
    const second = await api(sut, 'PUT', path(cardiology.id), {
      token: cardiologyAdmin.accessToken,
      body: { language: 'zh', body: `${hospitalZh.body}\n心内科:先评估再灌注指征,注明指南年份。` },
    });

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await first.json()).toMatchObject({ id: `${PROMPT}@${cardiology.code}`, version: 1, departmentCode: cardiology.code });
    expect(await second.json()).toMatchObject({ id: `${PROMPT}@${cardiology.code}`, version: 2 });
    expect(audited.map((event) => [event.action, event.summary?.['templateVersion'], event.summary?.['targetDepartment']])).toEqual([
      ['prompt.override_create', 1, cardiology.code],
      ['prompt.override_update', 2, cardiology.code],
    ]);
    expect(JSON.stringify(audited)).not.toContain('心内科');
    // The hospital template did not move.
    expect((await current(admin, null)).version).toBe(hospitalZh.version);
  });

  it('refuses a department admin the hospital template (403 GLOBAL_ADMIN_REQUIRED) and leaves it as it was', async () => {
    const save = await api(sut, 'PUT', path(null), { token: cardiologyAdmin.accessToken, body: { language: 'zh', body: `${hospitalZh.body}\n全院` } });
    const revert = await api(sut, 'POST', path(null, '/revert'), { token: cardiologyAdmin.accessToken, body: { language: 'zh', version: 1 } });

    for (const response of [save, revert]) {
      expect(response.status).toBe(403);
      expect(((await response.json()) as { code: string }).code).toBe('GLOBAL_ADMIN_REQUIRED');
    }
    expect((await current(admin, null)).version).toBe(hospitalZh.version);
  });

  it("refuses a department admin another department's override (403 PROMPT_TEMPLATE_OUT_OF_SCOPE), audited", async () => {
    const audited = captureAuditEvents(sut);
    const read = await api(sut, 'GET', path(nephrology.id), { token: cardiologyAdmin.accessToken });
    const save = await api(sut, 'PUT', path(nephrology.id), { token: cardiologyAdmin.accessToken, body: { language: 'zh', body: hospitalZh.body } });
    const preview = await api(sut, 'POST', path(null, '/preview'), {
      token: cardiologyAdmin.accessToken,
      body: { language: 'zh', question: '胸痛', departmentId: nephrology.id },
    });

    for (const response of [read, save, preview]) {
      expect(response.status).toBe(403);
      expect(((await response.json()) as { code: string }).code).toBe('PROMPT_TEMPLATE_OUT_OF_SCOPE');
    }
    expect(audited.filter((event) => event.action === 'access.denied').map((event) => event.summary?.['reasonCode'])).toEqual([
      'prompt_department_scope',
      'prompt_department_scope',
      'prompt_department_scope',
    ]);
    expect((await history(admin, nephrology.id)).versions).toEqual([]);
  });

  it("answers a clinician from his department's override, and every other department from the hospital template (meta and audit name it)", async () => {
    const override = await current(admin, cardiology.id);
    const audited = captureAuditEvents(sut);

    const cardiologyMeta = await ask(cardiologist);
    const nephrologyMeta = await ask(nephrologist);

    expect(cardiologyMeta['template']).toMatchObject({ id: `${PROMPT}@${cardiology.code}`, version: override.version, departmentCode: cardiology.code });
    expect(nephrologyMeta['template']).toMatchObject({ id: PROMPT, version: hospitalZh.version, departmentCode: null });
    const answered = audited.filter((event) => event.action === 'chat.message');
    expect(answered.map((event) => [event.actor?.department, event.summary?.['templateId'], event.summary?.['templateVersion']])).toEqual(
      expect.arrayContaining([
        [cardiology.code, `${PROMPT}@${cardiology.code}`, override.version],
        [nephrology.code, PROMPT, hospitalZh.version],
      ]),
    );
  });

  it('reverts an override to an earlier version as a new version equal to it, audited', async () => {
    const before = await history(cardiologyAdmin, cardiology.id);
    const v1 = before.versions.find((version) => version.version === 1 && version.language === 'zh');
    const audited = captureAuditEvents(sut);

    const response = await api(sut, 'POST', path(cardiology.id, '/revert'), { token: cardiologyAdmin.accessToken, body: { language: 'zh', version: 1 } });

    expect(response.status).toBe(201);
    const reverted = (await response.json()) as VersionBody;
    expect(reverted).toMatchObject({ version: 3, body: v1?.body, revertedFrom: 1, departmentCode: cardiology.code });
    expect((await current(cardiologyAdmin, cardiology.id)).version).toBe(3);
    expect(audited).toEqual([
      expect.objectContaining({
        action: 'prompt.revert',
        summary: expect.objectContaining({ templateVersion: 3, revertedFromVersion: 1, targetDepartment: cardiology.code }),
      }),
    ]);
  });

  it('lets a global admin revert the hospital template to the shipped v1, and refuses a version that does not exist', async () => {
    const edited = await api(sut, 'PUT', path(null), { token: admin.accessToken, body: { language: 'zh', body: `${hospitalZh.body}\n全院补充。` } });
    expect(edited.status).toBe(200);
    const shipped = (await history(admin, null)).versions.find((version) => version.language === 'zh' && version.version === 1);

    const response = await api(sut, 'POST', path(null, '/revert'), { token: admin.accessToken, body: { language: 'zh', version: 1 } });
    const missing = await api(sut, 'POST', path(null, '/revert'), { token: admin.accessToken, body: { language: 'zh', version: 999 } });

    expect(response.status).toBe(201);
    const reverted = (await response.json()) as VersionBody;
    expect(reverted).toMatchObject({ id: PROMPT, body: shipped?.body, revertedFrom: 1, departmentCode: null });
    expect(reverted.version).toBe(((await edited.json()) as VersionBody).version + 1);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('PROMPT_TEMPLATE_VERSION_NOT_FOUND');
  });

  it('previews the prompt a question would send, with the draft text and the patient profile, without storing or auditing anything', async () => {
    const audited = captureAuditEvents(sut);
    const before = await history(cardiologyAdmin, cardiology.id);
    const draft = `${hospitalZh.body}\n草稿预览标记 PREVIEW-7Q`;

    const response = await api(sut, 'POST', path(null, '/preview'), {
      token: cardiologyAdmin.accessToken,
      body: { language: 'zh', question: '72岁女性,肌酐150μmol/L,胸痛', departmentId: cardiology.id, body: draft },
    });
    const invalid = await api(sut, 'POST', path(null, '/preview'), {
      token: cardiologyAdmin.accessToken,
      body: { language: 'zh', question: '胸痛', departmentId: cardiology.id, body: '没有患者资料占位符' },
    });

    expect(response.status).toBe(200);
    const preview = (await response.json()) as { template: Record<string, unknown>; messages: { role: string; content: string }[] };
    expect(preview.template).toMatchObject({ id: `${PROMPT}@${cardiology.code}`, draft: true });
    expect(preview.messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(preview.messages[0].content).toContain('PREVIEW-7Q');
    expect(preview.messages[0].content).toContain('72');
    expect(preview.messages[0].content).not.toContain('{{');
    expect(preview.messages[1].content).toBe('72岁女性,肌酐150μmol/L,胸痛');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { code: string }).code).toBe('PROMPT_TEMPLATE_INVALID');
    expect(audited).toEqual([]);
    expect((await history(cardiologyAdmin, cardiology.id)).versions.length).toBe(before.versions.length);
  });

  it('takes no override for a retired department until a global admin reinstates it (audited; department admins may not)', async () => {
    const retired = await createDepartment(sut, `PRET${process.pid % 1000}`, admin);
    expect((await api(sut, 'POST', `/api/admin/departments/${retired.id}/retire`, { token: admin.accessToken })).status).toBe(200);
    const refused = await api(sut, 'PUT', path(retired.id), { token: admin.accessToken, body: { language: 'zh', body: hospitalZh.body } });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('DEPARTMENT_RETIRED');

    const audited = captureAuditEvents(sut);
    const byDepartmentAdmin = await api(sut, 'POST', `/api/admin/departments/${retired.id}/reinstate`, { token: cardiologyAdmin.accessToken });
    const reinstated = await api(sut, 'POST', `/api/admin/departments/${retired.id}/reinstate`, { token: admin.accessToken });
    const saved = await api(sut, 'PUT', path(retired.id), { token: admin.accessToken, body: { language: 'zh', body: hospitalZh.body } });

    expect(byDepartmentAdmin.status).toBe(403);
    expect(reinstated.status).toBe(200);
    expect(((await reinstated.json()) as { retiredAt: string | null }).retiredAt).toBeNull();
    expect(saved.status).toBe(200);
    expect(audited.filter((event) => event.action === 'department.reinstate')).toEqual([
      expect.objectContaining({ outcome: 'success', summary: expect.objectContaining({ targetDepartment: retired.code }) }),
    ]);
  });
});
