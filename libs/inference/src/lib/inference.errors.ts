export enum InferenceErrorCode {
  QueueFull = 'QUEUE_FULL',
  QueueTimeout = 'QUEUE_TIMEOUT',
  PromptTooLong = 'PROMPT_TOO_LONG',
  ModelFileInvalid = 'MODEL_FILE_INVALID',
  ModelLoadFailed = 'MODEL_LOAD_FAILED',
  EngineClosed = 'ENGINE_CLOSED',
  RemoteUnavailable = 'REMOTE_UNAVAILABLE',
  RemoteProtocol = 'REMOTE_PROTOCOL',
  GrammarInvalid = 'GRAMMAR_INVALID',
  Unsupported = 'UNSUPPORTED',
  GenerationFailed = 'GENERATION_FAILED',
}

export class InferenceError extends Error {
  override readonly name = 'InferenceError';
  readonly cause?: unknown;

  constructor(
    readonly code: InferenceErrorCode,
    message: string,
    /** Set on QueueFull: a client-facing hint for `Retry-After`. */
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown },
  ) {
    super(message);
    this.cause = options?.cause;
  }
}

export function isInferenceError(error: unknown, code?: InferenceErrorCode): error is InferenceError {
  return error instanceof InferenceError && (code === undefined || error.code === code);
}
