import type { PromptLanguage } from '../common/localized-text.model';

/** One version of a prompt template. Admin edits are saved as new versions by the API. */
export interface PromptTemplate {
  name: string;
  language: PromptLanguage;
  version: number;
  body: string;
  author: string;
  /** ISO 8601 date or date-time. */
  createdAt: string;
}

/** Values substituted into `{{name}}` placeholders. */
export interface TemplateVariables {
  /** Output of `renderProfile`. */
  patientProfile: string;
  /** The answer language spelled out for the model, e.g. "简体中文" or "English". */
  language: string;
  /** Today's date (YYYY-MM-DD) so the model can reason about guideline recency. */
  today: string;
}

export type TemplateVariableName = keyof TemplateVariables;

export const KNOWN_TEMPLATE_VARIABLES: readonly TemplateVariableName[] = ['patientProfile', 'language', 'today'];

/**
 * Matches `{{ name }}` placeholders; whitespace inside the braces is tolerated. The spaces after the name
 * are only read when there is a name, so "{{" and a long run of spaces is one pass, not a quadratic split.
 */
export const TEMPLATE_PLACEHOLDER_PATTERN = /\{\{\s*([^{}\s]*)(?:(?<=[^{}\s])\s*)?\}\}/g;

/** Edited templates above this size are refused: they eat the context budget of every turn. */
export const MAX_TEMPLATE_BODY_CHARS = 16_000;

/** How each language is named to the model inside `{{language}}`. */
export const LANGUAGE_DISPLAY_NAMES: Readonly<Record<PromptLanguage, string>> = {
  zh: '简体中文',
  en: 'English',
};
