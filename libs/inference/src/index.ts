export { INFERENCE_ENGINE } from './lib/inference.port';
export type {
  ChatMessage,
  ChatRole,
  FinishReason,
  InferenceEngine,
  InferenceEvent,
  InferenceQueueTicket,
  InferenceRequest,
  InferenceTimings,
  InferenceUsage,
  SamplingOptions,
  ServedModel,
  TokenCountOptions,
} from './lib/inference.port';
export type { GpuStatus, GpuType, InferenceStatus, ModelStatus } from './lib/inference-status';
export type { InferenceRuntimeStatus } from './lib/llama-build';
export { DEFAULT_PREFILL_CHUNK_TOKENS_CPU, INFERENCE_DEFAULTS, type GpuPreference, type InferenceEngineConfig } from './lib/inference-config';
export { InferenceError, InferenceErrorCode, isInferenceError, type InferenceErrorDetails } from './lib/inference.errors';
export { GBNF_LIMITS, gbnfLimitViolation } from './lib/gbnf-limits.util';
export { DEFAULT_THOUGHT_MARKERS, ThoughtStreamParser, type ParsedSegment, type ThoughtMarker } from './lib/thought-stream-parser';
export {
  MEDGEMMA_CHAT_WRAPPER_NAME,
  MEDGEMMA_TURN_OVERHEAD_TOKENS,
  promptSegmentsToText,
  renderMedGemmaPrompt,
  type PromptSegment,
} from './lib/medgemma-prompt';
export { DEMO_MODEL_NAME } from './lib/demo-model-name';
export { defaultThreadCount } from './lib/default-threads.util';
export { stalledGenerationProblem, type GenerationProgressSnapshot } from './lib/generation-progress';
export { createLocalEngine, LocalInferenceEngine } from './lib/local-inference.engine';
export { CONVERSATION_HEADER, createRemoteEngine, RemoteInferenceEngine, type RemoteEngineConfig } from './lib/remote-inference.engine';
export { collectInferenceEvents, type CollectedInference } from './lib/collect-inference-events.util';
export type { CallerGroup } from './lib/sequence-pool';
export { openAiFinishReason, openAiStreamPayloads, openAiUsage, type OpenAiStreamContext } from './lib/openai-stream.util';
