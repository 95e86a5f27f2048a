import { startApi, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, captureAuditEvents, createAccount, loginAs, signIn, type SignedInSession } from './support/sign-in';
import { parseSse, readSse } from './support/sse';

const SECTION_KEYS = ['definition', 'mechanism', 'differential', 'recommendation'] as const;

describe('clinical chat over SSE (demo model, real llama.cpp)', () => {
  let sut: RunningApi;
  let clinician: SignedInSession;
  let audited: ReturnType<typeof captureAuditEvents>;

  beforeAll(async () => {
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        INFERENCE_THREADS: '1',
        INFERENCE_PARALLEL: '2',
        INFERENCE_CONTEXT_SIZE: '2048',
        INFERENCE_MAX_ANSWER_TOKENS: '700',
        INFERENCE_THOUGHT_BUDGET_TOKENS: '64',
        // One clinician walks through every scenario here, each in a conversation of its own.
        CHAT_MAX_CONVERSATIONS_PER_USER: '50',
      },
    });
    clinician = await loginAs(sut, 'clinician');
    audited = captureAuditEvents(sut);
  });

  beforeEach(() => {
    audited.length = 0;
  });

  afterAll(async () => {
    await sut?.stop();
  });

  async function newConversation(session = clinician): Promise<string> {
    const response = await api(sut, 'POST', '/api/chat/conversations', { token: session.accessToken });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  function ask(conversationId: string, content: string, options: { strict?: boolean; session?: SignedInSession; signal?: AbortSignal } = {}) {
    return fetch(`${sut.baseUrl}/api/chat/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${(options.session ?? clinician).accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ content, ...(options.strict === undefined ? {} : { strict: options.strict }) }),
      signal: options.signal,
    });
  }

  it('streams meta, then answer deltas, then done with all four sections, and audits the question', async () => {
    const id = await newConversation();
    const response = await ask(id, '65岁男性,突发胸痛2小时,V1-V4 ST段抬高,肌钙蛋白I 8.2ng/mL,心梗如何处理?');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = await readSse(response);
    const kinds = events.map((event) => event.event);
    expect(kinds[0]).toBe('meta');
    expect(kinds.at(-1)).toBe('done');
    expect(kinds.filter((kind) => kind === 'answer').length).toBeGreaterThan(0);
    expect(kinds.slice(1, -1).every((kind) => kind === 'answer' || kind === 'thought')).toBe(true);

    const meta = events[0].data as { concepts: { icd11: { code: string } | null; preferred: { zh: string } }[]; entities: { type: string }[]; demo: boolean };
    expect(meta.demo).toBe(true);
    expect(meta.concepts.map((concept) => concept.icd11?.code)).toContain('BA41.Z');
    expect(meta.entities.map((entity) => entity.type)).toEqual(expect.arrayContaining(['age', 'sex', 'lab', 'ecg']));

    const done = events.at(-1)?.data as { sections: Record<string, { present: boolean }>; demo: boolean; usage: { generatedTokens: number } };
    expect(done.demo).toBe(true);
    for (const key of SECTION_KEYS) expect(done.sections[key].present).toBe(true);
    expect(done.usage.generatedTokens).toBeGreaterThan(0);

    expect(audited).toEqual([
      expect.objectContaining({
        action: 'chat.message',
        outcome: 'success',
        summary: expect.objectContaining({ sectionsPresent: [...SECTION_KEYS], conceptCodes: expect.arrayContaining(['BA41.Z']) }),
      }),
    ]);
  });

  it('keeps the patient in view: profile merged across turns with the eGFR worked out', async () => {
    const id = await newConversation();
    await readSse(await ask(id, '62岁男性,急性心梗,肌酐132μmol/L'));
    const second = await readSse(await ask(id, '目前用利伐沙班15mg qd'));
    const profile = second[0].data['profile'] as {
      age: { value: number; turn: number };
      labs: { id: string; value: number; turn: number }[];
      drugs: { id: string; frequency: string; turn: number }[];
      calculations: { name: string; value: number; stage: string }[];
    };
    expect(profile.age).toMatchObject({ value: 62, turn: 1 });
    expect(profile.labs).toEqual([expect.objectContaining({ id: 'creatinine-serum', value: 132, turn: 1 })]);
    expect(profile.drugs).toEqual([expect.objectContaining({ id: 'rivaroxaban', frequency: 'qd', turn: 2 })]);
    // CKD-EPI 2021, 62-year-old man, creatinine 1.49 mg/dL: 52.6 mL/min/1.73m², KDIGO G3a.
    expect(profile.calculations).toEqual([expect.objectContaining({ name: 'eGFR(CKD-EPI 2021)', value: 53, stage: 'G3a' })]);
  });

  it('replaces a corrected age instead of keeping both, and the meta event says which fact was replaced', async () => {
    const id = await newConversation();
    const first = await readSse(await ask(id, '65岁男性,急性心梗,肌酐132μmol/L'));
    expect(first[0].data['replacedFacts']).toEqual([]);
    const second = await readSse(await ask(id, '更正:患者78岁,不是65岁'));
    const meta = second[0].data as {
      profile: { age: { value: number; turn: number } };
      replacedFacts: { fact: string; previous: number; current: number; turn: number; correction: boolean }[];
    };
    expect(meta.profile.age).toMatchObject({ value: 78, turn: 2 });
    expect(meta.replacedFacts).toEqual([{ fact: 'age', previous: 65, current: 78, turn: 2, correction: true }]);
  });

  it('hints how to ask when a question has no patient features', async () => {
    const id = await newConversation();
    const events = await readSse(await ask(id, '感冒怎么治?'));
    expect(events[0].data['questionHint']).toMatchObject({ generic: true, rewriteTemplate: { zh: expect.any(String), en: expect.any(String) } });
  });

  it('drops the oldest turns, never the profile or the question, when a long conversation outgrows the context', async () => {
    const id = await newConversation();
    const dropped: number[] = [];
    for (let turn = 1; turn <= 10; turn += 1) {
      const content = turn === 1 ? '78岁女性,eGFR 28,利伐沙班15mg qd,房颤' : `第${turn}轮:请继续分析该患者的抗凝方案与出血风险,并说明监测指标。`;
      const events = await readSse(await ask(id, content));
      expect(events.at(-1)?.event).toBe('done');
      const meta = events[0].data as { context: { used: number; limit: number; droppedTurns: number }; profile: { age: { value: number } } };
      expect(meta.context.used).toBeLessThanOrEqual(meta.context.limit);
      expect(meta.profile.age.value).toBe(78);
      dropped.push(meta.context.droppedTurns);
    }
    expect(dropped[0]).toBe(0);
    expect(Math.max(...dropped)).toBeGreaterThan(0);
    // Once turns start falling out, more fall out as the conversation grows, never fewer.
    expect([...dropped].sort((a, b) => a - b)).toEqual(dropped);
  });

  it('answers with all four sections in strict mode over 20 runs', async () => {
    for (let run = 1; run <= 20; run += 1) {
      const id = await newConversation();
      const events = await readSse(await ask(id, `Patient ${40 + run}M with chest pain, troponin I ${run}.2 ng/mL: management?`));
      const done = events.at(-1);
      expect(done?.event).toBe('done');
      const sections = (done?.data as { sections: Record<string, { present: boolean }> }).sections;
      expect(SECTION_KEYS.filter((key) => !sections[key].present)).toEqual([]);
      await api(sut, 'DELETE', `/api/chat/conversations/${id}`, { token: clinician.accessToken });
    }
  }, 600_000);

  it('flags missing sections when strict mode is off', async () => {
    const id = await newConversation();
    const events = await readSse(await ask(id, 'COPD exacerbation: first steps?', { strict: false }));
    const done = events.at(-1)?.data as { missingSections: string[]; sections: Record<string, { present: boolean }> };
    expect(done.missingSections).toEqual(SECTION_KEYS.filter((key) => !done.sections[key].present));
  });

  it('cancels generation when the client disconnects, frees the sequence and audits it as cancelled', async () => {
    const id = await newConversation();
    const abort = new AbortController();
    const response = await ask(id, 'Long question about heart failure management in CKD G4', { signal: abort.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while (!text.includes('event: answer')) text += new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    await expect.poll(() => audited.find((event) => event.action === 'chat.message')?.outcome, { timeout: 10_000 }).toBe('cancelled');
    // Both sequences are free again: two new questions run at once.
    const [first, second] = await Promise.all([newConversation(), newConversation()]);
    const answers = await Promise.all([readSse(await ask(first, 'AF anticoagulation?')), readSse(await ask(second, 'CKD staging?'))]);
    expect(answers.map((events) => events.at(-1)?.event)).toEqual(['done', 'done']);
    expect(parseSse(text)[0].event).toBe('meta');
  });

  it("never shows one clinician another clinician's conversation", async () => {
    const id = await newConversation();
    const other = await createAccount(sut, { roles: ['clinician'] });
    const otherSession = await signIn(sut, other.username, other.password);
    const response = await ask(id, 'What did they ask?', { session: otherSession });
    expect(response.status).toBe(404);
    expect((await api(sut, 'DELETE', `/api/chat/conversations/${id}`, { token: otherSession.accessToken })).status).toBe(404);
  });

  it("removes a clinician's conversations when they sign out", async () => {
    const account = await createAccount(sut, { roles: ['clinician'] });
    const session = await signIn(sut, account.username, account.password);
    const id = await newConversation(session);
    expect((await api(sut, 'POST', '/api/auth/logout', { token: session.accessToken, cookie: session.refreshCookie })).status).toBeLessThan(300);
    const again = await signIn(sut, account.username, account.password);
    expect((await ask(id, 'Still there?', { session: again })).status).toBe(404);
  });

  it('refuses empty and oversized questions with a clear error', async () => {
    const id = await newConversation();
    const empty = await ask(id, '   ');
    expect(empty.status).toBe(400);
    expect((await empty.json()).message).toMatch(/content/);
    const huge = await ask(id, '胸痛'.repeat(5000));
    expect(huge.status).toBe(413);
    expect((await huge.json()).message).toMatch(/limit is 8000/);
  });

  it('refuses a question too long for the model as the client’s to shorten (413), not as a server fault', async () => {
    // Within the 8,000-character limit, but more tokens than the 2,048-token context leaves beside the answer.
    const response = await ask(await newConversation(), 'chest pain with ST elevation, troponin 8.2 '.repeat(150));
    const refusal = response.headers.get('content-type')?.includes('text/event-stream')
      ? ((await readSse(response)).at(-1)?.data as Record<string, unknown>)
      : { statusCode: response.status, ...((await response.json()) as Record<string, unknown>) };
    expect(refusal).toMatchObject({ statusCode: 413, code: 'CONTEXT_TOO_SMALL', message: expect.stringMatching(/too long for the model/) });
  });
});
