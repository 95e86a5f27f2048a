import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ConversationDetailResponse } from '@medlocal/contracts';
import { testUser } from '../../../core/auth/auth-test-user';
import { AuthStore } from '../../../core/auth/auth.store';
import { ChatStore } from './chat.store';
import { required } from '../../../../testing/required.util';

/** A server-sent event stream the test writes to chunk by chunk, as the API would. */
class FakeEventStream {
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  private readonly encoder = new TextEncoder();
  readonly body = new ReadableStream<Uint8Array>({ start: (controller) => void (this.controller = controller) });

  write(text: string): void {
    this.controller.enqueue(this.encoder.encode(text));
  }

  event(name: string, data: unknown): void {
    this.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  close(): void {
    this.controller.close();
  }

  fail(): void {
    this.controller.error(new TypeError('network error'));
  }
}

const META = {
  entities: [{ type: 'age', years: 68, start: 0, end: 3, text: '68岁' }],
  concepts: [
    {
      start: 5,
      end: 11,
      text: '急性肾损伤',
      preferred: { zh: '急性肾损伤', en: 'Acute kidney injury' },
      icd11: { code: 'GB60', title: null },
      icd10: { code: 'N17', title: null },
      snomed: { id: '14669001', term: null },
    },
  ],
  context: { used: 812, limit: 8192, droppedTurns: 0 },
  profile: null,
  questionHint: { generic: false },
};

describe(ChatStore.name, () => {
  let sut: ChatStore;
  let backend: HttpTestingController;
  let stream: FakeEventStream;
  let fetchSpy: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [ChatStore, provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(ChatStore);
    backend = TestBed.inject(HttpTestingController);
    stream = new FakeEventStream();
    fetchSpy = vi.fn(async (_url: string, init: RequestInit) => {
      init.signal?.addEventListener('abort', () => stream.fail());
      return new Response(stream.body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
    });
    vi.stubGlobal('fetch', fetchSpy);
  });

  afterEach(() => vi.unstubAllGlobals());

  /** Wrapped so that awaiting the start does not also await the whole answer. */
  async function startQuestion(question: string): Promise<{ sending: Promise<unknown> }> {
    const sending = sut.send(question, false);
    backend.expectOne({ method: 'POST', url: '/api/chat/conversations' }).flush({ id: 'c0ffee00-0000-4000-8000-000000000001' });
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalled());
    return { sending };
  }

  it('folds meta, reasoning and the four streamed sections into the turn', async () => {
    const { sending } = await startQuestion('68岁,急性肾损伤,如何补液?');
    expect(fetchSpy.mock.calls[0][0]).toBe('/api/chat/conversations/c0ffee00-0000-4000-8000-000000000001/messages');
    stream.event('meta', META);
    stream.event('thought', { delta: '先评估容量状态,' });
    stream.event('thought', { delta: '参考 KDIGO 2012。' });
    stream.event('answer', { delta: '【定义】急性肾损伤是…\n【机' });
    await vi.waitFor(() => expect(sut.lastTurn()?.sectionsSeen).toEqual(['definition']));
    expect(sut.streaming()).toBe(true);
    stream.event('answer', { delta: '制】肾灌注不足…\n【鉴别】肾前性与肾性\n【建议】监测尿量\n' });
    stream.event('done', { sections: {}, lint: [], demo: true, finishReason: 'stop' });
    stream.close();
    await sending;

    const turn = required(sut.lastTurn(), 'the last turn');
    expect(turn.state).toBe('done');
    expect(turn.thought).toBe('先评估容量状态,参考 KDIGO 2012。');
    expect(turn.sectionsSeen).toEqual(['definition', 'mechanism', 'differential', 'recommendation']);
    expect(turn.sections.definition.trim()).toBe('急性肾损伤是…');
    expect(turn.sections.recommendation.trim()).toBe('监测尿量');
    expect(turn.meta?.concepts[0].icd11?.code).toBe('GB60');
    expect(sut.latestMeta()?.context.used).toBe(812);
  });

  it('stops on request and keeps what arrived', async () => {
    const { sending } = await startQuestion('问题');
    stream.event('answer', { delta: '【定义】部分回答' });
    await vi.waitFor(() => expect(sut.lastTurn()?.answer).toBe('【定义】部分回答'));
    sut.stop();
    await sending;
    expect(sut.lastTurn()?.state).toBe('stopped');
    expect(sut.lastTurn()?.answer).toBe('【定义】部分回答');
    expect(sut.streaming()).toBe(false);
  });

  it('says the stream broke and keeps the partial answer when the connection fails', async () => {
    const { sending } = await startQuestion('问题');
    stream.event('thought', { delta: '思考中' });
    await vi.waitFor(() => expect(sut.lastTurn()?.thought).toBe('思考中'));
    stream.fail();
    await sending;
    expect(sut.lastTurn()?.state).toBe('failed');
    expect(sut.lastTurn()?.failure?.kind).toBe('broken');
    expect(sut.lastTurn()?.thought).toBe('思考中');
  });

  it('treats a stream that ends without done as broken', async () => {
    const { sending } = await startQuestion('问题');
    stream.event('answer', { delta: 'x' });
    stream.close();
    await sending;
    expect(sut.lastTurn()?.failure).toEqual({ kind: 'broken', message: null });
  });

  it('shows a server error event with its status', async () => {
    const { sending } = await startQuestion('问题');
    stream.event('error', { statusCode: 503, code: 'ENGINE_BUSY', message: 'All sequences are busy' });
    stream.close();
    await sending;
    expect(sut.lastTurn()?.failure).toEqual({ kind: 'server', status: 503, code: 'ENGINE_BUSY', message: 'All sequences are busy' });
  });

  it('reports a refused request with the server message', async () => {
    fetchSpy.mockResolvedValueOnce(
      new Response(JSON.stringify({ statusCode: 413, code: 'MESSAGE_TOO_LONG', message: 'content is too long' }), { status: 413 }),
    );
    const { sending } = await startQuestion('很长的问题');
    await sending;
    expect(sut.lastTurn()?.failure).toEqual({ kind: 'request', status: 413, code: 'MESSAGE_TOO_LONG', message: 'content is too long' });
  });

  it('asks again while the server is still withdrawing a stopped answer (409 CONVERSATION_BUSY), instead of failing', async () => {
    fetchSpy.mockResolvedValueOnce(new Response(JSON.stringify({ statusCode: 409, code: 'CONVERSATION_BUSY', message: 'still answering' }), { status: 409 }));
    const { sending } = await startQuestion('问题');
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(2));
    stream.event('done', { sections: {}, lint: [], demo: true, finishReason: 'stop' });
    stream.close();
    await sending;
    expect(sut.lastTurn()?.state).toBe('done');
    expect(sut.lastTurn()?.failure).toBeNull();
  });

