export enum PromptingErrorCode {
  TemplateVariableMissing = 'TEMPLATE_VARIABLE_MISSING',
  TemplateInvalid = 'TEMPLATE_INVALID',
  ShippedTemplateMalformed = 'SHIPPED_TEMPLATE_MALFORMED',
  ContextTooSmall = 'CONTEXT_TOO_SMALL',
  InvalidBudget = 'INVALID_BUDGET',
  ProfileFactNotFound = 'PROFILE_FACT_NOT_FOUND',
  ProfileFactNotCorrectable = 'PROFILE_FACT_NOT_CORRECTABLE',
  ProfileValueInvalid = 'PROFILE_VALUE_INVALID',
}

/**
 * The one error type thrown by this library, in the API's DomainError shape (code, message,
 * details, cause). `details` carries the machine-readable
 * facts (variable names, token sizes) so the API can map the code to an HTTP status
 * and the console can show the numbers.
 */
export class PromptingError extends Error {
  constructor(
    readonly code: PromptingErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PromptingError';
  }
}
