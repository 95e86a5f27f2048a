import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// llama.cpp's own grammar parser and sampler judge the demo grammar, on the random-weight demo GGUF.
import type { Llama } from 'node-llama-cpp';
import { getLlama, LlamaCompletion, LlamaGrammar, LlamaLogLevel } from 'node-llama-cpp';
import { ensureDemoModel } from '@medlocal/demo-model';
import { parseAnswer } from '../answer/answer-section-parser';
import { splitThought } from '../answer/split-thought.util';
import { lintReasoning } from '../lint/lint-reasoning.util';
import { buildDemoAnswerGrammar } from './build-demo-answer-grammar.util';

describe(buildDemoAnswerGrammar.name, () => {
  let llama: Llama;

  beforeAll(async () => {
    llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1, logLevel: LlamaLogLevel.error });
  }, 60_000);

  afterAll(async () => {
    await llama.dispose();
  });

  it('refuses limits that are not whole numbers', () => {
    expect(() => buildDemoAnswerGrammar('zh', { thoughtNoiseChars: -1, maxCharsPerLine: 10 })).toThrow(RangeError);
    expect(() => buildDemoAnswerGrammar('zh', { thoughtNoiseChars: 0, maxCharsPerLine: 0 })).toThrow(RangeError);
  });

  it.each([
    ['zh', 0],
    ['en', 12],
  ] as const)(
    'makes the random-weight demo model write a thought, the four sections and a guideline with its year (%s)',
    async (language, thoughtNoiseChars) => {
      const dir = await mkdtemp(join(tmpdir(), 'medlocal-prompting-demo-'));
      const model = await llama.loadModel({ modelPath: await ensureDemoModel(dir) });
      try {
        const context = await model.createContext({ contextSize: 512, threads: 1 });
        const grammar = new LlamaGrammar(llama, { grammar: buildDemoAnswerGrammar(language, { thoughtNoiseChars, maxCharsPerLine: 16 }) });
        const completion = new LlamaCompletion({ contextSequence: context.getSequence() });
        const sut = await completion.generateCompletion('patient chest pain', { grammar, maxTokens: 400, seed: 11, temperature: 0.8 });

        const { thought, answer } = splitThought(sut);
        expect(thought).toMatch(/(KDIGO|ESC|ADA|NICE) (2012|2019|2021|2023)/);
        const parsed = parseAnswer(answer);
        expect(parsed.present).toEqual(['definition', 'mechanism', 'differential', 'recommendation']);
        expect(parsed.inOrder).toBe(true);
        const lint = lintReasoning({ thought, answer });
        expect(lint.thought.map((flag) => flag.kind)).toContain('guideline-citation');
        expect(lint.answer.map((flag) => flag.kind)).toContain('guideline-citation');
        await context.dispose();
      } finally {
        await model.dispose();
        await rm(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
