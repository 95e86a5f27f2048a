import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether a job asked for the optional model pass over medication lines the dictionary could not read. */
export class AddResearchBatchModelPass1795887200000 implements MigrationInterface {
  name = 'AddResearchBatchModelPass1795887200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE research_batch_job ADD COLUMN model_pass boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE research_batch_job DROP COLUMN model_pass');
  }
}
