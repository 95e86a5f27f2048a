import type { InferenceRuntimeStatus } from './llama-build';

export type GpuType = 'cuda' | 'vulkan' | 'metal' | false;

export interface ModelStatus {
  name: string;
  file: string;
  sizeBytes: number;
  architecture: string;
  contextSize: number;
  trainContextSize: number;
  loaded: boolean;
  demo: boolean;
  gpuLayers: number;
  totalLayers: number;
  /** Set when layers run on the CPU although a GPU is used (partial offload, or GPU load failed). */
  offloadWarning: string | null;
  chatWrapper: string;
  error: string | null;
}

export interface GpuStatus {
  available: boolean;
  type: GpuType;
  devices: string[];
  vramTotal: number;
  vramFree: number;
}

export interface InferenceStatus {
  model: ModelStatus;
  gpu: GpuStatus;
  /** The llama.cpp build running in this process and why; null where no llama.cpp runs here (remote engine). */
  inferenceRuntime: InferenceRuntimeStatus | null;
}
