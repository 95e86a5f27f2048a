import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { readCsvDocuments } from './csv-documents.util';
import { decodeUtf8 } from './decode-utf8.util';
import { readJsonlDocuments } from './jsonl-documents.util';
import type { UploadedDocument, UploadOptions } from './uploaded-document';
import { readZipDocuments, type ZipLimits } from './zip-documents.util';

/**
 * The documents of an upload, read as its bytes arrive. A zip is the one exception: its central
 * directory sits at the end, so the file goes to a private temporary folder (0700) first, and that
 * folder is removed as soon as reading ends, whether it succeeded or not.
 */
export async function* documentsOfUpload(options: UploadOptions, chunks: AsyncIterable<Buffer>, limits: ZipLimits): AsyncGenerator<UploadedDocument> {
  switch (options.format) {
    case 'jsonl':
      yield* readJsonlDocuments(decodeUtf8(chunks), { textField: options.textColumn, departmentField: options.departmentColumn });
      return;
    case 'csv':
      yield* readCsvDocuments(decodeUtf8(chunks), { textColumn: options.textColumn, departmentColumn: options.departmentColumn });
      return;
    case 'zip': {
      const folder = await mkdtemp(path.join(tmpdir(), 'medlocal-batch-'));
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
