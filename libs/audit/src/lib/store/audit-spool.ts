import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { NormalizedAuditEventInput } from './audit-event-input.util';
import type { AuditHmac } from './audit-hmac';

/** One event waiting in the local journal for the database to come back. */
export interface SpooledAuditEvent {
  /** `<journal>:<seq>`: carried into the event's summary on replay, so a replay is never committed twice. */
  readonly entry: string;
  readonly seq: number;
  /** When the event happened (its first commit attempt); the replay keeps it where the chain allows. */
  readonly at: Date;
  readonly event: NormalizedAuditEventInput;
  /** Set when the batch's COMMIT lost its connection and nobody could tell whether it went through. */
  readonly inDoubt?: { readonly id: number; readonly hash: string };
}

export interface AuditSpoolHealth {
  readonly ok: boolean;
  readonly path: string;
  readonly pending: number;
  readonly code?: string;
  readonly cause?: string;
}

export interface AuditSpoolRejection {
  /** Where the journal that failed its MAC chain was moved (kept for investigation, never replayed). */
  readonly movedTo: string;
  readonly lines: number;
  readonly firstBadLine: number;
}

interface EntryBody {
  readonly journal: string;
  readonly seq: number;
  readonly at: string;
  readonly event: NormalizedAuditEventInput;
  readonly inDoubt?: { id: number; hash: string };
}

interface MarkerBody {
  readonly journal: string;
  readonly seq: number;
  readonly replayedThrough: number;
}

/**
 * The durable fallback of the audit trail: events of answers already under way when the database
 * went away are appended here (synced before the caller is told) and replayed in order once it is
 * back. A line is `<mac> <keyId> <json>`; each MAC covers the previous MAC too, so an edited,
 * inserted, reordered or removed line breaks the chain. Events are kept exactly as the trail would
 * store them (already de-identified: an HMAC of the question, codes and counts), never raw text.
 */
export class AuditSpool {
  private entries: SpooledAuditEvent[] = [];
  private handle: FileHandle | null = null;
  private previousMac = '';
  private journal = newJournalId();
  private nextSeq = 1;
  private failure: { code: string; cause: string } | null = null;
  private rejection: AuditSpoolRejection | null = null;

  constructor(
    private readonly options: {
      readonly path: string;
      readonly hmac: AuditHmac;
    },
  ) {}

