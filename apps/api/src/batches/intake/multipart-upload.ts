import busboy from 'busboy';
import type { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { BatchError, BatchErrorCode } from '../batch.errors';
import type { UploadFormat, UploadOptions } from './uploaded-document';

/** Room for the multipart framing and the small option fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const OPTION_FIELDS = new Set(['textColumn', 'departmentColumn', 'format', 'modelPass']);

/** A control character (NUL included) or U+FFFD, which stands where the bytes were not UTF-8. */
function isUnprintable(code: number): boolean {
  return code < 0x20 || code === 0x7f || code === 0xfffd;
}

function hasUnprintable(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) if (isUnprintable(value.charCodeAt(i))) return true;
  return false;
}

export interface ReceivedUpload {
  readonly options: UploadOptions;
  readonly modelPass: boolean;
  /**
   * The file's bytes as they arrive. Fails with a BatchError: BATCH_UPLOAD_TOO_LARGE past the
   * limit, BATCH_UPLOAD_INCOMPLETE when the form ends or breaks before the file does.
   */
  readonly chunks: AsyncIterable<Buffer>;
  /**
   * Settles once the whole form has been read: a file can end before the form turns out to be
   * truncated, so nothing may be committed before this resolves.
   */
  readonly formComplete: Promise<void>;
}

/**
 * Streams a `multipart/form-data` upload: option fields first (`textColumn`, `departmentColumn`,
 * `format`, `modelPass`), then one part named `file`. The file is handed over as a stream, never
 * buffered whole; `handle` runs while the bytes arrive. Every stream here has an error listener
 * from the moment it exists: a truncated or broken form is a 400 naming what is wrong, never an
 * unhandled 'error' event (which would end the process). The answer waits for `handle` to settle,
 * so whatever it wrote is cleaned up before the client hears of the failure.
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
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      defParamCharset: 'utf8',
      limits: { files: 1, fields: OPTION_FIELDS.size, parts: OPTION_FIELDS.size + 1, fieldSize: 1024, fieldNameSize: 64, fileSize: limits.maxUploadBytes },
    });
  } catch (error) {
    request.resume();
    return Promise.reject(
      new BatchError(BatchErrorCode.NotMultipart, `The multipart header cannot be read: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let fileSeen = false;
    let handling = false;
    let fileStream: Readable | undefined;
    /** The first thing found wrong with the form itself; it wins over what it caused downstream. */
    let problem: BatchError | undefined;
    const fields = new Map<string, string>();
    let formResolve!: () => void;
    let formReject!: (error: BatchError) => void;
    const formComplete = new Promise<void>((done, fail) => {
      formResolve = done;
      formReject = fail;
    });
    formComplete.catch(() => undefined);

    const settle = (error: unknown, value?: T) => {
      if (settled) return;
      settled = true;
      // Whatever is still arriving is read and dropped so the client gets its answer.
      request.unpipe(parser);
      request.resume();
      if (error !== undefined) reject(problem ?? error);
      else resolve(value as T);
    };
    /** Something is wrong with the form: the file stream (if reading) fails with it, and so does `handle`. */
    const refuse = (error: BatchError) => {
      problem ??= error;
      formReject(problem);
      if (fileStream && !fileStream.destroyed && !fileStream.readableEnded) fileStream.destroy(problem);
      if (!handling) settle(problem);
    };

    parser.on('field', (name, value, info) => {
      if (problem) return;
      if (fileSeen) return refuse(badOption('Option fields must come before the "file" part'));
      if (!OPTION_FIELDS.has(name))
        return refuse(badOption(`Unknown field "${printable(name)}"; the fields are textColumn, departmentColumn, format, modelPass and file`));
      if (info.nameTruncated || info.valueTruncated) return refuse(badOption(`The field "${name}" is too long`));
      if (hasUnprintable(value)) return refuse(badOption(`The field "${name}" holds a control character or bytes that are not UTF-8`));
      fields.set(name, value);
    });
    parser.on('file', (name, stream: Readable, info) => {
      // Listened to at once: busboy may fail this stream before anyone reads it.
      stream.on('error', () => undefined);
      if (problem) {
        // The form was already refused; what is still parsed is dropped, and nothing is started.
        stream.resume();
        return;
      }
      if (name !== 'file' || fileSeen) {
        stream.resume();
        return refuse(badOption(fileSeen ? 'The upload holds more than one file' : `The file part must be named "file" (got "${printable(name)}")`));
      }
      fileSeen = true;
      fileStream = stream;
      stream.on('limit', () => stream.destroy(tooLarge(limits.maxUploadBytes)));
      let upload: ReceivedUpload;
      try {
        if (hasUnprintable(info.filename ?? '')) throw badOption('The file name holds a control character or bytes that are not UTF-8');
        upload = { options: uploadOptions(fields, info.filename), modelPass: booleanField(fields, 'modelPass'), chunks: fileChunks(stream), formComplete };
      } catch (error) {
        stream.resume();
        refuse(error as BatchError);
        return;
      }
      handling = true;
      handle(upload).then(
        (value) => settle(undefined, value),
        (error: unknown) => {
          stream.resume();
          settle(error ?? new Error('The upload failed'));
        },
      );
    });
    for (const event of ['filesLimit', 'fieldsLimit', 'partsLimit'] as const) {
      parser.on(event, () => refuse(badOption('The upload holds more parts than the option fields and one "file"')));
    }
    parser.on('error', (error: Error) =>
      refuse(new BatchError(BatchErrorCode.UploadIncomplete, `The multipart upload is incomplete or malformed (${error.message}); send the whole file again`)),
    );
    parser.on('finish', () => {
      if (!fileSeen) return refuse(new BatchError(BatchErrorCode.FileMissing, 'The upload has no part named "file"'));
      formResolve();
    });
    request.on('aborted', () => refuse(new BatchError(BatchErrorCode.UploadIncomplete, 'The upload was interrupted')));
    request.on('error', () => refuse(new BatchError(BatchErrorCode.UploadIncomplete, 'The upload was interrupted')));
    request.pipe(parser);
  });
}

