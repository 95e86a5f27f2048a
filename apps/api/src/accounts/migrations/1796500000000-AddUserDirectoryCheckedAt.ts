import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When the directory last confirmed a directory account's groups: bounds how long a token refresh keeps its roles while the directory is down. */
export class AddUserDirectoryCheckedAt1796500000000 implements MigrationInterface {
  name = 'AddUserDirectoryCheckedAt1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN directory_checked_at timestamptz NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN directory_checked_at`);
  }
}
