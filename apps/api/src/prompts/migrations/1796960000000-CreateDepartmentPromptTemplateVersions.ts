import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Department overrides of the hospital prompt templates, versioned like them (from v1, only ever
 * added), and on both kinds the version a revert copied.
 */
export class CreateDepartmentPromptTemplateVersions1796960000000 implements MigrationInterface {
  name = 'CreateDepartmentPromptTemplateVersions1796960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE department_prompt_template_version (
        id serial PRIMARY KEY,
        department_id uuid NOT NULL REFERENCES department (id),
        name varchar(64) NOT NULL,
        language varchar(2) NOT NULL CHECK (language IN ('zh', 'en')),
        version integer NOT NULL CHECK (version >= 1),
        body text NOT NULL,
        reverted_from integer NULL,
        author_user_id varchar(64) NOT NULL,
        author_username varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (department_id, name, language, version)
      )`);
    await queryRunner.query(`ALTER TABLE prompt_template_version ADD COLUMN reverted_from integer NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE prompt_template_version DROP COLUMN reverted_from`);
    await queryRunner.query('DROP TABLE department_prompt_template_version');
  }
}
