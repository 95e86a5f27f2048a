export enum InferenceErrorCode {
  QueueFull = 'QUEUE_FULL',
  /** One caller (user or API key) already has its share of the queue waiting. */
  CallerQueueFull = 'CALLER_QUEUE_FULL',
  QueueTimeout = 'QUEUE_TIMEOUT',
  PromptTooLong = 'PROMPT_TOO_LONG',
  ModelFileInvalid = 'MODEL_FILE_INVALID',
  ModelLoadFailed = 'MODEL_LOAD_FAILED',
  EngineClosed = 'ENGINE_CLOSED',
  RemoteUnavailable = 'REMOTE_UNAVAILABLE',
  RemoteProtocol = 'REMOTE_PROTOCOL',
  GrammarInvalid = 'GRAMMAR_INVALID',
  /** A grammar beyond the nesting, rule or size limits checked before it reaches llama.cpp. */
  GrammarTooComplex = 'GRAMMAR_TOO_COMPLEX',
  Unsupported = 'UNSUPPORTED',
  GenerationFailed = 'GENERATION_FAILED',
}

export interface InferenceErrorDetails {
  /** Set on QueueFull, CallerQueueFull and QueueTimeout: a client-facing hint for `Retry-After`. */
  readonly retryAfterSeconds?: number;
}

/** The API's DomainError shape (code, message, details, cause); this library cannot import the API's class. */
export class InferenceError extends Error {
  override readonly name = 'InferenceError';

  constructor(
    readonly code: InferenceErrorCode,
    message: string,
    readonly details: InferenceErrorDetails = {},
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isInferenceError(error: unknown, code?: InferenceErrorCode): error is InferenceError {
  return error instanceof InferenceError && (code === undefined || error.code === code);
}
