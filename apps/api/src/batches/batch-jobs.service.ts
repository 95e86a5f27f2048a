import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../common/access/principal';
import { isGlobalAdmin } from '../common/access/principal';
import { APP_CONFIG, type AppConfig } from '../config';
import { auditActorOf } from '../common/audit/audit-actor.util';
import { AUDIT_RECORDER, type AuditRecorder } from '../common/audit/audit-recorder.port';
import { BatchError, BatchErrorCode } from './batch.errors';
import { batchResultsToCsv } from './batch-export.util';
import { BatchJobRepository, type BatchJobRow } from './batch-job.repository';
import { toBatchJobView, type BatchJobDetailView, type BatchJobView } from './batch-job.view';
import { BatchWorkerService } from './processing/batch-worker.service';
import type { ReleasedBatch, ReleasedBatchResults } from './results/released-batch-results';
import { suppressSmallCells } from './results/suppress-small-cells.util';

const ERRORS_LISTED = 1000;

type Access = 'owner' | 'metadata';

/**
 * Who sees what: a researcher sees their own jobs, whole; an administrator sees the metadata and
 * progress of every job (a department administrator: of their department), never results. Anyone
 * else is told the job does not exist.
 */
@Injectable()
export class BatchJobsService {
  constructor(
    private readonly repository: BatchJobRepository,
    private readonly worker: BatchWorkerService,
    @Inject(AUDIT_RECORDER) private readonly audit: AuditRecorder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async started(principal: Principal, job: BatchJobRow): Promise<BatchJobView> {
    this.worker.notify();
    await this.audit.record({
      action: 'batch.start',
      outcome: 'success',
      actor: auditActorOf(principal),
      summary: { batchId: job.id, documentCount: job.documentTotal },
    });
    return toBatchJobView(job);
  }

  async refused(principal: Principal, error: unknown): Promise<void> {
    const code = error instanceof BatchError ? error.code : 'INTERNAL';
    await this.audit.record({ action: 'batch.start', outcome: 'failure', actor: auditActorOf(principal), summary: { errorCode: code } });
  }

  async list(principal: Principal): Promise<BatchJobView[]> {
    const rows = principal.roles.includes('admin')
      ? await this.repository.listJobs(isGlobalAdmin(principal) ? {} : { ownerDepartmentCode: principal.departmentCode ?? '\u0000none' })
      : await this.repository.listJobs({ ownerUserId: principal.userId });
    const now = new Date();
    return rows.map((row) => toBatchJobView(row, now));
  }

  async get(principal: Principal, id: string): Promise<BatchJobDetailView> {
    const { job } = await this.visible(principal, id);
    const errors = job.documentsFailed > 0 ? await this.repository.documentErrors(id, ERRORS_LISTED) : [];
    return { ...toBatchJobView(job), errors, errorsListed: ERRORS_LISTED };
  }

  async cancel(principal: Principal, id: string): Promise<BatchJobView> {
    await this.owned(principal, id);
    this.worker.cancel(id);
    const cancelled = await this.repository.cancelJob(id);
    if (!cancelled) throw new BatchError(BatchErrorCode.AlreadyFinished, 'The batch has already finished');
    await this.audit.record({
      action: 'batch.cancel',
      outcome: 'success',
      actor: auditActorOf(principal),
      summary: { batchId: id, documentCount: cancelled.documentsDone },
    });
    return toBatchJobView(cancelled);
  }

  async retry(principal: Principal, id: string): Promise<BatchJobView> {
    await this.owned(principal, id);
    const requeued = await this.repository.requeueFailed(id);
    if (requeued === 0) {
      throw new BatchError(
        BatchErrorCode.NotRetryable,
        'No failed document of this batch can be retried: only a finished batch is retried, documents refused at intake (empty, too long) fail again, and sealed text is dropped after BATCH_RETRY_WINDOW_HOURS; upload the file again',
      );
    }
    this.worker.notify();
    await this.audit.record({ action: 'batch.retry', outcome: 'success', actor: auditActorOf(principal), summary: { batchId: id, documentCount: requeued } });
    const job = await this.repository.findJob(id);
    return toBatchJobView(job as BatchJobRow);
  }

  async results(principal: Principal, id: string): Promise<ReleasedBatch> {
    const job = await this.owned(principal, id);
    return { batch: toBatchJobView(job), results: await this.finishedResults(job) };
  }

  async export(principal: Principal, id: string, format: 'csv' | 'json'): Promise<{ body: string; contentType: string; fileName: string }> {
    const job = await this.owned(principal, id);
    const results = await this.finishedResults(job);
    await this.audit.record({
      action: 'batch.export',
      outcome: 'success',
      actor: auditActorOf(principal),
      summary: { batchId: id, exportFormat: format, documentCount: results.documents.analysed },
    });
    return format === 'csv'
      ? { body: batchResultsToCsv(results), contentType: 'text/csv; charset=utf-8', fileName: `batch-${id}.csv` }
      : { body: JSON.stringify({ batch: toBatchJobView(job), results }), contentType: 'application/json; charset=utf-8', fileName: `batch-${id}.json` };
  }

  /** The only way results leave the store: small cells suppressed, for every caller and every format. */
  private async finishedResults(job: BatchJobRow): Promise<ReleasedBatchResults> {
    const results = job.status === 'completed' ? await this.repository.results(job.id) : null;
    if (!results) throw new BatchError(BatchErrorCode.NotFinished, `The batch is ${job.status}; results exist once it has completed`);
    return suppressSmallCells({ results, k: this.config.batches.minCellSize });
  }

  private async owned(principal: Principal, id: string): Promise<BatchJobRow> {
    const { job, access } = await this.visible(principal, id);
    if (access !== 'owner') throw new BatchError(BatchErrorCode.MetadataOnly, 'Administrators see the metadata of batches, not their results');
    return job;
  }

  private async visible(principal: Principal, id: string): Promise<{ job: BatchJobRow; access: Access }> {
    const job = await this.repository.findJob(id);
    if (job && job.ownerUserId === principal.userId && principal.roles.includes('researcher')) return { job, access: 'owner' };
    if (
      job &&
      principal.roles.includes('admin') &&
      (isGlobalAdmin(principal) || (principal.departmentCode !== null && job.ownerDepartmentCode === principal.departmentCode))
    ) {
      return { job, access: 'metadata' };
    }
    throw new BatchError(BatchErrorCode.NotFound, 'No such batch');
  }
}
