import type { MixedList, EntitySchema } from 'typeorm';
import { accountsEntities, accountsMigrations } from '../accounts/entities';

/**
 * The entities and migrations of every module that keeps data, gathered in one place so the
 * DataSource (and `nx run api:migration-*`) see the same schema. Migrations run at start-up.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const schemaEntities: MixedList<Function | string | EntitySchema> = [...accountsEntities];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const schemaMigrations: MixedList<Function | string> = [...accountsMigrations];
