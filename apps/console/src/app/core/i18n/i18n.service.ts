import { Injectable, computed, signal } from '@angular/core';
import { isApiErrorCode, type ApiErrorCode } from '@medlocal/contracts';
import { API_ERROR_MESSAGES_EN, API_ERROR_MESSAGES_ZH } from './api-error-messages';
import { MESSAGES_EN } from './messages.en';
import { MESSAGES_ZH, type MessageKey } from './messages.zh';

export type Language = 'zh' | 'en';

export const LANGUAGES: readonly Language[] = ['zh', 'en'];

const STORAGE_KEY = 'medlocal.language';

export type MessageParams = Readonly<Record<string, string | number>>;

const DICTIONARIES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  zh: MESSAGES_ZH,
  en: MESSAGES_EN,
};

const API_ERROR_DICTIONARIES: Readonly<Record<Language, Readonly<Record<ApiErrorCode, string>>>> = {
  zh: API_ERROR_MESSAGES_ZH,
  en: API_ERROR_MESSAGES_EN,
};

/** The console language (Chinese by default), remembered in localStorage; every string is looked up through it. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly languageState = signal<Language>(readStoredLanguage());
  readonly language = this.languageState.asReadonly();
  /** BCP 47 tag for Intl formatting and the `lang` attribute. */
  readonly locale = computed(() => (this.languageState() === 'zh' ? 'zh-CN' : 'en-GB'));

  constructor() {
    applyDocumentLanguage(this.languageState());
  }

  setLanguage(language: Language): void {
    this.languageState.set(language);
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this tab.
    }
    applyDocumentLanguage(language);
  }

  translate(key: MessageKey, params?: MessageParams): string {
    const template = DICTIONARIES[this.languageState()][key];
    return params ? interpolate(template, params) : template;
  }

  /** What an API error code means in the console language; null for no code or one this console does not know. */
  errorText(code: string | null | undefined): string | null {
    return isApiErrorCode(code) ? API_ERROR_DICTIONARIES[this.languageState()][code] : null;
  }

  /** Picks the side of a `{zh, en}` text from the server that matches the console language. */
  pick(text: { readonly zh: string; readonly en: string } | null | undefined): string {
    if (!text) return '';
    return this.languageState() === 'zh' ? text.zh || text.en : text.en || text.zh;
  }

  formatDateTime(value: string | number | Date | null | undefined): string {
    if (value === null || value === undefined || value === '') return '—';
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return String(value);
    return new Intl.DateTimeFormat(this.locale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
  }

  formatNumber(value: number | null | undefined, fractionDigits = 0): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    return new Intl.NumberFormat(this.locale(), { maximumFractionDigits: fractionDigits }).format(value);
  }
}

export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function readStoredLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'zh' ? stored : 'zh';
  } catch {
    return 'zh';
  }
}

function applyDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}
