import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which worker (API process) extracted each document: how the instances sharing a queue split the work. */
export class AddResearchBatchDocumentWorker1795887300000 implements MigrationInterface {
  name = 'AddResearchBatchDocumentWorker1795887300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE research_batch_document ADD COLUMN processed_by varchar(64) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE research_batch_document DROP COLUMN processed_by');
  }
}
