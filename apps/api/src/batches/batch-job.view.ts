import type { BatchJobRow, BatchStatus } from './batch-job.repository';
import type { UploadFormat } from './intake/uploaded-document';

/** What `GET /api/batches` and `GET /api/batches/:id` answer: metadata and progress, never document text. */
export interface BatchJobView {
  readonly id: string;
  readonly ownerUserId: string;
  readonly status: Exclude<BatchStatus, 'receiving'>;
  readonly format: UploadFormat;
  /** The optional model pass over medication lines the dictionary could not read. */
  readonly modelPass: boolean;
  /** Department column values dropped at intake because they were not department codes (names, ID or phone numbers, free text). */
  readonly departmentsDropped: number;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly progress: {
    readonly total: number;
    readonly done: number;
    readonly failed: number;
    readonly remaining: number;
    /** Documents per second since the job started (null before it starts). */
    readonly ratePerSecond: number | null;
    /** Seconds left at that rate (null when unknown; 0 when finished). */
    readonly etaSeconds: number | null;
    readonly updatedAt: string | null;
  };
}

export interface BatchJobDetailView extends BatchJobView {
  /** Failed documents by index (0-based, upload order) and error code; at most `errorsListed` of them. */
  readonly errors: readonly { readonly index: number; readonly code: string }[];
  readonly errorsListed: number;
}

export function toBatchJobView(row: BatchJobRow, now = new Date()): BatchJobView {
  const processed = row.documentsDone + row.documentsFailed;
  const remaining = Math.max(0, row.documentTotal - processed);
  const end = row.finishedAt ?? (row.status === 'running' ? now : row.progressAt);
  const elapsedSeconds = row.startedAt && end ? (end.getTime() - row.startedAt.getTime()) / 1000 : 0;
  const rate = row.startedAt && elapsedSeconds > 0 ? processed / elapsedSeconds : null;
  const finished = row.status === 'completed' || row.status === 'cancelled';
  return {
    id: row.id,
    ownerUserId: row.ownerUserId,
    status: row.status as BatchJobView['status'],
    format: row.sourceFormat,
    modelPass: row.modelPass,
    departmentsDropped: row.departmentsDropped,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    progress: {
      total: row.documentTotal,
      done: row.documentsDone,
      failed: row.documentsFailed,
      remaining,
      ratePerSecond: rate === null ? null : Math.round(rate * 10) / 10,
      etaSeconds: finished ? 0 : rate ? Math.ceil(remaining / rate) : null,
      updatedAt: row.progressAt?.toISOString() ?? null,
    },
  };
}
