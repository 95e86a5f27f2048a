import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum AccountsErrorCode {
  AuthRequired = 'AUTH_REQUIRED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  InvalidToken = 'INVALID_TOKEN',
  SessionEnded = 'SESSION_ENDED',
  AccessDenied = 'ACCESS_DENIED',
  /** A hospital-wide setting (the hospital prompt templates among them) that only a global admin may change. */
  GlobalAdminRequired = 'GLOBAL_ADMIN_REQUIRED',
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
  /** A retired department keeps its history but takes no new users or keys. */
  DepartmentRetired = 'DEPARTMENT_RETIRED',
  ApiKeyNotFound = 'API_KEY_NOT_FOUND',
  InvalidUsername = 'INVALID_USERNAME',
  DirectoryUnavailable = 'DIRECTORY_UNAVAILABLE',
  DirectoryNoMappedGroup = 'DIRECTORY_NO_MAPPED_GROUP',
  DirectoryManagedPassword = 'DIRECTORY_MANAGED_PASSWORD',
  /** At token refresh: the directory no longer gives this account access; every session of it has ended. */
  DirectoryAccessRemoved = 'DIRECTORY_ACCESS_REMOVED',
  /** An admin action on what the directory owns (password, roles, department, name) of a directory account. */
  DirectoryManagedAccount = 'DIRECTORY_MANAGED_ACCOUNT',
  /** LOCAL_SIGN_IN=break-glass: this local account is not one of LOCAL_SIGN_IN_BREAK_GLASS_USERS. */
  LocalSignInOff = 'LOCAL_SIGN_IN_OFF',
  /** A sign-in request the validation refused (NUL, too long, empty password): audited `request_refused`. */
  InvalidSignInRequest = 'INVALID_SIGN_IN_REQUEST',
}

export const ACCOUNTS_ERROR_STATUS = {
  [AccountsErrorCode.AuthRequired]: 401,
  [AccountsErrorCode.InvalidCredentials]: 401,
  [AccountsErrorCode.InvalidToken]: 401,
  [AccountsErrorCode.SessionEnded]: 401,
  [AccountsErrorCode.AccessDenied]: 403,
  [AccountsErrorCode.GlobalAdminRequired]: 403,
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
  [AccountsErrorCode.DepartmentRetired]: 409,
  [AccountsErrorCode.ApiKeyNotFound]: 404,
  [AccountsErrorCode.InvalidUsername]: 400,
  [AccountsErrorCode.DirectoryUnavailable]: 503,
  [AccountsErrorCode.DirectoryNoMappedGroup]: 403,
  [AccountsErrorCode.DirectoryManagedPassword]: 409,
  [AccountsErrorCode.DirectoryAccessRemoved]: 401,
  [AccountsErrorCode.DirectoryManagedAccount]: 409,
  [AccountsErrorCode.LocalSignInOff]: 403,
  [AccountsErrorCode.InvalidSignInRequest]: 400,
} as const satisfies ErrorStatusTable<AccountsErrorCode>;

export class AccountsError extends DomainError<AccountsErrorCode> {}
