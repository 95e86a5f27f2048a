import { mkdir, open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { dataSourceSql, readAuditChainHead } from './audit-event.sql';
import type { AuditSql } from './audit-event.sql';
import { AuditStoreError, AuditStoreErrorCode } from './audit-store.errors';

/** A chain head as the anchor file holds it. */
export interface AuditAnchorRecord {
  readonly id: number;
  readonly hash: string;
  readonly at: string;
}

/** A retention checkpoint as the anchor file holds it: only checkpoints anchored here are trusted. */
export interface AuditCheckpointAnchorRecord {
  readonly kind: 'checkpoint';
  readonly lastPurgedId: number;
  readonly lastPurgedHash: string;
  readonly at: string;
}

/** Where the trail hands each committed head (group commit: one line per transaction). */
export interface AuditCommitAnchor {
  /** Appends and syncs the head; never throws (a failure shows in `health()` and is retried). */
  appendHead(head: { id: number; hash: string }): Promise<boolean>;
}

export interface AuditAnchorHealth {
  readonly ok: boolean;
  readonly path: string;
  readonly lastAnchoredId: number | null;
  readonly lastAnchoredAt: string | null;
  /** errno code of the failing write (EROFS, ENOSPC, EACCES, EISDIR, EIO …) while `ok` is false. */
  readonly code?: string;
  readonly cause?: string;
  readonly failingSince?: string;
}

export interface AuditAnchorOptions {
  readonly dataSource: DataSource;
  /** JSONL file outside the database (ideally on another volume or a write-once mount). */
  readonly path: string;
  /** Periodic anchor of the current head (default 5 minutes); commits anchor themselves. */
  readonly intervalMs?: number;
  /** While writes fail, how often to try again (default 5 s). */
  readonly retryIntervalMs?: number;
  /** Told about a failed write (with path and cause); the anchor retries by itself. */
  readonly onError?: (error: unknown, health: AuditAnchorHealth) => void;
  /** Told when writing works again after a failure. */
  readonly onRecovered?: (health: AuditAnchorHealth) => void;
}

/**
 * Appends chain heads to a file the database administrator cannot rewrite together with the table:
 * if history is rewritten and the chain recomputed, or its newest events deleted, the anchored
 * hashes no longer match. The trail anchors every commit; each line is synced before it counts.
 */
export class AuditAnchor implements AuditCommitAnchor {
  private timer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  private pendingHead: { id: number; hash: string } | null = null;
  private last: { id: number; hash: string; at: string } | null = null;
  private failure: { code: string; cause: string; since: string } | null = null;
  private stopped = false;

  constructor(private readonly options: AuditAnchorOptions) {}

  /** Anchors now and then every `intervalMs`. */
  start(): void {
    if (this.timer) return;
    this.stopped = false;
    const tick = () => {
      this.anchorNow().catch(() => undefined);
    };
    this.timer = setInterval(tick, this.options.intervalMs ?? 300_000);
    this.timer.unref();
    tick();
  }

  async appendHead(head: { id: number; hash: string }): Promise<boolean> {
    if (!this.pendingHead || head.id > this.pendingHead.id) this.pendingHead = head;
    return this.serialised(async () => {
      // Heads handed in while a sync was under way are written as one line, the newest: it covers
      // every event before it through the chain, and group commit never waits on a queue of syncs.
      const next = this.pendingHead;
      this.pendingHead = null;
      if (!next) return this.failure === null;
      if (this.last && next.id <= this.last.id && this.failure === null) return true;
      return this.writeRecord({ id: next.id, hash: next.hash, at: now() });
    });
  }

  /** Written by the retention purge before its transaction commits: a checkpoint nobody anchored is forged. */
  async appendCheckpoint(checkpoint: { lastPurgedId: number; lastPurgedHash: string }): Promise<void> {
    const written = await this.serialised(() =>
      this.writeRecord({
        kind: 'checkpoint',
        lastPurgedId: checkpoint.lastPurgedId,
        lastPurgedHash: checkpoint.lastPurgedHash,
        at: now(),
      }),
    );
    if (!written)
      throw new AuditStoreError(
        AuditStoreErrorCode.AnchorUnwritable,
        `audit anchor file not writable: ${this.options.path} (${this.failure?.code ?? 'unknown'})`,
      );
  }

  /** Appends the current head unless it was the last one written; returns what was appended. */
  async anchorNow(): Promise<AuditAnchorRecord | null> {
    const head = await readAuditChainHead(dataSourceSql(this.options.dataSource));
    return this.serialised(async () => {
      if (head.id === 0) return null;
      if (this.failure === null && this.last && this.last.id >= head.id && (this.last.id > head.id || this.last.hash === head.hash)) return null;
      const record = { id: head.id, hash: head.hash, at: now() };
      if (!(await this.writeRecord(record)))
        throw new AuditStoreError(
          AuditStoreErrorCode.AnchorUnwritable,
          `audit anchor file not writable: ${this.options.path} (${this.failure?.code ?? 'unknown'})`,
        );
      return record;
    });
  }

  /** Resolves once every append handed in so far is written (or has failed). */
  async flushed(): Promise<void> {
    await this.tail.catch(() => undefined);
  }

  health(): AuditAnchorHealth {
    return {
      ok: this.failure === null,
      path: this.options.path,
      lastAnchoredId: this.last?.id ?? null,
      lastAnchoredAt: this.last?.at ?? null,
      ...(this.failure
        ? {
            code: this.failure.code,
            cause: this.failure.cause,
            failingSince: this.failure.since,
          }
        : {}),
    };
  }

  /** Stops the timers, writes a last anchor (call at shutdown, before closing the DataSource) and closes the file. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.timer = null;
    this.retryTimer = null;
    await this.anchorNow();
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async writeRecord(record: AuditAnchorRecord | AuditCheckpointAnchorRecord): Promise<boolean> {
    // Opened per write (cheap beside the sync): a file that was moved, replaced or whose volume was
    // remounted is written where it is now, and no handle pins the anchor's volume between writes.
    let handle: FileHandle | null = null;
    try {
      await mkdir(dirname(this.options.path), { recursive: true, mode: 0o700 });
      handle = await open(this.options.path, 'a', 0o600);
      await handle.appendFile(`${JSON.stringify(record)}\n`, 'utf8');
      await handle.datasync();
      await handle.close();
    } catch (error) {
      await handle?.close().catch(() => undefined);
      this.noteFailure(error);
      return false;
    }
    if ('id' in record) {
      if (!this.last || record.id >= this.last.id) this.last = record;
    }
    if (this.failure) {
      this.failure = null;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.options.onRecovered?.(this.health());
    }
    return true;
  }

  private noteFailure(error: unknown): void {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN';
    const cause = error instanceof Error ? error.message : String(error);
    this.failure = { code, cause, since: this.failure?.since ?? now() };
    this.options.onError?.(error, this.health());
    this.scheduleRetry();
  }

  /** While failing, anchor the current head again now and then: the condition clearing is noticed without a restart. */
  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.anchorNow().catch(() => this.scheduleRetry());
    }, this.options.retryIntervalMs ?? 5_000);
    this.retryTimer.unref();
  }
}

