import type { InferenceRequest } from '@medlocal/inference';
import { recordModelRequests, SHORT_ANSWER_CHAT_ENV } from './support/chat-model';
import type { AuditRecordInput } from '../src/common/audit/audit-recorder.port';
import { startApi, type RunningApi } from './support/start-api';
import { api, captureAuditEvents, createAccount, loginAs, signIn, type SignedInSession } from './support/sign-in';
import { askAnswered, postQuestion } from './support/chat-questions';
import type { SseEvent } from './support/sse';

interface ProfileView {
  age: { value: number; turn: number } | null;
  vitals: { kind: string; value: number | string; turn: number }[];
  calculations: { name: string; inputs?: string[]; turn: number }[];
}

interface TurnView {
  question: string;
  meta: { turn: number; profile: ProfileView };
  done: { model: string };
  feedback: { rating: string; reasons: string[] } | null;
}

/** Regenerate, edit and resend, and rating an answer, against the real API, llama.cpp (demo model) and audit trail. */
describe('chat answer actions: regenerate, edit and resend, feedback (demo model, real llama.cpp)', () => {
  let sut: RunningApi;
  let clinician: SignedInSession;
  /** Every request the model was given, in order: what a prompt held is read here, not guessed. */
  let modelRequests: InferenceRequest[] = [];

  beforeAll(async () => {
    sut = await startApi({
      database: 'test-server',
      env: SHORT_ANSWER_CHAT_ENV,
    });
    clinician = await loginAs(sut, 'clinician');
    modelRequests = recordModelRequests(sut);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  const as = (session: SignedInSession, method: string, path: string, body?: unknown) => api(sut, method, path, { token: session.accessToken, body });

  async function newConversation(session = clinician): Promise<string> {
    const response = await as(session, 'POST', '/api/chat/conversations');
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  const post = (id: string, body: unknown, session = clinician): Promise<Response> =>
    postQuestion(sut, { token: session.accessToken, conversationId: id, body });
  const ask = (id: string, content: string, replaceFromTurn?: number): Promise<SseEvent[]> =>
    askAnswered(sut, { token: clinician.accessToken, conversationId: id, body: { content, replaceFromTurn } });

  async function turnsOf(id: string, session = clinician): Promise<TurnView[]> {
    const response = await as(session, 'GET', `/api/chat/conversations/${id}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { turns: TurnView[] }).turns;
  }

  const metaOf = (events: SseEvent[]) => events[0].data as unknown as TurnView['meta'];
  const promptText = (request: InferenceRequest) => request.messages.map((message) => message.content).join('\n');

  it('regenerates the last answer in place: still two turns, numbered 2 again, audited as a question that replaces turn 2', async () => {
    const id = await newConversation();
    await ask(id, '68岁男性,急性肾损伤,肌酐180μmol/L,如何补液?');
    await ask(id, '同一患者是否需要利尿剂?');
    const audit = captureAuditEvents(sut);

    const regenerated = await ask(id, '同一患者是否需要利尿剂?', 2);

    expect(metaOf(regenerated).turn).toBe(2);
    const turns = await turnsOf(id);
    expect(turns.map((turn) => turn.question)).toEqual(['68岁男性,急性肾损伤,肌酐180μmol/L,如何补液?', '同一患者是否需要利尿剂?']);
    expect(turns[1].meta.turn).toBe(2);
    // The prompt held the first turn only, once: the answer it replaces was not in it.
    const prompt = promptText(modelRequests.at(-1) as InferenceRequest);
    expect(prompt.split('同一患者是否需要利尿剂?').length - 1).toBe(1);
    const answered = audit.filter((event) => event.action === 'chat.message');
    expect(answered.map((event) => [event.outcome, event.summary?.['replacesTurn']])).toEqual([['success', 2]]);
  });

  it('edits an earlier question and resends it: later turns and the facts (and corrections) they brought leave the profile and the next prompt', async () => {
    const id = await newConversation();
    await ask(id, '65岁男性,肌酐 180 µmol/L,急性肾损伤如何补液?');
    const second = await ask(id, '更正:78岁,不是65岁。体重 70 kg,是否需要调整剂量?');
    await ask(id, '患者心率 118 次/分,是否需要利尿剂?');
    const before = metaOf(second).profile;
    expect(before.age?.value).toBe(78);
    expect(before.vitals.map((vital) => vital.kind)).toContain('Weight');

    const edited = await ask(id, '是否需要限制蛋白摄入?', 2);

    const meta = metaOf(edited);
    expect(meta.turn).toBe(2);
    expect(meta.profile.age).toMatchObject({ value: 65, turn: 1 });
    expect(meta.profile.vitals).toEqual([]);
    expect(meta.profile.calculations.every((calculation) => calculation.turn === 1 || calculation.turn === 2)).toBe(true);
    expect(JSON.stringify(meta.profile.calculations)).not.toMatch(/70 ?kg/);
    const turns = await turnsOf(id);
    expect(turns.map((turn) => turn.question)).toEqual(['65岁男性,肌酐 180 µmol/L,急性肾损伤如何补液?', '是否需要限制蛋白摄入?']);

    await ask(id, '下一步需要复查哪些指标?');
    const next = promptText(modelRequests.at(-1) as InferenceRequest);
    expect(next).toContain('是否需要限制蛋白摄入?');
    expect(next).not.toContain('更正:78岁');
    expect(next).not.toContain('118');
    expect(next).not.toMatch(/78 ?岁|78 years/);
    expect((await turnsOf(id)).map((turn) => turn.meta.turn)).toEqual([1, 2, 3]);
  });

  it('refuses a replacement that names no answered turn, saying what is wrong, and keeps the conversation as it was', async () => {
    const id = await newConversation();
    const empty = await post(id, { content: '是否需要利尿剂?', replaceFromTurn: 1 });
    expect(empty.status).toBe(404);
    expect(await empty.json()).toMatchObject({ code: 'TURN_NOT_FOUND', message: 'replaceFromTurn is 1, but this conversation has no answered turns' });

    await ask(id, '68岁男性,急性肾损伤,如何补液?');
    const beyond = await post(id, { content: '是否需要利尿剂?', replaceFromTurn: 3 });
    expect(beyond.status).toBe(404);
    expect(((await beyond.json()) as { message: string }).message).toBe('replaceFromTurn is 3, but this conversation has one answered turn (1)');

    for (const [value, wording] of [
      [0, /replaceFromTurn must be 1 or more/],
      [1.5, /replaceFromTurn must be a whole turn number/],
      ['two', /replaceFromTurn must be a whole turn number/],
    ] as const) {
      const response = await post(id, { content: '是否需要利尿剂?', replaceFromTurn: value });
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toMatch(wording);
    }
    expect((await turnsOf(id)).map((turn) => turn.question)).toEqual(['68岁男性,急性肾损伤,如何补液?']);

    const otherAccount = await createAccount(sut, { roles: ['clinician'] });
    const other = await signIn(sut, otherAccount.username, otherAccount.password);
    const theirs = await post(id, { content: '是否需要利尿剂?', replaceFromTurn: 1 }, other);
    expect(theirs.status).toBe(404);
    expect(await theirs.json()).toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
  });

  it('records a rating with reason codes on the trail (never text), keeps it on the turn, and counts it in the usage report', async () => {
    const id = await newConversation();
    await ask(id, '2型糖尿病患者,二甲双胍 500 mg bid,下一步如何调整?');
    const audit = captureAuditEvents(sut);
    const feedback = (body: unknown, turn: number | string = 1, session = clinician) =>
      as(session, 'POST', `/api/chat/conversations/${id}/turns/${turn}/feedback`, body);

    expect((await feedback({ rating: 'useful' })).status).toBe(204);
    expect((await feedback({ rating: 'not-useful', reasons: ['inaccurate', 'outdated'] })).status).toBe(204);

    const rated = audit.filter((event): event is AuditRecordInput => event.action === 'chat.feedback');
    expect(rated.map((event) => event.summary)).toEqual([
      expect.objectContaining({ conversationId: id, turn: 1, rating: 'useful', reasonCodes: [], templateName: 'clinical-system', demoModel: true }),
      expect.objectContaining({ conversationId: id, turn: 1, rating: 'not-useful', reasonCodes: ['inaccurate', 'outdated'] }),
    ]);
    expect(rated.every((event) => event.input === undefined)).toBe(true);
    expect(typeof rated[0].summary?.['templateVersion']).toBe('number');
    expect((await turnsOf(id))[0].feedback).toEqual({ rating: 'not-useful', reasons: ['inaccurate', 'outdated'] });

    const auditor = await loginAs(sut, 'auditor');
    const usage = await as(auditor, 'GET', '/api/audit/usage');
    expect(usage.status).toBe(200);
    const report = (await usage.json()) as { feedback: { useful: number; notUseful: number; reasons: Record<string, number> } };
    expect(report.feedback.useful).toBeGreaterThanOrEqual(1);
    expect(report.feedback.notUseful).toBeGreaterThanOrEqual(1);
    expect(report.feedback.reasons['inaccurate']).toBeGreaterThanOrEqual(1);
  });

  it('refuses bad ratings naming what is wrong, a turn that does not exist, and another clinician’s conversation', async () => {
    const id = await newConversation();
    await ask(id, '68岁男性,急性肾损伤,如何补液?');
    const feedback = (body: unknown, turn: number | string = 1, session = clinician) =>
      as(session, 'POST', `/api/chat/conversations/${id}/turns/${turn}/feedback`, body);
    const audit = captureAuditEvents(sut);

    const cases: [unknown, RegExp][] = [
      [{ rating: 'meh' }, /rating must be one of: useful, not-useful/],
      [{}, /rating must be one of/],
      [{ rating: 'not-useful', reasons: ['wrong-dose'] }, /each of reasons must be one of: inaccurate, incomplete, unsafe, outdated, not-relevant, other/],
      [{ rating: 'not-useful', reasons: 'inaccurate' }, /reasons must be a list of reason codes/],
      [{ rating: 'not-useful', reasons: ['unsafe', 'unsafe'] }, /reasons must not repeat a code/],
      [{ rating: 'useful', reasons: ['unsafe'] }, /reasons are given only with rating not-useful/],
      // Free text has no field to go into.
      [{ rating: 'not-useful', comment: '剂量写错了' }, /comment should not exist/],
    ];
    for (const [body, wording] of cases) {
      const response = await feedback(body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(JSON.stringify(await response.json())).toMatch(wording);
    }

    const missing = await feedback({ rating: 'useful' }, 2);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'TURN_NOT_FOUND', message: 'turn is 2, but this conversation has one answered turn (1)' });
    expect((await feedback({ rating: 'useful' }, 0)).status).toBe(404);
    const notANumber = await feedback({ rating: 'useful' }, 'first');
    expect(notANumber.status).toBe(400);
    expect(((await notANumber.json()) as { message: string }).message).toMatch(/turn must be a whole answered-turn number/);

    const otherAccount = await createAccount(sut, { roles: ['clinician'] });
    const other = await signIn(sut, otherAccount.username, otherAccount.password);
    const theirs = await feedback({ rating: 'useful' }, 1, other);
    expect(theirs.status).toBe(404);
    expect(await theirs.json()).toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    expect(audit.filter((event) => event.action === 'chat.feedback')).toEqual([]);
    expect((await turnsOf(id))[0].feedback).toBeNull();
  });
});
