import { DataSource } from 'typeorm';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { boundedPoolOptions, type DatabaseWaitBounds } from './database-wait-bounds';

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
  /**
   * Upper bounds of every database wait (defaults: `DEFAULT_DATABASE_WAIT_BOUNDS`). `'unbounded-statements'`
   * keeps the connect timeout and keepalive but lets statements run and wait for locks as long as they
   * need: for migrations, which may rewrite a large table once, at start-up.
   */
  readonly bounds?: DatabaseWaitBounds | 'unbounded-statements';
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
      ...poolBounds(params.bounds),
      max: params.kind === 'pglite' ? 1 : (params.poolSize ?? 10),
      application_name: params.applicationName ?? 'medlocal',
    },
  };
}

export function createDataSource(params: CreateDataSourceParams): DataSource {
  return new DataSource(createDataSourceOptions(params));
}

function poolBounds(bounds: CreateDataSourceParams['bounds']) {
  if (bounds !== 'unbounded-statements') return boundedPoolOptions(bounds);
  const { connectionTimeoutMillis, keepAlive, keepAliveInitialDelayMillis } = boundedPoolOptions();
  return { connectionTimeoutMillis, keepAlive, keepAliveInitialDelayMillis };
}
