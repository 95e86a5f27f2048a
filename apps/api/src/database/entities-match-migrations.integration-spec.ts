import { createDataSource, startEmbeddedPostgres, type EmbeddedPostgres } from '@medlocal/database';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_SCHEMA } from '../app/api-schema';
import { runSchemaMigrations } from './database-template';

/**
 * The entities TypeORM maps and the tables the migrations build must agree: an entity column the
 * migrations never created, or created with another type or nullability, fails only when a query first
 * touches it, in production. TypeORM's schema builder is asked what it would change on a freshly
 * migrated database. It may only want to drop what the migrations add beyond the entities (check
 * constraints, indexes, foreign keys, defaults, and the columns read with SQL only); it must never want
 * to create or alter anything.
 */
describe('entities and migrations describe the same schema', () => {
  let root: string;
  let embedded: EmbeddedPostgres;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'medlocal-schema-drift-'));
    embedded = await startEmbeddedPostgres({ dataDir: path.join(root, 'data'), storageCheckIntervalMs: 60_000 });
    await runSchemaMigrations({ url: embedded.url, kind: 'pglite', schema: API_SCHEMA });
  });

  afterAll(async () => {
    await embedded?.stop();
    await rm(root, { recursive: true, force: true });
  });

  /** Columns the migrations create that no entity maps: read and written with SQL by the services named. */
  const SQL_ONLY_COLUMNS = [
    'ALTER TABLE "app_user" DROP COLUMN "directory_subject"', // accounts/directory (LDAP sign-in)
    'ALTER TABLE "app_user" DROP COLUMN "oidc_subject"', // accounts/oidc (OpenID Connect sign-in)
  ];
  const ONLY_DROPS_WHAT_MIGRATIONS_ADD = /^(ALTER TABLE "\w+" DROP CONSTRAINT |DROP INDEX |ALTER TABLE "\w+" ALTER COLUMN "\w+" DROP DEFAULT$|DROP SEQUENCE )/;

  it('leaves TypeORM nothing to create or alter on a migrated database', async () => {
    const dataSource = createDataSource({ url: embedded.url, kind: 'pglite', entities: API_SCHEMA.entities, migrations: [] });
    await dataSource.initialize();
    try {
      const pending = (await dataSource.driver.createSchemaBuilder().log()).upQueries.map((query) => query.query);
      const columnsDropped = pending.filter((query) => / DROP COLUMN /.test(query)).sort();
      expect(columnsDropped).toEqual(SQL_ONLY_COLUMNS);
      expect(pending.filter((query) => !ONLY_DROPS_WHAT_MIGRATIONS_ADD.test(query) && !columnsDropped.includes(query))).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
