import { PROMPT_LANGUAGES } from '../common/localized-text.model';
import type { PromptTemplate } from './prompt-template.model';
import { KNOWN_TEMPLATE_VARIABLES, MAX_TEMPLATE_BODY_CHARS, TEMPLATE_PLACEHOLDER_PATTERN } from './prompt-template.model';

export enum TemplateValidationCode {
  MissingPatientProfile = 'MISSING_PATIENT_PROFILE',
  UnknownVariable = 'UNKNOWN_VARIABLE',
  TooLarge = 'TOO_LARGE',
  EmptyBody = 'EMPTY_BODY',
  BadName = 'BAD_NAME',
  BadLanguage = 'BAD_LANGUAGE',
  BadVersion = 'BAD_VERSION',
}

export interface TemplateValidationError {
  code: TemplateValidationCode;
  /** The offending field: `body`, `name`, `language`, `version`. */
  field: keyof PromptTemplate;
  /** Names the problem concretely, e.g. the unknown variable or the size. */
  message: string;
}

const TEMPLATE_NAME_PATTERN = /^[a-z][a-z0-9-]{1,63}$/;

/**
 * Checks an edited template before the API stores it as a new version. Returns every
 * problem at once (empty array = valid) so an admin can fix them in one go.
 */
export function validateTemplate({ template }: { template: Pick<PromptTemplate, 'name' | 'language' | 'version' | 'body'> }): TemplateValidationError[] {
  const errors: TemplateValidationError[] = [];
  if (!TEMPLATE_NAME_PATTERN.test(template.name)) {
    errors.push({
      code: TemplateValidationCode.BadName,
      field: 'name',
      message: `Template name "${template.name}" must be 2-64 lower-case letters, digits or hyphens, starting with a letter`,
    });
  }
  if (!PROMPT_LANGUAGES.includes(template.language)) {
    errors.push({
      code: TemplateValidationCode.BadLanguage,
      field: 'language',
      message: `Template language "${String(template.language)}" must be one of ${PROMPT_LANGUAGES.join(', ')}`,
    });
  }
  if (!Number.isInteger(template.version) || template.version < 1) {
    errors.push({
      code: TemplateValidationCode.BadVersion,
      field: 'version',
      message: `Template version ${String(template.version)} must be a positive integer`,
    });
  }
  if (template.body.trim().length === 0) {
    errors.push({ code: TemplateValidationCode.EmptyBody, field: 'body', message: 'Template body is empty' });
  }
  if (template.body.length > MAX_TEMPLATE_BODY_CHARS) {
    errors.push({
      code: TemplateValidationCode.TooLarge,
      field: 'body',
      message: `Template body has ${template.body.length} characters; the limit is ${MAX_TEMPLATE_BODY_CHARS}`,
    });
  }
  const usedVariables = [...template.body.matchAll(TEMPLATE_PLACEHOLDER_PATTERN)].map((match) => match[1] ?? '');
  if (!usedVariables.includes('patientProfile')) {
    errors.push({
      code: TemplateValidationCode.MissingPatientProfile,
      field: 'body',
      message: 'Template body must contain {{patientProfile}} so the model sees the patient',
    });
  }
  const known: readonly string[] = KNOWN_TEMPLATE_VARIABLES;
  for (const unknown of new Set(usedVariables.filter((name) => !known.includes(name)))) {
    errors.push({
      code: TemplateValidationCode.UnknownVariable,
      field: 'body',
      message: `Unknown variable {{${unknown}}}; known variables are ${known.map((name) => `{{${name}}}`).join(', ')}`,
    });
  }
  return errors;
}
