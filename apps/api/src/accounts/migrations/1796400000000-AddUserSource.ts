import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Directory sign-in: each account says whether MedLocal or the hospital directory checks its password. */
export class AddUserSource1796400000000 implements MigrationInterface {
  name = 'AddUserSource1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN source varchar(16) NOT NULL DEFAULT 'local' CHECK (source IN ('local','ldap'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN source`);
  }
}
