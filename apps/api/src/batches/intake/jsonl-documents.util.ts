import { BatchError, BatchErrorCode } from '../batch.errors';
import type { UploadedDocument } from './uploaded-document';

/** Documents of a JSON Lines text: one object a line with a string field holding the text; blank lines are skipped. */
export async function* readJsonlDocuments(
  chunks: AsyncIterable<string>,
  options: { textField: string; departmentField: string | null },
): AsyncGenerator<UploadedDocument> {
  let pending = '';
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
  for await (const chunk of chunks) {
    pending += chunk;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      const document = parse(pending.slice(0, newline).replace(/\r$/, ''));
      if (document) yield document;
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  const last = parse(pending);
  if (last) yield last;
}

function departmentOf(record: Record<string, unknown>, field: string | null): string | null {
  if (!field) return null;
  const value = record[field];
  if (value === undefined || value === null || value === '') return null;
  return String(value).trim() || null;
}
