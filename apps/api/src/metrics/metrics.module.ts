import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsService } from './metrics.service';

/**
 * Counters and gauges every module may add to (global), and `/metrics`. `principals` is the module
 * that exports PrincipalService (accounts) where there is one, so signed-in admins may read the
 * metrics too; an inference node has no accounts and serves them to the scrape token only.
 */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(options: { principals?: DynamicModule } = {}): DynamicModule {
    return {
      module: MetricsModule,
      imports: options.principals ? [options.principals] : [],
      controllers: [MetricsController],
      providers: [MetricsService, MetricsAccessGuard],
      exports: [MetricsService],
    };
  }
}
