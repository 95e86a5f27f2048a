import type { BatchItem, CustomBatchingPrioritizationStrategy, PrioritizedBatchItem } from 'node-llama-cpp' with { 'resolution-mode': 'import' };

/**
 * node-llama-cpp's batch prioritisation with chunked prefill, as llama-server and vLLM do it. A running
 * answer queues one token a step; a prompt queues all of its own. Every running answer gets its token
 * into each step first, and while any answer runs, prompts share at most `chunkTokens` of the step, in
 * the order they were queued: a step then costs about `chunkTokens` tokens of work, so a long question
 * read in beside a streaming answer delays that answer by a chunk's time, not a whole batch's (seconds
 * on a CPU). With no answer running, or with `chunkTokens` null, prompts fill the whole batch.
 */
export function prefillChunkingStrategy(chunkTokens: number | null): CustomBatchingPrioritizationStrategy {
  if (chunkTokens !== null && (!Number.isInteger(chunkTokens) || chunkTokens < 1)) {
    throw new RangeError(`chunkTokens must be a positive integer, got ${chunkTokens}`);
  }
  return ({ items, size }) => {
    const isRunningAnswer = (item: BatchItem) => item.tokens.length === 1;
    const prioritized: PrioritizedBatchItem[] = [];
    let left = size;
    for (const item of items) {
      if (left === 0) break;
      if (!isRunningAnswer(item)) continue;
      prioritized.push({ item, processAmount: 1 });
      left -= 1;
    }
    let promptBudget = prioritized.length > 0 && chunkTokens !== null ? Math.min(left, chunkTokens) : left;
    for (const item of items) {
      if (promptBudget === 0) break;
      if (isRunningAnswer(item)) continue;
      const processAmount = Math.min(item.tokens.length, promptBudget);
      prioritized.push({ item, processAmount });
      promptBudget -= processAmount;
    }
    return prioritized;
  };
}
