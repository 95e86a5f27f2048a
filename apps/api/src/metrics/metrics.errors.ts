import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum MetricsErrorCode {
  AuthRequired = 'METRICS_AUTH_REQUIRED',
  Forbidden = 'METRICS_FORBIDDEN',
}

export const METRICS_ERROR_STATUS = {
  [MetricsErrorCode.AuthRequired]: 401,
  [MetricsErrorCode.Forbidden]: 403,
} as const satisfies ErrorStatusTable<MetricsErrorCode>;

export class MetricsError extends DomainError<MetricsErrorCode> {}
