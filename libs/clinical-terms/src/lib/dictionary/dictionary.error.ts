export enum DictionaryErrorCode {
  InvalidShape = 'DICTIONARY_INVALID_SHAPE',
  DuplicateId = 'DICTIONARY_DUPLICATE_ID',
}

export class DictionaryError extends Error {
  constructor(
    readonly code: DictionaryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DictionaryError';
  }
}
