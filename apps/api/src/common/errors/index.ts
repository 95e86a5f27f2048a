export { DomainError, isDomainErrorShape, type DomainErrorDetails, type DomainErrorShape } from './domain.error';
export { ApiErrorFilter, type ApiErrorBody, type ErrorStatusLookup } from './api-error.filter';
export { COMMON_ERROR_STATUS, joinErrorStatusTables, type ErrorStatus, type ErrorStatusTable } from './error-status.table';
