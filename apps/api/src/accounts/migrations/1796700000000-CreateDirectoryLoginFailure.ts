import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed directory sign-ins of usernames with no MedLocal account yet, so they lock out like accounts do. */
export class CreateDirectoryLoginFailure1796700000000 implements MigrationInterface {
  name = 'CreateDirectoryLoginFailure1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE directory_login_failure (
         username text PRIMARY KEY,
         failed_attempts integer NOT NULL,
         locked_until timestamptz NULL,
         updated_at timestamptz NOT NULL
       )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE directory_login_failure`);
  }
}
