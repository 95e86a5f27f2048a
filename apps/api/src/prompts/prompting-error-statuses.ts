import { PromptingErrorCode } from '@medlocal/prompting';
import type { ErrorStatusTable } from '../common/errors';

/** Statuses for the prompting library's codes (it knows nothing of HTTP). */
export const PROMPTING_ERROR_STATUS = {
  // Templates are checked when an admin saves them and at start: one that still fails to render is a server fault.
  [PromptingErrorCode.TemplateVariableMissing]: 500,
  [PromptingErrorCode.TemplateInvalid]: 500,
  [PromptingErrorCode.ShippedTemplateMalformed]: 500,
  // The question with the patient profile needs more tokens than the context leaves beside the answer: like a
  // question over the character limit (MESSAGE_TOO_LONG), the clinician shortens it.
  [PromptingErrorCode.ContextTooSmall]: 413,
  // INFERENCE_CONTEXT_SIZE leaves no room for the answer budget: a configuration fault.
  [PromptingErrorCode.InvalidBudget]: 500,
  [PromptingErrorCode.ProfileFactNotFound]: 404,
  [PromptingErrorCode.ProfileFactNotCorrectable]: 422,
  [PromptingErrorCode.ProfileValueInvalid]: 422,
} as const satisfies ErrorStatusTable<PromptingErrorCode>;
