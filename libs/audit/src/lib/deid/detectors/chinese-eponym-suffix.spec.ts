import { deidentify } from '../deidentifier';
import { isLatinEponymBeforeHanScale } from './chinese-eponym-suffix';

describe('isLatinEponymBeforeHanScale', () => {
  it.each([
    ['霍奇金淋巴瘤，Ann Arbor分期 IIB', 'Ann Arbor'],
    ['中分化腺癌，Lauren分型肠型', 'Lauren'],
    ['Gleason评分 7分', 'Gleason'],
    ['Child-Pugh分级 B级', 'Child-Pugh'],
    ['Horner征阳性', 'Horner'],
    ['Cushing综合征', 'Cushing'],
    ['Borrmann 分型 III型', 'Borrmann'],
  ])('reads the Latin word in %s as an eponym', (text, word) => {
    const start = text.indexOf(word);
    expect(isLatinEponymBeforeHanScale(text, start, start + word.length)).toBe(true);
  });

  it.each([
    ['Lauren说明天再来', 'Lauren'],
    ['Dr. Chen会诊', 'Chen'],
    ['Anna，女，35岁', 'Anna'],
    ['患者李分期付款', '李'],
  ])('leaves %s alone', (text, word) => {
    const start = text.indexOf(word);
    expect(isLatinEponymBeforeHanScale(text, start, start + word.length)).toBe(false);
  });
});

describe('deidentify keeps eponymous stages and types', () => {
  it.each([
    '病理：霍奇金淋巴瘤（结节硬化型），Ann Arbor分期 IIB，Ki-67 60%。',
    '（胃窦）中分化腺癌，Lauren分型肠型，HER2（2+）。',
    '前列腺癌 Gleason评分 4+3=7分，Borrmann分型 III型。',
  ])('in %s', (text) => {
    expect(deidentify(text).findings.filter((f) => f.type === 'name')).toEqual([]);
  });

  it('still redacts a Latin name before other Han text', () => {
    expect(deidentify('Lauren说明天再来复查。').findings.map((f) => f.type)).toContain('name');
  });
});
