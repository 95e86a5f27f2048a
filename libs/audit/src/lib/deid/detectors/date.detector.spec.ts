import { resolveOverlaps } from '../span-resolution.util';
import { dateDetector } from './date.detector';

const values = (text: string) => resolveOverlaps(dateDetector.detect(text)).map((d) => text.slice(d.start, d.end));

describe('dateDetector', () => {
  it.each([
    ['出生于1958年3月2日', ['3月2日']],
    ['入院日期 2024-03-05', ['03-05']],
    ['DOB 03/02/1958', ['03/02']],
    ['admitted on March 5, 2024', ['March 5']],
    ['on 12 January 2023', ['12 January']],
    ['2023年11月手术', ['11月']],
    ['二〇〇一年九月九日', ['九月九日']],
    ['Scan 23-Aug-2019 unchanged', ['23-Aug']],
    ['bloods 7/Nov/18', ['7/Nov']],
    ['clinic 2019.Oct.30 review', ['Oct.30']],
    ['MRI 2018-Sep-3 normal', ['Sep-3']],
    ['collected 07-NOV-2023 08:10', ['07-NOV']],
  ])('redacts the month/day of %s and keeps the year', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves guideline years, plain years, intervals and blood pressure alone', () => {
    expect(values('KDIGO 2012, 2023 ADA, ESC 2023, in 1998, 3个月, 3月余, BP 165/95, 1-2 tablets')).toEqual([]);
    expect(values('Grade 2-Mar score, 4-May trial arm, 1/Jun-2 cycles')).toEqual([]);
  });

  it('rejects impossible calendar dates', () => {
    expect(values('2023-02-30 and 2023年13月1日')).toEqual([]);
  });
});
