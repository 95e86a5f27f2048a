import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { readCsvDocuments } from './csv-documents.util';
import { decodeUtf8 } from './decode-utf8.util';
import { readJsonlDocuments } from './jsonl-documents.util';
import type { UploadedDocument, UploadOptions } from './uploaded-document';
import { readZipDocuments, type ZipLimits } from './zip-documents.util';

/** Room beside a document's text in one JSONL line or CSV record (other fields, escapes of short texts). */
const RECORD_OVERHEAD_CHARS = 64 * 1024;
/** JSON may write one character as `\uXXXX`; CSV doubles a quote. */
const JSON_ESCAPE_FACTOR = 6;
const CSV_ESCAPE_FACTOR = 2;

export interface UploadLimits extends ZipLimits {
  /** Where a zip is written while its central directory is read: a private folder is made inside per upload. */
  readonly spoolDir: string;
}

/** The folder under DATA_DIR that holds zip uploads while they are read (never the shared system temp folder). */
export function batchSpoolDir(dataDir: string): string {
  return path.join(dataDir, 'batch-spool');
}

/**
 * Removes spooled zips a stopped process left behind (it was killed while reading them). Only
 * folders older than `olderThanMs` go: another upload may be under way in this one.
 */
export async function sweepSpoolDir(spoolDir: string, olderThanMs: number, now = Date.now()): Promise<void> {
  let names: string[];
  try {
    names = await readdir(spoolDir);
  } catch {
    return;
  }
  for (const name of names.filter((candidate) => candidate.startsWith('medlocal-batch-'))) {
    const folder = path.join(spoolDir, name);
    const info = await stat(folder).catch(() => undefined);
    if (info && now - info.mtimeMs > olderThanMs) await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The documents of an upload, read as its bytes arrive. No reader holds more than one document's
 * worth of text: a record past the per-document cap is reported as too long as soon as it passes
 * it. A zip is the one file written first: its central directory sits at the end, so it goes to a
 * private folder (0700, file 0600) under the spool folder, removed as soon as reading ends,
 * whether it succeeded or not.
 */
export async function* documentsOfUpload(options: UploadOptions, chunks: AsyncIterable<Buffer>, limits: UploadLimits): AsyncGenerator<UploadedDocument> {
  switch (options.format) {
    case 'jsonl':
      yield* readJsonlDocuments(decodeUtf8(chunks), {
        textField: options.textColumn,
        departmentField: options.departmentColumn,
        maxLineChars: limits.maxDocumentChars * JSON_ESCAPE_FACTOR + RECORD_OVERHEAD_CHARS,
      });
      return;
    case 'csv':
      yield* readCsvDocuments(decodeUtf8(chunks), {
        textColumn: options.textColumn,
        departmentColumn: options.departmentColumn,
        maxRecordChars: limits.maxDocumentChars * CSV_ESCAPE_FACTOR + RECORD_OVERHEAD_CHARS,
      });
      return;
    case 'zip': {
      await mkdir(limits.spoolDir, { recursive: true, mode: 0o700 });
      const folder = await mkdtemp(path.join(limits.spoolDir, 'medlocal-batch-'));
      try {
        const file = path.join(folder, 'upload.zip');
        await pipeline(Readable.from(chunks), createWriteStream(file, { mode: 0o600 }));
        yield* readZipDocuments(file, limits);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
      return;
    }
  }
}
