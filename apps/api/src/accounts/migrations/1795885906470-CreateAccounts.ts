import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1795885906470 implements MigrationInterface {
  name = 'CreateAccounts1795885906470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE department (
        id uuid PRIMARY KEY,
        code varchar(32) NOT NULL UNIQUE,
        name_zh varchar(100) NOT NULL,
        name_en varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY,
        username varchar(32) NOT NULL UNIQUE,
        display_name varchar(100) NOT NULL,
        department_id uuid NULL REFERENCES department(id),
        roles text[] NOT NULL CHECK (roles <@ ARRAY['clinician','admin','auditor','researcher']::text[] AND cardinality(roles) > 0),
        admin_scope varchar(16) NULL CHECK (admin_scope IN ('global','department')),
        status varchar(16) NOT NULL CHECK (status IN ('active','locked','disabled')),
        password_hash text NOT NULL,
        password_history text[] NOT NULL DEFAULT '{}',
        must_change_password boolean NOT NULL DEFAULT false,
        failed_attempts integer NOT NULL DEFAULT 0,
        locked_until timestamptz NULL,
        password_changed_at timestamptz NOT NULL,
        totp_secret_sealed text NULL,
        totp_enabled boolean NOT NULL DEFAULT false,
        totp_last_step bigint NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (admin_scope <> 'department' OR department_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX app_user_department_idx ON app_user (department_id)`);
    await queryRunner.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NULL,
        revoked_reason varchar(32) NULL
      )`);
    await queryRunner.query(`CREATE INDEX session_user_live_idx ON session (user_id) WHERE revoked_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE session_refresh_token (
        token_hash char(64) PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        issued_at timestamptz NOT NULL,
        used_at timestamptz NULL
      )`);
    await queryRunner.query(`CREATE INDEX session_refresh_token_session_idx ON session_refresh_token (session_id)`);
    await queryRunner.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY,
        name varchar(64) NOT NULL,
        prefix varchar(12) NOT NULL,
        key_hash char(64) NOT NULL UNIQUE,
        department_id uuid NOT NULL REFERENCES department(id),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        last_used_at timestamptz NULL,
        revoked_at timestamptz NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE api_key`);
    await queryRunner.query(`DROP TABLE session_refresh_token`);
    await queryRunner.query(`DROP TABLE session`);
    await queryRunner.query(`DROP TABLE app_user`);
    await queryRunner.query(`DROP TABLE department`);
  }
}
