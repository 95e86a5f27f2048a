import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { APP_CONFIG, type AppConfig } from '../config';
import { InferenceModule } from '../inference/inference.module';
import { BatchJobRepository } from './batch-job.repository';
import { BatchJobsService } from './batch-jobs.service';
import { BatchesController } from './batches.controller';
import { BATCH_DOCUMENT_SEALER } from './batches.tokens';
import { BatchIntakeService } from './intake/batch-intake.service';
import { BatchWorkerService } from './processing/batch-worker.service';
import { resolveBatchWorkKey } from './processing/batch-work-key';
import { DocumentSealer } from './processing/document-sealer';
import { ModelPass } from './processing/model-pass';
import { BatchFinisher } from './results/batch-finisher.service';

/** Research batches over many discharge summaries: intake, a durable queue in the database, workers, aggregate results. */
@Module({
  imports: [AuditModule, InferenceModule],
  controllers: [BatchesController],
  providers: [
    { provide: BATCH_DOCUMENT_SEALER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new DocumentSealer(resolveBatchWorkKey(config)) },
    BatchJobRepository,
    BatchIntakeService,
    BatchFinisher,
    ModelPass,
    BatchWorkerService,
    BatchJobsService,
  ],
})
export class BatchesModule {}
