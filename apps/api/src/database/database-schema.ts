import type { MixedList, EntitySchema } from 'typeorm';
import { auditEntities, auditMigrations } from '@medlocal/audit';
import { accountsEntities, accountsMigrations } from '../accounts/entities';
import { promptEntities, promptMigrations } from '../prompts/prompts.schema';
import { batchEntities, batchMigrations } from '../batches/batches.schema';

/**
 * The entities and migrations of every module that keeps data, gathered in one place so the
 * DataSource (and `nx run api:migration-*`) see the same schema. Migrations run at start-up.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const schemaEntities: MixedList<Function | string | EntitySchema> = [...auditEntities, ...accountsEntities, ...promptEntities, ...batchEntities];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const schemaMigrations: MixedList<Function | string> = [...auditMigrations, ...accountsMigrations, ...promptMigrations, ...batchMigrations];
