import busboy from 'busboy';
import type { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { BatchError, BatchErrorCode } from '../batch.errors';
import type { UploadFormat, UploadOptions } from './uploaded-document';

/** Room for the multipart framing and the small option fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface ReceivedUpload {
  readonly options: UploadOptions;
  readonly modelPass: boolean;
  /** The file's bytes as they arrive; fails with BATCH_UPLOAD_TOO_LARGE past the limit. */
  readonly chunks: AsyncIterable<Buffer>;
}

/**
 * Streams a `multipart/form-data` upload: option fields first (`textColumn`, `departmentColumn`,
 * `format`, `modelPass`), then one part named `file`. The file is handed over as a stream, never
 * buffered whole; `handle` runs while the bytes arrive.
 */
export function receiveMultipartUpload<T>(
  request: IncomingMessage,
  limits: { maxUploadBytes: number },
  handle: (upload: ReceivedUpload) => Promise<T>,
): Promise<T> {
  const contentType = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(contentType)) {
    return Promise.reject(new BatchError(BatchErrorCode.NotMultipart, 'Upload the file as multipart/form-data with a part named "file"'));
  }
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxUploadBytes + MULTIPART_OVERHEAD_BYTES) {
    request.resume();
    return Promise.reject(tooLarge(limits.maxUploadBytes));
  }
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let fileSeen = false;
    const fields = new Map<string, string>();
    const finish = (error: unknown, value?: T) => {
      if (settled) return;
      settled = true;
      // Whatever is still arriving is read and dropped so the client gets its answer.
      request.unpipe(parser);
      request.resume();
      if (error) reject(error);
      else resolve(value as T);
    };
    const parser = busboy({ headers: request.headers, limits: { files: 1, fields: 8, fieldSize: 1024, fileSize: limits.maxUploadBytes } });
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('file', (name, stream: Readable & { truncated?: boolean }, info) => {
      if (name !== 'file' || fileSeen) {
        stream.resume();
        return;
      }
      fileSeen = true;
      stream.on('limit', () => stream.destroy(tooLarge(limits.maxUploadBytes)));
      let upload: ReceivedUpload;
      try {
        upload = { options: uploadOptions(fields, info.filename), modelPass: booleanField(fields, 'modelPass'), chunks: stream };
      } catch (error) {
        stream.resume();
        finish(error);
        return;
      }
      handle(upload).then(
        (value) => finish(undefined, value),
        (error: unknown) => {
          stream.resume();
          finish(error);
        },
      );
    });
    parser.on('error', (error: Error) => finish(new BatchError(BatchErrorCode.FileMissing, `The multipart upload cannot be read: ${error.message}`)));
    parser.on('close', () => {
      if (!fileSeen) finish(new BatchError(BatchErrorCode.FileMissing, 'The upload has no part named "file"'));
    });
    request.on('aborted', () => finish(new BatchError(BatchErrorCode.FileMissing, 'The upload was interrupted')));
    request.pipe(parser);
  });
}

function tooLarge(maxBytes: number): BatchError {
  return new BatchError(BatchErrorCode.UploadTooLarge, `The upload is larger than ${Math.floor(maxBytes / 2 ** 20)} MB (BATCH_MAX_UPLOAD_MB)`);
}

const COLUMN_NAME = /^[\p{L}\p{N} _.-]{1,64}$/u;

function uploadOptions(fields: Map<string, string>, filename: string | undefined): UploadOptions {
  const format = formatOf(fields.get('format'), filename);
  const textColumn = fields.get('textColumn')?.trim() || 'text';
  const departmentColumn = fields.get('departmentColumn')?.trim() || null;
  for (const [label, value] of [['textColumn', textColumn], ['departmentColumn', departmentColumn]] as const) {
    if (value !== null && !COLUMN_NAME.test(value)) throw new BatchError(BatchErrorCode.BadOption, `${label} must be 1-64 letters, digits, spaces, _ . or -`);
  }
  return { format, textColumn, departmentColumn };
}

function formatOf(declared: string | undefined, filename: string | undefined): UploadFormat {
  const value = (declared ?? '').trim().toLowerCase();
  if (value === 'jsonl' || value === 'csv' || value === 'zip') return value;
  if (value !== '') throw new BatchError(BatchErrorCode.UnsupportedFormat, `format must be jsonl, csv or zip (got "${value.slice(0, 20)}")`);
  const extension = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension === 'csv') return 'csv';
  if (extension === 'zip') return 'zip';
  throw new BatchError(BatchErrorCode.UnsupportedFormat, 'Upload a .jsonl, .csv or .zip file (or say which with the "format" field)');
}

function booleanField(fields: Map<string, string>, name: string): boolean {
  const value = fields.get(name)?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new BatchError(BatchErrorCode.BadOption, `${name} must be true or false`);
}
