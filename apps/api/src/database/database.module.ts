import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDataSource, openDatabaseTarget, type DatabaseTarget, type DatabaseWaitBounds, type StorageFault } from '@medlocal/database';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config';
import { startupTimings } from '../reporting/startup-timings';
import { ReportingModule } from '../reporting/reporting.module';
import { databaseTemplateSource, runSchemaMigrations } from './database-template';
import { DatabaseHealth } from './database.health';
import { DatabaseStorageStatus } from './database-storage.status';
import { DATA_SOURCE, DATABASE_TARGET } from './database.tokens';

/** The entities and migrations of every module that keeps data; migrations run in list order. */
export interface DatabaseSchema {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
}

/**
 * One DataSource for the whole API, on the configured PostgreSQL server or the embedded one.
 * Migrations run before anything else uses it; shutdown closes the pool, then the embedded server.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseModule.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
  ) {}

  /** `schema` comes from the caller (the app, the admin CLI), so this module imports no feature module. */
  static forRoot(schema: DatabaseSchema): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [ReportingModule],
      providers: [
        {
          provide: DATABASE_TARGET,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => {
            const target = await startupTimings.measure('database.start', () =>
              openDatabaseTarget({
                databaseUrl: config.database.url,
                dataDir: `${config.dataDir}/pglite`,
                onStorageChange: logStorageChange,
                watchdog: config.database.embeddedWatchdog,
                template: databaseTemplateSource(schema),
              }),
            );
            logInitialisation(target);
            return target;
          },
        },
        {
          provide: DATA_SOURCE,
          inject: [DATABASE_TARGET, APP_CONFIG],
          useFactory: (target: DatabaseTarget, config: AppConfig) => openMigratedDataSource({ target, schema, bounds: config.database.waits }),
        },
        DatabaseHealth,
        DatabaseStorageStatus,
      ],
      exports: [DATA_SOURCE, DATABASE_TARGET],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.target.close();
    this.logger.log('Database closed');
  }
}

/**
 * Migrations may rewrite a large table once at start-up, so they run on their own connection without
 * statement or lock timeouts; the DataSource that serves requests has every wait bounded.
 */
async function openMigratedDataSource(params: { target: DatabaseTarget; schema: DatabaseSchema; bounds: DatabaseWaitBounds }): Promise<DataSource> {
  const { target, bounds } = params;
  const logger = new Logger(DatabaseModule.name);
  const schema = { url: target.url, kind: target.kind, ...params.schema };
  try {
    await startupTimings.measure('database.migrations', async () => {
      const applied = await runSchemaMigrations({ url: target.url, kind: target.kind, schema: params.schema });
      logger.log(`Database ready (${target.kind}); ${applied.length} migration(s) applied`);
    });
    const dataSource = createDataSource({ ...schema, bounds });
    await dataSource.initialize();
    logger.log(`Database waits bounded: connect ${bounds.connectTimeoutMs} ms, statement ${bounds.statementTimeoutMs} ms, lock ${bounds.lockTimeoutMs} ms`);
    return dataSource;
  } catch (error) {
    await target.close();
    throw error;
  }
}

/** One line on how an embedded data folder was made ready; a template that was there and not used is a warning naming why. */
function logInitialisation(target: DatabaseTarget): void {
  const initialisation = target.initialisation;
  if (!initialisation) return;
  startupTimings.note('database', initialisation.kind);
  const logger = new Logger(DatabaseModule.name);
  if (initialisation.kind === 'template') {
    logger.log({ event: 'database.template_restored' }, "Embedded database created from the build's verified template (initdb and migrations already done)");
  } else if (initialisation.kind === 'initdb' && initialisation.refused) {
    logger.warn({ event: 'database.template_refused' }, `${initialisation.refused}; initialising a new embedded database instead`);
  }
}

/** Operators see the path and the cause the moment the embedded database stops serving, and when it serves again. */
function logStorageChange(fault: StorageFault | null): void {
  const logger = new Logger(DatabaseModule.name);
  if (fault) {
    logger.error(
      { event: 'database.storage_fault', code: fault.code, path: fault.path },
      `Embedded database stopped serving: ${fault.message}; it resumes by itself when this clears`,
    );
  } else {
    logger.log({ event: 'database.storage_recovered' }, 'Embedded database storage is writable again: serving');
  }
}
