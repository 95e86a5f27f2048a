import { BatchError, BatchErrorCode } from '../batch.errors';
import { nextEventLoopTurn } from './event-loop-turn.util';
import type { UploadedDocument } from './uploaded-document';

/**
 * Documents of an RFC 4180 CSV text (comma-separated, double-quoted fields may span lines): the
 * first record names the columns; each later record is one document. A record longer than
 * `maxRecordChars` is a too-long document, reported as soon as it passes that length.
 */
export async function* readCsvDocuments(
  chunks: AsyncIterable<string>,
  options: { textColumn: string; departmentColumn: string | null; maxRecordChars?: number },
): AsyncGenerator<UploadedDocument> {
  let textIndex = -1;
  let departmentIndex = -1;
  let columnCount = 0;
  for await (const { record, recordNumber, tooLong } of readCsvRecords(chunks, options.maxRecordChars)) {
    if (tooLong) {
      if (recordNumber === 1) throw new BatchError(BatchErrorCode.MalformedRecord, 'The CSV header is too long');
      yield { text: '', department: null, tooLong: true };
      continue;
    }
    if (recordNumber === 1) {
      const names = record.map((name) => name.trim());
      textIndex = names.indexOf(options.textColumn);
      if (textIndex < 0) {
        throw new BatchError(
          BatchErrorCode.ColumnMissing,
          `The CSV has no column named "${options.textColumn}" (its columns: ${names
            .map((name) => `"${name.slice(0, 40)}"`)
            .join(', ')
            .slice(0, 400)})`,
        );
      }
      if (options.departmentColumn) {
        departmentIndex = names.indexOf(options.departmentColumn);
        if (departmentIndex < 0)
          throw new BatchError(BatchErrorCode.ColumnMissing, `The CSV has no column named "${options.departmentColumn}" (departmentColumn)`);
      }
      columnCount = names.length;
      continue;
    }
    if (record.length === 1 && record[0] === '') continue;
    if (record.length !== columnCount) {
      throw new BatchError(BatchErrorCode.MalformedRecord, `CSV record ${recordNumber} has ${record.length} fields; the header has ${columnCount}`);
    }
    const department = departmentIndex >= 0 ? record[departmentIndex].trim() || null : null;
    yield { text: record[textIndex], department };
  }
  if (textIndex < 0) throw new BatchError(BatchErrorCode.ColumnMissing, `The CSV is empty: it has no header naming a "${options.textColumn}" column`);
}

interface CsvRecord {
  readonly record: string[];
  readonly recordNumber: number;
  /** The record passed the length cap: reported once, at that moment, with its fields dropped. */
  readonly tooLong?: true;
}

/**
 * The CSV state machine, chunk by chunk, so a large file is never held whole; a record past
 * `maxRecordChars` keeps being parsed (to find its end) but nothing of it is kept. The event loop
 * gets a turn after every chunk: a record may run for megabytes (10 MB of `\r`) without ending.
 */
export async function* readCsvRecords(chunks: AsyncIterable<string>, maxRecordChars = Number.POSITIVE_INFINITY): AsyncGenerator<CsvRecord> {
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let quoteSeen = false;
  let fieldStarted = false;
  let recordNumber = 0;
  let recordChars = 0;
  let overflowed = false;
  const finishRecord = (): CsvRecord | undefined => {
    record.push(field);
    const done = record;
    const skipped = overflowed;
    field = '';
    record = [];
    fieldStarted = false;
    recordChars = 0;
    overflowed = false;
    if (skipped) return undefined;
    recordNumber += 1;
    return { record: done, recordNumber };
  };
  for await (const chunk of chunks) {
    const out: CsvRecord[] = [];
    for (let i = 0; i < chunk.length; i += 1) {
      const char = chunk[i];
      recordChars += 1;
      if (!overflowed && recordChars > maxRecordChars) {
        overflowed = true;
        recordNumber += 1;
        out.push({ record: [], recordNumber, tooLong: true });
      }
      if (overflowed) {
        // Only the state that finds the record's end is kept.
        field = '';
        record.length = 0;
      }
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (char === '"') {
            field += '"';
            continue;
          }
          quoted = false;
        } else if (char === '"') {
          quoteSeen = true;
          continue;
        } else {
          field += char;
          continue;
        }
      }
      if (char === '"' && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (char === '"') {
        throw new BatchError(BatchErrorCode.MalformedRecord, `CSV record ${recordNumber + 1} has a quote inside an unquoted field`);
      } else if (char === ',') {
        record.push(field);
        field = '';
        fieldStarted = false;
      } else if (char === '\n') {
        if (field.endsWith('\r') && !quoted) field = field.slice(0, -1);
        const finished = finishRecord();
        if (finished) out.push(finished);
      } else {
        field += char;
        fieldStarted = true;
      }
    }
    yield* out;
    await nextEventLoopTurn();
  }
  if (quoted && !quoteSeen) throw new BatchError(BatchErrorCode.MalformedRecord, `CSV record ${recordNumber + 1} opens a quote that never closes`);
  if (fieldStarted || record.length > 0 || field !== '') {
    const last = finishRecord();
    if (last) yield last;
  }
}
