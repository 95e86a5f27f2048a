import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The IdP's tokens of an OpenID Connect session, sealed, to ask the IdP again at each token refresh; cleared when the session ends. */
export class AddSessionIdpGrant1796900000000 implements MigrationInterface {
  name = 'AddSessionIdpGrant1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE session ADD COLUMN idp_grant text NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE session DROP COLUMN idp_grant`);
  }
}
