import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum TermsErrorCode {
  TextTooLong = 'TEXT_TOO_LONG',
}

export const TERMS_ERROR_STATUS = {
  [TermsErrorCode.TextTooLong]: 413,
} as const satisfies ErrorStatusTable<TermsErrorCode>;

export class TermsError extends DomainError<TermsErrorCode> {}
