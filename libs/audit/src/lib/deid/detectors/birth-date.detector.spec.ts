import { birthDateDetector, latestYearIn } from './birth-date.detector';

const found = (text: string, referenceYear = 2026) => birthDateDetector.detect(text, { referenceYear }).map((d) => text.slice(d.start, d.end));

describe('birthDateDetector (HIPAA Safe Harbor: no year of birth for people over 89)', () => {
  it.each([
    ['出生日期：1931年5月6日，现居养老院', '1931年5月6日'],
    ['DOB 03/14/1928, widowed', '03/14/1928'],
    ['Born 12 May 1930 in Ohio', '12 May 1930'],
    ['生于1929年，务农一生', '1929'],
    ['生于一九三三年，现年九十二岁，长期卧床。', '一九三三年'],
    ['一九二八年生，退休教师', '一九二八年'],
    ['She was born in 1932 and lives with her son', '1932'],
    ['D.O.B. 1934/02/17', '1934/02/17'],
    ['1930年5月6日出生，丧偶', '1930年5月6日'],
    ['1931年生，退休工人', '1931'],
    ['DOB 09-Mar-1933; widow', '09-Mar-1933'],
    ['Date of birth 1929/Dec/01', '1929/Dec/01'],
  ])('redacts the whole birth date, year included, of someone over 89: %s', (text, date) => {
    expect(found(text)).toEqual([date]);
  });

  it.each([
    ['DOB: 05/06/31, lives alone.', '05/06/31'],
    ['D.O.B. 14-03-29', '14-03-29'],
  ])('takes a birth date with a two-digit year whole when the person is over 89: %s', (text, value) => {
    expect(found(text)).toEqual([value]);
  });

  it.each([
    ['出生日期：民國18年2月1日 年齡：95歲', '民國18年2月1日'],
    ['民国十年前後', null],
    ['生於民國20年，務農', '民國20年'],
    ['民國19年3月5日出生，喪偶', '民國19年3月5日'],
  ])('reads a 民國 (Republic of China) birth year as 1911 + the year: %s', (text, value) => {
    expect(found(text)).toEqual(value === null ? [] : [value]);
  });

  it.each([
    ['2024-05-06,王福贵,M,96,1930-02-11,门诊号M0087702', '1930-02-11'],
    ['| Agnes McGillivray | 14/03/1933 | F |', '14/03/1933'],
    ['married on 2 June 1934 in Leeds', '2 June 1934'],
  ])('takes a whole date ninety years ago or more without a birth label (every date so old tells an age over 89): %s', (text, value) => {
    expect(found(text)).toEqual([value]);
  });

  it('leaves bare old years and dates of people younger than 90 alone', () => {
    expect(found('2024-05-06,王福贵,M,72,1951-09-30; ESC 1930 criteria; since 1932')).toEqual([]);
  });

  it('keeps the 民國 birth year of someone up to 89 for the date detector', () => {
    expect(found('出生日期：民國50年2月1日')).toEqual([]);
  });

  it('reads a two-digit birth year in this century when that makes the person younger than the reference year allows', () => {
    expect(found('DOB: 05/06/12')).toEqual([]);
    expect(found('DOB: 05/06/45')).toEqual([]);
  });

  it('leaves the birth dates of people up to 89 to the date detector (year kept)', () => {
    expect(found('出生于1956年7月22日；DOB: 1962-08-19; born 1937')).toEqual([]);
  });

  it('measures age from the latest year written in the note when that is later', () => {
    expect(found('DOB 1937-01-02', 2026)).toEqual([]);
    expect(found('DOB 1937-01-02', 2027)).toEqual(['1937-01-02']);
    expect(latestYearIn('seen 2024-03-05, follow-up 2027')).toBe(2027);
  });

  it.each([
    ['YOB 1931, retired farmer', '1931'],
    ['year of birth: 1930', '1930'],
    ['出生年份：1929', '1929'],
  ])('takes a year of birth after its label in %s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('takes a birth date after a bare 出生 label', () => {
    expect(found('出生：1932-11-05')).toEqual(['1932-11-05']);
    expect(found('出生后3天出现黄疸')).toEqual([]);
  });
});

describe('birthDateDetector: 出生 right before the date, without a colon', () => {
  it.each([
    ['阎学军 身份证 140102193510233019 出生1935-10-23', '1935-10-23'],
    ['出生 1930年4月2日，丧偶', '1930年4月2日'],
    ['患者出生1928/03/09，独居', '1928/03/09'],
    ['出生1931年，务农', '1931'],
    ['Date of birth Mar-05-1932', 'Mar-05-1932'],
  ])('redacts %s whole', (text, value) => {
    expect(found(text)).toEqual([value]);
  });

  it.each(['出生1900g，Apgar 9分', '出生3天，黄疸', '出生1960-05-02，职员', '出生后1930年代迁居', '出生体重1920克'])('keeps %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('birthDateDetector: a birth label asked as a question', () => {
  it('takes the whole date, year included, after "date of birth?" or "DOB -" for someone over 89', () => {
    expect(found('her date of birth? 2nd of March 1931.')).toEqual(['2nd of March 1931']);
    expect(found('DOB? 14/02/1929')).toEqual(['14/02/1929']);
    expect(found('DOB - 3 May 1930, lives alone')).toEqual(['3 May 1930']);
    expect(found('date of birth? 2nd of March 1961.')).toEqual([]);
  });
});

describe('birthDateDetector: a birth year in Chinese numerals', () => {
  it('leaves one of someone 89 or younger', () => {
    expect(found('生于一九五八年，务农')).toEqual([]);
    expect(found('一九九零年生的孩子')).toEqual([]);
  });
});
