import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum AccountsErrorCode {
  AuthRequired = 'AUTH_REQUIRED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  InvalidToken = 'INVALID_TOKEN',
  SessionEnded = 'SESSION_ENDED',
  AccessDenied = 'ACCESS_DENIED',
  RestrictedSession = 'RESTRICTED_SESSION',
  LoginRateLimited = 'LOGIN_RATE_LIMITED',
  MfaInvalidCode = 'MFA_INVALID_CODE',
  MfaUnavailable = 'MFA_UNAVAILABLE',
  MfaAlreadyEnrolled = 'MFA_ALREADY_ENROLLED',
  MfaNotStarted = 'MFA_ENROLMENT_NOT_STARTED',
  PasswordRejected = 'PASSWORD_REJECTED',
  CurrentPasswordWrong = 'CURRENT_PASSWORD_WRONG',
  UserNotFound = 'USER_NOT_FOUND',
  UsernameTaken = 'USERNAME_TAKEN',
  LastGlobalAdmin = 'LAST_GLOBAL_ADMIN',
  NotGrantable = 'NOT_GRANTABLE',
  DepartmentNotFound = 'DEPARTMENT_NOT_FOUND',
  DepartmentCodeTaken = 'DEPARTMENT_CODE_TAKEN',
  ApiKeyNotFound = 'API_KEY_NOT_FOUND',
}

export const ACCOUNTS_ERROR_STATUS = {
  [AccountsErrorCode.AuthRequired]: 401,
  [AccountsErrorCode.InvalidCredentials]: 401,
  [AccountsErrorCode.InvalidToken]: 401,
  [AccountsErrorCode.SessionEnded]: 401,
  [AccountsErrorCode.AccessDenied]: 403,
  [AccountsErrorCode.RestrictedSession]: 403,
  [AccountsErrorCode.LoginRateLimited]: 429,
  [AccountsErrorCode.MfaInvalidCode]: 401,
  [AccountsErrorCode.MfaUnavailable]: 503,
  [AccountsErrorCode.MfaAlreadyEnrolled]: 409,
  [AccountsErrorCode.MfaNotStarted]: 409,
  [AccountsErrorCode.PasswordRejected]: 400,
  [AccountsErrorCode.CurrentPasswordWrong]: 400,
  [AccountsErrorCode.UserNotFound]: 404,
  [AccountsErrorCode.UsernameTaken]: 409,
  [AccountsErrorCode.LastGlobalAdmin]: 409,
  [AccountsErrorCode.NotGrantable]: 403,
  [AccountsErrorCode.DepartmentNotFound]: 404,
  [AccountsErrorCode.DepartmentCodeTaken]: 409,
  [AccountsErrorCode.ApiKeyNotFound]: 404,
} as const satisfies ErrorStatusTable<AccountsErrorCode>;

export class AccountsError extends DomainError<AccountsErrorCode> {}
