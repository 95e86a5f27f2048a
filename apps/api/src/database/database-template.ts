import path from 'node:path';
import { createDataSource, type DatabaseKind, type EmbeddedTemplateSource } from '@medlocal/database';
import type { DatabaseSchema } from './database.module';

/**
 * Beside the API's bundle (dist/apps/api/database-template), written by the build: an embedded database
 * initialised and migrated once, so a first start on an empty DATA_DIR unpacks it instead of running initdb
 * and every migration. Under tests, from source, there is none and the embedded database initialises as before.
 */
export function databaseTemplateDir(): string {
  return path.resolve(__dirname, 'database-template');
}

/** The names TypeORM records for the schema's migrations, in the order it runs them: by the timestamp ending each name. */
export function migrationNames(schema: DatabaseSchema): string[] {
  const migrations = Array.isArray(schema.migrations) ? schema.migrations : Object.values(schema.migrations);
  const names = migrations.map((migration: unknown) => {
    if (typeof migration !== 'function') return String(migration);
    const instance = new (migration as new () => { name?: string })();
    return instance.name ?? migration.name;
  });
  const timestamp = (name: string) => Number(name.slice(-13));
  return names.sort((a, b) => timestamp(a) - timestamp(b));
}

export function databaseTemplateSource(schema: DatabaseSchema): EmbeddedTemplateSource {
  return { dir: databaseTemplateDir(), migrations: migrationNames(schema) };
}

/**
 * Runs the schema's pending migrations on their own connection, without statement or lock timeouts
 * (a migration may rewrite a large table once), and returns the names applied. It needs no entities:
 * TypeORM reads only its migrations table.
 */
export async function runSchemaMigrations(params: { url: string; kind: DatabaseKind; schema: DatabaseSchema }): Promise<string[]> {
  const migrator = createDataSource({
    url: params.url,
    kind: params.kind,
    entities: [],
    migrations: params.schema.migrations,
    bounds: 'unbounded-statements',
    applicationName: 'medlocal-migrations',
  });
  await migrator.initialize();
  try {
    const applied = await migrator.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await migrator.destroy();
  }
}
