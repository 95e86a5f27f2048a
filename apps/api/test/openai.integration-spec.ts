import { createRemoteEngine, collectInferenceEvents, INFERENCE_ENGINE, type InferenceEngine, type InferenceEvent } from '@medlocal/inference';
import { startApi, type RunningApi } from './support/start-api';
import { spawnApi, type SpawnedApi } from './support/spawn-api';

const SERVICE_KEY = 'svc-test-key-0123456789abcdef0123';
const auth = { authorization: `Bearer ${SERVICE_KEY}`, 'content-type': 'application/json' };
const question = {
  messages: [{ role: 'user' as const, content: 'What is the first-line treatment of hypertension?' }],
  max_tokens: 12,
  seed: 7,
  temperature: 0,
};

describe('OpenAI-compatible /v1 in the full API', () => {
  let sut: RunningApi;

  beforeAll(async () => {
    sut = await startApi({ env: { MEDLOCAL_API_KEYS: SERVICE_KEY, INFERENCE_THREADS: '1', INFERENCE_PARALLEL: '2' } });
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('refuses callers without a valid key', async () => {
    expect((await fetch(`${sut.baseUrl}/v1/models`)).status).toBe(401);
    const wrong = await fetch(`${sut.baseUrl}/v1/models`, { headers: { authorization: 'Bearer not-a-key' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('lists the loaded model', async () => {
    const body = await (await fetch(`${sut.baseUrl}/v1/models`, { headers: auth })).json();
    expect(body).toMatchObject({ object: 'list', data: [{ object: 'model', id: expect.stringContaining('demo'), max_model_len: expect.any(Number) }] });
    // vLLM's name for the context a question may fill: an API instance in front budgets its prompts by it.
    expect(body.data[0].max_model_len).toBeGreaterThan(0);
  });

  it('answers a non-streamed completion with content and usage from llama.cpp', async () => {
    const response = await fetch(`${sut.baseUrl}/v1/chat/completions`, { method: 'POST', headers: auth, body: JSON.stringify(question) });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0].message.role).toBe('assistant');
    expect(body.usage.prompt_tokens).toBeGreaterThan(5);
    expect(body.usage.completion_tokens).toBeGreaterThan(0);
    expect(body.usage.completion_tokens).toBeLessThanOrEqual(12);
  });

  it('streams chunks and ends with [DONE]', async () => {
    const response = await fetch(`${sut.baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ ...question, stream: true, stream_options: { include_usage: true } }),
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await response.text();
    const payloads = text
      .split('\n\n')
      .filter(Boolean)
      .map((frame) => frame.replace(/^data: /, ''));
    expect(payloads.at(-1)).toBe('[DONE]');
    const chunks = payloads.slice(0, -1).map((payload) => JSON.parse(payload));
    expect(chunks.some((chunk) => chunk.usage?.completion_tokens > 0)).toBe(true);
    expect(chunks.filter((chunk) => chunk.choices?.[0]?.finish_reason).length).toBe(1);
  });

  it('labels an answer with its model without a status read (no storage or GPU query between the first token and the client)', async () => {
    const engine = sut.app.get<InferenceEngine>(INFERENCE_ENGINE);
    const statusRead = vi.spyOn(engine, 'getStatus');
    try {
      for (const stream of [false, true]) {
        const response = await fetch(`${sut.baseUrl}/v1/chat/completions`, { method: 'POST', headers: auth, body: JSON.stringify({ ...question, stream }) });
        const text = await response.text();
        expect(text).toContain(`"model":"${engine.modelName}"`);
      }
      expect(engine.modelName).toContain('demo');
      expect(statusRead).not.toHaveBeenCalled();
    } finally {
      statusRead.mockRestore();
    }
  });

  it('refuses an unknown field or a bad message by name', async () => {
    const unknown = await fetch(`${sut.baseUrl}/v1/chat/completions`, { method: 'POST', headers: auth, body: JSON.stringify({ ...question, logit_bias: {} }) });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).message).toContain('logit_bias');
    const badRole = await fetch(`${sut.baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ messages: [{ role: 'doctor', content: 'x' }] }),
    });
    expect(badRole.status).toBe(400);
    expect((await badRole.json()).message).toMatch(/role/);
  });
});

describe('remote engine against a second MedLocal process in inference-node role', () => {
  let node: SpawnedApi;

  beforeAll(async () => {
    node = await spawnApi({
      MEDLOCAL_MODE: 'demo',
      MEDLOCAL_ROLE: 'inference-node',
      MEDLOCAL_API_KEYS: SERVICE_KEY,
      INFERENCE_PARALLEL: '1',
      INFERENCE_QUEUE_MAX: '0',
    });
  });

  afterAll(async () => {
    expect(await node?.stop()).toBe(0);
  });

  const remote = () => createRemoteEngine({ baseUrl: `${node.baseUrl}/v1`, apiKey: SERVICE_KEY, model: 'medgemma' });

  it('serves only the inference endpoints', async () => {
    expect((await fetch(`${node.baseUrl}/api/status`)).status).toBe(404);
    expect((await fetch(`${node.baseUrl}/api/health`)).status).toBe(200);
  });

  it('streams the same events as a local engine: deltas, then done with usage', async () => {
    const collected = await collectInferenceEvents({ events: remote().generate({ messages: question.messages, maxTokens: 10, sampling: { seed: 3 } }) });
    expect(collected.done?.finishReason).toMatch(/stop|length/);
    expect(collected.done?.usage.promptTokens).toBeGreaterThan(5);
    expect(collected.done?.usage.generatedTokens).toBeGreaterThan(0);
  });

  it('applies a grammar that covers the thought from the first token, as the local engine does (the demo model’s answers)', async () => {
    // The answer's leading space after the thought's close is not part of the answer the parser hands on.
    const shapes: string[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const collected = await collectInferenceEvents({
        events: remote().generate({
          messages: question.messages,
          grammar: 'root ::= "<unused94>thought\\n" [a-z]{6} "<unused95>" [a-z ]{10}',
          grammarCoversThought: true,
          maxTokens: 60,
          sampling: { seed, temperature: 1 },
        }),
      });
      shapes.push(`${/^[a-z]{6}$/.test(collected.thought)} ${/^[a-z ]{0,10}$/.test(collected.answer)} ${collected.done?.finishReason}`);
    }
    expect(shapes).toEqual(Array.from({ length: 12 }, () => 'true true stop'));
  });

  it('counts tokens with the node tokenizer', async () => {
    await expect(remote().countTokens('Acute myocardial infarction')).resolves.toBeGreaterThan(3);
  });

  it("cancels on abort and frees the node's only sequence at once", async () => {
    const abort = new AbortController();
    const events: InferenceEvent[] = [];
    for await (const event of remote().generate({ messages: question.messages, maxTokens: 400, sampling: { seed: 5 } }, abort.signal)) {
      events.push(event);
      if (events.length === 3) abort.abort();
    }
    expect(events.at(-1)).toMatchObject({ type: 'done', finishReason: 'cancelled' });
    // The node has one sequence and no queue: this only succeeds if the aborted one was released.
    const deadline = Date.now() + 5_000;
    let next: Awaited<ReturnType<typeof collectInferenceEvents>> | undefined;
    while (!next) {
      try {
        next = await collectInferenceEvents({ events: remote().generate({ messages: question.messages, maxTokens: 4 }) });
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    expect(next.done?.finishReason).toMatch(/stop|length/);
  });
});
