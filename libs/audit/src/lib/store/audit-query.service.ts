import type { DataSource } from 'typeorm';
import type { AuditOutcome, RecordedAuditEvent } from './audit-event.model';
import { AUDIT_EVENT_COLUMNS, dataSourceSql, toRecordedAuditEvent } from './audit-event.sql';
import type { AuditEventRow } from './audit-event.sql';
import { AuditStoreError, AuditStoreErrorCode } from './audit-store.errors';

export interface AuditEventQuery {
  readonly from?: Date;
  readonly to?: Date;
  readonly userId?: string;
  /** Events of any of these actors (a name several people share); an empty list matches nothing. */
  readonly userIds?: readonly string[];
  readonly department?: string;
  readonly action?: string;
  readonly outcome?: AuditOutcome;
  /** `nextCursor` of the previous page. */
  readonly cursor?: string | null;
  readonly pageSize?: number;
}

/** Who is asking: an admin scoped to a department only ever sees that department's events. */
export interface AuditQueryScope {
  readonly department?: string | null;
}

export interface AuditEventPage {
  readonly items: RecordedAuditEvent[];
  readonly nextCursor: string | null;
}

export const AUDIT_MAX_PAGE_SIZE = 500;

/** Filtered, keyset-paged reads of the audit trail (newest first), always through parameterised SQL. */
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: AuditEventQuery, scope: AuditQueryScope = {}): Promise<AuditEventPage> {
    const pageSize = clampPageSize(query.pageSize);
    const items = await fetchAuditEventBatch(this.dataSource, query, scope, {
      afterId: decodeAuditCursor(query.cursor),
      limit: pageSize,
      direction: 'newest-first',
    });
    return {
      items,
      nextCursor: items.length === pageSize ? encodeAuditCursor(items[items.length - 1].id) : null,
    };
  }
}

/** One keyset batch; `afterId` is exclusive in the direction of travel. Shared by paging and export. */
export async function fetchAuditEventBatch(
  dataSource: DataSource,
  query: AuditEventQuery,
  scope: AuditQueryScope,
  batch: {
    afterId: number | null;
    limit: number;
    direction: 'newest-first' | 'oldest-first';
  },
): Promise<RecordedAuditEvent[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const where = (condition: string, value: unknown) => {
    params.push(value);
    conditions.push(condition.replace('?', `$${params.length}`));
  };
  if (scope.department && query.department && scope.department !== query.department) return [];
  if (query.userIds && query.userIds.length === 0) return [];
  const department = scope.department ?? query.department;
  if (query.from) where('occurred_at >= ?', query.from);
  if (query.to) where('occurred_at < ?', query.to);
  if (query.userId) where('actor_user_id = ?', query.userId);
  if (query.userIds) where('actor_user_id = ANY(?::text[])', [...query.userIds]);
  if (department) where('actor_department = ?', department);
  if (query.action) where('action = ?', query.action);
  if (query.outcome) where('outcome = ?', query.outcome);
  const newestFirst = batch.direction === 'newest-first';
  if (batch.afterId !== null) where(newestFirst ? 'id < ?' : 'id > ?', batch.afterId);
  params.push(batch.limit);
  const rows = await dataSourceSql(dataSource)<AuditEventRow>(
    `SELECT ${AUDIT_EVENT_COLUMNS} FROM audit_event
      ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
      ORDER BY audit_event.id ${newestFirst ? 'DESC' : 'ASC'} LIMIT $${params.length}`,
    params,
  );
  return rows.map(toRecordedAuditEvent);
}

function clampPageSize(pageSize: number | undefined): number {
  if (pageSize === undefined) return 50;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new AuditStoreError(AuditStoreErrorCode.QueryRejected, 'pageSize must be a positive integer');
  }
  return Math.min(pageSize, AUDIT_MAX_PAGE_SIZE);
}

/** Opaque to clients; encodes the last id seen. */
export function encodeAuditCursor(id: number): string {
  return Buffer.from(`audit:${id}`).toString('base64url');
}

export function decodeAuditCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const match = /^audit:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AuditStoreError(AuditStoreErrorCode.QueryRejected, 'invalid audit page cursor');
  return Number(match[1]);
}
