import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * The pg pool behind a TypeORM DataSource. The audit writer takes clients from it directly so that
 * a client broken mid-transaction is destroyed (`release(error)`) rather than handed back to the pool.
 */
export function auditPgPool(dataSource: DataSource): Pool {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!pool || typeof pool.connect !== 'function') {
    throw new Error('The audit trail needs an initialised PostgreSQL DataSource');
  }
  return pool;
}
