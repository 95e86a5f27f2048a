import { buildStrictAnswerGrammar } from '@medlocal/prompting';
import { answerGrammar } from './answer-grammar.util';
import { strictAnswerLimits } from './strict-answer-budget.util';

describe(answerGrammar.name, () => {
  const sut = answerGrammar;
  const budget = { language: 'zh' as const, answerTokens: 600, thoughtTokens: 1024, tokensPerChar: 1.5 };

  it('never gives a real model the demo grammar: strict mode shapes its answer only, otherwise nothing does', () => {
    const strict = sut({ ...budget, demo: false, strict: true });
    expect(strict.coversThought).toBe(false);
    expect(strict.grammar).toBe(buildStrictAnswerGrammar('zh', strictAnswerLimits({ answerTokens: 600, tokensPerChar: 1.5 })));
    expect(strict.grammar).not.toContain('unused94');
    expect(sut({ ...budget, demo: false, strict: false })).toEqual({ coversThought: false });
  });

  it('holds the demo model to the thought between its markers and the four sections, strict or not', () => {
    for (const strict of [true, false]) {
      const demo = sut({ ...budget, demo: true, strict });
      expect(demo.coversThought).toBe(true);
      expect(demo.grammar).toContain('"<unused94>thought\\n"');
      expect(demo.grammar).toContain('"## 建议\\n"');
    }
  });

  it('keeps the demo thought inside a small thought budget', () => {
    expect(sut({ ...budget, demo: true, strict: true, thoughtTokens: 32, answerTokens: 160 }).grammar).toContain(
      'thought-text ::= noise-char{0,1} " " citation',
    );
    expect(sut({ ...budget, demo: true, strict: true, thoughtTokens: 8, answerTokens: 40 }).grammar).toContain('thought-text ::= citation');
  });
});
