import type { FinishReason, InferenceEvent, InferenceUsage } from './inference.port';

/** What every chunk of one streamed chat completion repeats. */
export interface OpenAiStreamContext {
  readonly id: string;
  readonly created: number;
  readonly model: string;
  /** `stream_options.include_usage`: a last, choice-less chunk carries the usage. */
  readonly includeUsage: boolean;
}

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

/**
 * The `data:` payloads an OpenAI-compatible server sends for one engine event: the thought as
 * `reasoning_content` (vLLM and llama.cpp server do the same), the answer as `content`.
 */
export function openAiStreamPayloads(event: InferenceEvent, context: OpenAiStreamContext): unknown[] {
  const chunk = (delta: Record<string, string>, finishReason: string | null = null) => ({
    id: context.id,
    object: 'chat.completion.chunk',
    created: context.created,
    model: context.model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  });
  switch (event.type) {
    case 'thought':
      return [chunk({ reasoning_content: event.delta })];
    case 'answer':
      return [chunk({ content: event.delta })];
    case 'error':
      return [{ error: { message: event.message, code: event.code } }];
    case 'done':
      return [
        chunk({}, openAiFinishReason(event.finishReason)),
        ...(context.includeUsage
          ? [{ id: context.id, object: 'chat.completion.chunk', created: context.created, model: context.model, choices: [], usage: openAiUsage(event.usage) }]
          : []),
      ];
  }
}
