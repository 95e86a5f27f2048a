export { startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from './lib/embedded-postgres';
export { createDataSource, createDataSourceOptions, type CreateDataSourceParams, type DatabaseKind } from './lib/data-source.util';
export { openDatabaseTarget, type DatabaseTarget } from './lib/database-target';
export {
  boundedPoolOptions,
  databaseCallBoundMs,
  BoundedClient,
  DEFAULT_DATABASE_WAIT_BOUNDS,
  type DatabaseWaitBounds,
} from './lib/database-wait-bounds';
