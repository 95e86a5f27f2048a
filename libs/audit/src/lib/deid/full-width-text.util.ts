/** U+FF10 '０' … U+FF19 '９', U+FF21 'Ａ' … U+FF3A 'Ｚ', U+FF41 'ａ' … U+FF5A 'ｚ'. */
const FULL_WIDTH_ALPHANUMERIC = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
/** Each full-width form sits exactly this far above its ASCII one. */
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Maps full-width digits and Latin letters to ASCII (the NFKC mapping, for these alone), so detectors
 * written for `\d` and `[A-Z]` see a record number typed with a Chinese input method. One UTF-16 unit
 * for one, so every offset found in the result is an offset into the original text.
 */
export function toHalfWidthAlphanumerics(text: string): string {
  return text.replace(FULL_WIDTH_ALPHANUMERIC, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET));
}
