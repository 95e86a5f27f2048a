import type { DataSource } from 'typeorm';
import { dataSourceSql } from './audit-event.sql';
import type { AuditSql } from './audit-event.sql';

export interface AuditPartition {
  readonly name: string;
  /** Inclusive start and exclusive end of the month it holds (UTC). */
  readonly from: Date;
  readonly to: Date;
}

const PARTITION_NAME = /^audit_event_p(\d{4})(\d{2})$/;

/**
 * Creates the monthly partitions for the month of `at` and the `monthsAhead` following ones, so the
 * writer never meets a month without a partition. Call from a daily maintenance job; the writer also
 * creates the partition it needs on its own.
 */
export async function ensureAuditPartitions(dataSource: DataSource, options: { at?: Date; monthsAhead?: number } = {}): Promise<string[]> {
  const at = options.at ?? new Date();
  const created: string[] = [];
  for (let offset = 0; offset <= (options.monthsAhead ?? 2); offset += 1) {
    const month = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1));
    const [row] = await dataSource.query('SELECT audit_ensure_partition($1) AS name', [month]);
    created.push((row as { name: string }).name);
  }
  return created;
}

export async function listAuditPartitions(sql: AuditSql | DataSource): Promise<AuditPartition[]> {
  const run: AuditSql = typeof sql === 'function' ? sql : dataSourceSql(sql);
  const rows = await run<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'audit_event'::regclass ORDER BY c.relname`,
  );
  return rows.flatMap(({ name }) => {
    const match = PARTITION_NAME.exec(name);
    if (!match) return [];
    const year = Number(match[1]);
    const month = Number(match[2]) - 1;
    return [
      {
        name,
        from: new Date(Date.UTC(year, month, 1)),
        to: new Date(Date.UTC(year, month + 1, 1)),
      },
    ];
  });
}
