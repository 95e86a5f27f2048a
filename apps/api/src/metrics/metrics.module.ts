import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsService } from './metrics.service';

@Global()
@Module({ controllers: [MetricsController], providers: [MetricsService, MetricsAccessGuard], exports: [MetricsService] })
export class MetricsModule {}
