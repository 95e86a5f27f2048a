import type { Pool, PoolClient, QueryResult } from 'pg';
import type { DataSource } from 'typeorm';
import { computeAuditEventHash } from './audit-chain-hash.util';
import { isDatabaseConnectionError } from './audit-connection-error.util';
import { normalizeAuditEventInput } from './audit-event-input.util';
import type { NormalizedAuditEventInput } from './audit-event-input.util';
import type { AuditEventInput, RecordedAuditEvent } from './audit-event.model';
import { AUDIT_CHAIN_LOCK_KEY, AUDIT_NEWEST_EVENT_SQL, readAuditChainHead } from './audit-event.sql';
import type { AuditChainHead, AuditSql } from './audit-event.sql';
import type { AuditCommitAnchor } from './audit-anchor';
import { auditPgPool } from './audit-pg-pool.util';
import type { AuditSpool, SpooledAuditEvent } from './audit-spool';
import { AuditStoreError, AuditStoreErrorCode, AuditUnavailable } from './audit-store.errors';

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
  /** Every commit's head is appended here before its callers are told (group commit: one line per transaction). */
  readonly anchor?: AuditCommitAnchor;
  /**
   * How long a commit that lost its connection is retried on fresh connections while the database
   * was believed reachable (default 5 s); later commits of an outage get one try.
   */
  readonly commitRetryMs?: number;
  /** Durable local fallback for `write()`: events that cannot be committed are journalled and replayed in order. */
  readonly spool?: AuditSpool;
  /** Told when a spool replay fails for a reason other than connectivity (it is retried on the next probe). */
  readonly onSpoolError?: (error: unknown) => void;
}

/** What `write()` guarantees: committed to the chain, or durably journalled for replay. */
export type AuditWriteReceipt = { readonly committed: RecordedAuditEvent } | { readonly spooled: string };

export interface AuditTrailStats {
  readonly batchesCommitted: number;
  readonly eventsCommitted: number;
  readonly largestBatch: number;
}

interface PendingRecord {
  readonly event: NormalizedAuditEventInput;
  /** Set by `write()`: may go to the spool when the database stays away. */
  readonly spoolable: boolean;
  resolve(receipt: AuditWriteReceipt): void;
  reject(error: Error): void;
}

/** An event about to be linked: its time is "now" unless it is a replay of a spooled one. */
interface LinkItem {
  readonly event: NormalizedAuditEventInput;
  readonly at?: Date;
}

class InDoubtCommit extends Error {
  constructor(
    readonly recorded: RecordedAuditEvent[],
    readonly connectionError: unknown,
  ) {
    super('audit commit in doubt: the connection was lost during COMMIT');
  }
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
  /** Committed batches whose anchor line is being synced before their callers are told. */
  private readonly settling = new Set<Promise<void>>();
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

  /** Resolves once the event is committed; rejects with AuditUnavailable when it cannot be (fail closed). */
  async record(input: AuditEventInput): Promise<RecordedAuditEvent> {
    const receipt = await this.enqueue(input, false);
    if ('committed' in receipt) return receipt.committed;
    throw new AuditUnavailable('audit unavailable'); // unreachable: record() never spools
  }

  /**
   * Like `record()`, but when the database stays unreachable past the retry bound the event is
   * journalled in the spool (synced) instead of failing, and replayed in order when it returns.
   * Without a spool it behaves exactly like `record()`.
   */
  write(input: AuditEventInput): Promise<AuditWriteReceipt> {
    return this.enqueue(input, this.options.spool !== undefined);
  }

  /** Replays what the spool holds (at start-up, a journal an earlier run left); resolves when the queue is idle. */
  async replayPending(): Promise<void> {
    if (this.spooledCount() === 0) return;
    this.startFlushing();
    while (this.flushing) await this.flushing;
  }

  /** Events journalled locally and not yet replayed into the database. */
  spooledCount(): number {
    return this.options.spool?.pending().length ?? 0;
  }

