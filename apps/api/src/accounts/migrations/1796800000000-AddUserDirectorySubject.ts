import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory entry a directory account belongs to (entryUUID, objectGUID, or the DN): a username that later names another entry is refused. */
export class AddUserDirectorySubject1796800000000 implements MigrationInterface {
  name = 'AddUserDirectorySubject1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN directory_subject text NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN directory_subject`);
  }
}