  it('gives up on a conversation that stays busy, and says so', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      fetchSpy.mockImplementation(
        async () => new Response(JSON.stringify({ statusCode: 409, code: 'CONVERSATION_BUSY', message: 'still answering' }), { status: 409 }),
      );
      const { sending } = await startQuestion('问题');
      await vi.advanceTimersByTimeAsync(10_000);
      await sending;
      expect(sut.lastTurn()?.failure).toEqual({ kind: 'request', status: 409, code: 'CONVERSATION_BUSY', message: 'still answering' });
      expect(fetchSpy).toHaveBeenCalledTimes(11);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks again in a new conversation when the server lost one that had no answered turn yet', async () => {
    // The instance that held the conversation is gone (frozen or restarted) and the question reached another one.
    const notFound = () =>
      new Response(JSON.stringify({ statusCode: 404, code: 'CONVERSATION_NOT_FOUND', message: 'Conversation not found' }), { status: 404 });
    fetchSpy.mockResolvedValueOnce(notFound());
    const { sending } = await startQuestion('问题');
    await vi.waitFor(() => backend.expectOne({ method: 'POST', url: '/api/chat/conversations' }).flush({ id: 'c0ffee00-0000-4000-8000-0000000000aa' }));
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(2));
    expect(fetchSpy.mock.calls[1][0]).toBe('/api/chat/conversations/c0ffee00-0000-4000-8000-0000000000aa/messages');
    stream.event('meta', META);
    stream.event('answer', { delta: '【定义】…\n' });
    stream.event('done', { sections: {}, lint: [], demo: true, finishReason: 'stop' });
    stream.close();
    await sending;
    expect(sut.turns().map((turn) => turn.state)).toEqual(['done']);
    expect(sut.conversationId()).toBe('c0ffee00-0000-4000-8000-0000000000aa');
  });

  it('asks again only once: a second lost conversation is shown as lost, with the question kept', async () => {
    const notFound = () =>
      new Response(JSON.stringify({ statusCode: 404, code: 'CONVERSATION_NOT_FOUND', message: 'Conversation not found' }), { status: 404 });
    fetchSpy.mockResolvedValueOnce(notFound()).mockResolvedValueOnce(notFound());
    const { sending } = await startQuestion('问题');
    await vi.waitFor(() => backend.expectOne({ method: 'POST', url: '/api/chat/conversations' }).flush({ id: 'c0ffee00-0000-4000-8000-0000000000bb' }));
    await sending;
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    expect(sut.turns()).toHaveLength(1);
    expect(sut.lastTurn()?.failure).toMatchObject({ kind: 'request', status: 404 });
    expect(sut.conversationId()).toBeNull();
  });

  it('explains a conversation that could not be opened, without adding a turn', async () => {
    const sending = sut.send('问题', false);
    backend.expectOne({ method: 'POST', url: '/api/chat/conversations' }).flush({ message: 'no' }, { status: 403, statusText: 'Forbidden' });
    await sending;
    expect(sut.turns()).toEqual([]);
    expect(sut.problem()?.status).toBe(403);
  });

  describe('conversations kept across pages and reloads', () => {
    const CONVERSATION = 'c0ffee00-0000-4000-8000-000000000002';
    const DETAIL: ConversationDetailResponse = {
      id: CONVERSATION,
      title: '68岁,急性肾损伤,如何补液?',
      renamed: false,
      turnCount: 1,
      createdAt: '2026-12-01T08:00:00.000Z',
      lastActiveAt: '2026-12-01T08:05:00.000Z',
      profile: { age: 68, sex: null, diagnoses: [] },
      idleTtlMinutes: 60,
      turns: [
        {
          question: '68岁,急性肾损伤,如何补液?',
          thought: '先评估容量状态。',
          answer: '【定义】急性肾损伤是…\n【机制】肾灌注不足\n【鉴别】肾前性\n【建议】监测尿量\n',
          meta: { entities: [], concepts: [], context: META.context, profile: null, turn: 1, strict: true },
          done: { sections: {}, lint: [], demo: true, finishReason: 'stop' },
        },
      ],
    };

    async function signIn(user = testUser()): Promise<void> {
      const auth = TestBed.inject(AuthStore);
      const signing = auth.signIn(user.username, 'pw');
      backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user });
      await signing;
      TestBed.tick();
    }

    beforeEach(() => sessionStorage.clear());

    it('reads the conversation this tab showed back after a reload, turn by turn', async () => {
      sessionStorage.setItem('medlocal.chat.current', JSON.stringify({ userId: testUser().id, conversationId: CONVERSATION }));
      await signIn();
      const restoring = sut.restore();
      backend.expectOne({ method: 'GET', url: `/api/chat/conversations/${CONVERSATION}` }).flush(DETAIL);
      await restoring;
      expect(sut.conversationId()).toBe(CONVERSATION);
      expect(sut.turns()).toHaveLength(1);
      const [turn] = sut.turns();
      expect(turn).toMatchObject({ question: DETAIL.turns[0].question, thought: '先评估容量状态。', state: 'done', strict: true });
      expect(turn.sectionsSeen).toEqual(['definition', 'mechanism', 'differential', 'recommendation']);
      expect(turn.sections.recommendation).toContain('监测尿量');
    });

    it("ignores another user's saved conversation", async () => {
      sessionStorage.setItem('medlocal.chat.current', JSON.stringify({ userId: 'someone-else', conversationId: CONVERSATION }));
      await signIn();
      await sut.restore();
      backend.expectNone({ method: 'GET', url: `/api/chat/conversations/${CONVERSATION}` });
      expect(sut.turns()).toEqual([]);
    });

    it('forgets a saved conversation the server no longer has', async () => {
      sessionStorage.setItem('medlocal.chat.current', JSON.stringify({ userId: testUser().id, conversationId: CONVERSATION }));
      await signIn();
      const restoring = sut.restore();
      backend
        .expectOne({ method: 'GET', url: `/api/chat/conversations/${CONVERSATION}` })
        .flush({ statusCode: 404, message: 'No such conversation' }, { status: 404, statusText: 'Not Found' });
      await restoring;
      expect(sut.turns()).toEqual([]);
      expect(sut.problem()).toBeNull();
      expect(sessionStorage.getItem('medlocal.chat.current')).toBeNull();
    });

    it('starts a new conversation without closing the one shown', async () => {
      await signIn();
      const { sending } = await startQuestion('问题');
      stream.event('done', { sections: {}, lint: [], demo: true, finishReason: 'stop' });
      stream.close();
      await sending;
      sut.startNew();
      expect(sut.turns()).toEqual([]);
      expect(sut.conversationId()).toBeNull();
      backend.expectNone({ method: 'DELETE' });
      expect(sessionStorage.getItem('medlocal.chat.current')).toBeNull();
    });

    it('puts the question back into the box when the connection is lost', async () => {
      const { sending } = await startQuestion('68岁,急性肾损伤,如何补液?');
      stream.fail();
      await sending;
      expect(sut.draft()).toBe('68岁,急性肾损伤,如何补液?');
    });

    it('keeps what the clinician typed meanwhile instead of overwriting it', async () => {
      const { sending } = await startQuestion('第一个问题');
      sut.draft.set('正在输入的下一个问题');
      stream.fail();
      await sending;
      expect(sut.draft()).toBe('正在输入的下一个问题');
    });

    it('asks a stopped question again in place of the stopped turn', async () => {
      const { sending } = await startQuestion('问题');
      stream.event('answer', { delta: '【定义】部分' });
      await vi.waitFor(() => expect(sut.lastTurn()?.answer).toBe('【定义】部分'));
      sut.stop();
      await sending;
      stream = new FakeEventStream();
      const retrying = sut.retry(required(sut.lastTurn(), 'the stopped turn').id);
      await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(2));
      expect(sut.turns()).toHaveLength(1);
      expect(sut.lastTurn()?.state).toBe('waiting');
      stream.event('done', { sections: {}, lint: [], demo: true, finishReason: 'stop' });
      stream.close();
      await retrying;
      expect(sut.lastTurn()?.state).toBe('done');
      expect(JSON.parse(fetchSpy.mock.calls[1][1].body as string)).toEqual({ content: '问题', strict: false });
    });
  });

  describe('answer actions', () => {
    const DONE = { sections: {}, lint: [], demo: true, finishReason: 'stop' };

    /** Answers the question being asked now as answered turn `turn` and waits for the store to finish it. */
    async function answer(sending: Promise<unknown>, turn: number): Promise<void> {
      stream.event('meta', { ...META, turn });
      stream.event('done', DONE);
      stream.close();
      await sending;
      stream = new FakeEventStream();
    }

    const bodyOf = (call: number) => JSON.parse(fetchSpy.mock.calls[call][1].body as string) as Record<string, unknown>;

    it('edits an earlier question: later turns leave the page and the server is told which turn the question replaces', async () => {
      const { sending } = await startQuestion('68岁,急性肾损伤,如何补液?');
      await answer(sending, 1);
      await answer(sut.send('是否需要利尿剂?', false), 2);
      const first = required(sut.turns()[0], 'the first turn');

      const editing = sut.editAndResend(first.id, '78岁,急性肾损伤,如何补液?');
      await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(3));
      expect(bodyOf(2)).toEqual({ content: '78岁,急性肾损伤,如何补液?', strict: false, replaceFromTurn: 1 });
      expect(sut.turns().map((turn) => turn.question)).toEqual(['78岁,急性肾损伤,如何补液?']);
      await answer(editing, 1);

      // The server holds one turn now: the next question is a new last turn.
      await answer(sut.send('同一患者是否需要利尿剂?', false), 2);
      expect(bodyOf(3)).toEqual({ content: '同一患者是否需要利尿剂?', strict: false });
    });

    it('regenerates the last answer in its place, and after a failed regeneration the next question still replaces that turn', async () => {
      const { sending } = await startQuestion('68岁,急性肾损伤,如何补液?');
      await answer(sending, 1);
      const regenerating = sut.regenerate(required(sut.lastTurn(), 'the answered turn').id);
      await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(2));
      expect(bodyOf(1)).toEqual({ content: '68岁,急性肾损伤,如何补液?', strict: false, replaceFromTurn: 1 });
      expect(sut.turns()).toHaveLength(1);
      stream.fail();
      await regenerating;
      stream = new FakeEventStream();

      // The server kept the old answer (nothing is replaced before the new one is complete); the page shows none.
      const retrying = sut.retry(required(sut.lastTurn(), 'the failed turn').id);
      await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(3));
      expect(bodyOf(2)).toEqual({ content: '68岁,急性肾损伤,如何补液?', strict: false, replaceFromTurn: 1 });
      await answer(retrying, 1);
      expect(sut.turns().map((turn) => turn.state)).toEqual(['done']);
    });

    describe('a conversation whose server restarted', () => {
      const FIRST = '68岁男性,肌酐 180 µmol/L,急性肾损伤如何补液?';
      const NEXT = '是否需要利尿剂?';
      const CONTINUED = 'c0ffee00-0000-4000-8000-00000000000c';
      const PROFILE = {
        age: { value: 68, turn: 1 },
        sex: { value: 'male', turn: 1 },
        diagnoses: [{ id: 'acute-kidney-injury', name: { zh: '急性肾损伤', en: 'Acute kidney injury' }, uncertain: false, turn: 1 }],
        deniedDiagnoses: [],
        labs: [{ id: 'creatinine-serum', name: { zh: '肌酐', en: 'Creatinine' }, value: 180, unit: 'µmol/L', flag: 'high', turn: 1 }],
        drugs: [],
        allergies: [],
        vitals: [],
        calculations: [{ name: 'eGFR (CKD-EPI 2021)', value: 33, unit: 'mL/min/1.73m²', turn: 1 }],
      };

      /** Answers the first question, then the server answers the next one as a restarted instance does. */
      async function loseConversation(): Promise<void> {
        const { sending } = await startQuestion(FIRST);
        stream.event('meta', { ...META, turn: 1, profile: PROFILE });
        stream.event('answer', { delta: '【定义】急性肾损伤\n【建议】评估容量\n' });
        stream.event('done', DONE);
        stream.close();
        await sending;
        stream = new FakeEventStream();
        fetchSpy.mockResolvedValueOnce(
          new Response(JSON.stringify({ statusCode: 404, code: 'CONVERSATION_NOT_FOUND', message: 'No such conversation' }), { status: 404 }),
        );
        await sut.send(NEXT, false);
      }

      it('offers to continue, keeping the answered turns on the page and the question in the box', async () => {
        await loseConversation();

        expect(sut.lostConversation()).toEqual({ turns: 1, pendingQuestion: NEXT });
        expect(sut.turns().map((turn) => [turn.question, turn.state])).toEqual([[FIRST, 'done']]);
        expect(sut.draft()).toBe(NEXT);
      });

      it('continues in a new conversation seeded with the turns and the profile facts, then asks the pending question there', async () => {
        await loseConversation();

        const continuing = sut.continueInNewConversation();
        const create = backend.expectOne({ method: 'POST', url: '/api/chat/conversations' });
        expect(create.request.body).toEqual({
          seed: {
            turns: [{ question: FIRST, answer: '【定义】急性肾损伤\n【建议】评估容量\n' }],
            facts: [
              { kind: 'age', value: 68 },
              { kind: 'sex', value: 'male' },
              { kind: 'diagnosis', key: 'acute-kidney-injury' },
              { kind: 'lab', key: 'creatinine-serum', value: 180 },
            ],
          },
        });
        create.flush({ id: CONTINUED, seed: { turns: 1, answersDropped: 0 } });
        await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(3));
        expect(fetchSpy.mock.calls[2][0]).toBe(`/api/chat/conversations/${CONTINUED}/messages`);
        expect(bodyOf(2)).toEqual({ content: NEXT, strict: false });
        expect(sut.draft()).toBe('');
        await answer(continuing, 2);

        expect(sut.lostConversation()).toBeNull();
        expect(sut.conversationId()).toBe(CONTINUED);
        expect(sut.turns().map((turn) => [turn.question, turn.state])).toEqual([
          [FIRST, 'done'],
          [NEXT, 'done'],
        ]);
        // The server holds both turns now: regenerating the last one replaces turn 2 there.
        const regenerating = sut.regenerate(required(sut.lastTurn(), 'the continued turn').id);
        await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(4));
        expect(bodyOf(3)).toEqual({ content: NEXT, strict: false, replaceFromTurn: 2 });
        await answer(regenerating, 2);
      });

      it('keeps the offer and says why when the new conversation could not be opened', async () => {
        await loseConversation();

        const continuing = sut.continueInNewConversation();
        backend
          .expectOne({ method: 'POST', url: '/api/chat/conversations' })
          .flush({ statusCode: 503, message: 'down' }, { status: 503, statusText: 'Unavailable' });
        await continuing;

        expect(sut.lostConversation()).toEqual({ turns: 1, pendingQuestion: NEXT });
        expect(sut.problem()?.status).toBe(503);
        expect(sut.draft()).toBe(NEXT);
      });

      it('continues with a question sent while the offer stands, and keeps it in the box when that fails', async () => {
        await loseConversation();
        // The page empties the box as it sends.
        sut.draft.set('');

        const sending = sut.send('另一个问题', false);
        backend
          .expectOne({ method: 'POST', url: '/api/chat/conversations' })
          .flush({ statusCode: 503, message: 'down' }, { status: 503, statusText: 'Unavailable' });
        await sending;

        expect(sut.lostConversation()).toEqual({ turns: 1, pendingQuestion: '另一个问题' });
        expect(sut.draft()).toBe('另一个问题');
      });

      it('starts an empty conversation instead when asked, the question still in the box', async () => {
        await loseConversation();

        sut.startEmptyAfterLoss();

        expect(sut.lostConversation()).toBeNull();
        expect(sut.turns()).toEqual([]);
        expect(sut.conversationId()).toBeNull();
        expect(sut.draft()).toBe(NEXT);
      });
    });

    it('rates an answered turn by the number the server gave it, and keeps the rating on the turn', async () => {
      const { sending } = await startQuestion('68岁,急性肾损伤,如何补液?');
      await answer(sending, 1);
      const turn = required(sut.lastTurn(), 'the answered turn');
      const rating = sut.rate(turn.id, { rating: 'not-useful', reasons: ['outdated'] });
      const request = backend.expectOne({ method: 'POST', url: '/api/chat/conversations/c0ffee00-0000-4000-8000-000000000001/turns/1/feedback' });
      expect(request.request.body).toEqual({ rating: 'not-useful', reasons: ['outdated'] });
      request.flush(null, { status: 204, statusText: 'No Content' });
      expect(await rating).toBeNull();
      expect(sut.lastTurn()?.feedback).toEqual({ rating: 'not-useful', reasons: ['outdated'] });
    });
  });
});
