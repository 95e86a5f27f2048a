import { resolveOverlaps } from '../span-resolution.util';
import { ageDetector } from './age.detector';

const values = (text: string) => resolveOverlaps(ageDetector.detect(text)).map((d) => text.slice(d.start, d.end));

describe('ageDetector', () => {
  it('redacts ages over 89 in Chinese and English', () => {
    expect(values('92岁；95-year-old; aged 91; 年龄：103; 九十三岁; 90 y/o')).toEqual(['92', '95', '91', '103', '九十三', '90']);
  });

  it('keeps ages up to 89 and numbers that are not ages', () => {
    expect(values('89岁, 65 years old, aged 45, 95% SpO2, 92 mmHg')).toEqual([]);
  });
});
