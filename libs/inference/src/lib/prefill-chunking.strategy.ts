import type { BatchItem, CustomBatchingPrioritizationStrategy, PrioritizedBatchItem } from 'node-llama-cpp' with { 'resolution-mode': 'import' };

/**
 * node-llama-cpp's batch prioritisation with chunked prefill. A running answer queues one token a step; a
 * prompt queues all of its own. Every running answer gets its token into each step first, and while any
 * answer runs, each prompt takes at most `chunkTokens` of the step, in the order they were queued, within
 * what the batch holds: a long question read in beside a streaming answer delays that answer by a chunk's
 * time, not a whole batch's (seconds on a CPU). The chunk is each prompt's, not shared: questions sent
 * together (four clinicians at once) are read in one step beside the first one's answer, as llama-server
 * reads them, instead of one chunk a step, first come first; several long ones at once pause an answer for
 * one chunk each. With no answer running, or with `chunkTokens` null, prompts fill the whole batch.
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
    const perPrompt = prioritized.length > 0 && chunkTokens !== null ? chunkTokens : left;
    for (const item of items) {
      if (left === 0) break;
      if (isRunningAnswer(item)) continue;
      const processAmount = Math.min(item.tokens.length, perPrompt, left);
      prioritized.push({ item, processAmount });
      left -= processAmount;
    }
    return prioritized;
  };
}
