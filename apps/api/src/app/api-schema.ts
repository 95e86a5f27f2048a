import { auditEntities, auditMigrations } from '@medlocal/audit';
import { accountsEntities, accountsMigrations } from '../accounts/entities';
import { promptEntities, promptMigrations } from '../prompts/prompts.schema';
import { batchEntities, batchMigrations } from '../batches/batches.schema';
import type { DatabaseSchema } from '../database/database.module';

/**
 * The entities and migrations of every module that keeps data, gathered in one place (the one order
 * migrations run in) and handed to `DatabaseModule.forRoot` by the API and the admin CLI, so the
 * database module knows no feature module. Migrations run at start-up.
 */
export const API_SCHEMA: DatabaseSchema = {
  entities: [...auditEntities, ...accountsEntities, ...promptEntities, ...batchEntities],
  migrations: [...auditMigrations, ...accountsMigrations, ...promptMigrations, ...batchMigrations],
};
