import type { BatchJobView } from '@medlocal/contracts';
import type { BatchJobRow } from './batch-job.repository';

/** What `GET /api/batches` and `GET /api/batches/:id` answer (the wire contract): metadata and progress, never document text. */
export type { BatchJobDetailView, BatchJobView } from '@medlocal/contracts';

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
