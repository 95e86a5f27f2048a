import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OpenID Connect sign-in: accounts the hospital's IdP vouches for (source 'oidc'), each bound to the
 * IdP's subject (`iss` and `sub`) at first sign-in, so a reissued username cannot take another's account.
 */
export class AddOidcUserSource1796600000000 implements MigrationInterface {
  name = 'AddOidcUserSource1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const checks = (await queryRunner.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'app_user'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%source%'`,
    )) as { conname: string }[];
    for (const check of checks) await queryRunner.query(`ALTER TABLE app_user DROP CONSTRAINT "${check.conname}"`);
    await queryRunner.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_source_check CHECK (source IN ('local','ldap','oidc'))`);
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN oidc_subject varchar(512) NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX app_user_oidc_subject_key ON app_user (oidc_subject) WHERE oidc_subject IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX app_user_oidc_subject_key`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN oidc_subject`);
    await queryRunner.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_source_check`);
    await queryRunner.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_source_check CHECK (source IN ('local','ldap'))`);
  }
}
