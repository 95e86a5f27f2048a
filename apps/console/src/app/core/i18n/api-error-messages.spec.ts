import { API_ERROR_CODES } from '@medlocal/contracts';
import { API_ERROR_MESSAGES_EN, API_ERROR_MESSAGES_ZH } from './api-error-messages';

const CHINESE = /[\u4e00-\u9fff]/;

describe('API error messages', () => {
  it('explain every error code the API answers with in Chinese', () => {
    const missing = API_ERROR_CODES.filter((code) => !CHINESE.test((API_ERROR_MESSAGES_ZH as Record<string, string | undefined>)[code] ?? ''));
    expect(missing).toEqual([]);
  });

  it('explain every error code the API answers with in English, without Chinese text', () => {
    const missing = API_ERROR_CODES.filter((code) => {
      const text = (API_ERROR_MESSAGES_EN as Record<string, string | undefined>)[code]?.trim() ?? '';
      return text === '' || CHINESE.test(text);
    });
    expect(missing).toEqual([]);
  });

  it('hold no message for a code the API does not have', () => {
    const known = new Set<string>(API_ERROR_CODES);
    expect([...Object.keys(API_ERROR_MESSAGES_ZH), ...Object.keys(API_ERROR_MESSAGES_EN)].filter((code) => !known.has(code))).toEqual([]);
  });
});
