import type { DataSource } from 'typeorm';
import type { AuditOutcome, RecordedAuditEvent } from './audit-event.model';
import type { AuditSummary } from './audit-summary.util';

/** Runs one parameterised statement; a DataSource, a pg client or a QueryRunner can all provide it. */
export type AuditSql = <Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]) => Promise<Row[]>;

export function dataSourceSql(dataSource: DataSource): AuditSql {
  return (text, params) => dataSource.query(text, params as unknown[] | undefined);
}

export const AUDIT_EVENT_COLUMNS = `id::float8 AS id, occurred_at, actor_user_id, actor_username, actor_role, actor_department,
  action, outcome, request_id, client_address, input_hmac, hmac_key_id, summary, prev_hash, hash`;

export interface AuditEventRow {
  id: number;
  occurred_at: Date;
  actor_user_id: string;
  actor_username: string | null;
  actor_role: string | null;
  actor_department: string | null;
  action: string;
  outcome: AuditOutcome;
  request_id: string | null;
  client_address: string | null;
  input_hmac: string | null;
  hmac_key_id: string | null;
  summary: AuditSummary;
  prev_hash: string;
  hash: string;
}

export function toRecordedAuditEvent(row: AuditEventRow): RecordedAuditEvent {
  return {
    id: Number(row.id),
    occurredAt: row.occurred_at,
    actor: {
      userId: row.actor_user_id,
      username: row.actor_username,
      role: row.actor_role,
      department: row.actor_department,
    },
    action: row.action,
    outcome: row.outcome,
    requestId: row.request_id,
    clientAddress: row.client_address,
    inputHmac: row.input_hmac,
    hmacKeyId: row.hmac_key_id,
    summary: row.summary,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface AuditChainHead {
  readonly id: number;
  readonly hash: string;
  /** Time of the newest event; null when the chain continues from a purge checkpoint or is empty. */
  readonly occurredAt: Date | null;
}

export const AUDIT_NEWEST_EVENT_SQL = 'SELECT id::float8 AS id, hash, occurred_at FROM audit_event ORDER BY audit_event.id DESC LIMIT 1';

/** The newest event, else the newest purge checkpoint, else the genesis (id 0). */
export async function readAuditChainHead(sql: AuditSql): Promise<AuditChainHead> {
  const [event] = await sql<{ id: number; hash: string; occurred_at: Date }>(AUDIT_NEWEST_EVENT_SQL);
  if (event)
    return {
      id: Number(event.id),
      hash: event.hash,
      occurredAt: event.occurred_at,
    };
  const checkpoint = await readLatestAuditCheckpoint(sql);
  if (checkpoint)
    return {
      id: checkpoint.lastPurgedId,
      hash: checkpoint.lastPurgedHash,
      occurredAt: null,
    };
  return { id: 0, hash: '0'.repeat(64), occurredAt: null };
}

export async function readLatestAuditCheckpoint(sql: AuditSql): Promise<{
  lastPurgedId: number;
  lastPurgedHash: string;
  purgedBefore: Date;
} | null> {
  const [row] = await sql<{
    last_purged_id: number;
    last_purged_hash: string;
    purged_before: Date;
  }>(
    `SELECT last_purged_id::float8 AS last_purged_id, last_purged_hash, purged_before
       FROM audit_checkpoint ORDER BY id DESC LIMIT 1`,
  );
  return row
    ? {
        lastPurgedId: Number(row.last_purged_id),
        lastPurgedHash: row.last_purged_hash,
        purgedBefore: row.purged_before,
      }
    : null;
}

/** Key of the advisory lock that serialises every chain append (writers, purges) across API instances. */
export const AUDIT_CHAIN_LOCK_KEY = 7_112_026_001;
