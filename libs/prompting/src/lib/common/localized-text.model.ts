/** The two languages MedLocal answers in. */
export type PromptLanguage = 'zh' | 'en';

export const PROMPT_LANGUAGES: readonly PromptLanguage[] = ['zh', 'en'];

/** A user-facing message in both console languages; the console picks one. */
export interface LocalizedText {
  zh: string;
  en: string;
}
