import { createDataSource } from '@medlocal/database';
import type { DatabaseTarget } from '@medlocal/database';
import { openTestDatabase } from '@medlocal/database/testing';
import type { DataSource } from 'typeorm';
import { auditEntities, auditMigrations } from '../audit-store.module-list';

export interface AuditTestStore {
  readonly target: DatabaseTarget;
  readonly dataSource: DataSource;
  /** Runs as the database superuser: lets tests play the rogue DBA (disable triggers, edit rows). */
  superuserSql(sql: string, params?: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

/** A fresh database (PostgreSQL when TEST_DATABASE_URL is set, else PGlite) with the audit migrations applied. */
export async function openAuditTestStore(target?: DatabaseTarget): Promise<AuditTestStore> {
  const database = target ?? (await openTestDatabase());
  const dataSource = createDataSource({
    url: database.url,
    kind: database.kind,
    entities: auditEntities,
    migrations: auditMigrations,
    poolSize: 4,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    target: database,
    dataSource,
    superuserSql: (sql, params) => dataSource.query(sql, params),
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.close();
    },
  };
}

export const testActor = (overrides: { userId?: string; department?: string; role?: string } = {}) => ({
  userId: overrides.userId ?? 'u-7f3a9c',
  username: 'dr.wang',
  role: overrides.role ?? 'clinician',
  department: overrides.department ?? 'cardiology',
});
