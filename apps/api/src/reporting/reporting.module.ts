import { Module } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { HealthRegistry } from './health.registry';
import { StatusRegistry } from './status.registry';

/** The registries any module uses to add a status section or a health check. */
@Module({
  providers: [StatusRegistry, HealthRegistry, HealthIndicatorService],
  exports: [StatusRegistry, HealthRegistry, HealthIndicatorService],
})
export class ReportingModule {}
