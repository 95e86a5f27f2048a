import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How many department column values an upload dropped because they were not department codes. */
export class AddResearchBatchDepartmentsDropped1796300000000 implements MigrationInterface {
  name = 'AddResearchBatchDepartmentsDropped1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE research_batch_job ADD COLUMN departments_dropped integer NOT NULL DEFAULT 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE research_batch_job DROP COLUMN departments_dropped');
  }
}