  /**
   * Loads what an earlier run left. A journal whose MAC chain does not hold is moved aside, not
   * replayed: the caller records that (an `audit.spool_rejected` event) and the operator investigates.
   */
  async open(): Promise<AuditSpoolRejection | null> {
    let text: string;
    try {
      text = await readFile(this.options.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const lines = text.split('\n').filter((line) => line.length > 0);
    const entries: SpooledAuditEvent[] = [];
    let previousMac = '';
    let journal = '';
    let seq = 0;
    for (let index = 0; index < lines.length; index += 1) {
      const parsed = this.checkLine(lines[index], previousMac);
      const body = parsed?.body;
      if (!parsed || !body || (journal !== '' && body.journal !== journal) || body.seq !== seq + 1) {
        const movedTo = `${this.options.path}.rejected-${Date.now()}`;
        await rename(this.options.path, movedTo);
        this.rejection = { movedTo, lines: lines.length, firstBadLine: index + 1 };
        return this.rejection;
      }
      journal = body.journal;
      seq = body.seq;
      previousMac = parsed.mac;
      if ('replayedThrough' in body) {
        const through = body.replayedThrough;
        while (entries.length > 0 && entries[0].seq <= through) entries.shift();
      } else {
        entries.push({
          entry: `${body.journal}:${body.seq}`,
          seq: body.seq,
          at: new Date(body.at),
          event: body.event,
          ...(body.inDoubt ? { inDoubt: body.inDoubt } : {}),
        });
      }
    }
    if (lines.length > 0) {
      this.entries = entries;
      this.previousMac = previousMac;
      this.journal = journal;
      this.nextSeq = seq + 1;
    }
    if (entries.length === 0 && lines.length > 0) await this.reset();
    return null;
  }

  /** What `open()` refused, if it did. */
  rejected(): AuditSpoolRejection | null {
    return this.rejection;
  }

  pending(): readonly SpooledAuditEvent[] {
    return this.entries;
  }

  /** Appends and syncs; resolves only once the events are on disk. */
  async append(
    events: readonly {
      event: NormalizedAuditEventInput;
      at: Date;
      inDoubt?: { id: number; hash: string };
    }[],
  ): Promise<SpooledAuditEvent[]> {
    const spooled: SpooledAuditEvent[] = [];
    const lines: string[] = [];
    let previousMac = this.previousMac;
    let seq = this.nextSeq;
    for (const { event, at, inDoubt } of events) {
      const body: EntryBody = {
        journal: this.journal,
        seq,
        at: at.toISOString(),
        event,
        ...(inDoubt ? { inDoubt } : {}),
      };
      const line = this.sealLine(body, previousMac);
      lines.push(line.text);
      previousMac = line.mac;
      spooled.push({
        entry: `${this.journal}:${seq}`,
        seq,
        at,
        event,
        ...(inDoubt ? { inDoubt } : {}),
      });
      seq += 1;
    }
    await this.write(lines.join(''));
    this.previousMac = previousMac;
    this.nextSeq = seq;
    this.entries.push(...spooled);
    return spooled;
  }

  /** The events through `seq` are committed: drop them (the file is emptied once nothing is left). */
  async markReplayed(seq: number): Promise<void> {
    const remaining = this.entries.filter((entry) => entry.seq > seq);
    if (remaining.length === 0) {
      await this.reset();
      this.entries = [];
      return;
    }
    const body: MarkerBody = {
      journal: this.journal,
      seq: this.nextSeq,
      replayedThrough: seq,
    };
    const line = this.sealLine(body, this.previousMac);
    await this.write(line.text);
    this.previousMac = line.mac;
    this.nextSeq += 1;
    this.entries = remaining;
  }

  health(): AuditSpoolHealth {
    return {
      ok: this.failure === null,
      path: this.options.path,
      pending: this.entries.length,
      ...(this.failure ?? {}),
    };
  }

  async close(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
  }

  private sealLine(body: EntryBody | MarkerBody, previousMac: string): { text: string; mac: string } {
    const json = JSON.stringify(body);
    const { keyId, mac } = this.options.hmac.journalMac(`${previousMac}\n${json}`);
    return { text: `${mac} ${keyId} ${json}\n`, mac };
  }

  private checkLine(line: string, previousMac: string): { mac: string; body: EntryBody | MarkerBody } | null {
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    if (first < 0 || second < 0) return null;
    const mac = line.slice(0, first);
    const keyId = line.slice(first + 1, second);
    const json = line.slice(second + 1);
    if (!/^[0-9a-f]{64}$/.test(mac) || !this.options.hmac.journalMacMatches(keyId, `${previousMac}\n${json}`, mac)) return null;
    try {
      return { mac, body: JSON.parse(json) as EntryBody | MarkerBody };
    } catch {
      return null;
    }
  }

  private async write(text: string): Promise<void> {
    try {
      if (!this.handle) {
        await mkdir(dirname(this.options.path), {
          recursive: true,
          mode: 0o700,
        });
        this.handle = await open(this.options.path, 'a', 0o600);
      }
      await this.handle.appendFile(text, 'utf8');
      await this.handle.sync();
      this.failure = null;
    } catch (error) {
      await this.handle?.close().catch(() => undefined);
      this.handle = null;
      this.failure = {
        code: (error as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN',
        cause: error instanceof Error ? error.message : String(error),
      };
      throw error;
    }
  }

  /** Empties the journal and starts a new one (new journal id, so entry ids stay unique for good). */
  private async reset(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
    const handle = await open(this.options.path, 'w', 0o600);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    this.previousMac = '';
    this.journal = newJournalId();
    this.nextSeq = 1;
  }
}

function newJournalId(): string {
  return `j${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}