function now(): string {
  return new Date().toISOString();
}

export interface AuditAnchorMismatch {
  readonly id: number;
  readonly anchoredHash: string;
  /** Hash the database now holds at that id; null when the event is gone without a purge explaining it. */
  readonly databaseHash: string | null;
}

export interface AuditUnanchoredCheckpoint {
  readonly checkpointId: number;
  readonly lastPurgedId: number;
  readonly lastPurgedHash: string;
}

export interface AuditAnchorVerification {
  /** True only when every anchor matches, every checkpoint is anchored and no event is newer than the last anchor. */
  readonly ok: boolean;
  readonly checked: number;
  /** Anchors older than the last anchored purge checkpoint: their events were dropped by retention. */
  readonly skippedPurged: number;
  readonly mismatches: readonly AuditAnchorMismatch[];
  /** Checkpoints in the database that the anchor file does not vouch for (forged, or written around the purge). */
  readonly unanchoredCheckpoints: readonly AuditUnanchoredCheckpoint[];
  /** The newest checkpoint the anchor file vouches for: the chain is verified from it. */
  readonly trustedCheckpoint: {
    readonly lastPurgedId: number;
    readonly lastPurgedHash: string;
  } | null;
  readonly lastAnchoredId: number;
  /** Events newer than the last anchor (the anchor lags: nothing outside the database vouches for them). */
  readonly lagging: number;
}

