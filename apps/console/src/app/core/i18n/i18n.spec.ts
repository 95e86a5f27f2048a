import { TestBed } from '@angular/core/testing';
import { I18nService, interpolate } from './i18n.service';
import { MESSAGES_EN } from './messages.en';
import { MESSAGES_ZH } from './messages.zh';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('console dictionaries', () => {
  it('have exactly the same keys in Chinese and English', () => {
    expect(Object.keys(MESSAGES_EN).sort()).toEqual(Object.keys(MESSAGES_ZH).sort());
  });

  it('have no empty text', () => {
    for (const [key, text] of [...Object.entries(MESSAGES_ZH), ...Object.entries(MESSAGES_EN)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(MESSAGES_ZH) as (keyof typeof MESSAGES_ZH)[]) {
      expect(placeholders(MESSAGES_EN[key]), key).toEqual(placeholders(MESSAGES_ZH[key]));
    }
  });

  it('translate the Chinese side into Chinese (no untranslated English sentences left)', () => {
    const untranslated = Object.entries(MESSAGES_ZH).filter(([key, text]) => key !== 'lang.en' && /^[A-Za-z ,.'’()-]{12,}$/.test(text));
    expect(untranslated).toEqual([]);
  });
});

describe(I18nService.name, () => {
  beforeEach(() => localStorage.clear());

  it('starts in Chinese and remembers a switch to English', () => {
    const sut = TestBed.inject(I18nService);
    expect(sut.language()).toBe('zh');
    expect(sut.translate('chat.send')).toBe('发送');
    sut.setLanguage('en');
    expect(sut.translate('chat.send')).toBe('Send');
    expect(localStorage.getItem('medlocal.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('reads the remembered language at start-up', () => {
    localStorage.setItem('medlocal.language', 'en');
    expect(TestBed.inject(I18nService).language()).toBe('en');
  });

  it('fills placeholders and picks the matching side of server texts', () => {
    const sut = TestBed.inject(I18nService);
    expect(sut.translate('audit.page', { page: 3 })).toBe('第 3 页');
    expect(sut.pick({ zh: '肌酐', en: 'creatinine' })).toBe('肌酐');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
