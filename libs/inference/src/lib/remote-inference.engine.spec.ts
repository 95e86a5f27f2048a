import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectInferenceEvents } from './collect-inference-events.util';
import { InferenceErrorCode } from './inference.errors';
import type { ChatMessage, InferenceEvent, InferenceRequest } from './inference.port';
import type { LocalInferenceEngine } from './local-inference.engine';
import { RemoteInferenceEngine, createRemoteEngine } from './remote-inference.engine';
import { ensureDemoModel } from '@medlocal/demo-model';
import { createDemoEngine, fixedLengthGrammar, withDemoModelDir } from './testing/demo-engine.fixture';
import { startOpenAiTestServer } from './testing/openai-sse.test-server';
import { caughtInferenceError } from './testing/caught-inference-error';

const MODEL_ID = 'medlocal-demo-42';
const question = (text: string): ChatMessage[] => [
  { role: 'system', content: 'You are a clinical assistant.' },
  { role: 'user', content: text },
];

describe(RemoteInferenceEngine.name, () => {
  let modelDir: Awaited<ReturnType<typeof withDemoModelDir>>;
  let local: LocalInferenceEngine;
  let server: Awaited<ReturnType<typeof startOpenAiTestServer>>;
  let sut: RemoteInferenceEngine;

  beforeAll(async () => {
    modelDir = await withDemoModelDir(ensureDemoModel);
    local = await createDemoEngine(modelDir.modelPath, { parallel: 1, queueMax: 1 });
    server = await startOpenAiTestServer({ engine: local, modelId: MODEL_ID });
    sut = createRemoteEngine({ baseUrl: server.baseUrl, model: MODEL_ID, contextSize: 1024 });
  });

  afterAll(async () => {
    await server.close();
    await local.dispose();
    await modelDir.cleanup();
  });

  it('streams the same thought and answer as the local engine underneath', async () => {
    const request: InferenceRequest = {
      messages: question('Explain AKI'),
      grammar: 'root ::= "<unused94>thought\\n" [a-z]{8} "<unused95>" [a-z ]{12}',
      maxTokens: 60,
      sampling: { temperature: 0.8, seed: 11 },
    };
    const direct = await collectInferenceEvents({ events: local.generate(request) });
    await local.closeConversation('none');
    const remote = await collectInferenceEvents({ events: sut.generate(request) });
    expect(direct.thought).toMatch(/^[a-z]{8}$/);
    expect(remote.thought).toBe(direct.thought);
    expect(remote.answer).toBe(direct.answer);
    expect(remote.done?.finishReason).toBe('stop');
    expect(remote.done?.usage).toMatchObject({
      promptTokens: direct.done?.usage.promptTokens,
      generatedTokens: direct.done?.usage.generatedTokens,
      thoughtTokens: direct.done?.usage.thoughtTokens,
    });
    expect(remote.done?.usage.evaluatedTokens).toBe((remote.done?.usage.promptTokens ?? 0) - (remote.done?.usage.reusedTokens ?? 0));
    expect(remote.done?.timings.firstTokenMs).toBeGreaterThan(0);
  });

  it('reports length when the server stops at max_tokens', async () => {
    const result = await collectInferenceEvents({
      events: sut.generate({ messages: question('long'), grammar: fixedLengthGrammar(300), maxTokens: 12 }),
    });
    expect(result.done).toMatchObject({ finishReason: 'length', usage: { generatedTokens: 12 } });
    expect(result.answer.length).toBeGreaterThan(12);
  });

  it('abort closes the stream and frees the remote sequence', async () => {
    const controller = new AbortController();
    const events: InferenceEvent[] = [];
    for await (const event of sut.generate({ messages: question('abort'), grammar: fixedLengthGrammar(800), maxTokens: 200 }, controller.signal)) {
      events.push(event);
      if (events.length === 3) controller.abort();
    }
    expect(events[events.length - 1]).toMatchObject({ type: 'done', finishReason: 'cancelled' });

    // The server engine has one sequence: the next request gets it once the server saw the close.
    const next = await collectInferenceEvents({ events: local.generate({ messages: question('next'), maxTokens: 4 }) });
    expect(next.done?.finishReason).not.toBe('error');
    expect(next.done?.timings.queueMs).toBeLessThan(1_000);
  });

  it('stops a thought streamed as reasoning_content at the thought budget', async () => {
    const budgeted = createRemoteEngine({ baseUrl: server.baseUrl, model: MODEL_ID, thoughtBudgetTokens: 5 });
    const result = await collectInferenceEvents({
      events: budgeted.generate({ messages: question('think'), grammar: 'root ::= "<think>" [a-z ]{300}', maxTokens: 100 }),
    });
    expect(result.done?.finishReason).toBe('thought-budget');
    expect(result.answer).toBe('');
    expect(result.thought.length).toBeGreaterThan(0);
  });

  it('maps a busy server to QueueFull with its Retry-After', async () => {
    const holder = local.generate({ messages: question('hold'), grammar: fixedLengthGrammar(300), maxTokens: 30 })[Symbol.asyncIterator]();
    await holder.next();
    const queued = collectInferenceEvents({ events: local.generate({ messages: question('queued'), maxTokens: 2 }) });
    try {
      const error = await caughtInferenceError(collectInferenceEvents({ events: sut.generate({ messages: question('busy') }) }));
      expect(error.code).toBe(InferenceErrorCode.QueueFull);
      expect(error.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    } finally {
      await holder.return?.(undefined);
      await queued;
    }
  });

  it('maps an oversize prompt to PromptTooLong', async () => {
    const error = await caughtInferenceError(collectInferenceEvents({ events: sut.generate({ messages: question('the patient '.repeat(800)) }) }));
    expect(error.code).toBe(InferenceErrorCode.PromptTooLong);
    expect(error.message).toMatch(/context holds 1024 tokens/);
  });

  it('fails cleanly when the server is unreachable', async () => {
    const offline = createRemoteEngine({ baseUrl: 'http://127.0.0.1:9/v1', model: MODEL_ID });
    const error = await caughtInferenceError(collectInferenceEvents({ events: offline.generate({ messages: question('x') }) }));
    expect(error.code).toBe(InferenceErrorCode.RemoteUnavailable);
    const status = await offline.getStatus();
    expect(status.model.loaded).toBe(false);
    expect(status.model.error).toContain('127.0.0.1:9');
  });

  it('estimates a token count on the high side when the tokenizer cannot be reached', async () => {
    // A balanced tier: tokenize carries no conversation and may reach a node that just died.
    const offline = createRemoteEngine({ baseUrl: 'http://127.0.0.1:9/v1', model: MODEL_ID });
    const text = 'the patient has high blood pressure';
    expect(await offline.countTokens(text)).toBe(Math.ceil(Buffer.byteLength(text) / 3));
    expect((await caughtInferenceError(offline.tokenize(text))).code).toBe(InferenceErrorCode.RemoteUnavailable);
  });

  it('tells a MedLocal node when the grammar covers the thought, so the node applies it from the first token', async () => {
    const bodies: Record<string, unknown>[] = [];
    const capture = http.createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/v1/chat/completions') bodies.push(JSON.parse(text) as Record<string, unknown>);
        res.writeHead(200, { 'content-type': 'text/event-stream' }).end('data: [DONE]\n\n');
      });
    });
    await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
    try {
      const engine = createRemoteEngine({ baseUrl: `http://127.0.0.1:${(capture.address() as AddressInfo).port}/v1`, model: MODEL_ID });
      const grammar = 'root ::= "<unused94>thought\\n" [a-z]{6} "<unused95>" [a-z ]{10}';
      await collectInferenceEvents({ events: engine.generate({ messages: question('a'), grammar, grammarCoversThought: true }) });
      await collectInferenceEvents({ events: engine.generate({ messages: question('b'), grammar }) });
      await collectInferenceEvents({ events: engine.generate({ messages: question('c'), grammarCoversThought: true }) });
      expect(bodies.map((body) => [body['grammar'] === grammar, body['grammar_covers_thought']])).toEqual([
        [true, true],
        [true, undefined],
        [false, undefined],
      ]);
    } finally {
      await new Promise((resolve) => capture.close(resolve));
    }
  });

  it('asks a server that lists no model for its models once, not before every question', async () => {
    // llama-server without --alias, or a proxy that hides /v1/models: each question must not wait on a lookup first.
    const paths: string[] = [];
    const bare = http.createServer((req, res) => {
      paths.push(req.url ?? '');
      req.resume().on('end', () => {
        if (req.url === '/v1/models') res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');
        else res.writeHead(200, { 'content-type': 'text/event-stream' }).end('data: [DONE]\n\n');
      });
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    try {
      const engine = createRemoteEngine({ baseUrl: `http://127.0.0.1:${(bare.address() as AddressInfo).port}/v1` });
      for (const text of ['a', 'b', 'c']) await collectInferenceEvents({ events: engine.generate({ messages: question(text) }) });
      expect(paths.filter((path) => path === '/v1/models')).toHaveLength(1);
      expect(paths.filter((path) => path === '/v1/chat/completions')).toHaveLength(3);
    } finally {
      await new Promise((resolve) => bare.close(resolve));
    }
  });

  it('budgets prompts by the context the server says it holds when that is smaller than the one configured', async () => {
    // A node started with a smaller INFERENCE_CONTEXT_SIZE (or llama-server's -c split over its slots, vLLM's
    // max_model_len): a prompt sized for the configured context would be refused there turn after turn.
    const lists = (body: string) =>
      http.createServer((req, res) => {
        req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
      });
    for (const [body, expected] of [
      ['{"data":[{"id":"m","max_model_len":1024}]}', 1024],
      ['{"data":[{"id":"m","max_model_len":65536}]}', 4096],
      ['{"data":[{"id":"m"}]}', 4096],
    ] as const) {
      const server = lists(body);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const engine = createRemoteEngine({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, contextSize: 4096 });
        const status = await engine.getStatus();
        expect([engine.contextSize, status.model.contextSize]).toEqual([expected, expected]);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    }
  });

  it('budgets prompts by the smallest context any node of the tier reports', () => {
    const engine = createRemoteEngine({ baseUrl: 'http://127.0.0.1:9/v1', contextSize: 8192 });
    engine.limitContextSize(4096);
    expect(engine.contextSize).toBe(4096);
    engine.limitContextSize(6000);
    expect(engine.contextSize).toBe(6000);
    engine.limitContextSize(null);
    expect(engine.contextSize).toBe(8192);
  });

  it('reports the model the node serves, not a name it was configured with', async () => {
    // A node running the demo model must never be reported (and audited) as MedGemma.
    const unnamed = createRemoteEngine({ baseUrl: server.baseUrl, contextSize: 1024 });
    expect((await unnamed.getStatus()).model).toMatchObject({ name: MODEL_ID, demo: true, loaded: true });
    const misnamed = createRemoteEngine({ baseUrl: server.baseUrl, model: 'medgemma-1.5-4b-it', contextSize: 1024 });
    expect((await misnamed.getStatus()).model).toMatchObject({ name: MODEL_ID, demo: true, loaded: true });
  });

  it('names the model that produced each answer, as the node says in its stream', async () => {
    const misnamed = createRemoteEngine({ baseUrl: server.baseUrl, model: 'medgemma-1.5-4b-it', contextSize: 1024 });
    const result = await collectInferenceEvents({
      events: misnamed.generate({ messages: question('which model'), grammar: fixedLengthGrammar(300), maxTokens: 8 }),
    });
    expect(result.done?.finishReason).toBe('length');
    expect(result.done?.model).toEqual({ name: MODEL_ID, demo: true });
  });

  it('reports the remote model and counts tokens with the server tokenizer', async () => {
    const status = await sut.getStatus();
    expect(status.model).toMatchObject({ name: MODEL_ID, loaded: true, demo: true, contextSize: 1024, error: null });
    expect(await sut.countTokens('the patient has high blood pressure')).toBe(await local.countTokens('the patient has high blood pressure'));
  });
});
