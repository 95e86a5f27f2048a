import { strictAnswerLimits } from './strict-answer-budget.util';

describe(strictAnswerLimits.name, () => {
  it.each([
    [700, 4.5],
    [1024, 1.2],
    [4096, 1.2],
    [200, 3],
  ])('never lets four full sections exceed %i tokens at %f tokens per character', (answerTokens, tokensPerChar) => {
    const sut = strictAnswerLimits({ answerTokens, tokensPerChar });
    const longestAnswerChars = 4 * sut.maxLinesPerSection * (sut.maxCharsPerLine + 1);
    expect(48 + longestAnswerChars * tokensPerChar).toBeLessThanOrEqual(answerTokens);
    expect(sut.maxLinesPerSection).toBeGreaterThanOrEqual(1);
    expect(sut.maxCharsPerLine).toBeGreaterThanOrEqual(1);
  });

  it('gives a real model room for a full clinical answer', () => {
    const sut = strictAnswerLimits({ answerTokens: 4096, tokensPerChar: 1.2 });
    expect(4 * sut.maxLinesPerSection * sut.maxCharsPerLine).toBeGreaterThan(3000);
  });
});
