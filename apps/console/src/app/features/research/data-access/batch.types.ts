import type { BatchJobDetailView, BatchJobStatus, BatchJobView, BatchUploadFormat } from '@medlocal/contracts';

/**
 * The batch API's answers as the console reads them: the wire contract in `@medlocal/contracts`. Counts
 * hidden by the small-cell rule arrive as `null` with a reason.
 */
export type {
  DrugName,
  ReleasedAtcClass,
  ReleasedBatch,
  ReleasedBatchResults,
  ReleasedCoPrescription,
  ReleasedDepartment,
  ReleasedDiagnosis,
  ReleasedDose,
  ReleasedMedication,
  SuppressedFields,
  SuppressionReason,
  SuppressionSummary,
} from '@medlocal/contracts';
export type BatchStatus = BatchJobStatus;
export type BatchFormat = BatchUploadFormat;
export type BatchJob = BatchJobView;
export type BatchJobDetail = BatchJobDetailView;

/** What the upload form sends before the file part. */
export interface BatchUploadOptions {
  readonly format: BatchFormat;
  /** CSV column or JSONL field holding the document text; not sent for zip. */
  readonly textColumn: string | null;
  readonly departmentColumn: string | null;
}

export function isFinished(job: Pick<BatchJob, 'status'>): boolean {
  return job.status === 'completed' || job.status === 'cancelled';
}
