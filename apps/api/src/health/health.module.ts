import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ReportingModule } from '../reporting/reporting.module';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), ReportingModule],
  controllers: [HealthController],
})
export class HealthModule {}
