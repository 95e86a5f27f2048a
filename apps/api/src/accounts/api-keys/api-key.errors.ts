import { DomainError, type ErrorStatusTable } from '../../common/errors';

export enum ApiKeyErrorCode {
  /** The key was valid but its expiry has passed: an admin issues a new one. */
  Expired = 'API_KEY_EXPIRED',
  /** The key is valid but its scope does not cover this route (a `batches` key on chat, terms, admin or `/v1`). */
  OutOfScope = 'API_KEY_OUT_OF_SCOPE',
}

export const API_KEY_ERROR_STATUS = {
  [ApiKeyErrorCode.Expired]: 401,
  [ApiKeyErrorCode.OutOfScope]: 403,
} as const satisfies ErrorStatusTable<ApiKeyErrorCode>;

/** `details.apiKeyId` names the key (never its secret), for the audit event of the refusal. */
export class ApiKeyError extends DomainError<ApiKeyErrorCode> {}