export async function verifyAnchors(
  dataSource: DataSource,
  anchorPath: string,
  options: {
    /** Awaited after the database head is read and before the file is: lets in-flight appends land. */
    beforeRead?: () => Promise<void>;
  } = {},
): Promise<AuditAnchorVerification> {
  const sql = dataSourceSql(dataSource);
  const [{ head }] = await sql<{ head: number | null }>('SELECT max(id)::float8 AS head FROM audit_event');
  const headId = Number(head ?? 0);
  await options.beforeRead?.();
  const file = await readAnchorFile(anchorPath);
  const checkpoints = await readCheckpoints(sql);
  const anchoredCheckpoint = (checkpoint: AuditUnanchoredCheckpoint) =>
    file.checkpoints.some((anchor) => anchor.lastPurgedId === checkpoint.lastPurgedId && anchor.lastPurgedHash === checkpoint.lastPurgedHash);
  const unanchoredCheckpoints = checkpoints.filter((checkpoint) => !anchoredCheckpoint(checkpoint));
  const trusted = checkpoints.filter(anchoredCheckpoint).sort((a, b) => b.lastPurgedId - a.lastPurgedId)[0] ?? null;
  const purgedThrough = trusted?.lastPurgedId ?? 0;
  const mismatches: AuditAnchorMismatch[] = [];
  let checked = 0;
  let skippedPurged = 0;
  for (let start = 0; start < file.heads.length; start += 1_000) {
    const slice = file.heads.slice(start, start + 1_000);
    const rows = await sql<{ id: number; hash: string }>('SELECT id::float8 AS id, hash FROM audit_event WHERE id = ANY($1::bigint[])', [
      slice.map((anchor) => anchor.id),
    ]);
    const hashById = new Map(rows.map((row) => [Number(row.id), row.hash]));
    for (const anchor of slice) {
      if (anchor.id < purgedThrough) {
        skippedPurged += 1;
        continue;
      }
      checked += 1;
      const databaseHash = anchor.id === purgedThrough ? (trusted?.lastPurgedHash ?? null) : (hashById.get(anchor.id) ?? null);
      if (databaseHash !== anchor.hash)
        mismatches.push({
          id: anchor.id,
          anchoredHash: anchor.hash,
          databaseHash,
        });
    }
  }
  const lastAnchoredId = Math.max(purgedThrough, ...file.heads.map((anchor) => anchor.id));
  const [{ lagging }] = await sql<{ lagging: number }>('SELECT count(*)::int AS lagging FROM audit_event WHERE id > $1 AND id <= $2', [lastAnchoredId, headId]);
  return {
    ok: mismatches.length === 0 && unanchoredCheckpoints.length === 0 && Number(lagging) === 0,
    checked,
    skippedPurged,
    mismatches,
    unanchoredCheckpoints,
    trustedCheckpoint: trusted && {
      lastPurgedId: trusted.lastPurgedId,
      lastPurgedHash: trusted.lastPurgedHash,
    },
    lastAnchoredId,
    lagging: Number(lagging),
  };
}

async function readCheckpoints(sql: AuditSql): Promise<AuditUnanchoredCheckpoint[]> {
  const rows = await sql<{
    id: number;
    last_purged_id: number;
    last_purged_hash: string;
  }>(
    `SELECT id::float8 AS id, last_purged_id::float8 AS last_purged_id, last_purged_hash
       FROM audit_checkpoint ORDER BY id`,
  );
  return rows.map((row) => ({
    checkpointId: Number(row.id),
    lastPurgedId: Number(row.last_purged_id),
    lastPurgedHash: row.last_purged_hash,
  }));
}

async function readAnchorFile(path: string): Promise<{
  heads: AuditAnchorRecord[];
  checkpoints: AuditCheckpointAnchorRecord[];
}> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { heads: [], checkpoints: [] };
    throw new AuditStoreError(AuditStoreErrorCode.AnchorUnreadable, `audit anchor file unreadable: ${path}`, { cause: error });
  }
  const heads: AuditAnchorRecord[] = [];
  const checkpoints: AuditCheckpointAnchorRecord[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim().length === 0) return;
    const parsed = parseJsonLine(line);
    if (parsed['kind'] === 'checkpoint' && typeof parsed['lastPurgedId'] === 'number' && typeof parsed['lastPurgedHash'] === 'string') {
      checkpoints.push({
        kind: 'checkpoint',
        lastPurgedId: parsed['lastPurgedId'],
        lastPurgedHash: parsed['lastPurgedHash'],
        at: String(parsed['at']),
      });
      return;
    }
    if (typeof parsed['id'] !== 'number' || typeof parsed['hash'] !== 'string')
      throw new AuditStoreError(AuditStoreErrorCode.AnchorUnreadable, `audit anchor file line ${index + 1} is malformed`);
    heads.push({
      id: parsed['id'],
      hash: parsed['hash'],
      at: String(parsed['at']),
    });
  });
  return { heads, checkpoints };
}

function parseJsonLine(line: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(line);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
