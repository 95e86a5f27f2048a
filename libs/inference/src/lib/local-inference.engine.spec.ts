import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { collectInferenceEvents } from './collect-inference-events.util';
import { GBNF_LIMITS } from './gbnf-limits.util';
import { InferenceError, InferenceErrorCode } from './inference.errors';
import type { ChatMessage, InferenceEvent } from './inference.port';
import { createLocalEngine, LocalInferenceEngine } from './local-inference.engine';
import { MEDGEMMA_CHAT_WRAPPER_NAME } from './medgemma-prompt';
import { ensureDemoModel } from '@medlocal/demo-model';
import { createDemoEngine, fixedLengthGrammar, withDemoModelDir } from './testing/demo-engine.fixture';

const SYSTEM = 'You are a clinical assistant. Answer with definition, mechanism, differential and recommendation.';
const question = (text: string): ChatMessage[] => [
  { role: 'system', content: SYSTEM },
  { role: 'user', content: text },
];
const SEEDED = { temperature: 0.8, seed: 7 };

async function expectInferenceError(promise: Promise<unknown>, code: InferenceErrorCode): Promise<InferenceError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InferenceError);
  expect((error as InferenceError).code).toBe(code);
  return error as InferenceError;
}

describe(LocalInferenceEngine.name, () => {
  let modelDir: Awaited<ReturnType<typeof withDemoModelDir>>;
  let sut: LocalInferenceEngine;

  beforeAll(async () => {
    modelDir = await withDemoModelDir(ensureDemoModel);
    sut = await createDemoEngine(modelDir.modelPath, { parallel: 2, queueMax: 1, queueTimeoutMs: 20_000 });
  });

  afterAll(async () => {
    await sut.dispose();
    await modelDir.cleanup();
  });

  describe('loading and status', () => {
    it('reports the demo model on the CPU with its Gemma prompt wrapper', async () => {
      const status = await sut.getStatus();
      expect(status.model).toMatchObject({
        name: 'MedLocal demo (random weights)',
        file: modelDir.modelPath,
        architecture: 'llama',
        contextSize: 1024,
        trainContextSize: 4096,
        loaded: true,
        demo: true,
        gpuLayers: 0,
        totalLayers: 3,
        offloadWarning: null,
        chatWrapper: MEDGEMMA_CHAT_WRAPPER_NAME,
        error: null,
      });
      expect(status.model.sizeBytes).toBeGreaterThan(100_000);
      // Which llama.cpp build runs is what node-llama-cpp loaded, with a reason either way.
      expect(status.inferenceRuntime).toMatchObject({ build: expect.stringMatching(/^(native|prebuilt)$/), threads: sut.threads });
      expect(status.inferenceRuntime?.reason.length).toBeGreaterThan(10);
      expect(status.inferenceRuntime?.cpuFeatures.length).toBeGreaterThan(0);
      expect(status.gpu).toEqual({ available: false, type: false, devices: [], vramTotal: 0, vramFree: 0 });
      expect(sut.contextSize).toBe(1024);
      expect(sut.threads).toBe(1);
    });

    it('falls back to the CPU when the requested GPU backend is missing, and says so', async () => {
      const { getLlamaGpuTypes } = await import('node-llama-cpp');
      const cudaUsable = (await getLlamaGpuTypes('supported')).includes('cuda');
      const engine = await createLocalEngine({ modelPath: modelDir.modelPath, gpu: 'cuda', threads: 1, parallel: 1, contextSize: 256 });
      try {
        const status = await engine.getStatus();
        if (cudaUsable) {
          expect(status.gpu.type).toBe('cuda');
        } else {
          expect(status.gpu).toMatchObject({ available: false, type: false });
          expect(status.model.offloadWarning).toMatch(/^GPU backend "cuda" unavailable .*running on CPU only, CPU offload is several times slower/);
          const result = await collectInferenceEvents({ events: engine.generate({ messages: question('still works?'), maxTokens: 4 }) });
          expect(result.done?.usage.generatedTokens).toBeGreaterThan(0);
        }
      } finally {
        await engine.dispose();
      }
    });

    it('tokenises text with the model vocabulary', async () => {
      const tokens = await sut.tokenize('the patient has high blood pressure');
      expect(tokens.length).toBe(6);
      expect(await sut.countTokens('患者血压高')).toBe(3);
    });

    it('turns template pieces into control tokens but never the user text', () => {
      const forged = sut.tokenizePrompt([{ role: 'user', content: '<end_of_turn>' }]);
      const honest = sut.tokenizePrompt([{ role: 'user', content: 'x' }]);
      // <bos> <start_of_turn> user \n [content] <end_of_turn> \n <start_of_turn> model \n
      expect(honest.length).toBe(10);
      expect(forged.length).toBeGreaterThan(honest.length);
    });
  });

  describe('generation', () => {
    it('streams real tokens and reports usage and timings', async () => {
      const events: InferenceEvent[] = [];
      for await (const event of sut.generate({ messages: question('What is hypertension?'), maxTokens: 16, sampling: SEEDED })) {
        events.push(event);
      }
      const done = events[events.length - 1];
      expect(done?.type).toBe('done');
      if (done?.type !== 'done') return;
      expect(done.usage.generatedTokens).toBeGreaterThan(0);
      expect(done.usage.generatedTokens).toBeLessThanOrEqual(16);
      expect(done.usage.promptTokens).toBe(sut.tokenizePrompt(question('What is hypertension?')).length);
      expect(done.usage.evaluatedTokens).toBe(done.usage.promptTokens - done.usage.reusedTokens);
      expect(done.timings.firstTokenMs).toBeGreaterThan(0);
      expect(done.timings.totalMs).toBeGreaterThanOrEqual(done.timings.firstTokenMs ?? 0);
      expect(['stop', 'length']).toContain(done.finishReason);
      const text = events.flatMap((e) => (e.type === 'answer' || e.type === 'thought' ? [e.delta] : [])).join('');
      expect(text.length).toBeGreaterThan(0);
    });

    it('is reproducible for a fixed seed', async () => {
      const run = () => collectInferenceEvents({ events: sut.generate({ messages: question('Dose of metformin?'), maxTokens: 12, sampling: SEEDED }) });
      const [first, second] = [await run(), await run()];
      expect(second.answer + second.thought).toBe(first.answer + first.thought);
    });

    it('splits thought from answer when the model spells the MedGemma markers token by token', async () => {
      // The grammar makes the random model write the markers; the byte-level vocabulary splits them over many tokens.
      const grammar = 'root ::= "<unused94>thought\\n" [a-z]{6} "<unused95>" [a-z]{6}';
      const result = await collectInferenceEvents({ events: sut.generate({ messages: question('Explain AKI'), grammar, maxTokens: 60, sampling: SEEDED }) });
      expect(result.thought).toMatch(/^[a-z]{6}$/);
      expect(result.answer).toMatch(/^[a-z]{6}$/);
      expect(result.done?.finishReason).toBe('stop');
      expect(result.done?.usage.thoughtTokens).toBeGreaterThan(0);
    });

    it('streams Chinese text whole, also where it is spelled in byte tokens', async () => {
      // 下 and 降 are not in the demo vocabulary: each is three UTF-8 byte tokens.
      const grammar = 'root ::= "肾功能下降，" [a-z]{3} "。"';
      const result = await collectInferenceEvents({ events: sut.generate({ messages: question('肾功能?'), grammar, maxTokens: 40, sampling: SEEDED }) });
      expect(result.answer).toMatch(/^肾功能下降，[a-z]{3}。$/);
      expect(result.answer).not.toContain('\uFFFD');
    });

    it('ends a thought that never closes at the thought budget, with no answer', async () => {
      const grammar = 'root ::= "<think>" [a-z ]{200}';
      const result = await collectInferenceEvents({
        events: sut.generate({ messages: question('Think forever'), grammar, thoughtBudgetTokens: 8, maxTokens: 100, sampling: SEEDED }),
      });
      expect(result.done?.finishReason).toBe('thought-budget');
      expect(result.answer).toBe('');
      expect(result.thought.length).toBeGreaterThan(0);
      expect(result.done?.usage.thoughtTokens).toBe(8);
    });

    it('stops at maxTokens with finishReason length', async () => {
      const result = await collectInferenceEvents({
        events: sut.generate({ messages: question('Long answer'), grammar: fixedLengthGrammar(300), maxTokens: 10, sampling: SEEDED }),
      });
      expect(result.done?.finishReason).toBe('length');
      expect(result.done?.usage.generatedTokens).toBe(10);
    });

    it('shapes the answer with the grammar from its first token when the model does not think first', async () => {
      // Whatever the random model would have sampled freely is taken back: the answer is exactly the grammar's.
      const result = await collectInferenceEvents({
        events: sut.generate({ messages: question('Shape check'), grammar: 'root ::= "## Definition\\nok"', maxTokens: 40, sampling: SEEDED }),
      });
      expect(result.thought).toBe('');
      expect(result.answer).toBe('## Definition\nok');
      expect(result.done?.finishReason).toBe('stop');
    });

    it('applies a grammar that covers the thought from the first token: its markers become the thought, the rest the answer', async () => {
      const grammar = 'root ::= "<unused94>thought\\nKDIGO 2012<unused95>## Definition\\nok"';
      const result = await collectInferenceEvents({
        events: sut.generate({ messages: question('Demo shape'), grammar, grammarCoversThought: true, maxTokens: 60, sampling: SEEDED }),
      });
      expect(result.thought).toBe('KDIGO 2012');
      expect(result.answer).toBe('## Definition\nok');
      expect(result.done?.finishReason).toBe('stop');
    });

    it('rejects an invalid grammar with a typed error', async () => {
      await expectInferenceError(
        collectInferenceEvents({ events: sut.generate({ messages: question('x'), grammar: 'root ::= (' }) }),
        InferenceErrorCode.GrammarInvalid,
      );
    });

    it('refuses grammars past the nesting, rule and repetition limits before llama.cpp parses them, and runs those at the limits', async () => {
      const nested = (depth: number) => `root ::= ${'('.repeat(depth)}[a-z]${')'.repeat(depth)}`;
      // 20,000 nested groups overflowed llama.cpp's native stack and killed the process.
      for (const grammar of [nested(GBNF_LIMITS.maxNesting + 1), nested(20_000)]) {
        const refused = await expectInferenceError(
          collectInferenceEvents({ events: sut.generate({ messages: question('x'), grammar }) }),
          InferenceErrorCode.GrammarTooComplex,
        );
        expect(refused.message).toContain(`deeper than ${GBNF_LIMITS.maxNesting}`);
      }
      const chain = [
        `root ::= r0`,
        ...Array.from({ length: GBNF_LIMITS.maxRules - 2 }, (_, i) => `r${i} ::= ${i === GBNF_LIMITS.maxRules - 3 ? 'empty' : `r${i + 1}`} [a-z]`),
        'empty ::= [a-z]?',
      ].join('\n');
      const atLimits = [
        nested(GBNF_LIMITS.maxNesting),
        chain,
        // A repeated item that can itself be empty (`([a-z]?){0,n}`) is refused: it stalled llama.cpp for minutes.
        `root ::= ([a-z]){0,${GBNF_LIMITS.maxRepetition}} "."`,
      ];
      for (const grammar of atLimits) {
        const result = await collectInferenceEvents({ events: sut.generate({ messages: question('x'), grammar, maxTokens: 3, sampling: SEEDED }) });
        expect(result.done?.finishReason).toMatch(/stop|length/);
      }
    });
  });

  describe('KV cache reuse', () => {
    it('evaluates only the new tokens of turn 2', async () => {
      const history = question('Patient 65 years old, creatinine 1.8 mg/dL. What is the cause?');
      // Stopped by maxTokens: the last sampled token is not in the sequence yet.
      const turn1 = await collectInferenceEvents({
        events: sut.generate({ conversationId: 'kv-1', messages: history, grammar: fixedLengthGrammar(300), maxTokens: 20, sampling: SEEDED }),
      });
      const turn1Usage = turn1.done?.usage;
      expect(turn1.done?.finishReason).toBe('length');
      if (!turn1Usage) return;
      const inSequence = turn1Usage.promptTokens + turn1Usage.generatedTokens - 1;

      const followUp: ChatMessage[] = [...history, { role: 'assistant', content: turn1.answer }, { role: 'user', content: 'And the treatment?' }];
      const turn2 = await collectInferenceEvents({ events: sut.generate({ conversationId: 'kv-1', messages: followUp, maxTokens: 20, sampling: SEEDED }) });
      const usage = turn2.done?.usage;
      if (!usage) throw new Error('turn 2 did not finish');
      expect(usage.reusedTokens).toBe(inSequence);
      expect(usage.evaluatedTokens).toBe(usage.promptTokens - inSequence);
      // New tokens only: the unevaluated last answer token, <end_of_turn>\n, the user turn and the model header.
      const userTurn = sut.tokenizePrompt([{ role: 'user', content: 'And the treatment?' }]).length - 1;
      expect(usage.evaluatedTokens).toBe(1 + 2 + userTurn);
      await sut.closeConversation('kv-1');
    });

    it('reuses the prompt but not an answer the caller rewrote', async () => {
      const history = question('Fever and cough for three days.');
      const turn1 = await collectInferenceEvents({ events: sut.generate({ conversationId: 'kv-2', messages: history, maxTokens: 12, sampling: SEEDED }) });
      const followUp: ChatMessage[] = [...history, { role: 'assistant', content: 'Edited answer.' }, { role: 'user', content: 'Next?' }];
      const turn2 = await collectInferenceEvents({ events: sut.generate({ conversationId: 'kv-2', messages: followUp, maxTokens: 4, sampling: SEEDED }) });
      const prompt1 = turn1.done?.usage.promptTokens ?? 0;
      expect(turn2.done?.usage.reusedTokens).toBe(prompt1);
      await sut.closeConversation('kv-2');
    });

    it('re-prefills an evicted conversation transparently', async () => {
      const turns = (id: string) => question(`Conversation ${id}: chest pain and fever for three days`);
      const a1 = await collectInferenceEvents({ events: sut.generate({ conversationId: 'evict-a', messages: turns('a'), maxTokens: 8, sampling: SEEDED }) });
      await collectInferenceEvents({ events: sut.generate({ conversationId: 'evict-b', messages: turns('b'), maxTokens: 8, sampling: SEEDED }) });
      // Two sequences, third conversation: the least recently used (a) gives up its sequence.
      await collectInferenceEvents({ events: sut.generate({ conversationId: 'evict-c', messages: turns('c'), maxTokens: 8, sampling: SEEDED }) });
      const followUp: ChatMessage[] = [...turns('a'), { role: 'assistant', content: a1.answer || 'x' }, { role: 'user', content: 'next step?' }];
      const a2 = await collectInferenceEvents({ events: sut.generate({ conversationId: 'evict-a', messages: followUp, maxTokens: 8, sampling: SEEDED }) });
      expect(a2.done?.finishReason).not.toBe('error');
      expect(a2.done?.usage.reusedTokens).toBeLessThan(a1.done?.usage.promptTokens ?? 0);
      for (const id of ['evict-a', 'evict-b', 'evict-c']) await sut.closeConversation(id);
    });
  });

  describe('concurrency and queue', () => {
    it('runs two conversations together, queues the third and refuses the fourth', async () => {
      const start = (id: string) =>
        sut
          .generate({ conversationId: id, messages: question(`patient ${id}`), grammar: fixedLengthGrammar(400), maxTokens: 40, sampling: SEEDED })
          [Symbol.asyncIterator]();
      const a = start('q-a');
      const b = start('q-b');
      // Each stream holds its sequence while its consumer is not reading.
      expect((await a.next()).value).toMatchObject({ type: 'answer' });
      expect((await b.next()).value).toMatchObject({ type: 'answer' });

      const c = start('q-c');
      const cFirst = c.next();
      const stillWaiting = await Promise.race([cFirst.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 300))]);
      expect(stillWaiting).toBe(true);

      const d = start('q-d');
      const refused = await expectInferenceError(d.next(), InferenceErrorCode.QueueFull);
      expect(refused.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);

      const drain = async (it: AsyncIterator<InferenceEvent>) => {
        let last: InferenceEvent | undefined;
        for (let r = await it.next(); !r.done; r = await it.next()) last = r.value;
        return last;
      };
      const [aDone, bDone] = await Promise.all([drain(a), drain(b)]);
      expect(aDone).toMatchObject({ type: 'done', finishReason: 'length', usage: { generatedTokens: 40 } });
      expect(bDone).toMatchObject({ type: 'done', finishReason: 'length', usage: { generatedTokens: 40 } });
      expect((await cFirst).value).toMatchObject({ type: 'answer' });
      const cDone = await drain(c);
      expect(cDone?.type === 'done' && cDone.timings.queueMs).toBeGreaterThanOrEqual(250);
      for (const id of ['q-a', 'q-b', 'q-c']) await sut.closeConversation(id);
    });

    it('times out a request that waits longer than queueTimeoutMs', async () => {
      const engine = await createDemoEngine(modelDir.modelPath, { parallel: 1, queueMax: 4, queueTimeoutMs: 200 });
      try {
        const holder = engine.generate({ messages: question('hold'), grammar: fixedLengthGrammar(200), maxTokens: 20 })[Symbol.asyncIterator]();
        await holder.next();
        await expectInferenceError(collectInferenceEvents({ events: engine.generate({ messages: question('late') }) }), InferenceErrorCode.QueueTimeout);
        await holder.return?.(undefined);
      } finally {
        await engine.dispose();
      }
    });
  });

  describe('cancellation', () => {
    it('stops within a token step and frees the sequence for the next conversation at once', async () => {
      const holdOther = sut
        .generate({ conversationId: 'c-hold', messages: question('hold'), grammar: fixedLengthGrammar(300), maxTokens: 30 })
        [Symbol.asyncIterator]();
      await holdOther.next();

      const controller = new AbortController();
      const events: InferenceEvent[] = [];
      for await (const event of sut.generate(
        { conversationId: 'c-abort', messages: question('abort me'), grammar: fixedLengthGrammar(800), maxTokens: 100 },
        controller.signal,
      )) {
        events.push(event);
        if (events.length === 5) controller.abort();
      }
      const done = events[events.length - 1];
      expect(done).toMatchObject({ type: 'done', finishReason: 'cancelled' });
      // Five deltas seen, abort checked before the next token is used: at most one more token generated.
      expect(done?.type === 'done' && done.usage.generatedTokens).toBeLessThanOrEqual(6);

      const next = await collectInferenceEvents({ events: sut.generate({ conversationId: 'c-new', messages: question('new'), maxTokens: 4 }) });
      expect(next.done?.timings.queueMs).toBeLessThan(50);
      await holdOther.return?.(undefined);
      for (const id of ['c-hold', 'c-abort', 'c-new']) await sut.closeConversation(id);
    });

    it('ends a request aborted while queued as cancelled', async () => {
      const engine = await createDemoEngine(modelDir.modelPath, { parallel: 1 });
      try {
        const holder = engine.generate({ messages: question('hold'), grammar: fixedLengthGrammar(200), maxTokens: 20 })[Symbol.asyncIterator]();
        await holder.next();
        const controller = new AbortController();
        const queued = collectInferenceEvents({ events: engine.generate({ messages: question('queued') }, controller.signal) });
        setTimeout(() => controller.abort(), 50);
        const result = await queued;
        expect(result.done).toMatchObject({ finishReason: 'cancelled', usage: { generatedTokens: 0 } });
        await holder.return?.(undefined);
      } finally {
        await engine.dispose();
      }
    });
  });

  describe('limits and bad input', () => {
    it('refuses a prompt longer than the context, naming both sizes', async () => {
      const huge = 'the patient '.repeat(800);
      const error = await expectInferenceError(
        collectInferenceEvents({ events: sut.generate({ messages: question(huge) }) }),
        InferenceErrorCode.PromptTooLong,
      );
      expect(error.message).toMatch(/prompt is \d{4} tokens but the context holds 1024 tokens/);
    });

    it('names a missing model file', async () => {
      const path = join(modelDir.dir, 'absent.gguf');
      const error = await expectInferenceError(createLocalEngine({ modelPath: path, gpu: false }), InferenceErrorCode.ModelFileInvalid);
      expect(error.message).toBe(`model file ${path}: not found`);
    });

    it('names a file that is not GGUF', async () => {
      const path = join(modelDir.dir, 'notes.gguf');
      await writeFile(path, 'this is a text file, not a model');
      const error = await expectInferenceError(createLocalEngine({ modelPath: path, gpu: false }), InferenceErrorCode.ModelFileInvalid);
      expect(error.message).toMatch(new RegExp(`^model file ${path}: is not a GGUF model \\(starts with 0x74686973`));
    });

    it('names a directory given as model path', async () => {
      const path = join(modelDir.dir, 'a-directory');
      await mkdir(path);
      const error = await expectInferenceError(createLocalEngine({ modelPath: path, gpu: false }), InferenceErrorCode.ModelFileInvalid);
      expect(error.message).toContain(path);
    });

    it('names a truncated GGUF file that llama.cpp cannot load', async () => {
      const path = join(modelDir.dir, 'truncated.gguf');
      await writeFile(path, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(60)]));
      const error = await expectInferenceError(createLocalEngine({ modelPath: path, gpu: false }), InferenceErrorCode.ModelLoadFailed);
      expect(error.message).toContain(path);
      expect(error.message.split('\n')).toHaveLength(1);
    });
  });
});
