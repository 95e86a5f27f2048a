import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum PromptsErrorCode {
  TemplateNotFound = 'PROMPT_TEMPLATE_NOT_FOUND',
  TemplateInvalid = 'PROMPT_TEMPLATE_INVALID',
  /** A revert or preview named a version the template (in that scope and language) does not have. */
  VersionNotFound = 'PROMPT_TEMPLATE_VERSION_NOT_FOUND',
  /** A department admin reached for another department's override. */
  OutOfScope = 'PROMPT_TEMPLATE_OUT_OF_SCOPE',
  /** Two saves of one template at once: the second is refused rather than numbered twice. */
  VersionConflict = 'PROMPT_TEMPLATE_VERSION_CONFLICT',
}

export const PROMPTS_ERROR_STATUS = {
  [PromptsErrorCode.TemplateNotFound]: 404,
  [PromptsErrorCode.TemplateInvalid]: 400,
  [PromptsErrorCode.VersionNotFound]: 404,
  [PromptsErrorCode.OutOfScope]: 403,
  [PromptsErrorCode.VersionConflict]: 409,
} as const satisfies ErrorStatusTable<PromptsErrorCode>;

export class PromptsError extends DomainError<PromptsErrorCode> {}
