import { Transform, type TransformCallback } from 'node:stream';
import type { AuditExportFormat } from '@medlocal/audit';

/**
 * Line breaks outside events in each export framing: the CSV header line; the FHIR Bundle's
 * `\n]}\n` close. Inside an event there are none (JSON escapes them, CSV fields cannot hold them).
 */
const FRAMING_LINE_BREAKS: Readonly<Record<AuditExportFormat, number>> = { jsonl: 0, csv: 1, fhir: 2 };

/**
 * Passes an export through unchanged while counting its events, and holds back the end of the
 * stream until `beforeEnd` (the export's own audit event) has committed: an export whose audit
 * event cannot be written ends in an error, never as a complete file.
 */
export class AuditExportCounter extends Transform {
  private lineBreaks = 0;

  constructor(
    private readonly format: AuditExportFormat,
    private readonly beforeEnd: (eventCount: number) => Promise<void>,
  ) {
    super();
  }

  get eventCount(): number {
    return Math.max(0, this.lineBreaks - FRAMING_LINE_BREAKS[this.format]);
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    // 0x0A never occurs inside a multi-byte UTF-8 sequence, so bytes can be counted without decoding.
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    for (let index = bytes.indexOf(0x0a); index !== -1; index = bytes.indexOf(0x0a, index + 1)) this.lineBreaks += 1;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.beforeEnd(this.eventCount).then(
      () => callback(),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  }
}
