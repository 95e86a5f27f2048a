import type { ChatMessage } from '@medlocal/contracts';
import type { GenerationProgressSnapshot } from './generation-progress';
import type { InferenceStatus } from './inference-status';

/** DI token for the engine port; apps bind it to `createLocalEngine` or `createRemoteEngine`. */
export const INFERENCE_ENGINE = Symbol('INFERENCE_ENGINE');

/** Owned by the wire contracts: the OpenAI-compatible API, the prompt budget and the engine share it. */
export type { ChatMessage, ChatRole } from '@medlocal/contracts';

export interface SamplingOptions {
  temperature?: number;
  topK?: number;
  topP?: number;
  seed?: number;
}

export interface InferenceRequest {
  /**
   * Keeps a context sequence (and its KV cache) for this conversation between turns.
   * Omit for one-off requests; call `closeConversation` when the conversation ends.
   */
  conversationId?: string;
  /**
   * Who is asking (user id, API key id): the queue shares sequences fairly between callers and caps
   * each caller's concurrent generations. Requests that name none are not capped.
   */
  callerId?: string;
  /** Whole history, oldest first; at most one leading `system` message. */
  messages: readonly ChatMessage[];
  sampling?: SamplingOptions;
  maxTokens?: number;
  /** Overrides the engine's `thoughtBudgetTokens` for this request. */
  thoughtBudgetTokens?: number;
  /**
   * GBNF grammar for the answer (strict answer shape). A thought the model opens first is left
   * free; the grammar applies from the thought's end, or from the first answer token.
   */
  grammar?: string;
  /**
   * The grammar shapes the whole output, thought markers included, from the first token (the demo
   * model's MedGemma-shaped grammar); otherwise it applies to the answer only, as above.
   */
  grammarCoversThought?: boolean;
}

export type FinishReason = 'stop' | 'length' | 'thought-budget' | 'cancelled' | 'error';

export interface InferenceUsage {
  promptTokens: number;
  /** Prompt tokens already in the KV cache, not evaluated again. */
  reusedTokens: number;
  /** Prompt tokens evaluated for this request: promptTokens - reusedTokens. */
  evaluatedTokens: number;
  generatedTokens: number;
  /** Part of generatedTokens spent inside a thought. */
  thoughtTokens: number;
}

/** The queue's own numbering of a request (see SequencePool): order checked without clocks. */
export interface InferenceQueueTicket {
  /** This request's place among all requests the queue received. */
  arrival: number;
  /** Sequences granted before this request arrived. */
  grantsAtArrival: number;
  /** This request's place among all grants: it waited behind `grant - grantsAtArrival - 1` others. */
  grant: number;
}

export interface InferenceTimings {
  queueMs: number;
  /** Set by engines with a local queue. */
  queue?: InferenceQueueTicket;
  /** From the call to the first generated token (queue + prefill); null when nothing was generated. */
  firstTokenMs: number | null;
  totalMs: number;
  /** Generated tokens per second after the first token. */
  tokensPerSecond: number;
}

/**
 * The model that produced one answer, where the answer itself says so: a remote node names its model in
 * every chunk, and behind a balancer that is the only sure record of which model answered.
 */
export interface ServedModel {
  name: string;
  demo: boolean;
}

export type InferenceEvent =
  | { type: 'thought'; delta: string }
  | { type: 'answer'; delta: string }
  | { type: 'done'; usage: InferenceUsage; timings: InferenceTimings; finishReason: FinishReason; model?: ServedModel }
  | { type: 'error'; code: string; message: string };

/** Which conversation a prompt being sized belongs to: a balanced tier asks the node that holds it. */
export interface TokenCountOptions {
  readonly conversationId?: string;
}

/**
 * One engine, local (llama.cpp) or remote (OpenAI-compatible). Errors raised before the first
 * token (QueueFull, QueueTimeout, PromptTooLong, ...) are thrown as `InferenceError` from the
 * iterator, so callers can still answer with a status code; failures after streaming began are
 * yielded as an `error` event followed by `done` with finishReason 'error'.
 */
export interface InferenceEngine {
  readonly kind: 'local' | 'remote';
  /** Context window in tokens, for the prompting layer's budget. */
  readonly contextSize: number;
  /**
   * The name answers are labelled with, known without a status read: `getStatus` checks the model file and
   * the GPU, which must not stand between a first token and the client.
   */
  readonly modelName: string;
  /**
   * Sequences generating and requests waiting now, for status and metrics. Engines with a queue of
   * their own report it; a remote engine cannot see its server's queue and leaves it out.
   */
  readonly queueDepth?: { generating: number; waiting: number };
  /**
   * Generations in flight and how long they have gone without moving (a token, a prompt batch), for health: an engine with llama.cpp in
   * this process reports it; a remote engine cannot see its node's decode and leaves it out.
   */
  readonly progress?: GenerationProgressSnapshot;
  generate(request: InferenceRequest, signal?: AbortSignal): AsyncIterable<InferenceEvent>;
  /** Frees the conversation's sequence and wipes its KV cache. */
  closeConversation(conversationId: string): Promise<void>;
  getStatus(): Promise<InferenceStatus>;
  tokenize(text: string, options?: TokenCountOptions): Promise<number[]>;
  countTokens(text: string, options?: TokenCountOptions): Promise<number>;
  dispose(): Promise<void>;
}
