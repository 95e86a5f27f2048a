import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Departments are retired, never deleted: users and audit events keep naming them, but no new user or key may be given one. */
export class AddDepartmentRetiredAt1796910000000 implements MigrationInterface {
  name = 'AddDepartmentRetiredAt1796910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE department ADD COLUMN retired_at timestamptz NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE department DROP COLUMN retired_at`);
  }
}
