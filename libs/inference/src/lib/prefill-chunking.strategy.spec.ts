import type { BatchItem, Token } from 'node-llama-cpp' with { 'resolution-mode': 'import' };
import { prefillChunkingStrategy } from './prefill-chunking.strategy';

const answer = (): BatchItem => ({ tokens: [7 as Token], logits: [true], evaluationPriority: 5 });
const prompt = (length: number): BatchItem => ({ tokens: Array.from({ length }, (_, index) => index as Token), logits: [], evaluationPriority: 5 });

describe(prefillChunkingStrategy.name, () => {
  it('gives every running answer its token, and each prompt at most the chunk beside them', () => {
    const [a, b, long, next] = [answer(), answer(), prompt(1500), prompt(300)];
    const step = prefillChunkingStrategy(128)({ items: [long, a, next, b], size: 512 });
    expect(step.map(({ item, processAmount }) => [item, processAmount])).toEqual([
      [a, 1],
      [b, 1],
      [long, 128],
      [next, 128],
    ]);
  });

  it('reads a burst of short questions in one step beside the first answer, as a step without chunking would', () => {
    // Four questions sent together: the first one's answer has started when the other three are read in. Sharing one
    // chunk between them took three steps where llama-server takes one.
    const [a, second, third, fourth] = [answer(), prompt(96), prompt(97), prompt(95)];
    const step = prefillChunkingStrategy(128)({ items: [a, second, third, fourth], size: 512 });
    expect(step.map(({ item, processAmount }) => [item, processAmount])).toEqual([
      [a, 1],
      [second, 96],
      [third, 97],
      [fourth, 95],
    ]);
  });

  it('lets a short prompt finish in a step and a long one take its chunk', () => {
    const [a, short, next] = [answer(), prompt(100), prompt(300)];
    const step = prefillChunkingStrategy(128)({ items: [a, short, next], size: 512 });
    expect(step.map(({ item, processAmount }) => [item, processAmount])).toEqual([
      [a, 1],
      [short, 100],
      [next, 128],
    ]);
  });

  it('shares what is left of the batch among the prompts first queued first', () => {
    const [a, first, second, third] = [answer(), prompt(1000), prompt(1000), prompt(1000)];
    const step = prefillChunkingStrategy(128)({ items: [a, first, second, third], size: 300 });
    expect(step.map(({ item, processAmount }) => [item, processAmount])).toEqual([
      [a, 1],
      [first, 128],
      [second, 128],
      [third, 43],
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
