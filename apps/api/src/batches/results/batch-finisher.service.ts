import { Inject, Injectable } from '@nestjs/common';
import { shippedDictionary } from '@medlocal/clinical-terms';
import { AUDIT_RECORDER, type AuditRecorder } from '../../common/audit/audit-recorder.port';
import { BatchJobRepository } from '../batch-job.repository';
import { aggregateBatchResults, type AggregationLookups } from './aggregate-batch-results.util';

/** Completes a job once no document is open: aggregates the facts, stores the results, audits the finish. */
@Injectable()
export class BatchFinisher {
  private lookups: AggregationLookups | undefined;

  constructor(
    private readonly repository: BatchJobRepository,
    @Inject(AUDIT_RECORDER) private readonly audit: AuditRecorder,
  ) {}

  async finishIfDone(jobId: string): Promise<void> {
    if ((await this.repository.openDocumentCount(jobId)) > 0) return;
    const job = await this.repository.findJob(jobId);
    if (!job || (job.status !== 'running' && job.status !== 'queued')) return;
    const facts = await this.repository.documentFacts(jobId);
    const results = aggregateBatchResults({
      facts,
      total: job.documentTotal,
      failed: job.documentTotal - facts.length,
      lookups: this.dictionaryLookups(),
      modelPass: job.modelPass,
    });
    const finished = await this.repository.completeJob(jobId, results);
    if (!finished) return;
    await this.audit.record({
      action: 'batch.finish',
      outcome: 'success',
      summary: { batchId: finished.id, targetUserId: finished.ownerUserId, documentCount: finished.documentTotal },
    });
  }

  private dictionaryLookups(): AggregationLookups {
    if (!this.lookups) {
      const dictionary = shippedDictionary();
      const drugs = new Map(dictionary.drugs.map((drug) => [drug.id, { zh: drug.zh, en: drug.en }]));
      this.lookups = {
        drugName: (drugId) => drugs.get(drugId) ?? { zh: drugId, en: drugId },
        icd11Title: (code) => dictionary.icd11Titles.titles[code] ?? null,
      };
    }
    return this.lookups;
  }
}
