import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum PromptsErrorCode {
  TemplateNotFound = 'PROMPT_TEMPLATE_NOT_FOUND',
  TemplateInvalid = 'PROMPT_TEMPLATE_INVALID',
}

export const PROMPTS_ERROR_STATUS = {
  [PromptsErrorCode.TemplateNotFound]: 404,
  [PromptsErrorCode.TemplateInvalid]: 400,
} as const satisfies ErrorStatusTable<PromptsErrorCode>;

export class PromptsError extends DomainError<PromptsErrorCode> {}
