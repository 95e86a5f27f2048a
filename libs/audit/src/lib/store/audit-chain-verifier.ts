import type { DataSource } from 'typeorm';
import { computeAuditEventHash } from './audit-chain-hash.util';
import { AUDIT_GENESIS_HASH } from './audit-event.model';
import { dataSourceSql, readLatestAuditCheckpoint } from './audit-event.sql';
import type { RecordedAuditEvent } from './audit-event.model';
import { auditPgPool } from './audit-pg-pool.util';

export interface AuditChainVerification {
  readonly ok: boolean;
  /** Events whose link and hash were recomputed (up to and including the first broken one). */
  readonly checked: number;
  /**
   * First event whose prevHash, id or own hash does not match: an edited event shows at itself, a deleted one at
   * the next; with a forged checkpoint, the lowest live event at or below it.
   */
  readonly firstBrokenId: number | null;
  /**
   * Ids between the checked events that no event holds: sequence values taken by writes that rolled back (a
   * refused event, an instance killed mid-commit). A deleted event is not counted here: it breaks the next link.
   */
  readonly unusedIds: number;
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
  options: {
    batchSize?: number;
    /**
     * Where the chain starts: the checkpoint the anchor file vouches for (`verifyAnchors().trustedCheckpoint`),
     * null for the genesis. Left out, the newest checkpoint in the database is taken on trust.
     */
    checkpoint?: { lastPurgedId: number; lastPurgedHash: string } | null;
  } = {},
): Promise<AuditChainVerification> {
  const batchSize = options.batchSize ?? 10_000;
  const sql = dataSourceSql(dataSource);
  const checkpoint = options.checkpoint === undefined ? await readLatestAuditCheckpoint(sql) : options.checkpoint;
  // Ids come from a sequence: a rolled-back transaction leaves a gap, so ids only need to increase.
  // Deleted events still show, as a broken prev_hash at the next one (or, at the end, through the anchors).
  let lastId = checkpoint?.lastPurgedId ?? 0;
  let expectedPrevHash = checkpoint?.lastPurgedHash ?? AUDIT_GENESIS_HASH;
  let checked = 0;
  let unusedIds = 0;
  const result = (firstBrokenId: number | null): AuditChainVerification => ({
    ok: firstBrokenId === null,
    checked,
    unusedIds,
    firstBrokenId,
    lastId,
    lastHash: expectedPrevHash,
    startedAfterCheckpointId: checkpoint?.lastPurgedId ?? null,
  });
  // A checkpoint says everything up to it was purged: live events at or below it mean it was forged
  // to make the walk skip them.
  if (checkpoint) {
    const [below] = await sql<{ id: number | null }>('SELECT min(id)::float8 AS id FROM audit_event WHERE id <= $1', [checkpoint.lastPurgedId]);
    if (below?.id !== null && below?.id !== undefined) return result(Number(below.id));
  }

  // Array rows straight from the pg pool (no per-row objects), and the next batch is fetched while this
  // one is hashed: its keyset start (last id + 1) is known on arrival.
  const pool = auditPgPool(dataSource);
  const fetchBatch = async (fromId: number): Promise<unknown[][]> =>
    (
      await pool.query<unknown[]>({
        text: `SELECT id::float8, (extract(epoch FROM occurred_at) * 1000)::float8, actor_user_id, actor_username,
                      actor_role, actor_department, action, outcome, request_id, client_address, input_hmac,
                      hmac_key_id, summary, prev_hash, hash
                 FROM audit_event WHERE id >= $1 ORDER BY audit_event.id LIMIT $2`,
        values: [fromId, batchSize],
        rowMode: 'array',
      })
    ).rows;
  let pending = fetchBatch(lastId + 1);
  for (;;) {
    const rows = await pending;
    const full = rows.length === batchSize;
    if (full) {
      pending = fetchBatch(Number(rows[rows.length - 1][0]) + 1);
      pending.catch(() => undefined); // observed on the next turn; never left unhandled if we stop early
    }
    for (const row of rows) {
      checked += 1;
      const event = fromArrayRow(row);
      if (event.id <= lastId || event.prevHash !== expectedPrevHash) return result(event.id);
      if (computeAuditEventHash(event) !== event.hash) return result(event.id);
      unusedIds += event.id - lastId - 1;
      lastId = event.id;
      expectedPrevHash = event.hash;
    }
    if (!full) return result(null);
  }
}

/** Column order of the verifier's SELECT; time arrives as epoch milliseconds, far cheaper to parse than timestamp text. */
function fromArrayRow(row: unknown[]): RecordedAuditEvent {
  return {
    id: row[0] as number,
    occurredAt: new Date(row[1] as number),
    actor: {
      userId: row[2] as string,
      username: row[3] as string | null,
      role: row[4] as string | null,
      department: row[5] as string | null,
    },
    action: row[6] as string,
    outcome: row[7] as RecordedAuditEvent['outcome'],
    requestId: row[8] as string | null,
    clientAddress: row[9] as string | null,
    inputHmac: row[10] as string | null,
    hmacKeyId: row[11] as string | null,
    summary: row[12] as RecordedAuditEvent['summary'],
    prevHash: row[13] as string,
    hash: row[14] as string,
  };
}
