import { PromptingError, PromptingErrorCode } from '../common/prompting.error';
import type { PromptTemplate } from './prompt-template.model';
import { TEMPLATE_PLACEHOLDER_PATTERN } from './prompt-template.model';

/**
 * Substitutes every `{{name}}` in the template body. A placeholder with no value is an
 * error naming every missing variable: a prompt with a literal `{{patientProfile}}` left
 * in it would silently drop the patient from the model's view.
 */
export function renderTemplate({
  template,
  variables,
}: {
  template: Pick<PromptTemplate, 'name' | 'version' | 'body'>;
  variables: Readonly<Record<string, string>>;
}): string {
  const missing = new Set<string>();
  const rendered = template.body.replace(TEMPLATE_PLACEHOLDER_PATTERN, (_placeholder, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined;
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    return value;
  });
  if (missing.size > 0) {
    const names = [...missing];
    throw new PromptingError(
      PromptingErrorCode.TemplateVariableMissing,
      `Template ${template.name} v${template.version} needs ${names.map((name) => `{{${name}}}`).join(', ')} but no value was given`,
      { missing: names },
    );
  }
  return rendered;
}
