import type { PromptLanguage } from '../common/localized-text.model';
import { PROMPT_LANGUAGES } from '../common/localized-text.model';
import { PromptingError, PromptingErrorCode } from '../common/prompting.error';
import { SHIPPED_TEMPLATE_SOURCES } from '../../templates/shipped-templates';
import type { PromptTemplate } from './prompt-template.model';

export const CLINICAL_SYSTEM_TEMPLATE_NAME = 'clinical-system';

const FRONT_MATTER_PATTERN = /^---\n([\s\S]*?)\n---\n/;

/** Parses a template file: `key: value` front matter between `---` lines, then the body. */
export function parseTemplateSource({ fileName, source }: { fileName: string; source: string }): PromptTemplate {
  const frontMatter = FRONT_MATTER_PATTERN.exec(source);
  if (!frontMatter) {
    throw malformed(fileName, 'it has no front matter between --- lines');
  }
  const fields = new Map<string, string>();
  for (const line of (frontMatter[1] ?? '').split('\n')) {
    const separator = line.indexOf(':');
    if (separator > 0) {
      fields.set(line.slice(0, separator).trim(), line.slice(separator + 1).trim());
    }
  }
  const language = fields.get('language') as PromptLanguage | undefined;
  const version = Number(fields.get('version'));
  const name = fields.get('name');
  if (!name || !language || !PROMPT_LANGUAGES.includes(language) || !Number.isInteger(version)) {
    throw malformed(fileName, 'front matter needs name, language (zh|en) and an integer version');
  }
  return {
    name,
    language,
    version,
    author: fields.get('author') ?? 'MedLocal',
    createdAt: fields.get('createdAt') ?? '',
    body: source.slice(frontMatter[0].length),
  };
}

/** Every template shipped with MedLocal, version 1 of each; the API seeds its table from these. */
export function listShippedTemplates(): PromptTemplate[] {
  return Object.entries(SHIPPED_TEMPLATE_SOURCES).map(([fileName, source]) => parseTemplateSource({ fileName, source }));
}

export function getShippedTemplate({ name, language }: { name: string; language: PromptLanguage }): PromptTemplate | undefined {
  return listShippedTemplates().find((template) => template.name === name && template.language === language);
}

function malformed(fileName: string, reason: string): PromptingError {
  return new PromptingError(PromptingErrorCode.ShippedTemplateMalformed, `Shipped template ${fileName} is malformed: ${reason}`, { fileName });
}
