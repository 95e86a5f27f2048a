import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDataSource, openDatabaseTarget, type DatabaseTarget } from '@medlocal/database';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config';
import { schemaEntities, schemaMigrations } from './database-schema';
import { DatabaseHealth } from './database.health';
import { DATA_SOURCE, DATABASE_TARGET } from './database.tokens';

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

  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DATABASE_TARGET,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            openDatabaseTarget({ databaseUrl: config.database.url, dataDir: `${config.dataDir}/pglite` }),
        },
        {
          provide: DATA_SOURCE,
          inject: [DATABASE_TARGET],
          useFactory: async (target: DatabaseTarget) => {
            const dataSource = createDataSource({
              url: target.url,
              kind: target.kind,
              entities: schemaEntities,
              migrations: schemaMigrations,
            });
            await dataSource.initialize();
            try {
              const applied = await dataSource.runMigrations({ transaction: 'each' });
              new Logger(DatabaseModule.name).log(`Database ready (${target.kind}); ${applied.length} migration(s) applied`);
            } catch (error) {
              await dataSource.destroy();
              await target.close();
              throw error;
            }
            return dataSource;
          },
        },
        DatabaseHealth,
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
