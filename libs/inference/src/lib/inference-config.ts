import type { CallerGroup } from './sequence-pool';
import type { ThoughtMarker } from './thought-stream-parser';

export type GpuPreference = 'auto' | 'cuda' | 'vulkan' | false;

export interface InferenceEngineConfig {
  modelPath: string;
  /** 'auto' tries CUDA, then Vulkan, then CPU. */
  gpu?: GpuPreference;
  /** 'auto' offloads as many layers as fit in VRAM; the rest runs on the CPU. */
  gpuLayers?: 'auto' | 'max' | number;
  /** CPU threads for llama.cpp; by default every logical core with an OpenMP build, one less without (`defaultThreadCount`). */
  threads?: number;
  /** Context sequences generating together in one batch (concurrent conversations). */
  parallel?: number;
  /** Requests allowed to wait for a sequence; beyond it generate throws QueueFull. */
  queueMax?: number;
  queueTimeoutMs?: number;
  /** Generations one caller (request.callerId) may run at once; its further requests wait. */
  maxConcurrentPerCaller?: number;
  /** Requests one caller may have waiting; beyond it generate throws CallerQueueFull. Default: a quarter of queueMax. */
  queueMaxPerCaller?: number;
  /** Sets of callers held together below a number of running generations (e.g. API keys below `parallel`). */
  callerGroups?: readonly CallerGroup[];
  /** Tokens per sequence; defaults to min(train context, 8192). */
  contextSize?: number;
  /**
   * Prompt tokens one decode step may take while another answer is generating (chunked prefill), so a long
   * question read in beside a streaming answer pauses it for a chunk, not for a whole batch. Defaults to
   * DEFAULT_PREFILL_CHUNK_TOKENS_CPU on the CPU and the whole batch on a GPU, where a batch is milliseconds.
   */
  prefillChunkTokens?: number;
  thoughtBudgetTokens?: number;
  thoughtMarkers?: readonly ThoughtMarker[];
  /**
   * Keep the full KV cache on sliding-window (SWA) layers so any prefix can be reused between
   * turns. Off: llama.cpp keeps only the window and the engine checkpoints the prompt end instead.
   */
  swaFullCache?: boolean;
  /** Shown in status; defaults to the GGUF's general.name. */
  modelName?: string;
  /**
   * Map the GGUF instead of reading it into memory. Off by default: a mapped file that is truncated
   * or overwritten in place (`cp new.gguf model.gguf`) kills the whole process with SIGBUS; a read
   * copy takes the same memory and survives it (weights offloaded to a GPU are copied there either way).
   */
  useMmap?: boolean;
  /** How often status re-checks the model file on disk (deleted, replaced, truncated). */
  modelFileCheckIntervalMs?: number;
}

export const INFERENCE_DEFAULTS = {
  gpu: 'auto',
  gpuLayers: 'auto',
  parallel: 4,
  queueMax: 32,
  queueTimeoutMs: 120_000,
  maxConcurrentPerCaller: 2,
  maxContextSize: 8192,
  maxTokens: 1024,
  thoughtBudgetTokens: 1024,
  swaFullCache: false,
  useMmap: false,
  modelFileCheckIntervalMs: 5_000,
} as const;

/**
 * Measured with `npm run bench:prefill` (one thread, ~190 M-parameter Q8_0 model, a 3,971-token question beside a
 * streaming answer): 128 tokens a step cut the running answer's longest pause from 3.6 s (the whole 512-token batch)
 * to 1.3 s (a second run: 4.2 s to 1.3 s) and changed the question's own first token by +17 % and −2 %; 64 tokens
 * paused no less (a step has a fixed cost) and doubled the prefill.
 */
export const DEFAULT_PREFILL_CHUNK_TOKENS_CPU = 128;
