import { PromptingError, PromptingErrorCode } from '../common/prompting.error';
import { emptyPatientProfile } from '../profile/patient-profile.model';
import { mergeTurnFacts } from '../profile/merge-turn-facts.util';
import { emptyTurnFacts } from '../profile/turn-facts.model';
import { getShippedTemplate } from '../templates/shipped-templates.util';
import type { PromptTemplate } from '../templates/prompt-template.model';
import { buildPrompt } from './build-prompt.util';
import type { HistoryMessage } from './chat-message.model';

// A deterministic stand-in tokenizer: one token per Unicode code point. The budget logic
// only needs a monotone count; the API injects the model's real tokenizer.
const countCodePoints = (text: string) => [...text].length;
// Gemma's per-message overhead; the engine's renderer owns the real figure (@medlocal/inference).
const overhead = 5;

const template = getShippedTemplate({ name: 'clinical-system', language: 'zh' }) as PromptTemplate;
const profile = mergeTurnFacts(
  emptyPatientProfile(),
  {
    ...emptyTurnFacts(),
    age: 62,
    sex: 'male',
    labs: [{ id: 'creatinine', name: '肌酐', value: 132, unit: 'μmol/L', flag: 'high' }],
  },
  1,
);

/** Ten exchanges; every message is exactly 20 code points. */
const tenTurns: HistoryMessage[] = Array.from({ length: 10 }, (_, turn) => [
  { role: 'user' as const, content: `问题${String(turn + 1).padStart(2, '0')}`.padEnd(20, '。') },
  { role: 'assistant' as const, content: `回答${String(turn + 1).padStart(2, '0')}`.padEnd(20, '。') },
]).flat();
const exchangeTokens = 2 * (20 + overhead);
const question = '如果合并活动性消化道溃疡,利伐沙班还能继续用吗?';

async function fixedTokens(): Promise<{ system: number; question: number }> {
  const roomy = await buildPrompt({
    template,
    profile,
    history: [],
    question,
    contextSize: 100_000,
    reserveForAnswer: 0,
    countTokens: countCodePoints,
    turnOverheadTokens: overhead,
    today: '2026-11-28',
  });
  return { system: countCodePoints(roomy.systemText) + overhead, question: countCodePoints(question) + overhead };
}

describe(buildPrompt.name, () => {
  it('keeps profile and newest question and drops the oldest whole exchanges when the context is small', async () => {
    const fixed = await fixedTokens();
    const reserveForAnswer = 512;
    // Room for three exchanges plus a little less than a fourth.
    const contextSize = fixed.system + fixed.question + 3 * exchangeTokens + exchangeTokens - 1 + reserveForAnswer;

    const sut = await buildPrompt({
      template,
      profile,
      history: tenTurns,
      question,
      contextSize,
      reserveForAnswer,
      countTokens: countCodePoints,
      turnOverheadTokens: overhead,
      today: '2026-11-28',
    });

    expect(sut.droppedTurns).toBe(7);
    expect(sut.droppedMessages).toBe(14);
    expect(sut.limit).toBe(contextSize - reserveForAnswer);
    expect(sut.used).toBe(fixed.system + fixed.question + 3 * exchangeTokens);
    expect(sut.used).toBeLessThanOrEqual(sut.limit);
    expect(sut.messages.map((message) => message.content.slice(0, 4))).toEqual([
      '问题08',
      '回答08',
      '问题09',
      '回答09',
      '问题10',
      '回答10',
      question.slice(0, 4),
    ]);
    expect(sut.messages[sut.messages.length - 1]).toEqual({ role: 'user', content: question });
    expect(sut.systemText).toContain('患者: 62岁 男\n检验: 肌酐 132 μmol/L ↑(T1)');
    expect(sut.systemText).toContain('今天是 2026-11-28。');
  });

  it('keeps everything and reports nothing dropped when the history fits', async () => {
    const sut = await buildPrompt({
      template,
      profile,
      history: tenTurns,
      question,
      contextSize: 8192,
      reserveForAnswer: 1024,
      countTokens: async (text) => countCodePoints(text),
      turnOverheadTokens: overhead,
    });
    expect(sut.droppedTurns).toBe(0);
    expect(sut.droppedMessages).toBe(0);
    expect(sut.messages).toHaveLength(21);
  });

  it('keeps only profile and question when not even one exchange fits', async () => {
    const fixed = await fixedTokens();
    const sut = await buildPrompt({
      template,
      profile,
      history: tenTurns,
      question,
      contextSize: fixed.system + fixed.question + exchangeTokens - 1,
      reserveForAnswer: 0,
      countTokens: countCodePoints,
      turnOverheadTokens: overhead,
      today: '2026-11-28',
    });
    expect(sut.droppedTurns).toBe(10);
    expect(sut.messages).toEqual([{ role: 'user', content: question }]);
  });

  it('drops an unanswered user message as its own exchange', async () => {
    const history: HistoryMessage[] = [
      { role: 'user', content: 'a'.repeat(20) },
      { role: 'user', content: 'b'.repeat(20) },
      { role: 'assistant', content: 'c'.repeat(20) },
    ];
    const fixed = await fixedTokens();
    const sut = await buildPrompt({
      template,
      profile,
      history,
      question,
      contextSize: fixed.system + fixed.question + exchangeTokens,
      reserveForAnswer: 0,
      countTokens: countCodePoints,
      turnOverheadTokens: overhead,
      today: '2026-11-28',
    });
    expect(sut.droppedTurns).toBe(1);
    expect(sut.droppedMessages).toBe(1);
    expect(sut.messages.map((message) => message.content[0])).toEqual(['b', 'c', '如']);
  });

  it('throws a typed error naming the sizes when system, profile and question alone do not fit', async () => {
    const fixed = await fixedTokens();
    const contextSize = fixed.system + fixed.question - 1 + 256;
    const error = await buildPrompt({
      template,
      profile,
      history: tenTurns,
      question,
      contextSize,
      reserveForAnswer: 256,
      countTokens: countCodePoints,
      turnOverheadTokens: overhead,
      today: '2026-11-28',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PromptingError);
    const typed = error as PromptingError;
    expect(typed.code).toBe(PromptingErrorCode.ContextTooSmall);
    expect(typed.details).toEqual({
      systemTokens: fixed.system,
      questionTokens: fixed.question,
      limit: contextSize - 256,
      contextSize,
      reserveForAnswer: 256,
    });
    expect(typed.message).toContain(`(${fixed.system} tokens)`);
  });

  it('refuses a reserve that leaves no room', async () => {
    await expect(
      buildPrompt({
        template,
        profile,
        history: [],
        question,
        contextSize: 512,
        reserveForAnswer: 512,
        countTokens: countCodePoints,
        turnOverheadTokens: overhead,
      }),
    ).rejects.toMatchObject({ code: PromptingErrorCode.InvalidBudget });
  });
});
