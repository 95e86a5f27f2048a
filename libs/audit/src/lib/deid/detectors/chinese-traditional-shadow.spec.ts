import { deidentify } from '../deidentifier';
import { toSimplifiedShadow } from './chinese-traditional-shadow';

const found = (text: string) => deidentify(text).findings.map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

describe('toSimplifiedShadow', () => {
  it('writes traditional characters in simplified ones, one for one', () => {
    expect(toSimplifiedShadow('陳大文於明愛醫院覆診')).toBe('陈大文于明爱医院覆诊');
    const text = '住九龍深水埗長沙灣道303號，電話 2345 6789';
    expect(toSimplifiedShadow(text)).toHaveLength(text.length);
  });

  it('returns simplified and Latin text as it is', () => {
    const text = '患者张三，男，65岁，高血压。BP 140/90 mmHg';
    expect(toSimplifiedShadow(text)).toBe(text);
  });
});

describe('deidentify on traditional Chinese (Hong Kong, Taiwan)', () => {
  it.each([
    ['病人陳大文，男，65歲', 'name:陳大文'],
    ['蘇志明，男，58歲，痛風。', 'name:蘇志明'],
    ['家屬鄭雅婷簽字', 'name:鄭雅婷'],
    ['由劉醫生覆診', 'name:劉'],
    ['於明愛醫院覆診', 'organization:明愛醫院'],
    ['由臺大醫院轉介', 'organization:臺大醫院'],
    ['在廣華醫院做手術', 'organization:廣華醫院'],
  ])('finds %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('redacts a Hong Kong and a Taiwan address on the original characters', () => {
    const hk = deidentify('住九龍深水埗長沙灣道303號，於明愛醫院覆診。');
    expect(hk.text).not.toContain('303號');
    expect(hk.text).toContain('覆診');
    const tw = deidentify('地址：大安區復興南路一段390號，痛風。');
    expect(tw.text).not.toContain('390號');
    expect(tw.text).toContain('痛風');
  });

  it('keeps traditional clinical words, doses and lab values', () => {
    for (const text of ['糖化血紅素 7.9%，高血壓，黃疸，腎功能正常。', '服用二甲雙胍 500mg 每日兩次，血壓 150/90。', '診斷：慢性腎臟病第三期。']) {
      expect(deidentify(text).findings).toEqual([]);
    }
  });
});