/** The file stream as an async iterable whose failures are always BatchErrors. */
async function* fileChunks(stream: Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof BatchError) throw error;
    throw new BatchError(
      BatchErrorCode.UploadIncomplete,
      `The file ended before it was complete (${error instanceof Error ? error.message : String(error)}); send the whole file again`,
    );
  }
}

function tooLarge(maxBytes: number): BatchError {
  return new BatchError(BatchErrorCode.UploadTooLarge, `The upload is larger than ${Math.floor(maxBytes / 2 ** 20)} MB (BATCH_MAX_UPLOAD_MB)`);
}

function badOption(message: string): BatchError {
  return new BatchError(BatchErrorCode.BadOption, message);
}

/** A name from the request, safe to echo in a message. */
function printable(value: string): string {
  return Array.from(value.slice(0, 40), (char) => (isUnprintable(char.charCodeAt(0)) ? '?' : char)).join('');
}

const COLUMN_NAME = /^[\p{L}\p{N} _.-]{1,64}$/u;

function uploadOptions(fields: Map<string, string>, filename: string | undefined): UploadOptions {
  const format = formatOf(fields.get('format'), filename);
  const textColumn = fields.get('textColumn')?.trim() || 'text';
  const departmentColumn = fields.get('departmentColumn')?.trim() || null;
  for (const [label, value] of [
    ['textColumn', textColumn],
    ['departmentColumn', departmentColumn],
  ] as const) {
    if (value !== null && !COLUMN_NAME.test(value)) throw badOption(`${label} must be 1-64 letters, digits, spaces, _ . or -`);
  }
  return { format, textColumn, departmentColumn };
}

function formatOf(declared: string | undefined, filename: string | undefined): UploadFormat {
  const value = (declared ?? '').trim().toLowerCase();
  if (value === 'jsonl' || value === 'csv' || value === 'zip') return value;
  if (value !== '') throw new BatchError(BatchErrorCode.UnsupportedFormat, `format must be jsonl, csv or zip (got "${printable(value).slice(0, 20)}")`);
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
  throw badOption(`${name} must be true or false`);
}
