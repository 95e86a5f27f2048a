import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum BatchErrorCode {
  NotFound = 'BATCH_NOT_FOUND',
  MetadataOnly = 'BATCH_METADATA_ONLY',
  NotMultipart = 'BATCH_NOT_MULTIPART',
  FileMissing = 'BATCH_FILE_MISSING',
  UploadIncomplete = 'BATCH_UPLOAD_INCOMPLETE',
  UnsupportedFormat = 'BATCH_UNSUPPORTED_FORMAT',
  BadOption = 'BATCH_BAD_OPTION',
  NotUtf8 = 'BATCH_NOT_UTF8',
  ColumnMissing = 'BATCH_COLUMN_MISSING',
  MalformedRecord = 'BATCH_MALFORMED_RECORD',
  UnsafeZipPath = 'BATCH_UNSAFE_ZIP_PATH',
  NestedArchive = 'BATCH_NESTED_ARCHIVE',
  UnsupportedZipEntry = 'BATCH_UNSUPPORTED_ZIP_ENTRY',
  MalformedZip = 'BATCH_MALFORMED_ZIP',
  TooManyDocuments = 'BATCH_TOO_MANY_DOCUMENTS',
  UploadTooLarge = 'BATCH_UPLOAD_TOO_LARGE',
  Empty = 'BATCH_EMPTY',
  NotFinished = 'BATCH_NOT_FINISHED',
  NotRetryable = 'BATCH_NOT_RETRYABLE',
  AlreadyFinished = 'BATCH_ALREADY_FINISHED',
}

export const BATCH_ERROR_STATUS = {
  [BatchErrorCode.NotFound]: 404,
  [BatchErrorCode.MetadataOnly]: 403,
  [BatchErrorCode.NotMultipart]: 415,
  [BatchErrorCode.FileMissing]: 400,
  [BatchErrorCode.UploadIncomplete]: 400,
  [BatchErrorCode.UnsupportedFormat]: 415,
  [BatchErrorCode.BadOption]: 400,
  [BatchErrorCode.NotUtf8]: 422,
  [BatchErrorCode.ColumnMissing]: 422,
  [BatchErrorCode.MalformedRecord]: 422,
  [BatchErrorCode.UnsafeZipPath]: 422,
  [BatchErrorCode.NestedArchive]: 422,
  [BatchErrorCode.UnsupportedZipEntry]: 422,
  [BatchErrorCode.MalformedZip]: 422,
  [BatchErrorCode.TooManyDocuments]: 413,
  [BatchErrorCode.UploadTooLarge]: 413,
  [BatchErrorCode.Empty]: 422,
  [BatchErrorCode.NotFinished]: 409,
  [BatchErrorCode.NotRetryable]: 409,
  [BatchErrorCode.AlreadyFinished]: 409,
} as const satisfies ErrorStatusTable<BatchErrorCode>;

export class BatchError extends DomainError<BatchErrorCode> {}

/** Why one document could not be read; listed by index, never with its text. */
export enum DocumentErrorCode {
  EmptyText = 'EMPTY_TEXT',
  TooLong = 'TOO_LONG',
  Unreadable = 'SEALED_TEXT_UNREADABLE',
  ExtractionFailed = 'EXTRACTION_FAILED',
}
