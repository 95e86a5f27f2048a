import { PromptingErrorCode } from '@medlocal/prompting';
import type { ErrorStatusTable } from '../common/errors';

/**
 * Statuses for the prompting library's codes a caller may see (it knows nothing of HTTP). A template that fails to
 * render and a context that leaves no room for the answer are server faults: left unmapped, they answer a plain 500
 * whose message never reaches the caller. The profile codes are chat's own (chat.errors).
 */
export const PROMPTING_ERROR_STATUS = {
  // The question with the patient profile needs more tokens than the context leaves beside the answer: like a
  // question over the character limit (MESSAGE_TOO_LONG), the clinician shortens it.
  [PromptingErrorCode.ContextTooSmall]: 413,
} as const satisfies Partial<ErrorStatusTable<PromptingErrorCode>>;
