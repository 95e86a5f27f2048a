import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import type { DatabaseTarget } from '@medlocal/database';
import { HealthRegistry } from '../reporting/health.registry';
import { DATA_SOURCE, DATABASE_TARGET } from './database.tokens';

/** Health answers fast even when the database does not: a load balancer must not wait on it. */
const PING_TIMEOUT_MS = 3_000;

/** The database is in every health answer: without it no question can be audited, so none is served. */
@Injectable()
export class DatabaseHealth implements OnModuleInit {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly registry: HealthRegistry,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
  ) {}

  onModuleInit(): void {
    this.registry.register(() => this.check());
  }

  async check() {
    const indicator = this.indicators.check('database');
    // The embedded database stops serving while its disk is full, read-only or failing: say which, and where.
    const storage = this.target.storageFault?.();
    if (storage) return indicator.down({ message: `storage fault: ${storage.message}`, code: storage.code, path: storage.path });
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`the database did not answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS).unref()),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : 'unreachable' });
    }
  }
}
