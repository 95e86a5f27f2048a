import { startApi, type RunningApi } from './support/start-api';
import { askQuestion, openConversation } from './faults/support/fault-kit';
import { ACCOUNTS_TEST_ENV, loginAs, type SignedInSession } from './support/sign-in';
import { parseSse, type SseEvent } from './support/sse';

/**
 * A question that waits for the model (every sequence busy, a long prompt being read) must still get its
 * stream headers and heartbeats at once: a console or proxy that hears nothing cannot tell a waiting
 * instance from a frozen one, and before this the first byte came only with the first token (minutes,
 * behind a long answer).
 */
const SERVICE_KEY = 'svc-queued-stream-0123456789abcdef';

describe('clinical chat: a question waiting for the model opens its stream early', () => {
  let sut: RunningApi;
  let clinician: SignedInSession;

  beforeAll(async () => {
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        MEDLOCAL_API_KEYS: SERVICE_KEY,
        INFERENCE_THREADS: '1',
        // One sequence: a second question waits for the first answer to end.
        INFERENCE_PARALLEL: '1',
        INFERENCE_CONTEXT_SIZE: '16384',
        // The hospital system's answer below runs for seconds even on the fast native build, several times what
        // the question waits for.
        INFERENCE_MAX_ANSWER_TOKENS: '15000',
        INFERENCE_THOUGHT_BUDGET_TOKENS: '32',
        INFERENCE_QUEUE_TIMEOUT_MS: '1000',
        CHAT_STREAM_OPEN_AFTER_MS: '100',
      },
    });
    clinician = await loginAs(sut, 'clinician');
  });

  afterAll(async () => {
    await sut?.stop();
  });

  const newConversation = () => openConversation(sut.baseUrl, clinician.accessToken);
  const ask = (conversationId: string, content: string) => askQuestion({ baseUrl: sut.baseUrl, token: clinician.accessToken, conversationId, content });

  /**
   * A hospital system's long `/v1` answer holds the only sequence: its grammar asks for 15,000 characters the demo
   * model cannot end early (a clinician's demo answer is a few hundred tokens, over in a fraction of a second).
   */
  async function holdTheSequence(signal: AbortSignal): Promise<void> {
    const response = await fetch(`${sut.baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SERVICE_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        messages: [{ role: 'user', content: 'Summarise the discharge letter.' }],
        grammar: 'root ::= chunk{75}\nchunk ::= [a-z ]{200}',
        max_tokens: 15000,
        stream: true,
      }),
      signal,
    });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('"content":"')) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`the long answer ended before it streamed: ${text}`);
      text += decoder.decode(value, { stream: true });
    }
    reader.releaseLock();
  }

  it('sends 200 and meta while the question waits, a queue timeout then arrives as an error event, and the question is answered once the sequence is free', async () => {
    const longAnswer = new AbortController();
    await holdTheSequence(longAnswer.signal);

    try {
      const waiting = await ask(await newConversation(), '58岁女性,血压180/110mmHg,头痛,如何处理?');
      expect(waiting.status).toBe(200);
      expect(waiting.headers.get('content-type')).toMatch(/text\/event-stream/);
      const events: SseEvent[] = parseSse(await waiting.text());
      expect(events.map((event) => event.event)).toEqual(['meta', 'error']);
      expect(events[1]?.data).toMatchObject({ statusCode: 503, code: 'QUEUE_TIMEOUT', retryAfterSeconds: expect.any(Number) });
    } finally {
      longAnswer.abort();
    }

    // Nothing of the timed-out question was kept: asked again once the sequence is free, it is answered in full.
    const again = await ask(await newConversation(), '58岁女性,血压180/110mmHg,头痛,如何处理?');
    expect(again.status).toBe(200);
    expect(parseSse(await again.text()).at(-1)?.event).toBe('done');
  }, 120_000);
});
