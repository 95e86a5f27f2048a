import type { DataSource } from 'typeorm';
import { AUDIT_CHAIN_LOCK_KEY } from './audit-event.sql';
import type { AuditSql } from './audit-event.sql';
import { listAuditPartitions } from './audit-partitions';
import { AuditStoreError, AuditStoreErrorCode } from './audit-store.errors';
import type { AuditAnchor } from './audit-anchor';
import type { AuditTrail } from './audit-trail';

/** China's Cybersecurity Law (Art. 21) requires network logs to be kept for at least six months. */
export const AUDIT_MIN_RETENTION_DAYS = 180;

/** Reads `AUDIT_RETENTION_DAYS`: default and floor 180 days unless the operator explicitly allows less. */
export function resolveAuditRetentionDays(params: { value?: string | number | null; allowShortRetention?: boolean }): number {
  const raw = params.value;
  if (raw === undefined || raw === null || raw === '') return AUDIT_MIN_RETENTION_DAYS;
  const days = typeof raw === 'number' ? raw : Number(raw.trim());
  if (!Number.isInteger(days) || days < 1) {
    throw new AuditStoreError(AuditStoreErrorCode.RetentionTooShort, 'AUDIT_RETENTION_DAYS must be a positive whole number of days');
  }
  if (days < AUDIT_MIN_RETENTION_DAYS && !params.allowShortRetention) {
    throw new AuditStoreError(
      AuditStoreErrorCode.RetentionTooShort,
      `AUDIT_RETENTION_DAYS=${days} is below the legal minimum of ${AUDIT_MIN_RETENTION_DAYS} days; set the explicit short-retention override to allow it`,
    );
  }
  return days;
}

export interface AuditPurgeResult {
  readonly cutoff: Date;
  readonly partitionsDropped: readonly string[];
  /** Last event removed (the chain continues from it); null when nothing holding events was dropped. */
  readonly lastPurgedId: number | null;
  readonly lastPurgedHash: string | null;
}

export interface AuditRetentionOptions {
  readonly dataSource: DataSource;
  /** Records the `audit.purge` event after the purge commits. */
  readonly trail: AuditTrail;
  readonly retentionDays: number;
  readonly allowShortRetention?: boolean;
  /**
   * The anchor file the verifier reads: each checkpoint is anchored there before its transaction
   * commits, since the verifier trusts no checkpoint the file does not vouch for.
   */
  readonly anchor?: Pick<AuditAnchor, 'appendCheckpoint'>;
}

/**
 * Retention by whole months: drops every monthly partition that ends before the cutoff. DROP TABLE
 * of a partition is neither DELETE nor TRUNCATE, so the append-only triggers stay armed for every
 * other path. A checkpoint with the last dropped id and hash is written in the same transaction
 * (and anchored outside the database), so `verifyChain` continues from it. Runs as the owner: the
 * application role may not insert checkpoints.
 */
export class AuditRetention {
  constructor(private readonly options: AuditRetentionOptions) {
    resolveAuditRetentionDays({
      value: options.retentionDays,
      allowShortRetention: options.allowShortRetention,
    });
  }

  async purgeExpired(now: Date = new Date()): Promise<AuditPurgeResult> {
    const cutoff = new Date(now.getTime() - this.options.retentionDays * 86_400_000);
    const queryRunner = this.options.dataSource.createQueryRunner();
    let result: AuditPurgeResult;
    try {
      await queryRunner.connect();
      await queryRunner.startTransaction();
      const sql: AuditSql = (text, params) => queryRunner.query(text, params as unknown[] | undefined);
      await sql('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
      const expired = (await listAuditPartitions(sql)).filter((partition) => partition.to <= cutoff);
      let last: { id: number; hash: string } | null = null;
      for (const partition of expired) {
        const [row] = await sql<{ id: number; hash: string }>(
          `SELECT id::float8 AS id, hash FROM "${partition.name}" AS expired ORDER BY expired.id DESC LIMIT 1`,
        );
        if (row && (!last || Number(row.id) > last.id)) last = { id: Number(row.id), hash: row.hash };
      }
      // Partitions go first: the database refuses a checkpoint while events at or below it are live.
      for (const partition of expired) await sql(`DROP TABLE "${partition.name}"`);
      if (last) {
        await sql(
          `INSERT INTO audit_checkpoint (last_purged_id, last_purged_hash, purged_before, partitions_dropped)
           VALUES ($1, $2, $3, $4::text[])`,
          [last.id, last.hash, expired[expired.length - 1].to, expired.map((partition) => partition.name)],
        );
        // Anchored before COMMIT: an anchored checkpoint that never committed is harmless, a
        // committed one the file does not know would read as forged.
        await this.options.anchor?.appendCheckpoint({
          lastPurgedId: last.id,
          lastPurgedHash: last.hash,
        });
      }
      await queryRunner.commitTransaction();
      result = {
        cutoff,
        partitionsDropped: expired.map((partition) => partition.name),
        lastPurgedId: last?.id ?? null,
        lastPurgedHash: last?.hash ?? null,
      };
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await queryRunner.release();
    }
    if (result.partitionsDropped.length > 0) {
      await this.options.trail.record({
        actor: { userId: 'system', role: 'system' },
        action: 'audit.purge',
        outcome: 'success',
        summary: {
          partitionsDropped: result.partitionsDropped.length,
          retentionDays: this.options.retentionDays,
          ...(result.lastPurgedId !== null ? { purgedThroughId: result.lastPurgedId } : {}),
        },
      });
    }
    return result;
  }
}
