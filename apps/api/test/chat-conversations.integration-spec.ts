import { ConversationStore } from '../src/chat/conversations/conversation.store';
import { startApi, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, createAccount, loginAs, signIn, signInAsAdmin, type SignedInSession } from './support/sign-in';
import { postQuestion } from './support/chat-questions';
import { readSse } from './support/sse';

interface Summary {
  id: string;
  title: string | null;
  renamed: boolean;
  turnCount: number;
  createdAt: string;
  lastActiveAt: string;
  profile: { age: number | null; sex: string | null; diagnoses: { zh: string; en: string }[] };
}

/** The clinician's open conversations read back after navigation or reload: list, turns, rename, close. */
describe('chat conversations: list, read back, rename (demo model, real llama.cpp)', () => {
  let sut: RunningApi;
  let clinician: SignedInSession;

  beforeAll(async () => {
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        INFERENCE_THREADS: '1',
        INFERENCE_CONTEXT_SIZE: '2048',
        INFERENCE_MAX_ANSWER_TOKENS: '300',
        INFERENCE_THOUGHT_BUDGET_TOKENS: '32',
        CHAT_IDLE_TTL_MINUTES: '45',
      },
    });
    clinician = await loginAs(sut, 'clinician');
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

  async function ask(id: string, content: string, session = clinician) {
    const response = await postQuestion(sut, { token: session.accessToken, conversationId: id, body: { content } });
    expect(response.status).toBe(200);
    return readSse(response);
  }

  it('lists only the caller’s conversations, newest activity first, with title, turn count and who the patient is, and the idle TTL', async () => {
    const older = await newConversation();
    const newer = await newConversation();
    await ask(newer, '68岁男性,急性肾损伤,肌酐180μmol/L,如何补液?');
    const someoneElse = await loginAs(sut, 'researcher');
    const otherClinician = await createAccount(sut, { roles: ['clinician'] });
    const other = await signIn(sut, otherClinician.username, otherClinician.password);
    const theirs = await newConversation(other);

    const response = await as(clinician, 'GET', '/api/chat/conversations');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { conversations: Summary[]; idleTtlMinutes: number };
    expect(body.idleTtlMinutes).toBe(45);
    const ids = body.conversations.map((conversation) => conversation.id);
    expect(ids).not.toContain(theirs);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    const answered = body.conversations.find((conversation) => conversation.id === newer);
    expect(answered).toMatchObject({ title: '68岁男性,急性肾损伤,肌酐180μmol/L,如何补液?', renamed: false, turnCount: 1, profile: { age: 68, sex: 'male' } });
    expect(answered?.profile.diagnoses.map((name) => name.en).join(' ')).toMatch(/kidney/i);
    expect(Date.parse(answered?.lastActiveAt ?? '')).toBeGreaterThanOrEqual(Date.parse(answered?.createdAt ?? ''));
    expect(body.conversations.find((conversation) => conversation.id === older)).toMatchObject({ title: null, turnCount: 0 });

    // Researchers have no conversations to list.
    expect((await as(someoneElse, 'GET', '/api/chat/conversations')).status).toBe(403);
  });

  it('reads a conversation back turn by turn: question, reasoning, answer, the meta and done events as streamed', async () => {
    const id = await newConversation();
    const streamed = await ask(id, '62岁男性,肌酐132μmol/L,体重70kg,能否使用利伐沙班?');
    await ask(id, '同一患者是否需要调整剂量?');

    const response = await as(clinician, 'GET', `/api/chat/conversations/${id}`);
    expect(response.status).toBe(200);
    const detail = (await response.json()) as Summary & {
      idleTtlMinutes: number;
      turns: { question: string; thought: string; answer: string; meta: Record<string, unknown>; done: Record<string, unknown> }[];
    };
    expect(detail).toMatchObject({ id, turnCount: 2, idleTtlMinutes: 45 });
    expect(detail.turns.map((turn) => turn.question)).toEqual(['62岁男性,肌酐132μmol/L,体重70kg,能否使用利伐沙班?', '同一患者是否需要调整剂量?']);
    const first = detail.turns[0];
    expect(first.meta).toEqual(streamed[0].data);
    expect(first.done).toEqual(streamed.at(-1)?.data);
    const answerText = streamed
      .filter((event) => event.event === 'answer')
      .map((event) => (event.data as { delta: string }).delta)
      .join('');
    const thoughtText = streamed
      .filter((event) => event.event === 'thought')
      .map((event) => (event.data as { delta: string }).delta)
      .join('');
    expect(first.answer).toBe(answerText);
    expect(first.thought).toBe(thoughtText);
    expect(detail.turns[1].meta['turn']).toBe(2);
  });

  it('renames a conversation (trimmed, length-capped) and keeps the name in the list', async () => {
    const id = await newConversation();
    const renamed = await as(clinician, 'PATCH', `/api/chat/conversations/${id}`, { title: '  3床 AKI 补液  ' });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ id, title: '3床 AKI 补液', renamed: true });
    const list = (await (await as(clinician, 'GET', '/api/chat/conversations')).json()) as { conversations: Summary[] };
    expect(list.conversations.find((conversation) => conversation.id === id)?.title).toBe('3床 AKI 补液');

    expect((await as(clinician, 'PATCH', `/api/chat/conversations/${id}`, { title: '   ' })).status).toBe(400);
    expect((await as(clinician, 'PATCH', `/api/chat/conversations/${id}`, { title: 'x'.repeat(121) })).status).toBe(400);
  });

  it('answers 404 to anyone but the owner, for reading, renaming and closing alike, and 403 to other roles', async () => {
    const id = await newConversation();
    const otherAccount = await createAccount(sut, { roles: ['clinician'] });
    const other = await signIn(sut, otherAccount.username, otherAccount.password);
    expect((await as(other, 'GET', `/api/chat/conversations/${id}`)).status).toBe(404);
    expect((await as(other, 'PATCH', `/api/chat/conversations/${id}`, { title: 'mine now' })).status).toBe(404);
    expect((await as(other, 'DELETE', `/api/chat/conversations/${id}`)).status).toBe(404);
    const admin = await signInAsAdmin(sut);
    expect((await as(admin, 'GET', `/api/chat/conversations/${id}`)).status).toBe(403);
    expect((await as(admin, 'GET', '/api/chat/conversations')).status).toBe(403);
    // Untouched by all of that.
    const own = await as(clinician, 'GET', `/api/chat/conversations/${id}`);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ title: null });
  });

  it('forgets a closed conversation, and an idle one once the TTL has passed (opening one counts as activity)', async () => {
    const closed = await newConversation();
    expect((await as(clinician, 'DELETE', `/api/chat/conversations/${closed}`)).status).toBe(204);
    expect((await as(clinician, 'GET', `/api/chat/conversations/${closed}`)).status).toBe(404);

    const store = sut.app.get(ConversationStore);
    const idle = await newConversation();
    const opened = await newConversation();
    const now = Date.now();
    store.open(opened, clinician.user.id, now + 40 * 60_000);
    await store.sweepIdle(now + 46 * 60_000);
    expect((await as(clinician, 'GET', `/api/chat/conversations/${idle}`)).status).toBe(404);
    expect((await as(clinician, 'GET', `/api/chat/conversations/${opened}`)).status).toBe(200);
  });
});
