import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { INFERENCE_ENGINE, RemoteInferenceEngine, type InferenceEngine } from '@medlocal/inference';
import { APP_CONFIG, type AppConfig } from '../../config';
import { StatusRegistry } from '../../reporting/status.registry';
import type { InferenceTierState } from './inference-node-state';
import { probeInferenceNode } from './probe-inference-node.util';

/** A silent node is reported after this long: status must answer while a node hangs. */
const PROBE_TIMEOUT_MS = 2_000;
/** Consoles poll status; every instance asking every node on every poll would be a load of its own. */
const CACHE_MS = 5_000;

/**
 * The `inferenceTier` section of `GET /api/status` when questions go to a remote tier
 * (INFERENCE_REMOTE_URL): each node in INFERENCE_NODE_URLS, or the remote itself, asked in parallel,
 * bounded in time, and kept for a few seconds; concurrent polls share one round.
 */
@Injectable()
export class InferenceTierStatus implements OnModuleInit {
  private last: { at: number; state: Promise<InferenceTierState> } | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: StatusRegistry,
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
  ) {}

  onModuleInit(): void {
    if (!this.config.inference.remote) return;
    this.registry.register({ contribute: async () => ({ inferenceTier: await this.state() }) });
    // Learn the tier's contexts before the first question, not only when a console first polls status.
    void this.state();
  }

  state(): Promise<InferenceTierState> {
    if (!this.last || Date.now() - this.last.at > CACHE_MS) this.last = { at: Date.now(), state: this.probe() };
    return this.last.state;
  }

  private async probe(): Promise<InferenceTierState> {
    const remote = this.config.inference.remote;
    if (!remote) return { via: 'remote', reachable: 0, total: 0, nodes: [] };
    const urls = remote.nodes.length > 0 ? remote.nodes : [remote.baseUrl];
    const nodes = await Promise.all(urls.map((url) => probeInferenceNode({ url, apiKey: remote.apiKey, timeoutMs: PROBE_TIMEOUT_MS })));
    // Prompts are budgeted for the smallest context a reachable node holds: any of them may answer the next turn.
    const contexts = nodes.flatMap((node) => (node.reachable && node.model?.contextSize ? [node.model.contextSize] : []));
    if (this.engine instanceof RemoteInferenceEngine) this.engine.limitContextSize(contexts.length > 0 ? Math.min(...contexts) : null);
    return { via: remote.nodes.length > 0 ? 'nodes' : 'remote', reachable: nodes.filter((node) => node.reachable).length, total: nodes.length, nodes };
  }
}
