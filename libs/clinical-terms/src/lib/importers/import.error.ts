export enum TerminologyImportErrorCode {
  MissingColumn = 'IMPORT_MISSING_COLUMN',
  UnsupportedFormat = 'IMPORT_UNSUPPORTED_FORMAT',
  EmptyInput = 'IMPORT_EMPTY_INPUT',
}

export class TerminologyImportError extends Error {
  constructor(
    readonly code: TerminologyImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TerminologyImportError';
  }
}
