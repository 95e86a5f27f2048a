import { Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { INFERENCE_ENGINE, stalledGenerationProblem, type InferenceEngine } from '@medlocal/inference';
import { APP_CONFIG, type AppConfig } from '../config';
import { MetricsService } from '../metrics/metrics.service';
import { HealthRegistry } from '../reporting/health.registry';
import { ReportingModule } from '../reporting/reporting.module';
import { StatusRegistry } from '../reporting/status.registry';
import { createInferenceEngine } from './inference-engine.factory';
import { InferenceTierStatus } from './tier/inference-tier.status';

@Injectable()
class EngineReporting implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
    private readonly status: StatusRegistry,
    private readonly health: HealthRegistry,
    private readonly indicators: HealthIndicatorService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // A remote engine cannot see its server's queue: the node it names reports its own.
    if (this.engine.queueDepth) {
      this.metrics.gauge('medlocal_inference_generating', 'Sequences generating an answer now', () => this.engine.queueDepth?.generating ?? 0);
      this.metrics.gauge('medlocal_inference_waiting', 'Questions waiting for a free sequence', () => this.engine.queueDepth?.waiting ?? 0);
    }
    if (this.engine.progress) {
      this.metrics.gauge(
        'medlocal_inference_quiet_seconds',
        'Seconds since the answers in flight last moved: a token or a prompt batch (0 while none is in flight)',
        () => (this.engine.progress?.quietForMs ?? 0) / 1000,
      );
    }
    this.status.register({ contribute: async () => ({ ...(await this.engine.getStatus()) }) });
    this.health.register(async () => {
      const indicator = this.indicators.check('model');
      // Every instance shares the remote tier: one with no node answering is no reason for a balancer to take this
      // instance out (sign-in, audit and administration go on; each question answers 502 REMOTE_UNAVAILABLE), and a
      // hanging tier must not hold this answer. Status shows the tier node by node.
      if (this.engine.kind === 'remote') return indicator.up({ name: 'remote inference tier', state: 'see /api/status' });
      const { model } = await this.engine.getStatus();
      if (!model.loaded) return indicator.down({ message: model.error ?? 'not loaded' });
      // A stuck engine leaves this process answering; a balancer must stop sending it questions (and cut its streams).
      const stalled = this.engine.progress ? stalledGenerationProblem(this.engine.progress, this.config.inference.stallLimitMs) : null;
      const problems = [model.error, stalled].filter((problem) => problem !== null);
      return problems.length > 0 ? indicator.down({ name: model.name, message: problems.join('; ') }) : indicator.up({ name: model.name });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.dispose();
  }
}

/** Owns the one inference engine of this process and reports it (and a remote tier's nodes) in status and health. */
@Module({
  imports: [ReportingModule],
  providers: [
    { provide: INFERENCE_ENGINE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createInferenceEngine(config) },
    EngineReporting,
    InferenceTierStatus,
  ],
  exports: [INFERENCE_ENGINE],
})
export class InferenceModule {}
