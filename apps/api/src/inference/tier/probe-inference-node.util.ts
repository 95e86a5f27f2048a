import type { NodeStatusView } from './node-status.view';
import type { InferenceNodeState } from './inference-node-state';

/**
 * Asks one node how it is, within `timeoutMs` in all: a MedLocal node's `GET /api/node-status`
 * (model, queue, GPU), else, for servers that do not have it, the OpenAI model list (reachable and
 * model only). Never throws: a node that refuses, fails or stays silent is reported with the reason.
 */
export async function probeInferenceNode(params: { url: string; apiKey?: string; timeoutMs: number }): Promise<InferenceNodeState> {
  const base = params.url.replace(/\/+$/, '');
  const root = base.replace(/\/v1$/, '');
  const signal = AbortSignal.timeout(params.timeoutMs);
  const headers = params.apiKey ? { authorization: `Bearer ${params.apiKey}` } : undefined;
  const state = (fields: Partial<InferenceNodeState>): InferenceNodeState => ({
    url: params.url,
    reachable: true,
    reports: null,
    model: null,
    queue: null,
    gpu: null,
    error: null,
    checkedAt: new Date().toISOString(),
    ...fields,
  });
  try {
    const own = await fetch(`${root}/api/node-status`, { headers, signal });
    const body = (await own.json().catch(() => null)) as NodeStatusView | null;
    if (own.ok && body?.role === 'inference-node') {
      return state({ reports: 'medlocal-node', model: body.model, queue: body.queue, gpu: body.gpu, error: body.model.error });
    }
    if (own.status === 401 || own.status === 403) return state({ error: `the node refused INFERENCE_REMOTE_API_KEY (HTTP ${own.status})` });
    const models = await fetch(`${base}/models`, { headers, signal });
    const list = (await models.json().catch(() => null)) as { data?: { id?: unknown }[] } | null;
    if (!models.ok) return state({ error: `${base}/models answered HTTP ${models.status}` });
    const name = list?.data?.map((entry) => entry.id).find((id) => typeof id === 'string');
    return state({ reports: 'openai-models', model: name === undefined ? null : { name, loaded: true, error: null } });
  } catch (error) {
    const silent = signal.aborted;
    return state({
      reachable: false,
      error: silent ? `no answer within ${params.timeoutMs} ms` : `unreachable: ${causeOf(error)}`,
    });
  }
}

/** fetch wraps the socket error ("fetch failed"); the cause (ECONNREFUSED 127.0.0.1:8000) is what an operator needs. */
function causeOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
