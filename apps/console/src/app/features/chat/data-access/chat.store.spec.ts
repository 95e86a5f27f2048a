import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
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
      start: 5, end: 11, text: '急性肾损伤', preferred: { zh: '急性肾损伤', en: 'Acute kidney injury' },
      icd11: { code: 'GB60', title: null }, icd10: { code: 'N17', title: null }, snomed: { id: '14669001', term: null },
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
  async function startQuestion(question: string): Promise<{ sending: Promise<void> }> {
    const sending = sut.send(question, false);
    backend.expectOne('/api/chat/conversations').flush({ id: 'c0ffee00-0000-4000-8000-000000000001' });
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
    expect(sut.lastTurn()?.failure).toEqual({ kind: 'server', status: 503, message: 'All sequences are busy' });
  });

  it('reports a refused request with the server message', async () => {
    fetchSpy.mockResolvedValueOnce(new Response(JSON.stringify({ statusCode: 413, message: 'content is too long' }), { status: 413 }));
    const { sending } = await startQuestion('很长的问题');
    await sending;
    expect(sut.lastTurn()?.failure).toEqual({ kind: 'request', status: 413, message: 'content is too long' });
  });

  it('opens a new conversation after the server forgot the old one', async () => {
    fetchSpy.mockResolvedValueOnce(new Response(JSON.stringify({ statusCode: 404, message: 'Conversation not found' }), { status: 404 }));
    const { sending } = await startQuestion('问题');
    await sending;
    expect(sut.lastTurn()?.failure).toMatchObject({ kind: 'request', status: 404 });
    expect(sut.conversationId()).toBeNull();
  });

  it('explains a conversation that could not be opened, without adding a turn', async () => {
    const sending = sut.send('问题', false);
    backend.expectOne('/api/chat/conversations').flush({ message: 'no' }, { status: 403, statusText: 'Forbidden' });
    await sending;
    expect(sut.turns()).toEqual([]);
    expect(sut.problem()?.status).toBe(403);
  });
});
