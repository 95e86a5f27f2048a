import type { DataSource } from 'typeorm';
import { computeAuditEventHash } from './audit-chain-hash.util';
import { AUDIT_GENESIS_HASH } from './audit-event.model';
import { AUDIT_EVENT_COLUMNS, dataSourceSql, readLatestAuditCheckpoint, toRecordedAuditEvent } from './audit-event.sql';
import type { AuditEventRow } from './audit-event.sql';

export interface AuditChainVerification {
  readonly ok: boolean;
  /** Events whose link and hash were recomputed (up to and including the first broken one). */
  readonly checked: number;
  /** First event whose prevHash, id or own hash does not match: an edited event shows at itself, a deleted one at the next. */
  readonly firstBrokenId: number | null;
  /** Head of the verified chain: hand it to `AuditAnchor` or compare with an anchor. */
  readonly lastId: number;
  readonly lastHash: string;
  /** Set when the chain continues from a retention purge checkpoint instead of the genesis. */
  readonly startedAfterCheckpointId: number | null;
}

/**
 * Walks the whole chain in id order in keyset batches (raw rows, never all in memory), recomputing
 * every hash. Starts from the latest purge checkpoint, so the chain stays verifiable after retention.
 */
export async function verifyChain(
  dataSource: DataSource,
  options: { batchSize?: number } = {},
): Promise<AuditChainVerification> {
  const batchSize = options.batchSize ?? 10_000;
  const sql = dataSourceSql(dataSource);
  const checkpoint = await readLatestAuditCheckpoint(sql);
  let expectedId = (checkpoint?.lastPurgedId ?? 0) + 1;
  let expectedPrevHash = checkpoint?.lastPurgedHash ?? AUDIT_GENESIS_HASH;
  let checked = 0;
  const result = (firstBrokenId: number | null): AuditChainVerification => ({
    ok: firstBrokenId === null,
    checked,
    firstBrokenId,
    lastId: expectedId - 1,
    lastHash: expectedPrevHash,
    startedAfterCheckpointId: checkpoint?.lastPurgedId ?? null,
  });

  for (;;) {
    const rows = await sql<AuditEventRow>(
      `SELECT ${AUDIT_EVENT_COLUMNS} FROM audit_event WHERE id >= $1 ORDER BY id LIMIT $2`,
      [expectedId, batchSize],
    );
    for (const row of rows) {
      checked += 1;
      const event = toRecordedAuditEvent(row);
      if (event.id !== expectedId || event.prevHash !== expectedPrevHash) return result(event.id);
      if (computeAuditEventHash(event) !== event.hash) return result(event.id);
      expectedId += 1;
      expectedPrevHash = event.hash;
    }
    if (rows.length < batchSize) return result(null);
  }
}
