import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// llama.cpp's own grammar parser and sampler are the judges of the strict grammar. The library
// itself never imports node-llama-cpp: the scope:shared ban holds for everything but tests.
import type { Llama } from 'node-llama-cpp';
import { getLlama, LlamaCompletion, LlamaGrammar, LlamaLogLevel } from 'node-llama-cpp';
// The workspace's random-weight demo GGUF: llama.cpp samples for real.
import { ensureDemoModel } from '@medlocal/demo-model';
import { parseAnswer } from '../answer/answer-section-parser';
import { buildStrictAnswerGrammar } from './build-strict-answer-grammar.util';
import { GbnfMatcher } from './testing/gbnf-matcher';

const ZH_STRICT_ANSWER =
  '## 定义\n活动性消化道溃疡是未愈合的黏膜缺损。\n\n## 机制\n抗凝增加出血风险。\n- 直接Xa因子抑制剂\n\n## 鉴别\n应激性溃疡。\n\n## 建议\n暂停利伐沙班。\n';
const EN_STRICT_ANSWER =
  '## Definition\nAn unhealed mucosal defect.\n## Mechanism\nFactor Xa inhibition.\n## Differential\nStress ulcer.\n## Recommendation\nHold rivaroxaban.';

describe(buildStrictAnswerGrammar.name, () => {
  let llama: Llama;

  beforeAll(async () => {
    llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1, logLevel: LlamaLogLevel.error });
  }, 60_000);

  afterAll(async () => {
    await llama.dispose();
  });

  it.each(['zh', 'en'] as const)('is a grammar llama.cpp accepts (%s)', (language) => {
    const sut = buildStrictAnswerGrammar(language);
    expect(() => new LlamaGrammar(llama, { grammar: sut })).not.toThrow();
  });

  it('is checked for real by the llama.cpp loader, which refuses a broken grammar', () => {
    const broken = buildStrictAnswerGrammar('zh').replace('section-body ::=', 'section-bodyx ::=');
    expect(() => new LlamaGrammar(llama, { grammar: broken })).toThrow();
  });

  it('accepts a four-section answer in order in each language', () => {
    expect(new GbnfMatcher(buildStrictAnswerGrammar('zh')).matches(ZH_STRICT_ANSWER)).toBe(true);
    expect(new GbnfMatcher(buildStrictAnswerGrammar('en')).matches(EN_STRICT_ANSWER)).toBe(true);
  });

  it.each([
    ['a missing section', ZH_STRICT_ANSWER.replace('## 鉴别\n应激性溃疡。\n\n', '')],
    ['sections out of order', '## 机制\nx\n## 定义\nx\n## 鉴别\nx\n## 建议\nx'],
    ['an empty section', ZH_STRICT_ANSWER.replace('应激性溃疡。\n', '')],
    ['a fifth heading', ZH_STRICT_ANSWER + '## 参考文献\nKDIGO 2012\n'],
    ['text after the end', ZH_STRICT_ANSWER + '\n\n\nmore'],
    ['text before the first heading', '好的。\n' + ZH_STRICT_ANSWER],
    ['English headings in a Chinese answer', EN_STRICT_ANSWER],
  ])('refuses %s', (_case, answer) => {
    expect(new GbnfMatcher(buildStrictAnswerGrammar('zh')).matches(answer)).toBe(false);
  });

  it('bounds each section by lines and characters per line', () => {
    const sut = new GbnfMatcher(buildStrictAnswerGrammar('en', { maxLinesPerSection: 2, maxCharsPerLine: 10 }));
    const answer = (definition: string) => `## Definition\n${definition}\n## Mechanism\nm\n## Differential\nd\n## Recommendation\nr`;
    expect(sut.matches(answer('0123456789\n0123456789'))).toBe(true);
    expect(sut.matches(answer('01234567890'))).toBe(false);
    expect(sut.matches(answer('a\nb\nc'))).toBe(false);
  });

  it.each(['zh', 'en'] as const)(
    'makes llama.cpp generate exactly the four sections (%s), even from a random-weight model',
    async (language) => {
      const dir = await mkdtemp(join(tmpdir(), 'medlocal-prompting-'));
      const model = await llama.loadModel({ modelPath: await ensureDemoModel(dir) });
      try {
        const context = await model.createContext({ contextSize: 512, threads: 1 });
        const grammarText = buildStrictAnswerGrammar(language, { maxLinesPerSection: 2, maxCharsPerLine: 24 });
        const completion = new LlamaCompletion({ contextSequence: context.getSequence() });
        const sut = await completion.generateCompletion('patient chest pain', {
          grammar: new LlamaGrammar(llama, { grammar: grammarText }),
          maxTokens: 400,
          seed: 7,
          temperature: 0.8,
        });
        // Random weights emit stray UTF-8 bytes that llama.cpp's grammar decodes leniently, so
        // the reference matcher is not applied here; the structure is what must hold.
        expect(sut.startsWith(`## ${language === 'zh' ? '定义' : 'Definition'}\n`)).toBe(true);
        expect(sut.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(4);
        const parsed = parseAnswer(sut);
        expect(parsed.present).toEqual(['definition', 'mechanism', 'differential', 'recommendation']);
        expect(parsed.empty).toEqual([]);
        expect(parsed.inOrder).toBe(true);
        expect(parsed.preamble).toBe('');
        await context.dispose();
      } finally {
        await model.dispose();
        await rm(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it('refuses control characters in section text but allows tabs', () => {
    const sut = new GbnfMatcher(buildStrictAnswerGrammar('en'));
    const answer = (body: string) => `## Definition\n${body}\n## Mechanism\nm\n## Differential\nd\n## Recommendation\nr`;
    expect(sut.matches(answer('a\tb'))).toBe(true);
    expect(sut.matches(answer('a\u0008b'))).toBe(false);
    expect(sut.matches(answer('\u000eab'))).toBe(false);
  });

  it('refuses limits that are not positive integers', () => {
    expect(() => buildStrictAnswerGrammar('zh', { maxLinesPerSection: 0, maxCharsPerLine: 10 })).toThrow(RangeError);
  });
});
