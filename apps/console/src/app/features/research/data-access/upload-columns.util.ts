import type { BatchFormat } from './batch.types';

/** How much of a file is read to find its columns: a header or a first JSONL line longer than this is not offered. */
export const UPLOAD_HEAD_BYTES = 256 * 1024;

export type UploadColumns = { readonly kind: 'columns'; readonly columns: readonly string[] } | { readonly kind: 'none' } | { readonly kind: 'unreadable' };

/** The upload format a file name says (`.jsonl`, `.csv`, `.zip`, any case); null for anything else. */
export function formatOfFileName(name: string): BatchFormat | null {
  const match = /\.(jsonl|ndjson|csv|zip)$/i.exec(name);
  if (!match) return null;
  const extension = match[1].toLowerCase();
  return extension === 'ndjson' ? 'jsonl' : (extension as BatchFormat);
}

/**
 * The columns a researcher may pick the text (and department) from: a CSV's header names, the
 * fields of a JSONL file's first record that hold text; none for a zip (each .txt is a document).
 */
export function uploadColumnsOf(params: { format: BatchFormat; head: string }): UploadColumns {
  const head = params.head.replace(/^\uFEFF/, '');
  switch (params.format) {
    case 'zip':
      return { kind: 'none' };
    case 'csv': {
      const header = firstCsvRecord(head);
      const columns = header?.map((name) => name.trim()).filter((name) => name !== '');
      return columns && columns.length > 0 ? { kind: 'columns', columns: [...new Set(columns)] } : { kind: 'unreadable' };
    }
    case 'jsonl': {
      const line = head.split(/\r?\n/).find((candidate) => candidate.trim() !== '');
      try {
        const record: unknown = line === undefined ? null : JSON.parse(line);
        if (!record || typeof record !== 'object' || Array.isArray(record)) return { kind: 'unreadable' };
        const columns = Object.entries(record)
          .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
          .map(([key]) => key);
        return columns.length > 0 ? { kind: 'columns', columns } : { kind: 'unreadable' };
      } catch {
        return { kind: 'unreadable' };
      }
    }
  }
}

/** The column a researcher most likely wants for the text: `text` when there is one, else the first whose name says so. */
export function likelyTextColumn(columns: readonly string[]): string | null {
  const lower = columns.map((column) => column.toLowerCase());
  const exact = lower.indexOf('text');
  if (exact >= 0) return columns[exact];
  const named = lower.findIndex((column) => /text|summary|note|record|文本|小结|记录|病历/.test(column));
  return named >= 0 ? columns[named] : null;
}

/**
 * The first RFC 4180 record of `text` (quoted fields, doubled quotes, CRLF or LF); null when it does not end within the text.
 * Only the header is needed, to offer the columns before the upload starts: csv-parse, which reads the
 * whole file on the server, is a Node stream library, and the browser bundle should not carry it for one line.
 */
function firstCsvRecord(text: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      fields.push(field);
      return fields;
    } else {
      field += char;
    }
  }
  return null;
}
