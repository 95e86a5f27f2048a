export { DomainError } from './domain.error';
export { ApiErrorFilter, type ApiErrorBody } from './api-error.filter';
export { registerErrorStatuses, statusForErrorCode } from './error-status.map';
