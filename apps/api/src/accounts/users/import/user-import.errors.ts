import { DomainError, type ErrorStatusTable } from '../../../common/errors';

export enum UserImportErrorCode {
  /** The file has problems (the dry run lists them by line): nothing was written. */
  Rejected = 'USER_IMPORT_REJECTED',
  /** The upload is larger than an import of USER_IMPORT_MAX_ROWS rows can be. */
  TooLarge = 'USER_IMPORT_TOO_LARGE',
}

export const USER_IMPORT_ERROR_STATUS = {
  [UserImportErrorCode.Rejected]: 422,
  [UserImportErrorCode.TooLarge]: 413,
} as const satisfies ErrorStatusTable<UserImportErrorCode>;

export class UserImportError extends DomainError<UserImportErrorCode> {}
