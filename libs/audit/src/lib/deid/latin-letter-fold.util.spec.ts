import { foldLatinDiacritics } from './latin-letter-fold.util';
import { deidentify } from './deidentifier';

describe('foldLatinDiacritics', () => {
  it('folds Vietnamese, Nordic, Iberian and Polish letters to their base letter, one unit for one', () => {
    for (const [text, folded] of [
      ['Trần Thị Mai', 'Tran Thi Mai'],
      ['Nguyễn Văn Hùng', 'Nguyen Van Hung'],
      ['Ødegård Æsir Straße', 'Odegard Asir Strase'],
      ['José Álvarez, Łódź, Đặng', 'Jose Alvarez, Lodz, Dang'],
    ]) {
      expect(foldLatinDiacritics(text)).toBe(folded);
      expect(foldLatinDiacritics(text)).toHaveLength(text.length);
    }
  });

  it('leaves Chinese, digits, punctuation and plain ASCII as they are', () => {
    const text = '患者张三，BP 120/80 mmHg — “ok”';
    expect(foldLatinDiacritics(text)).toBe(text);
  });
});

describe('deidentify: names written with diacritics', () => {
  it.each([
    ['Mother: Trần Thị Mai (carrier)', 'Trần Thị Mai'],
    ['Pasient: Nguyễn Văn Hùng, 67 år', 'Nguyễn Văn Hùng'],
    ['Seen by Phạm Minh Tuấn today', 'Phạm Minh Tuấn'],
    ['Dr. José Álvarez saw her', 'José Álvarez'],
  ])('redacts the whole name in %s', (text, name) => {
    const { text: redacted } = deidentify(text);
    expect(redacted).not.toContain(name);
    for (const word of name.split(' ')) expect(redacted).not.toContain(word);
  });

  it('keeps eponyms written with their diacritics', () => {
    const text = 'Sjögren syndrome, Ménière disease, Guillain-Barré syndrome and Behçet disease were excluded.';
    expect(deidentify(text).text).toBe(text);
  });
});
