import { Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { INFERENCE_ENGINE, type InferenceEngine } from '@medlocal/inference';
import { APP_CONFIG, type AppConfig } from '../config';
import { HealthRegistry } from '../reporting/health.registry';
import { ReportingModule } from '../reporting/reporting.module';
import { StatusRegistry } from '../reporting/status.registry';
import { createInferenceEngine } from './inference-engine.factory';

@Injectable()
class EngineReporting implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
    private readonly status: StatusRegistry,
    private readonly health: HealthRegistry,
    private readonly indicators: HealthIndicatorService,
  ) {}

  onModuleInit(): void {
    this.status.register({ contribute: async () => ({ ...(await this.engine.getStatus()) }) });
    this.health.register(async () => {
      const indicator = this.indicators.check('model');
      const { model } = await this.engine.getStatus();
      return model.loaded && !model.error ? indicator.up({ name: model.name }) : indicator.down({ message: model.error ?? 'not loaded' });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.dispose();
  }
}

/** Owns the one inference engine of this process and reports it in status and health. */
@Module({
  imports: [ReportingModule],
  providers: [{ provide: INFERENCE_ENGINE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createInferenceEngine(config) }, EngineReporting],
  exports: [INFERENCE_ENGINE],
})
export class InferenceModule {}
