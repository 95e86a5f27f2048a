import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum OpenAiErrorCode {
  ApiKeyMissing = 'API_KEY_MISSING',
  ApiKeyInvalid = 'API_KEY_INVALID',
  MaxTokensAboveBudget = 'MAX_TOKENS_ABOVE_BUDGET',
}

export const OPENAI_ERROR_STATUS = {
  [OpenAiErrorCode.ApiKeyMissing]: 401,
  [OpenAiErrorCode.ApiKeyInvalid]: 401,
  [OpenAiErrorCode.MaxTokensAboveBudget]: 400,
} as const satisfies ErrorStatusTable<OpenAiErrorCode>;

export class OpenAiError extends DomainError<OpenAiErrorCode> {}
