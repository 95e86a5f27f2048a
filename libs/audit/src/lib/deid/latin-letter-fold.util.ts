/** Latin letters with diacritics in precomposed form: Latin-1 Supplement, Extended-A and B, and Extended Additional (Vietnamese). */
const ACCENTED_LATIN_LETTER = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/g;
/** Letters that are no base letter plus a mark, so NFD leaves them whole. */
const STROKED_LETTERS: Readonly<Record<string, string>> = {
  Ø: 'O',
  ø: 'o',
  Æ: 'A',
  æ: 'a',
  Œ: 'O',
  œ: 'o',
  ß: 's',
  Đ: 'D',
  đ: 'd',
  Ł: 'L',
  ł: 'l',
  Ð: 'D',
  ð: 'd',
  Þ: 'T',
  þ: 't',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

function baseLetter(char: string): string {
  const stroked = STROKED_LETTERS[char];
  if (stroked) return stroked;
  const base = char.normalize('NFD').charAt(0);
  return /[A-Za-z]/.test(base) ? base : char;
}

/**
 * Folds Latin letters with diacritics to their base letter, one UTF-16 unit for one ("Trần Thị Mai" → "Tran Thi Mai",
 * "Ødegård" → "Odegard"), so detectors written for `[A-Za-z]` read such a name whole instead of stopping inside it.
 * Offsets found in the result are offsets into the original text.
 */
export function foldLatinDiacritics(text: string): string {
  return text.replace(ACCENTED_LATIN_LETTER, baseLetter);
}
