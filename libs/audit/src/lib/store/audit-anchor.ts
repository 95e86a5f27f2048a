import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import {
  dataSourceSql,
  readAuditChainHead,
  readLatestAuditCheckpoint,
} from './audit-event.sql';
import { AuditStoreError, AuditStoreErrorCode } from './audit-store.errors';

export interface AuditAnchorRecord {
  readonly id: number;
  readonly hash: string;
  readonly at: string;
}

export interface AuditAnchorOptions {
  readonly dataSource: DataSource;
  /** JSONL file outside the database (ideally on another volume or a write-once mount). */
  readonly path: string;
  readonly intervalMs?: number;
  /** Told about a failed periodic anchor (database down, disk full); the next tick tries again. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Appends the chain head to a file the database administrator cannot rewrite together with the
 * table: if history is rewritten and the chain recomputed, the anchored hashes no longer match.
 */
export class AuditAnchor {
  private timer: NodeJS.Timeout | null = null;
  private lastWritten: string | null = null;
  private writing: Promise<AuditAnchorRecord | null> | null = null;

  constructor(private readonly options: AuditAnchorOptions) {}

  /** Anchors now and then every `intervalMs` (default 5 minutes). */
  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.anchorNow().catch((error: unknown) => this.options.onError?.(error));
    };
    this.timer = setInterval(tick, this.options.intervalMs ?? 300_000);
    this.timer.unref();
    tick();
  }

  /** Appends the current head unless it was the last one written; returns what was appended. */
  async anchorNow(): Promise<AuditAnchorRecord | null> {
    while (this.writing) await this.writing.catch(() => undefined);
    this.writing = this.appendHead();
    try {
      return await this.writing;
    } finally {
      this.writing = null;
    }
  }

  /** Stops the timer and writes a last anchor (call at shutdown, before closing the DataSource). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.anchorNow();
  }

  private async appendHead(): Promise<AuditAnchorRecord | null> {
    const head = await readAuditChainHead(
      dataSourceSql(this.options.dataSource),
    );
    if (head.id === 0 || this.lastWritten === `${head.id}:${head.hash}`)
      return null;
    const record: AuditAnchorRecord = {
      id: head.id,
      hash: head.hash,
      at: new Date().toISOString(),
    };
    await mkdir(dirname(this.options.path), { recursive: true });
    await appendFile(this.options.path, `${JSON.stringify(record)}\n`, {
      encoding: 'utf8',
      mode: 0o600,
    });
    this.lastWritten = `${head.id}:${head.hash}`;
    return record;
  }
}

export interface AuditAnchorMismatch {
  readonly id: number;
  readonly anchoredHash: string;
  /** Hash the database now holds at that id; null when the event is gone without a purge explaining it. */
  readonly databaseHash: string | null;
}

export interface AuditAnchorVerification {
  readonly ok: boolean;
  readonly checked: number;
  /** Anchors older than the last purge checkpoint: their events were dropped by retention. */
  readonly skippedPurged: number;
  readonly mismatches: readonly AuditAnchorMismatch[];
}

export async function verifyAnchors(
  dataSource: DataSource,
  anchorPath: string,
): Promise<AuditAnchorVerification> {
  const anchors = await readAnchorFile(anchorPath);
  const sql = dataSourceSql(dataSource);
  const checkpoint = await readLatestAuditCheckpoint(sql);
  const purgedThrough = checkpoint?.lastPurgedId ?? 0;
  const mismatches: AuditAnchorMismatch[] = [];
  let checked = 0;
  let skippedPurged = 0;
  for (let start = 0; start < anchors.length; start += 1_000) {
    const slice = anchors.slice(start, start + 1_000);
    const rows = await sql<{ id: number; hash: string }>(
      'SELECT id::float8 AS id, hash FROM audit_event WHERE id = ANY($1::bigint[])',
      [slice.map((anchor) => anchor.id)],
    );
    const hashById = new Map(rows.map((row) => [Number(row.id), row.hash]));
    for (const anchor of slice) {
      if (anchor.id < purgedThrough) {
        skippedPurged += 1;
        continue;
      }
      checked += 1;
      const databaseHash =
        anchor.id === purgedThrough
          ? (checkpoint?.lastPurgedHash ?? null)
          : (hashById.get(anchor.id) ?? null);
      if (databaseHash !== anchor.hash)
        mismatches.push({
          id: anchor.id,
          anchoredHash: anchor.hash,
          databaseHash,
        });
    }
  }
  return { ok: mismatches.length === 0, checked, skippedPurged, mismatches };
}

async function readAnchorFile(path: string): Promise<AuditAnchorRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new AuditStoreError(
      AuditStoreErrorCode.AnchorUnreadable,
      `audit anchor file unreadable: ${path}`,
      { cause: error },
    );
  }
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const parsed = parseJsonLine(line);
      if (typeof parsed.id !== 'number' || typeof parsed.hash !== 'string') {
        throw new AuditStoreError(
          AuditStoreErrorCode.AnchorUnreadable,
          `audit anchor file line ${index + 1} is malformed`,
        );
      }
      return { id: parsed.id, hash: parsed.hash, at: String(parsed.at) };
    });
}

function parseJsonLine(line: string): Partial<AuditAnchorRecord> {
  try {
    return JSON.parse(line) as Partial<AuditAnchorRecord>;
  } catch {
    return {};
  }
}
