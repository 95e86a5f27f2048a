import { BatchError, BatchErrorCode } from '../batch.errors';
import { nextEventLoopTurn } from './event-loop-turn.util';
import type { UploadedDocument } from './uploaded-document';

/**
 * Documents of a JSON Lines text: one object a line with a string field holding the text; blank
 * lines are skipped. Each chunk is scanned once for line ends and a line is kept as its pieces, so
 * reading is linear in the upload; an empty line is only counted. A line longer than
 * `maxLineChars` is reported as too long the moment it passes that length and the rest of it is
 * skipped unread, never held whole. The event loop gets a turn after every chunk.
 */
export async function* readJsonlDocuments(
  chunks: AsyncIterable<string>,
  options: { textField: string; departmentField: string | null; maxLineChars: number },
): AsyncGenerator<UploadedDocument> {
  let pieces: string[] = [];
  let lineChars = 0;
  /** The current line passed the cap, was reported, and is being skipped up to its end. */
  let skipping = false;
  let lineNumber = 0;
  const parse = (line: string): UploadedDocument | undefined => {
    lineNumber += 1;
    if (line.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new BatchError(BatchErrorCode.MalformedRecord, `Line ${lineNumber} is not valid JSON; each line must be one JSON object`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new BatchError(BatchErrorCode.MalformedRecord, `Line ${lineNumber} is not a JSON object`);
    }
    const record = value as Record<string, unknown>;
    const text = record[options.textField];
    if (typeof text !== 'string') {
      throw new BatchError(BatchErrorCode.ColumnMissing, `Line ${lineNumber} has no string field "${options.textField}" (the textColumn field names it)`);
    }
    return { text, department: departmentOf(record, options.departmentField) };
  };
  const takeLine = (): string => {
    const line = pieces.length === 1 ? pieces[0] : pieces.join('');
    pieces = [];
    lineChars = 0;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      const end = newline < 0 ? chunk.length : newline;
      if (!skipping && end > start) {
        lineChars += end - start;
        if (lineChars > options.maxLineChars) {
          skipping = true;
          pieces = [];
          lineChars = 0;
          lineNumber += 1;
          yield { text: '', department: null, tooLong: true };
        } else {
          pieces.push(chunk.slice(start, end));
        }
      }
      if (newline < 0) break;
      if (skipping) {
        skipping = false;
      } else if (pieces.length === 0) {
        // An empty line: counted, nothing to parse (a file of 30 MB of newlines is 30 million of these).
        lineNumber += 1;
      } else {
        const document = parse(takeLine().replace(/\r$/, ''));
        if (document) yield document;
      }
      start = newline + 1;
    }
    await nextEventLoopTurn();
  }
  if (!skipping) {
    const last = parse(takeLine());
    if (last) yield last;
  }
}

function departmentOf(record: Record<string, unknown>, field: string | null): string | null {
  if (!field) return null;
  const value = record[field];
  if (value === undefined || value === null || value === '') return null;
  return String(value).trim() || null;
}
