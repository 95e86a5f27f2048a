/** Machine-readable facts about an error; `retryAfterSeconds` becomes the `Retry-After` header. */
export type DomainErrorDetails = Readonly<{ retryAfterSeconds?: number } & Record<string, unknown>>;

/**
 * The one error shape in MedLocal: a code saying what went wrong in domain terms, a message for the
 * caller, machine-readable details, and the cause it wraps. Services and libraries throw these, never
 * HTTP exceptions; `ApiErrorFilter` turns codes into statuses with each module's status table.
 * Libraries cannot import this class, so theirs (InferenceError, PromptingError …) have the same shape.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details?: DomainErrorDetails,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Any error of the DomainError shape, whichever library threw it. */
export interface DomainErrorShape extends Error {
  readonly code: string;
  readonly details?: DomainErrorDetails;
}

export function isDomainErrorShape(error: unknown): error is DomainErrorShape {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}
