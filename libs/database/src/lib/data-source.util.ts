import { DataSource } from 'typeorm';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

export type DatabaseKind = 'pglite' | 'postgres';

export interface CreateDataSourceParams {
  readonly url: string;
  readonly kind: DatabaseKind;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
  /** Pool size for a real server; the embedded database always gets one connection. */
  readonly poolSize?: number;
  readonly applicationName?: string;
}

/**
 * One place that decides how MedLocal connects: parameterised queries only and no SQL logging, so
 * question text can never reach a log through the ORM; schema only through migrations.
 */
export function createDataSourceOptions(params: CreateDataSourceParams): DataSourceOptions {
  return {
    type: 'postgres',
    url: params.url,
    entities: params.entities,
    migrations: params.migrations,
    migrationsTableName: 'medlocal_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: {
      max: params.kind === 'pglite' ? 1 : (params.poolSize ?? 10),
      application_name: params.applicationName ?? 'medlocal',
      connectionTimeoutMillis: 5_000,
    },
  };
}

export function createDataSource(params: CreateDataSourceParams): DataSource {
  return new DataSource(createDataSourceOptions(params));
}
