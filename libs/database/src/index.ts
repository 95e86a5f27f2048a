export { startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from './lib/embedded-postgres';
export { createDataSource, createDataSourceOptions, type CreateDataSourceParams, type DatabaseKind } from './lib/data-source.util';
export { openDatabaseTarget, type DatabaseTarget } from './lib/database-target';
