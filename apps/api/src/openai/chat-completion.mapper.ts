import type { FinishReason, InferenceUsage } from '@medlocal/inference';

export function openAiFinishReason(reason: FinishReason): 'stop' | 'length' {
  return reason === 'length' || reason === 'thought-budget' ? 'length' : 'stop';
}

export function openAiUsage(usage: InferenceUsage) {
  return {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.generatedTokens,
    total_tokens: usage.promptTokens + usage.generatedTokens,
    prompt_tokens_details: { cached_tokens: usage.reusedTokens },
    completion_tokens_details: { reasoning_tokens: usage.thoughtTokens },
  };
}
