import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Research batches: one job row, one row per document. A document row holds the extracted facts
 * (codes and numbers) and, only until it is processed, its de-identified text sealed with
 * AES-256-GCM; raw text is never stored. The document table doubles as the durable work queue
 * (claimed with FOR UPDATE SKIP LOCKED), so it works the same on PostgreSQL and embedded PGlite.
 */
export class CreateResearchBatches1795887073766 implements MigrationInterface {
  name = 'CreateResearchBatches1795887073766';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE research_batch_job (
        id uuid PRIMARY KEY,
        owner_user_id uuid NOT NULL,
        owner_department_code varchar(32) NULL,
        status varchar(16) NOT NULL CHECK (status IN ('receiving', 'queued', 'running', 'completed', 'cancelled')),
        source_format varchar(8) NOT NULL CHECK (source_format IN ('jsonl', 'csv', 'zip')),
        document_total integer NOT NULL DEFAULT 0,
        documents_done integer NOT NULL DEFAULT 0,
        documents_failed integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz NULL,
        progress_at timestamptz NULL,
        finished_at timestamptz NULL,
        results jsonb NULL
      )`);
    await queryRunner.query('CREATE INDEX research_batch_job_owner_idx ON research_batch_job (owner_user_id, created_at DESC)');
    await queryRunner.query(`CREATE INDEX research_batch_job_active_idx ON research_batch_job (created_at) WHERE status IN ('queued', 'running')`);
    await queryRunner.query(`
      CREATE TABLE research_batch_document (
        job_id uuid NOT NULL REFERENCES research_batch_job (id) ON DELETE CASCADE,
        doc_index integer NOT NULL,
        state varchar(8) NOT NULL CHECK (state IN ('pending', 'claimed', 'done', 'failed')),
        claimed_by varchar(64) NULL,
        claim_expires_at timestamptz NULL,
        attempts integer NOT NULL DEFAULT 0,
        department_code varchar(64) NULL,
        sealed_text bytea NULL,
        facts jsonb NULL,
        error_code varchar(32) NULL,
        PRIMARY KEY (job_id, doc_index)
      )`);
    await queryRunner.query('CREATE INDEX research_batch_document_work_idx ON research_batch_document (job_id, state, doc_index)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE research_batch_document');
    await queryRunner.query('DROP TABLE research_batch_job');
  }
}
