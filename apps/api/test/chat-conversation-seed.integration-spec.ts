import type { InferenceRequest } from '@medlocal/inference';
import { recordModelRequests, SHORT_ANSWER_CHAT_ENV } from './support/chat-model';
import { startApi, type RunningApi } from './support/start-api';
import { api, captureAuditEvents, createAccount, loginAs, signIn, type SignedInSession } from './support/sign-in';
import { askAnswered } from './support/chat-questions';
import { readSse, type SseEvent } from './support/sse';

interface ProfileView {
  age: { value: number; turn: number; edited?: boolean } | null;
  sex: { value: string; turn: number } | null;
  labs: { id: string; value: number; turn: number; edited?: boolean }[];
  diagnoses: { id: string; edited?: boolean }[];
  drugs: { id: string; dose?: number; edited?: boolean }[];
  ecgFindings?: { id: string }[];
  calculations: { name: string; value: number }[];
}

interface TurnView {
  question: string;
  answer: string;
  meta: { turn: number; profile: ProfileView };
  done: { sections: Record<string, { present: boolean }> };
}

const FIRST = '65岁男性,肌酐 132 µmol/L,急性肾损伤如何补液?';
const FIRST_ANSWER = '## 定义\n急性肾损伤是肾功能的快速下降。\n## 机制\n肾灌注不足。\n## 鉴别\n肾前性与肾性。\n## 建议\n评估容量状态后补液。';
const SECOND = '是否需要利尿剂?';
const SECOND_ANSWER = '## 定义\n利尿剂。\n## 机制\n减少钠重吸收。\n## 鉴别\n容量过负荷。\n## 建议\n仅在容量过负荷时使用。';
const AGE_CORRECTED = { kind: 'age', value: 78 };
const SEX = { kind: 'sex', value: 'male' };
const CREATININE = { kind: 'lab', key: 'creatinine-serum', value: 132 };

/**
 * A conversation whose instance is gone is continued in a new one seeded from the console's copy of
 * its turns and profile: the earlier questions and answers become the new one's history, the profile
 * the clinician saw is the one the next question is asked with, and the audit trail holds counts only.
 */
