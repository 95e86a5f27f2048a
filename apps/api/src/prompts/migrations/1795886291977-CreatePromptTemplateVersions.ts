import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePromptTemplateVersions1795886291977 implements MigrationInterface {
  name = 'CreatePromptTemplateVersions1795886291977';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE prompt_template_version (
        id serial PRIMARY KEY,
        name varchar(64) NOT NULL,
        language varchar(2) NOT NULL CHECK (language IN ('zh', 'en')),
        version integer NOT NULL CHECK (version > 1),
        body text NOT NULL,
        author_user_id varchar(64) NOT NULL,
        author_username varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (name, language, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE prompt_template_version');
  }
}
