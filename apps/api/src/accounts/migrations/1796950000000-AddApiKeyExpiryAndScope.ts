import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API key expires and says what it may call: `inference` (the `/v1` API, for a department) or
 * `batches` (the research batch endpoints, acting for one researcher, `user_id`). Keys made before
 * this release keep working as `inference` keys for the default 90 days from the upgrade, so no
 * hospital system stops at the moment of the upgrade.
 */
export class AddApiKeyExpiryAndScope1796950000000 implements MigrationInterface {
  name = 'AddApiKeyExpiryAndScope1796950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE api_key ADD COLUMN scope varchar(16) NOT NULL DEFAULT 'inference'`);
    await queryRunner.query(`ALTER TABLE api_key ADD CONSTRAINT api_key_scope_check CHECK (scope IN ('inference', 'batches'))`);
    await queryRunner.query(`ALTER TABLE api_key ADD COLUMN expires_at timestamptz NULL`);
    await queryRunner.query(`UPDATE api_key SET expires_at = now() + interval '90 days'`);
    await queryRunner.query(`ALTER TABLE api_key ALTER COLUMN expires_at SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE api_key ADD COLUMN user_id uuid NULL REFERENCES app_user(id)`);
    await queryRunner.query(`ALTER TABLE api_key ADD CONSTRAINT api_key_batches_owner_check CHECK ((scope = 'batches') = (user_id IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE api_key DROP CONSTRAINT api_key_batches_owner_check`);
    await queryRunner.query(`ALTER TABLE api_key DROP COLUMN user_id`);
    await queryRunner.query(`ALTER TABLE api_key DROP COLUMN expires_at`);
    await queryRunner.query(`ALTER TABLE api_key DROP CONSTRAINT api_key_scope_check`);
    await queryRunner.query(`ALTER TABLE api_key DROP COLUMN scope`);
  }
}
