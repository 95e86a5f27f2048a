import type { BatchItem, Token } from 'node-llama-cpp' with { 'resolution-mode': 'import' };
import { prefillChunkingStrategy } from './prefill-chunking.strategy';

const answer = (): BatchItem => ({ tokens: [7 as Token], logits: [true], evaluationPriority: 5 });
const prompt = (length: number): BatchItem => ({ tokens: Array.from({ length }, (_, index) => index as Token), logits: [], evaluationPriority: 5 });

describe(prefillChunkingStrategy.name, () => {
  it('gives every running answer its token, and prompts at most the chunk beside them, first queued first', () => {
    const [a, b, long, next] = [answer(), answer(), prompt(1500), prompt(300)];
    const step = prefillChunkingStrategy(128)({ items: [long, a, next, b], size: 512 });
    expect(step.map(({ item, processAmount }) => [item, processAmount])).toEqual([
      [a, 1],
      [b, 1],
      [long, 128],
    ]);
  });

  it('lets a prompt finish in a step and the next one take the rest of the chunk', () => {
    const [a, short, next] = [answer(), prompt(100), prompt(300)];
    const step = prefillChunkingStrategy(128)({ items: [a, short, next], size: 512 });
    expect(step.map(({ item, processAmount }) => [item, processAmount])).toEqual([
      [a, 1],
      [short, 100],
      [next, 28],
    ]);
  });

  it('fills the whole batch with prompts when no answer is running, or when chunking is off', () => {
    const [long, next] = [prompt(1500), prompt(300)];
    expect(prefillChunkingStrategy(128)({ items: [long, next], size: 512 }).map(({ processAmount }) => processAmount)).toEqual([512]);
    const a = answer();
    expect(prefillChunkingStrategy(null)({ items: [a, long], size: 512 }).map(({ processAmount }) => processAmount)).toEqual([1, 511]);
  });

  it('never hands out more than the batch holds', () => {
    const answers = Array.from({ length: 6 }, answer);
    const step = prefillChunkingStrategy(128)({ items: [...answers, prompt(50)], size: 4 });
    expect(step.reduce((sum, { processAmount }) => sum + processAmount, 0)).toBe(4);
  });

  it('refuses a chunk that is not a positive whole number', () => {
    expect(() => prefillChunkingStrategy(0)).toThrow(/positive integer, got 0/);
    expect(() => prefillChunkingStrategy(12.5)).toThrow(/positive integer/);
  });
});
