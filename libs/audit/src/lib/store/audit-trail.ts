import type { Pool, PoolClient, QueryResult } from 'pg';
import type { DataSource } from 'typeorm';
import { computeAuditEventHash } from './audit-chain-hash.util';
import { isDatabaseConnectionError } from './audit-connection-error.util';
import { normalizeAuditEventInput } from './audit-event-input.util';
import type { NormalizedAuditEventInput } from './audit-event-input.util';
import type { AuditEventInput, RecordedAuditEvent } from './audit-event.model';
import {
  AUDIT_CHAIN_LOCK_KEY,
  AUDIT_NEWEST_EVENT_SQL,
  readAuditChainHead,
} from './audit-event.sql';
import type { AuditChainHead, AuditSql } from './audit-event.sql';
import { auditPgPool } from './audit-pg-pool.util';
import {
  AuditStoreError,
  AuditStoreErrorCode,
  AuditUnavailable,
} from './audit-store.errors';

export interface AuditTrailOptions {
  readonly dataSource: DataSource;
  /** Most events committed in one transaction (group commit). */
  readonly maxBatchSize?: number;
  /** Events allowed to wait for a transaction; beyond it record() rejects at once with AuditUnavailable (default 10,000). */
  readonly maxQueueLength?: number;
  /** How often to probe the database while it is unreachable. */
  readonly probeIntervalMs?: number;
  /** How long to try to learn whether a COMMIT that lost its connection went through. */
  readonly inDoubtTimeoutMs?: number;
  /** Source of event times; tests inject one. Times never go backwards along the chain. */
  readonly clock?: () => Date;
  readonly onAvailabilityChange?: (available: boolean) => void;
}

export interface AuditTrailStats {
  readonly batchesCommitted: number;
  readonly eventsCommitted: number;
  readonly largestBatch: number;
}

interface PendingRecord {
  readonly event: NormalizedAuditEventInput;
  resolve(event: RecordedAuditEvent): void;
  reject(error: Error): void;
}

const INSERT_COLUMNS = [
  'id',
  'occurred_at',
  'actor_user_id',
  'actor_username',
  'actor_role',
  'actor_department',
  'action',
  'outcome',
  'request_id',
  'client_address',
  'input_hmac',
  'hmac_key_id',
  'summary',
  'prev_hash',
  'hash',
] as const;

/**
 * The only writer of the audit chain. `record()` resolves only once its event is committed, so a
 * caller that waits for it fails closed. Events arriving while a transaction is in flight are
 * committed together in the next one (group commit). Each transaction takes the chain advisory lock
 * and reads the head inside it, so several API instances interleave without forking the chain.
 */
export class AuditTrail {
  private readonly pool: Pool;
  private readonly maxBatchSize: number;
  private readonly clock: () => Date;
  private queue: PendingRecord[] = [];
  private flushing: Promise<void> | null = null;
  private available = true;
  private closed = false;
  private probeTimer: NodeJS.Timeout | null = null;
  private readonly ensuredMonths = new Set<string>();
  private stats = { batchesCommitted: 0, eventsCommitted: 0, largestBatch: 0 };

  constructor(private readonly options: AuditTrailOptions) {
    this.pool = auditPgPool(options.dataSource);
    this.maxBatchSize = options.maxBatchSize ?? 500;
    this.clock = options.clock ?? (() => new Date());
  }

  record(input: AuditEventInput): Promise<RecordedAuditEvent> {
    if (this.closed)
      return Promise.reject(
        new AuditStoreError(
          AuditStoreErrorCode.Closed,
          'audit trail is closed',
        ),
      );
    let event: NormalizedAuditEventInput;
    try {
      event = normalizeAuditEventInput(input);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    if (this.queue.length >= (this.options.maxQueueLength ?? 10_000)) {
      return Promise.reject(
        new AuditUnavailable('audit unavailable: the write queue is full'),
      );
    }
    return new Promise<RecordedAuditEvent>((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      this.startFlushing();
    });
  }

  /** False from the moment a write or probe finds the database unreachable until one succeeds again. */
  isAvailable(): boolean {
    return this.available;
  }

  /** Health probe: one round trip to the database; updates `isAvailable()`. */
  async probe(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      this.setAvailable(true);
      return true;
    } catch (error) {
      if (!isDatabaseConnectionError(error)) throw error;
      this.setAvailable(false);
      return false;
    }
  }

  getStats(): AuditTrailStats {
    return { ...this.stats };
  }

  /** Refuses new events, waits for queued ones to commit or fail, stops probing. Does not close the DataSource. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.flushing) await this.flushing;
    this.stopProbing();
  }

  private startFlushing(): void {
    if (this.flushing) return;
    this.flushing = this.drainQueue().finally(() => {
      this.flushing = null;
      if (this.queue.length > 0) this.startFlushing();
    });
  }

  private async drainQueue(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatchSize);
      await this.commitBatch(batch);
    }
  }

  /** Settles every promise of the batch; never throws. */
  private async commitBatch(batch: PendingRecord[]): Promise<void> {
    let client: PoolClient | undefined;
    let committing = false;
    let recorded: RecordedAuditEvent[] = [];
    // A checked-out pg client emits 'error' when its connection dies; unheard, that would crash the process.
    // The failure itself surfaces through the pending query, so the listener only needs to exist.
    const swallowConnectionError = () => undefined;
    try {
      client = await this.pool.connect();
      client.on('error', swallowConnectionError);
      const sql = clientSql(client);
      const head = await beginAndLockChain(client, sql);
      recorded = this.linkEvents(batch, head);
      await this.ensurePartitions(sql, recorded);
      await insertEvents(sql, recorded);
      committing = true;
      await client.query('COMMIT');
      client.removeListener('error', swallowConnectionError);
      client.release();
    } catch (error) {
      // Destroy the client: a connection that failed mid-transaction must never go back to the pool.
      client?.removeListener('error', swallowConnectionError);
      client?.release(error instanceof Error ? error : true);
      if (
        committing &&
        isDatabaseConnectionError(error) &&
        (await this.committedDespite(recorded))
      ) {
        this.settleCommitted(batch, recorded);
        return;
      }
      this.settleFailed(batch, error);
      return;
    }
    this.settleCommitted(batch, recorded);
  }

