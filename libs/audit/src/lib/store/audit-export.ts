import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { RecordedAuditEvent } from './audit-event.model';
import { toFhirAuditEvent } from './audit-fhir.util';
import { fetchAuditEventBatch } from './audit-query.service';
import type { AuditEventQuery, AuditQueryScope } from './audit-query.service';

export type AuditExportFormat = 'jsonl' | 'csv' | 'fhir';

export const AUDIT_EXPORT_CONTENT_TYPES: Readonly<Record<AuditExportFormat, string>> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  fhir: 'application/fhir+json; charset=utf-8',
};

export const AUDIT_CSV_COLUMNS = [
  'id',
  'occurredAt',
  'userId',
  'username',
  'role',
  'department',
  'action',
  'outcome',
  'requestId',
  'clientAddress',
  'inputHmac',
  'hmacKeyId',
  'summary',
  'prevHash',
  'hash',
] as const;

export interface AuditExportOptions {
  readonly scope?: AuditQueryScope;
  /** Rows per keyset batch; only one batch is held in memory. */
  readonly batchSize?: number;
  /** Bundle timestamp (FHIR); defaults to now. */
  readonly now?: Date;
}

/**
 * Streams the events matching `query` (oldest first, the chain order) as JSONL, CSV or a FHIR R4
 * Bundle of AuditEvent resources. Rows are fetched in keyset batches as the consumer reads.
 */
export function exportEvents(
  dataSource: DataSource,
  query: Omit<AuditEventQuery, 'cursor' | 'pageSize'>,
  format: AuditExportFormat,
  options: AuditExportOptions = {},
): Readable {
  return Readable.from(exportChunks(dataSource, query, format, options), {
    objectMode: false,
  });
}

async function* exportChunks(
  dataSource: DataSource,
  query: Omit<AuditEventQuery, 'cursor' | 'pageSize'>,
  format: AuditExportFormat,
  options: AuditExportOptions,
): AsyncGenerator<string> {
  const events = streamEvents(dataSource, query, options);
  switch (format) {
    case 'jsonl':
      for await (const event of events) yield `${JSON.stringify(toExportRecord(event))}\n`;
      return;
    case 'csv':
      yield `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;
      for await (const event of events) yield `${toCsvRow(event)}\r\n`;
      return;
    case 'fhir': {
      const timestamp = (options.now ?? new Date()).toISOString();
      yield `{"resourceType":"Bundle","type":"collection","timestamp":${JSON.stringify(timestamp)},"entry":[`;
      let first = true;
      for await (const event of events) {
        yield `${first ? '' : ','}\n${JSON.stringify({ resource: toFhirAuditEvent(event) })}`;
        first = false;
      }
      yield '\n]}\n';
      return;
    }
  }
}

async function* streamEvents(
  dataSource: DataSource,
  query: Omit<AuditEventQuery, 'cursor' | 'pageSize'>,
  options: AuditExportOptions,
): AsyncGenerator<RecordedAuditEvent> {
  const limit = options.batchSize ?? 1_000;
  let afterId: number | null = null;
  for (;;) {
    const batch = await fetchAuditEventBatch(dataSource, query, options.scope ?? {}, { afterId, limit, direction: 'oldest-first' });
    yield* batch;
    if (batch.length < limit) return;
    afterId = batch[batch.length - 1].id;
  }
}

/** The JSONL record: the stored row, field for field, so an export can be re-verified offline. */
export function toExportRecord(event: RecordedAuditEvent): Record<string, unknown> {
  return { ...event, occurredAt: event.occurredAt.toISOString() };
}

function toCsvRow(event: RecordedAuditEvent): string {
  const values: Record<(typeof AUDIT_CSV_COLUMNS)[number], string | number | null> = {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    userId: event.actor.userId,
    username: event.actor.username,
    role: event.actor.role,
    department: event.actor.department,
    action: event.action,
    outcome: event.outcome,
    requestId: event.requestId,
    clientAddress: event.clientAddress,
    inputHmac: event.inputHmac,
    hmacKeyId: event.hmacKeyId,
    summary: JSON.stringify(event.summary),
    prevHash: event.prevHash,
    hash: event.hash,
  };
  return AUDIT_CSV_COLUMNS.map((column) => csvField(values[column])).join(',');
}

/**
 * RFC 4180 quoting. No spreadsheet-formula escaping is needed: validation on write keeps `=`, `+`,
 * parentheses and line breaks out of every field, so no cell can form a formula; fields stay exact.
 */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
