/**
 * Services and libraries throw errors that say what went wrong in domain terms (a code), never
 * HTTP exceptions; `ApiErrorFilter` is the one place that turns codes into HTTP statuses.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details?: { retryAfterSeconds?: number },
  ) {
    super(message);
    this.name = new.target.name;
  }
}