  private linkEvents(
    batch: PendingRecord[],
    head: { id: number; hash: string; occurredAt: Date | null },
  ): RecordedAuditEvent[] {
    let previous = head;
    return batch.map(({ event }) => {
      const now = this.clock();
      const occurredAt =
        previous.occurredAt && previous.occurredAt > now
          ? previous.occurredAt
          : now;
      const unhashed = {
        ...event,
        id: previous.id + 1,
        occurredAt,
        prevHash: previous.hash,
      };
      const linked: RecordedAuditEvent = {
        ...unhashed,
        hash: computeAuditEventHash(unhashed),
      };
      previous = { id: linked.id, hash: linked.hash, occurredAt };
      return linked;
    });
  }

  private async ensurePartitions(
    sql: AuditSql,
    events: RecordedAuditEvent[],
  ): Promise<void> {
    for (const at of [
      events[0].occurredAt,
      events[events.length - 1].occurredAt,
    ]) {
      const month = at.toISOString().slice(0, 7);
      if (this.ensuredMonths.has(month)) continue;
      await sql('SELECT audit_ensure_partition($1)', [at]);
      this.ensuredMonths.add(month);
    }
  }

  /** A COMMIT whose reply was lost may still have gone through: look before telling callers it failed. */
  private async committedDespite(
    recorded: RecordedAuditEvent[],
  ): Promise<boolean> {
    const last = recorded[recorded.length - 1];
    const deadline = Date.now() + (this.options.inDoubtTimeoutMs ?? 3_000);
    while (Date.now() < deadline) {
      try {
        const result = await this.pool.query<{ hash: string }>(
          'SELECT hash FROM audit_event WHERE id = $1 AND occurred_at = $2',
          [last.id, last.occurredAt],
        );
        return result.rows[0]?.hash === last.hash;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    return false;
  }

  private settleCommitted(
    batch: PendingRecord[],
    recorded: RecordedAuditEvent[],
  ): void {
    this.stats.batchesCommitted += 1;
    this.stats.eventsCommitted += batch.length;
    this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
    this.setAvailable(true);
    batch.forEach((pending, index) => pending.resolve(recorded[index]));
  }

  private settleFailed(batch: PendingRecord[], error: unknown): void {
    let failure: Error;
    if (isDatabaseConnectionError(error)) {
      this.setAvailable(false);
      failure = new AuditUnavailable(
        'audit unavailable: the database cannot be reached',
        { cause: error },
      );
    } else {
      failure = new AuditStoreError(
        AuditStoreErrorCode.WriteFailed,
        'audit write refused by the database',
        { cause: error },
      );
    }
    for (const pending of batch) pending.reject(failure);
  }

  private setAvailable(available: boolean): void {
    if (available) this.stopProbing();
    else this.startProbing();
    if (this.available === available) return;
    this.available = available;
    this.options.onAvailabilityChange?.(available);
  }

  private startProbing(): void {
    if (this.probeTimer || this.closed) return;
    this.probeTimer = setInterval(() => {
      this.probe().catch(() => undefined);
    }, this.options.probeIntervalMs ?? 2_000);
    this.probeTimer.unref();
  }

  private stopProbing(): void {
    if (this.probeTimer) clearInterval(this.probeTimer);
    this.probeTimer = null;
  }
}

/**
 * BEGIN, the chain lock and the head read in one round trip (a simple-protocol batch holding only
 * constants), since round trips per transaction bound the group-commit throughput.
 */
async function beginAndLockChain(
  client: PoolClient,
  sql: AuditSql,
): Promise<AuditChainHead> {
  const results = (await client.query(
    `BEGIN; SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY}); ${AUDIT_NEWEST_EVENT_SQL}`,
  )) as unknown as QueryResult<{
    id: number;
    hash: string;
    occurred_at: Date;
  }>[];
  const newest = results[2]?.rows[0];
  if (newest)
    return {
      id: Number(newest.id),
      hash: newest.hash,
      occurredAt: newest.occurred_at,
    };
  return readAuditChainHead(sql);
}

function clientSql(client: PoolClient): AuditSql {
  return async <Row>(text: string, params?: readonly unknown[]) =>
    (await client.query(text, params as unknown[] | undefined)).rows as Row[];
}

async function insertEvents(
  sql: AuditSql,
  events: RecordedAuditEvent[],
): Promise<void> {
  const params: unknown[] = [];
  const tuples = events.map((event) => {
    const values = [
      event.id,
      event.occurredAt,
      event.actor.userId,
      event.actor.username,
      event.actor.role,
      event.actor.department,
      event.action,
      event.outcome,
      event.requestId,
      event.clientAddress,
      event.inputHmac,
      event.hmacKeyId,
      JSON.stringify(event.summary),
      event.prevHash,
      event.hash,
    ];
    const placeholders = values.map((value, index) => {
      params.push(value);
      return `$${params.length}${INSERT_COLUMNS[index] === 'summary' ? '::jsonb' : ''}`;
    });
    return `(${placeholders.join(',')})`;
  });
  await sql(
    `INSERT INTO audit_event (${INSERT_COLUMNS.join(',')}) VALUES ${tuples.join(',')}`,
    params,
  );
}
