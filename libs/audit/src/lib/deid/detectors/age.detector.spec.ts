import { resolveOverlaps } from '../span-resolution.util';
import { ageDetector } from './age.detector';

const values = (text: string) => resolveOverlaps(ageDetector.detect(text)).map((d) => text.slice(d.start, d.end));

describe('ageDetector', () => {
  it('redacts ages over 89 in Chinese and English', () => {
    expect(values('92岁；95-year-old; aged 91; 年龄：103; 九十三岁; 90 y/o')).toEqual(['92', '95', '91', '103', '九十三', '90']);
  });

  it('redacts ages over 89 in shorthand and in prose', () => {
    expect(values('93M with CHF; 95yoF; a woman 91 years of age; 老人今年97了; She is 96 and lives alone')).toEqual(['93', '95', '91', '97', '96']);
  });

  it('keeps ages up to 89 and numbers that are not ages', () => {
    expect(values('89岁, 65 years old, aged 45, 95% SpO2, 92 mmHg')).toEqual([]);
    expect(values('Temp 98F, T 99F, BP is 96, 今年98例患者')).toEqual([]);
  });
});
