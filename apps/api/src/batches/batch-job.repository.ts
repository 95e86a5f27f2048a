import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, QueryRunner } from 'typeorm';
import { DATA_SOURCE } from '../database/database.tokens';
import type { UploadFormat } from './intake/uploaded-document';
import type { DocumentFacts } from './processing/document-facts';
import type { BatchResults } from './results/batch-results';

export type BatchStatus = 'receiving' | 'queued' | 'running' | 'completed' | 'cancelled';

export interface BatchJobRow {
  readonly id: string;
  readonly ownerUserId: string;
  readonly ownerDepartmentCode: string | null;
  readonly status: BatchStatus;
  readonly sourceFormat: UploadFormat;
  readonly documentTotal: number;
  readonly documentsDone: number;
  readonly documentsFailed: number;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly progressAt: Date | null;
  readonly finishedAt: Date | null;
  readonly modelPass: boolean;
  /** Department values dropped at intake because they were not department codes (see DepartmentCodeFilter). */
  readonly departmentsDropped: number;
}

export interface NewDocument {
  readonly index: number;
  readonly sealedText: Buffer | null;
  readonly department: string | null;
  /** Set when the document is refused at intake (empty, too long); it is then stored as failed. */
  readonly errorCode: string | null;
}

export interface ClaimedDocument {
  readonly index: number;
  readonly sealedText: Buffer | null;
  readonly department: string | null;
}

export interface ProcessedDocument {
  readonly index: number;
  readonly facts: DocumentFacts | null;
  readonly errorCode: string | null;
}

const JOB_COLUMNS = `id, owner_user_id AS "ownerUserId", owner_department_code AS "ownerDepartmentCode", status,
  source_format AS "sourceFormat", document_total AS "documentTotal", documents_done AS "documentsDone",
  documents_failed AS "documentsFailed", created_at AS "createdAt", started_at AS "startedAt",
  progress_at AS "progressAt", finished_at AS "finishedAt", model_pass AS "modelPass", departments_dropped AS "departmentsDropped"`;

/** `pending`, or `claimed` by a worker whose lease ran out (it stopped or died). */
const CLAIMABLE = `(d.state = 'pending' OR (d.state = 'claimed' AND d.claim_expires_at < now()))`;

/**
 * Every SQL statement of research batches. The document table is the work queue: workers claim
 * documents with FOR UPDATE SKIP LOCKED under a short lease, and a result is accepted only from the
 * worker that still holds the claim, so a document is counted once however often it is claimed.
 */
