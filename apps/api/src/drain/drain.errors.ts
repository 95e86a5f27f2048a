import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum DrainErrorCode {
  /** The instance is draining for a restart: ask again in a moment (with Retry-After). */
  ShuttingDown = 'SHUTTING_DOWN',
}

export const DRAIN_ERROR_STATUS = {
  [DrainErrorCode.ShuttingDown]: 503,
} as const satisfies ErrorStatusTable<DrainErrorCode>;

export class DrainError extends DomainError<DrainErrorCode> {}