  private enqueue(input: AuditEventInput, spoolable: boolean): Promise<AuditWriteReceipt> {
    if (this.closed) return Promise.reject(new AuditStoreError(AuditStoreErrorCode.Closed, 'audit trail is closed'));
    let event: NormalizedAuditEventInput;
    try {
      event = normalizeAuditEventInput(input);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    if (this.queue.length >= (this.options.maxQueueLength ?? 10_000)) {
      return Promise.reject(new AuditUnavailable('audit unavailable: the write queue is full'));
    }
    return new Promise<AuditWriteReceipt>((resolve, reject) => {
      this.queue.push({ event, spoolable, resolve, reject });
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
      if (this.spooledCount() > 0) this.startFlushing();
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
    await Promise.all([...this.settling]);
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
    for (;;) {
      if (this.spooledCount() > 0 && this.available && !this.closed) {
        // Journalled events go first, so the chain keeps the order in which things happened.
        await this.replaySpool();
      }
      if (this.queue.length === 0) return;
      const batch = this.queue.splice(0, this.maxBatchSize);
      if (this.spooledCount() > 0) {
        // Still unreachable: nothing may overtake the journal. Spool what may be spooled, refuse the rest.
        await this.spoolOrFail(batch, new AuditUnavailable('audit unavailable: the database cannot be reached'));
        continue;
      }
      await this.commitBatch(batch);
    }
  }

  /** Settles every promise of the batch; never throws. */
  private async commitBatch(batch: PendingRecord[]): Promise<void> {
    // Retry on fresh connections only while the database was believed up: one killed pooled
    // connection must not lose a group of events, but an outage must not stall every later batch.
    const deadline = Date.now() + (this.available ? (this.options.commitRetryMs ?? 5_000) : 0);
    let delayMs = 50;
    let inDoubt: RecordedAuditEvent[] | undefined;
    for (;;) {
      try {
        // A lost COMMIT that went through after all: those events are in the chain, never written twice.
        const recorded =
          inDoubt && (await this.isCommitted(inDoubt[inDoubt.length - 1])) ? inDoubt : await this.commitOnce(batch.map(({ event }) => ({ event })));
        // Callers hear once the head is anchored; the next transaction does not wait for that sync.
        this.track(this.anchorCommitted(recorded).then(() => this.settleCommitted(batch, recorded)));
        return;
      } catch (error) {
        if (error instanceof InDoubtCommit) {
          inDoubt = error.recorded;
        } else if (!isDatabaseConnectionError(error)) {
          this.settleFailed(batch, error);
          return;
        }
        this.setAvailable(false);
        if (Date.now() + delayMs < deadline && !this.closed) {
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          delayMs = Math.min(delayMs * 2, 1_000);
          continue;
        }
        const last = inDoubt?.[inDoubt.length - 1];
        await this.spoolOrFail(batch, error instanceof InDoubtCommit ? error.connectionError : error, last && { id: last.id, hash: last.hash });
        return;
      }
    }
  }

  /** One transaction: lock, head, ids from the sequence, insert, commit. Throws InDoubtCommit when COMMIT's reply was lost and nobody can tell. */
  private async commitOnce(items: LinkItem[]): Promise<RecordedAuditEvent[]> {
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
      const { head, ids } = await beginAndLockChain(client, sql, items.length);
      recorded = this.linkEvents(items, head, ids);
      await this.ensurePartitions(sql, recorded);
      await insertEvents(sql, recorded);
      committing = true;
      await client.query('COMMIT');
      client.removeListener('error', swallowConnectionError);
      client.release();
      return recorded;
    } catch (error) {
      // Destroy the client: a connection that failed mid-transaction must never go back to the pool.
      client?.removeListener('error', swallowConnectionError);
      client?.release(error instanceof Error ? error : true);
      if (committing && isDatabaseConnectionError(error)) {
        const last = recorded[recorded.length - 1];
        const committed = await this.committedDespite(last);
        if (committed === true) return recorded;
        if (committed === null) throw new InDoubtCommit(recorded, error);
      }
      throw error;
    }
  }

  private track(settling: Promise<void>): void {
    this.settling.add(settling);
    void settling.finally(() => this.settling.delete(settling));
  }

  private async anchorCommitted(recorded: RecordedAuditEvent[]): Promise<void> {
    const last = recorded[recorded.length - 1];
    await this.options.anchor?.appendHead({ id: last.id, hash: last.hash });
  }

  private async spoolOrFail(batch: PendingRecord[], error: unknown, inDoubt?: { id: number; hash: string }): Promise<void> {
    const spool = this.options.spool;
    const spoolable = spool ? batch.filter((pending) => pending.spoolable) : [];
    const refused = batch.filter((pending) => !spoolable.includes(pending));
    if (refused.length > 0) this.settleFailed(refused, error);
    if (!spool || spoolable.length === 0) return;
    try {
      const at = this.clock();
      const spooled = await spool.append(spoolable.map(({ event }) => ({ event, at, inDoubt })));
      spoolable.forEach((pending, index) => pending.resolve({ spooled: spooled[index].entry }));
    } catch (spoolError) {
      // Neither the database nor the journal can keep the event: the caller must fail closed.
      this.settleFailed(spoolable, error);
      this.options.onSpoolError?.(spoolError);
    }
  }

  /** Commits journalled events in order, each batch checked first against replays that already went in. */
  private async replaySpool(): Promise<void> {
    const spool = this.options.spool;
    if (!spool) return;
    while (spool.pending().length > 0 && !this.closed) {
      const chunk = spool.pending().slice(0, this.maxBatchSize);
      try {
        const toCommit = await this.notYetReplayed(chunk);
        if (toCommit.length > 0) {
          const recorded = await this.commitOnce(
            toCommit.map((spooled) => ({
              event: {
                ...spooled.event,
                summary: { ...spooled.event.summary, spoolEntry: spooled.entry },
              },
              at: spooled.at,
            })),
          );
          await this.anchorCommitted(recorded);
          this.stats.batchesCommitted += 1;
          this.stats.eventsCommitted += recorded.length;
        }
        await spool.markReplayed(chunk[chunk.length - 1].seq);
      } catch (error) {
        if (isDatabaseConnectionError(error) || error instanceof InDoubtCommit) this.setAvailable(false);
        else this.options.onSpoolError?.(error);
        return;
      }
    }
  }

  /** Drops entries whose replay (or in-doubt original commit) is already in the chain. */
  private async notYetReplayed(chunk: readonly SpooledAuditEvent[]): Promise<SpooledAuditEvent[]> {
    const earliest = chunk.reduce((min, entry) => (entry.at < min ? entry.at : min), chunk[0].at);
    const rows = await this.pool.query<{ entry: string }>(
      `SELECT summary->>'spoolEntry' AS entry FROM audit_event
        WHERE occurred_at >= $1 AND summary->>'spoolEntry' = ANY($2::text[])`,
      [earliest, chunk.map((entry) => entry.entry)],
    );
    const replayed = new Set(rows.rows.map((row) => row.entry));
    const remaining: SpooledAuditEvent[] = [];
    for (const entry of chunk) {
      if (replayed.has(entry.entry)) continue;
      if (entry.inDoubt && (await this.isCommitted(entry.inDoubt))) continue;
      remaining.push(entry);
    }
    return remaining;
  }

  private async isCommitted(event: { id: number; hash: string }): Promise<boolean> {
    const result = await this.pool.query<{ hash: string }>('SELECT hash FROM audit_event WHERE id = $1', [event.id]);
    return result.rows[0]?.hash === event.hash;
  }

  private linkEvents(items: LinkItem[], head: { id: number; hash: string; occurredAt: Date | null }, ids: number[]): RecordedAuditEvent[] {
    let previous = head;
    return items.map(({ event, at }, index) => {
      const now = at ?? this.clock();
      const occurredAt = previous.occurredAt && previous.occurredAt > now ? previous.occurredAt : now;
      const unhashed = {
        ...event,
        id: ids[index],
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

  private async ensurePartitions(sql: AuditSql, events: RecordedAuditEvent[]): Promise<void> {
    for (const at of [events[0].occurredAt, events[events.length - 1].occurredAt]) {
      const month = at.toISOString().slice(0, 7);
      if (this.ensuredMonths.has(month)) continue;
      await sql('SELECT audit_ensure_partition($1)', [at]);
      this.ensuredMonths.add(month);
    }
  }

  /** A COMMIT whose reply was lost may still have gone through: true, false, or null when nobody could tell in time. */
  private async committedDespite(last: RecordedAuditEvent): Promise<boolean | null> {
    const deadline = Date.now() + (this.options.inDoubtTimeoutMs ?? 3_000);
    while (Date.now() < deadline) {
      try {
        const result = await this.pool.query<{ hash: string }>('SELECT hash FROM audit_event WHERE id = $1 AND occurred_at = $2', [last.id, last.occurredAt]);
        return result.rows[0]?.hash === last.hash;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    return null;
  }

  private settleCommitted(batch: PendingRecord[], recorded: RecordedAuditEvent[]): void {
    this.stats.batchesCommitted += 1;
    this.stats.eventsCommitted += batch.length;
    this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
    this.setAvailable(true);
    batch.forEach((pending, index) => pending.resolve({ committed: recorded[index] }));
  }

  private settleFailed(batch: PendingRecord[], error: unknown): void {
    let failure: Error;
    if (error instanceof AuditUnavailable) {
      failure = error;
    } else if (isDatabaseConnectionError(error)) {
      this.setAvailable(false);
      failure = new AuditUnavailable('audit unavailable: the database cannot be reached', { cause: error });
    } else {
      failure = new AuditStoreError(AuditStoreErrorCode.WriteFailed, 'audit write refused by the database', { cause: error });
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
 * BEGIN, the chain lock, the head read and the batch's ids in one round trip (a simple-protocol
 * batch holding only constants), since round trips per transaction bound the group-commit throughput.
 * Ids come from a sequence drawn under the chain lock: increasing along the chain, never reused.
 */
async function beginAndLockChain(client: PoolClient, sql: AuditSql, count: number): Promise<{ head: AuditChainHead; ids: number[] }> {
  const results = (await client.query(
    `BEGIN; SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY}); ${AUDIT_NEWEST_EVENT_SQL}; ${drawIdsSql(count)}`,
  )) as unknown as QueryResult<{
    id: number;
    hash: string;
    occurred_at: Date;
  }>[];
  const newest = results[2]?.rows[0];
  const head = newest
    ? {
        id: Number(newest.id),
        hash: newest.hash,
        occurredAt: newest.occurred_at,
      }
    : await readAuditChainHead(sql);
  let ids = (results[3]?.rows ?? []).map((row) => Number(row.id));
  ids.sort((a, b) => a - b);
  if (ids[0] <= head.id) {
    // The sequence is behind the chain (rows loaded around the writer, a restore): move it past the
    // head once. Needs the owner; the INSERT-only application role gets a clear refusal instead.
    await sql('SELECT setval($1::regclass, $2)', [AUDIT_EVENT_ID_SEQUENCE, head.id]);
    ids = (await sql<{ id: number }>(drawIdsSql(count))).map((row) => Number(row.id));
    ids.sort((a, b) => a - b);
  }
  return { head, ids };
}

const AUDIT_EVENT_ID_SEQUENCE = 'audit_event_id_seq';

function drawIdsSql(count: number): string {
  return `SELECT nextval('${AUDIT_EVENT_ID_SEQUENCE}')::float8 AS id FROM generate_series(1, ${Math.trunc(count)})`;
}

function clientSql(client: PoolClient): AuditSql {
  return async <Row>(text: string, params?: readonly unknown[]) => (await client.query(text, params as unknown[] | undefined)).rows as Row[];
}

async function insertEvents(sql: AuditSql, events: RecordedAuditEvent[]): Promise<void> {
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
  await sql(`INSERT INTO audit_event (${INSERT_COLUMNS.join(',')}) VALUES ${tuples.join(',')}`, params);
}
