import type { Request } from 'express';
import { DomainError } from '../../../common/errors';
import { UserImportError, UserImportErrorCode } from './user-import.errors';

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/octet-stream'];

/**
 * The raw bytes of a CSV sent as the request body (the JSON parser leaves other types unread), so the
 * import itself can tell a byte-order mark, UTF-16 or GBK from UTF-8. Refused past `maxBytes` without
 * reading the rest.
 */
export async function readCsvUpload(params: { request: Request; maxBytes: number }): Promise<Buffer> {
  const { request, maxBytes } = params;
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!CSV_TYPES.includes(type))
    throw new DomainError('VALIDATION_FAILED', `Send the file as the request body with Content-Type: text/csv (got ${type.slice(0, 60) || 'none'})`);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      request.unpipe();
      request.resume();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): UserImportError {
  return new UserImportError(
    UserImportErrorCode.TooLarge,
    `The file is larger than ${Math.round(maxBytes / 1024)} KiB, more than one import of USER_IMPORT_MAX_ROWS users can be`,
  );
}
