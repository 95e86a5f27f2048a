export {
  startEmbeddedPostgres,
  EmbeddedDatabaseDamaged,
  EmbeddedStorageError,
  type EmbeddedPostgres,
  type EmbeddedPostgresOptions,
} from './lib/embedded-postgres';
export { embeddedDatabaseWorkerUrl } from './lib/embedded-database-worker.source';
export { probeDataDir, storageFault, EMBEDDED_MIN_FREE_BYTES, type StorageFault } from './lib/storage-fault';
export { createDataSource, createDataSourceOptions, type CreateDataSourceParams, type DatabaseKind } from './lib/data-source.util';
export { openDatabaseTarget, type DatabaseTarget } from './lib/database-target';
export { boundedPoolOptions, databaseCallBoundMs, BoundedClient, DEFAULT_DATABASE_WAIT_BOUNDS, type DatabaseWaitBounds } from './lib/database-wait-bounds';
export {
  installedPgliteVersion,
  restoreEmbeddedTemplate,
  type EmbeddedInitialisation,
  type EmbeddedTemplateManifest,
  type EmbeddedTemplateSource,
} from './lib/embedded-template';
export { writeEmbeddedTemplate } from './lib/embedded-template.writer';