@Injectable()
export class BatchJobRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async createReceivingJob(job: {
    id: string;
    ownerUserId: string;
    ownerDepartmentCode: string | null;
    format: UploadFormat;
    modelPass: boolean;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO research_batch_job (id, owner_user_id, owner_department_code, status, source_format, model_pass, progress_at) VALUES ($1, $2, $3, 'receiving', $4, $5, now())`,
      [job.id, job.ownerUserId, job.ownerDepartmentCode, job.format, job.modelPass],
    );
  }

  /** The department codes MedLocal knows: a department column may always carry these. */
  async departmentCodes(): Promise<string[]> {
    const rows = (await this.dataSource.query('SELECT code FROM department')) as { code: string }[];
    return rows.map((row) => row.code);
  }

  async insertDocuments(jobId: string, documents: readonly NewDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO research_batch_document (job_id, doc_index, state, sealed_text, department_code, error_code)
       SELECT $1, doc_index, CASE WHEN error_code IS NULL THEN 'pending' ELSE 'failed' END, sealed_text, department_code, error_code
       FROM unnest($2::int[], $3::bytea[], $4::text[], $5::text[]) AS t(doc_index, sealed_text, department_code, error_code)`,
      [jobId, documents.map((d) => d.index), documents.map((d) => d.sealedText), documents.map((d) => d.department), documents.map((d) => d.errorCode)],
    );
    await this.dataSource.query(`UPDATE research_batch_job SET progress_at = now() WHERE id = $1`, [jobId]);
  }

  /** The upload is complete: the job becomes visible to workers. */
  async queueJob(jobId: string, total: number, failedAtIntake: number, departmentsDropped: number): Promise<BatchJobRow> {
    const rows = await this.structured<BatchJobRow>(
      `UPDATE research_batch_job SET status = 'queued', document_total = $2, documents_failed = $3, departments_dropped = $4, progress_at = now()
       WHERE id = $1 AND status = 'receiving' RETURNING ${JOB_COLUMNS}`,
      [jobId, total, failedAtIntake, departmentsDropped],
    );
    return rows[0];
  }

  async deleteJob(jobId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM research_batch_job WHERE id = $1', [jobId]);
  }

  async findJob(jobId: string): Promise<BatchJobRow | undefined> {
    const rows = (await this.dataSource.query(`SELECT ${JOB_COLUMNS} FROM research_batch_job WHERE id = $1 AND status <> 'receiving'`, [
      jobId,
    ])) as BatchJobRow[];
    return rows[0];
  }

  async listJobs(filter: { ownerUserId?: string; ownerDepartmentCode?: string }, limit = 200): Promise<BatchJobRow[]> {
    return (await this.dataSource.query(
      `SELECT ${JOB_COLUMNS} FROM research_batch_job
       WHERE status <> 'receiving' AND ($1::uuid IS NULL OR owner_user_id = $1) AND ($2::text IS NULL OR owner_department_code = $2)
       ORDER BY created_at DESC LIMIT $3`,
      [filter.ownerUserId ?? null, filter.ownerDepartmentCode ?? null, limit],
    )) as BatchJobRow[];
  }

  async documentErrors(jobId: string, limit: number): Promise<{ index: number; code: string }[]> {
    return (await this.dataSource.query(
      `SELECT doc_index AS index, error_code AS code FROM research_batch_document WHERE job_id = $1 AND state = 'failed' ORDER BY doc_index LIMIT $2`,
      [jobId, limit],
    )) as { index: number; code: string }[];
  }

  async results(jobId: string): Promise<BatchResults | null> {
    const rows = (await this.dataSource.query('SELECT results FROM research_batch_job WHERE id = $1', [jobId])) as { results: BatchResults | null }[];
    return rows[0]?.results ?? null;
  }

  /** The oldest active job with a document to claim, or with none left open (it only needs finishing). */
  async nextJobWithWork(): Promise<{ id: string; modelPass: boolean } | undefined> {
    const rows = (await this.dataSource.query(
      `SELECT j.id, j.model_pass AS "modelPass" FROM research_batch_job j
       WHERE j.status IN ('queued', 'running')
         AND (EXISTS (SELECT 1 FROM research_batch_document d WHERE d.job_id = j.id AND ${CLAIMABLE})
           OR NOT EXISTS (SELECT 1 FROM research_batch_document d WHERE d.job_id = j.id AND d.state IN ('pending', 'claimed')))
       ORDER BY j.created_at LIMIT 1`,
    )) as { id: string; modelPass: boolean }[];
    return rows[0];
  }

  async claimDocuments(params: { jobId: string; worker: string; limit: number; leaseSeconds: number }): Promise<ClaimedDocument[]> {
    return this.dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner as QueryRunner;
      await runner.query(`UPDATE research_batch_job SET status = 'running', started_at = COALESCE(started_at, now()) WHERE id = $1 AND status = 'queued'`, [
        params.jobId,
      ]);
      const result = (await runner.query(
        `UPDATE research_batch_document AS t
         SET state = 'claimed', claimed_by = $2, claim_expires_at = now() + make_interval(secs => $4), attempts = t.attempts + 1
         FROM (SELECT d.job_id, d.doc_index FROM research_batch_document d JOIN research_batch_job j ON j.id = d.job_id
               WHERE d.job_id = $1 AND j.status = 'running' AND ${CLAIMABLE}
               ORDER BY d.doc_index LIMIT $3 FOR UPDATE OF d SKIP LOCKED) AS picked
         WHERE t.job_id = picked.job_id AND t.doc_index = picked.doc_index
         RETURNING t.doc_index AS index, t.sealed_text AS "sealedText", t.department_code AS department`,
        [params.jobId, params.worker, params.limit, params.leaseSeconds],
        true,
      )) as { records: ClaimedDocument[] };
      return [...result.records].sort((a, b) => a.index - b.index);
    });
  }

  /**
   * Stores the facts of processed documents and counts them, in one transaction, only for
   * documents this worker still holds and only while the job runs. Returns how many were accepted.
   */
  async commitProcessed(params: { jobId: string; worker: string; documents: readonly ProcessedDocument[] }): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner as QueryRunner;
      const job = (await runner.query(`SELECT status FROM research_batch_job WHERE id = $1 FOR UPDATE`, [params.jobId])) as { status: BatchStatus }[];
      if (job[0]?.status !== 'running') return 0;
      const result = (await runner.query(
        `UPDATE research_batch_document AS t
         SET state = CASE WHEN v.error_code IS NULL THEN 'done' ELSE 'failed' END, facts = v.facts::jsonb, error_code = v.error_code,
             sealed_text = CASE WHEN v.error_code IS NULL THEN NULL ELSE t.sealed_text END, claimed_by = NULL, claim_expires_at = NULL,
             processed_by = $2
         FROM unnest($3::int[], $4::text[], $5::text[]) AS v(doc_index, facts, error_code)
         WHERE t.job_id = $1 AND t.doc_index = v.doc_index AND t.state = 'claimed' AND t.claimed_by = $2
         RETURNING t.state`,
        [
          params.jobId,
          params.worker,
          params.documents.map((d) => d.index),
          params.documents.map((d) => (d.facts ? JSON.stringify(d.facts) : null)),
          params.documents.map((d) => d.errorCode),
        ],
        true,
      )) as { records: { state: string }[] };
      const done = result.records.filter((row) => row.state === 'done').length;
      const failed = result.records.length - done;
      await runner.query(
        `UPDATE research_batch_job SET documents_done = documents_done + $2, documents_failed = documents_failed + $3, progress_at = now() WHERE id = $1`,
        [params.jobId, done, failed],
      );
      return result.records.length;
    });
  }

  /** Claims this worker holds but will not finish (it is stopping, or the job was cancelled) go back to the queue. */
  async releaseClaims(jobId: string, worker: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE research_batch_document SET state = 'pending', claimed_by = NULL, claim_expires_at = NULL WHERE job_id = $1 AND state = 'claimed' AND claimed_by = $2`,
      [jobId, worker],
    );
  }

  /** On the embedded database this process is the only worker: every claim left from before a restart is stale. */
  async releaseAllClaims(): Promise<number> {
    const rows = await this.structured(
      `UPDATE research_batch_document SET state = 'pending', claimed_by = NULL, claim_expires_at = NULL WHERE state = 'claimed' RETURNING doc_index`,
      [],
    );
    return rows.length;
  }

  async openDocumentCount(jobId: string): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT count(*)::int AS open FROM research_batch_document WHERE job_id = $1 AND state IN ('pending', 'claimed')`,
      [jobId],
    )) as { open: number }[];
    return rows[0].open;
  }

  async documentFacts(jobId: string): Promise<DocumentFacts[]> {
    const rows = (await this.dataSource.query(`SELECT facts FROM research_batch_document WHERE job_id = $1 AND state = 'done' ORDER BY doc_index`, [
      jobId,
    ])) as { facts: DocumentFacts }[];
    return rows.map((row) => row.facts);
  }

  /** Completes a running job with its results, once: only the caller that flips the status gets the row. */
  async completeJob(jobId: string, results: BatchResults): Promise<BatchJobRow | undefined> {
    const rows = await this.structured<BatchJobRow>(
      `UPDATE research_batch_job SET status = 'completed', results = $2::jsonb, finished_at = now(), progress_at = now()
       WHERE id = $1 AND status IN ('queued', 'running')
         AND NOT EXISTS (SELECT 1 FROM research_batch_document d WHERE d.job_id = $1 AND d.state IN ('pending', 'claimed'))
       RETURNING ${JOB_COLUMNS}`,
      [jobId, JSON.stringify(results)],
    );
    return rows[0];
  }

  /** Cancels a job that has not finished and drops the sealed text of all its documents at once. */
  async cancelJob(jobId: string): Promise<BatchJobRow | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner as QueryRunner;
      const result = (await runner.query(
        `UPDATE research_batch_job SET status = 'cancelled', finished_at = now() WHERE id = $1 AND status IN ('queued', 'running') RETURNING ${JOB_COLUMNS}`,
        [jobId],
        true,
      )) as { records: BatchJobRow[] };
      if (result.records.length === 0) return undefined;
      await runner.query(
        `UPDATE research_batch_document SET sealed_text = NULL, state = CASE WHEN state = 'claimed' THEN 'pending' ELSE state END, claimed_by = NULL, claim_expires_at = NULL WHERE job_id = $1`,
        [jobId],
      );
      return result.records[0];
    });
  }

  /** Failed documents whose sealed text is still kept go back to the queue; returns how many. */
  async requeueFailed(jobId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner as QueryRunner;
      const job = (await runner.query(`SELECT status FROM research_batch_job WHERE id = $1 FOR UPDATE`, [jobId])) as { status: BatchStatus }[];
      if (job[0]?.status !== 'completed') return 0;
      const result = (await runner.query(
        `UPDATE research_batch_document SET state = 'pending', error_code = NULL WHERE job_id = $1 AND state = 'failed' AND sealed_text IS NOT NULL RETURNING doc_index`,
        [jobId],
        true,
      )) as { records: unknown[] };
      const count = result.records.length;
      if (count > 0) {
        await runner.query(
          `UPDATE research_batch_job SET status = 'queued', documents_failed = documents_failed - $2, results = NULL, finished_at = NULL WHERE id = $1`,
          [jobId, count],
        );
      }
      return count;
    });
  }

  /**
   * Housekeeping: uploads abandoned mid-way (the API stopped while receiving) are removed, and the
   * sealed text of failed documents is dropped once the retry window has passed.
   */
  async sweep(params: { abandonedAfterSeconds: number; retryWindowHours: number }): Promise<void> {
    await this.dataSource.query(`DELETE FROM research_batch_job WHERE status = 'receiving' AND progress_at < now() - make_interval(secs => $1)`, [
      params.abandonedAfterSeconds,
    ]);
    await this.dataSource.query(
      `UPDATE research_batch_document d SET sealed_text = NULL FROM research_batch_job j
       WHERE d.job_id = j.id AND d.sealed_text IS NOT NULL AND j.status IN ('completed', 'cancelled')
         AND j.finished_at < now() - make_interval(hours => $1)`,
      [params.retryWindowHours],
    );
  }

  private async structured<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = (await runner.query(sql, parameters, true)) as { records: T[] };
      return result.records;
    } finally {
      await runner.release();
    }
  }
}
