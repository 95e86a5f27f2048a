import { basename } from 'node:path';
import type { InferenceEngine, InferenceError, InferenceEvent, InferenceStatus } from '@medlocal/inference';

/**
 * Stands in for a model that failed to load, so sign-in, terms, audit and administration keep
 * working while status and health say exactly what is wrong; every question is refused with the
 * load error (503) until the file is fixed and MedLocal restarted.
 */
export class UnavailableInferenceEngine implements InferenceEngine {
  readonly kind = 'local';

  constructor(
    private readonly failure: InferenceError,
    private readonly modelPath: string,
    readonly contextSize: number,
  ) {}

  // eslint-disable-next-line require-yield -- refuses before the first event, as a loaded engine does for QueueFull
  async *generate(): AsyncGenerator<InferenceEvent> {
    throw this.failure;
  }

  async closeConversation(): Promise<void> {
    return undefined;
  }

  get modelName(): string {
    return basename(this.modelPath);
  }

  async getStatus(): Promise<InferenceStatus> {
    return {
      model: {
        name: this.modelName,
        file: this.modelPath,
        sizeBytes: 0,
        architecture: 'unknown',
        contextSize: this.contextSize,
        trainContextSize: 0,
        loaded: false,
        demo: false,
        gpuLayers: 0,
        totalLayers: 0,
        offloadWarning: null,
        chatWrapper: 'none',
        error: this.failure.message,
      },
      gpu: { available: false, type: false, devices: [], vramTotal: 0, vramFree: 0 },
      inferenceRuntime: null,
    };
  }

  async tokenize(): Promise<number[]> {
    throw this.failure;
  }

  async countTokens(): Promise<number> {
    throw this.failure;
  }

  async dispose(): Promise<void> {
    return undefined;
  }
}
