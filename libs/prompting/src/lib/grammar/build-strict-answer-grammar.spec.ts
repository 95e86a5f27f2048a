import type { Llama } from 'node-llama-cpp';
import { getLlama, LlamaGrammar, LlamaLogLevel } from 'node-llama-cpp';
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
    const answer = (definition: string) =>
      `## Definition\n${definition}\n## Mechanism\nm\n## Differential\nd\n## Recommendation\nr`;
    expect(sut.matches(answer('0123456789\n0123456789'))).toBe(true);
    expect(sut.matches(answer('01234567890'))).toBe(false);
    expect(sut.matches(answer('a\nb\nc'))).toBe(false);
  });

  it('refuses limits that are not positive integers', () => {
    expect(() => buildStrictAnswerGrammar('zh', { maxLinesPerSection: 0, maxCharsPerLine: 10 })).toThrow(RangeError);
  });
});
