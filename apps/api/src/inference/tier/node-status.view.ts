import type { GpuStatus, InferenceRuntimeStatus } from '@medlocal/inference';

/**
 * What an inference node tells the API instances about itself (`GET /api/node-status`): the model
 * it serves, its GPU and how busy it is.
 */
export interface NodeStatusView {
  readonly role: 'inference-node';
  readonly model: { name: string; loaded: boolean; demo: boolean; contextSize: number; error: string | null };
  readonly gpu: GpuStatus;
  /** Sequences generating (at most `parallel`) and questions waiting for one; null when the engine keeps no queue. */
  readonly queue: { generating: number; waiting: number; parallel: number } | null;
  /** The llama.cpp build the node runs and why (native or prebuilt), its CPU features and threads. */
  readonly runtime: InferenceRuntimeStatus | null;
}
