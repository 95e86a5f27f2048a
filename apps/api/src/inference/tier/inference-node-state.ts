import type { GpuStatus } from '@medlocal/inference';
import type { NodeStatusView } from './node-status.view';

/** One node of the inference tier as an API instance last saw it (`GET /api/status`, `inferenceTier`). */
export interface InferenceNodeState {
  readonly url: string;
  readonly reachable: boolean;
  /** Which answer it gave: a MedLocal node's own status, or only an OpenAI model list (llama-server, vLLM, a full MedLocal). */
  readonly reports: 'medlocal-node' | 'openai-models' | null;
  readonly model: { name: string; loaded: boolean; demo?: boolean; contextSize?: number; error: string | null } | null;
  readonly queue: NodeStatusView['queue'];
  readonly gpu: GpuStatus | null;
  readonly error: string | null;
  readonly checkedAt: string;
}

export interface InferenceTierState {
  /** `nodes`: each node in INFERENCE_NODE_URLS asked directly; `remote`: only INFERENCE_REMOTE_URL (whichever node the balancer picked). */
  readonly via: 'nodes' | 'remote';
  readonly reachable: number;
  readonly total: number;
  readonly nodes: readonly InferenceNodeState[];
}