describe('chat conversation seed (demo model, real llama.cpp)', () => {
  let sut: RunningApi;
  let clinician: SignedInSession;
  let modelRequests: InferenceRequest[] = [];

  beforeAll(async () => {
    sut = await startApi({
      database: 'test-server',
      env: {
        ...SHORT_ANSWER_CHAT_ENV,
        CHAT_MAX_MESSAGE_CHARS: '600',
      },
    });
    clinician = await loginAs(sut, 'clinician');
    modelRequests = recordModelRequests(sut);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  const as = (method: string, path: string, body?: unknown) => api(sut, method, path, { token: clinician.accessToken, body });

  async function create(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await as('POST', '/api/chat/conversations', body);
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  const ask = (id: string, content: string): Promise<SseEvent[]> => askAnswered(sut, { token: clinician.accessToken, conversationId: id, body: { content } });

  const metaOf = (events: SseEvent[]) => events[0].data as unknown as { turn: number; profile: ProfileView };
  const detailOf = async (id: string) =>
    (await (await as('GET', `/api/chat/conversations/${id}`)).json()) as { turns: TurnView[]; currentProfile: ProfileView };
  const openCount = async () => ((await (await as('GET', '/api/chat/conversations')).json()) as { conversations: unknown[] }).conversations.length;

  it('holds the earlier turns as answered turns and the profile as the clinician left it; the next question continues from them', async () => {
    const audit = captureAuditEvents(sut);

    const created = await create({
      seed: {
        turns: [
          { question: FIRST, answer: FIRST_ANSWER },
          { question: SECOND, answer: SECOND_ANSWER },
        ],
        facts: [AGE_CORRECTED, SEX, CREATININE],
      },
    });

    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json['id'] as string;
    expect(created.json['seed']).toEqual({ turns: 2, answersDropped: 0 });
    const detail = await detailOf(id);
    expect(detail.turns.map((turn) => [turn.question, turn.answer, turn.meta.turn])).toEqual([
      [FIRST, FIRST_ANSWER, 1],
      [SECOND, SECOND_ANSWER, 2],
    ]);
    expect(detail.turns[0].done.sections['recommendation'].present).toBe(true);
    // The clinician had corrected the age: the correction holds, the creatinine keeps the turn that stated it.
    expect(detail.currentProfile.age).toEqual({ value: 78, turn: 1, edited: true });
    expect(detail.currentProfile.labs.map((lab) => [lab.id, lab.value, lab.turn])).toEqual([['creatinine-serum', 132, 1]]);
    expect(audit.map((event) => [event.action, event.outcome, event.summary])).toEqual([
      ['chat.conversation_seed', 'success', { conversationId: id, seedTurns: 2, seedAnswersDropped: 0, seedFactCounts: { age: 1, sex: 1, lab: 1 } }],
    ]);
    expect(audit[0].input).toBeUndefined();
    expect(JSON.stringify(audit[0])).not.toContain('肌酐');

    const next = metaOf(await ask(id, '下一步如何监测?'));

    expect(next.turn).toBe(3);
    expect(next.profile.age).toMatchObject({ value: 78, turn: 1 });
    expect(next.profile.labs.map((lab) => lab.id)).toEqual(['creatinine-serum']);
    expect(next.profile.calculations.some((calculation) => calculation.name.startsWith('eGFR'))).toBe(true);
    const prompt = modelRequests.at(-1) as InferenceRequest;
    expect(prompt.messages.map((message) => message.content)).toEqual(expect.arrayContaining([FIRST, FIRST_ANSWER, SECOND, SECOND_ANSWER]));
    expect(prompt.messages[0].content).toMatch(/78岁/);
    // A seeded turn can be regenerated like any other: it replaces turn 2 and the profile turn 1 left.
    const regenerated = await fetch(`${sut.baseUrl}/api/chat/conversations/${id}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clinician.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ content: SECOND, replaceFromTurn: 2 }),
    });
    expect(metaOf(await readSse(regenerated)).turn).toBe(2);
  });

  it('leaves out a fact the clinician had removed, with its calculation', async () => {
    const created = await create({ seed: { turns: [{ question: FIRST, answer: FIRST_ANSWER }], facts: [{ kind: 'age', value: 65 }, SEX] } });

    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const profile = (await detailOf(created.json['id'] as string)).currentProfile;
    expect(profile.age).toMatchObject({ value: 65, turn: 1 });
    expect(profile.labs).toEqual([]);
    expect(profile.calculations).toEqual([]);
  });

  it('carries a diagnosis the clinician corrected by name, a corrected drug dose, and leaves out a removed ECG finding', async () => {
    const question = '65岁男性,心电图V1-V4导联ST段抬高,急性肾损伤,二甲双胍 500mg bid,如何处理?';

    const created = await create({
      seed: {
        turns: [{ question, answer: FIRST_ANSWER }],
        facts: [
          { kind: 'age', value: 65 },
          SEX,
          { kind: 'diagnosis', key: 'chronic-kidney-disease', value: '慢性肾脏病' },
          { kind: 'drug', key: 'metformin', value: 850 },
        ],
      },
    });

    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const profile = (await detailOf(created.json['id'] as string)).currentProfile;
    expect(profile.diagnoses).toEqual([expect.objectContaining({ id: 'chronic-kidney-disease', edited: true })]);
    expect(profile.drugs).toEqual([expect.objectContaining({ id: 'metformin', dose: 850, edited: true })]);
    expect(profile.ecgFindings).toEqual([]);
  });

  it('keeps the answers of the newest turns that fit the context, every question and the profile they stated', async () => {
    const long = `## 定义\n${'急性肾损伤的补液需要评估容量状态。'.repeat(700)}`;

    const created = await create({
      seed: {
        turns: [
          { question: FIRST, answer: long },
          { question: SECOND, answer: SECOND_ANSWER },
        ],
        facts: [{ kind: 'age', value: 65 }, SEX, CREATININE],
      },
    });

    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json['seed']).toEqual({ turns: 2, answersDropped: 1 });
    const detail = await detailOf(created.json['id'] as string);
    expect(detail.turns.map((turn) => [turn.question, turn.answer])).toEqual([
      [FIRST, ''],
      [SECOND, SECOND_ANSWER],
    ]);
    expect(detail.currentProfile.labs.map((lab) => lab.id)).toEqual(['creatinine-serum']);
  });

  it('opens no more than the limit when seeds race for the last places, and audits only the conversations it opened', async () => {
    const account = await createAccount(sut, { roles: ['clinician'] });
    const racer = await signIn(sut, account.username, account.password);
    const audit = captureAuditEvents(sut);
    const body = { seed: { turns: [{ question: FIRST, answer: FIRST_ANSWER }], facts: [{ kind: 'age', value: 65 }, SEX, CREATININE] } };

    const responses = await Promise.all(Array.from({ length: 12 }, () => api(sut, 'POST', '/api/chat/conversations', { token: racer.accessToken, body })));

    expect(responses.map((response) => response.status).sort()).toEqual([...Array.from({ length: 10 }, () => 201), 429, 429]);
    const opened = ((await (await api(sut, 'GET', '/api/chat/conversations', { token: racer.accessToken })).json()) as { conversations: { id: string }[] })
      .conversations;
    const audited = audit
      .filter((event) => event.action === 'chat.conversation_seed')
      .map((event) => (event.summary as { conversationId: string }).conversationId);
    expect(audited.sort()).toEqual(opened.map((conversation) => conversation.id).sort());
  });

  it('refuses a seed it cannot hold, naming what is wrong, and opens nothing', async () => {
    const before = await openCount();
    const turn = { question: FIRST, answer: FIRST_ANSWER };
    const seed = (changes: Record<string, unknown>) => ({ seed: { turns: [turn], facts: [{ kind: 'age', value: 65 }, SEX, CREATININE], ...changes } });

    const refusals = [];
    for (const body of [
      seed({ turns: Array.from({ length: 51 }, () => turn) }),
      seed({ turns: [{ question: '', answer: 'x' }] }),
      seed({ turns: [{ question: FIRST, answer: 'x'.repeat(16_001) }] }),
      seed({ turns: [{ question: '肌酐'.repeat(301), answer: 'x' }] }),
      seed({ facts: [{ kind: 'weight', value: 70 }] }),
      seed({ facts: [{ kind: 'age', value: 200 }, SEX, CREATININE] }),
      seed({ facts: [{ kind: 'age', value: 65 }, SEX, CREATININE, { kind: 'drug', key: 'warfarin' }] }),
      seed({ facts: Array.from({ length: 201 }, () => SEX) }),
    ]) {
      refusals.push(await create(body));
    }

    expect(refusals.map((refusal) => [refusal.status, refusal.json['code'] ?? null, String(refusal.json['message'])])).toEqual([
      // Nested messages are prefixed once by the validation pipe (an outside test saw "seed.seed.turns").
      [400, null, expect.stringMatching(/(?:^|; )seed\.turns must hold at most 50 turns/)],
      [400, null, expect.stringContaining('question must not be empty')],
      [400, null, expect.stringContaining('answer must be at most 16000 characters')],
      [413, 'MESSAGE_TOO_LONG', 'seed.turns[0].question is 602 characters; the limit is 600'],
      [400, null, expect.stringContaining('kind must be one of')],
      [422, 'PROFILE_VALUE_INVALID', expect.stringContaining('age must be whole years')],
      [422, 'SEED_FACT_UNSTATED', 'seed.facts[3] (drug) is not stated in the seed\u2019s questions'],
      [400, null, expect.stringMatching(/(?:^|; )seed\.facts must hold at most 200 facts/)],
    ]);
    expect(await openCount()).toBe(before);
  });
});
