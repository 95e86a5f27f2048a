import type { PromptLanguage } from '@medlocal/prompting';

/** A question with any Chinese characters is answered in Chinese, otherwise in English. */
export function detectLanguage(text: string): PromptLanguage {
  return /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
}
