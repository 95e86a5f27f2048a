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

  it("redacts a family's way of saying an old parent's age", () => {
    expect(values("我妈 92了 还能做手术吗；奶奶今年95岁；her son says she's 91 and not eating; he’s 94, lives alone")).toEqual(['92', '95', '91', '94']);
    expect(values("我妈 65了；she's 85 and well; he's 92 kg")).toEqual([]);
  });

  it('keeps ages up to 89 and numbers that are not ages', () => {
    expect(values('89岁, 65 years old, aged 45, 95% SpO2, 92 mmHg')).toEqual([]);
    expect(values('Temp 98F, T 99F, BP is 96, 今年98例患者')).toEqual([]);
  });
});

describe('ageDetector: bare English ages over 89', () => {
  it.each([
    ['a 92 year old woman', ['92']],
    ['aged 95, lives alone', ['95']],
    ['93F with falls', ['93']],
    ['96 yo male', ['96']],
    ['95 y.o. female', ['95']],
    ['A 91-y-old woman', ['91']],
    ['91y F, frail', ['91']],
    ['92yM admitted', ['92']],
    ['Sex: female, 93, widowed', ['93']],
    ['male, 94.', ['94']],
    ['Pt is 91.', ['91']],
    ['The patient is 97 and lives alone', ['97']],
    ['he was 92 at diagnosis', ['92']],
    ['Age (years): 98', ['98']],
    ['Female 92 years, frail', ['92']],
    ['92yof with falls', ['92']],
    ['pt 94yo', ['94']],
  ])('redacts the age in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    'an 85 year old man',
    'aged 65',
    '85F with falls',
    'male, 94 kg',
    'female, 93%',
    'Pt is 91% saturated',
    'HR 95 bpm, Hb 92 g/L, sats 96% RA, BP 95/60, 98.6F, 93kg',
    'smoked for 92 years? no',
    'over 90 years of follow-up in the cohort',
    'patients over 90 years',
    'within 95 years',
    'HbA1c 95 mmol/mol',
    '91y survival curve',
    '老年患者（≥90岁）剂量减半',
    '90岁以上老人慎用',
    '大于90岁者除外',
    'patients aged > 90 years',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('ageDetector: an age over 89 in brackets after a name, or after "is"', () => {
  it.each([
    ['Mrs. Thompson (102) celebrated her birthday on the ward.', ['102']],
    ['Hiroshi Tanaka (95) — aspiration pneumonia.', ['95']],
    ['Mr O’Brien (91), widower', ['91']],
    ['reviewed Dorothy Evans (97) in bay 4', ['97']],
    ['Mr Hughes is 97 and lives at Willow Court Care Home.', ['97']],
    ['Mrs Patel is 93, lives alone', ['93']],
    ['Dr Smith was 92 when he retired', ['92']],
  ])('redacts %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    'Hb (95), Sats (92) on air',
    'Heart Rate (95) regular',
    'Blood Glucose (98) fasting',
    'Mrs. Thompson (72) and Mr Hughes is 85',
    'Mr Hughes (95 kg)',
    'Mr Hughes is 97% compliant',
    'Mr Hughes is 94.5 kg',
    'Grace Ward (95) admissions last year',
    'Royal Infirmary (101) beds',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('ageDetector: an age over 89 in brackets with its year unit', () => {
  it('takes "(93y)", "(91 yrs)", "（95岁）"-like brackets, not younger ages or durations of other units', () => {
    expect(values('DOB 24/12/1930 (93y). NOK grandson')).toEqual(['93']);
    expect(values('Mother (91 yrs) lives alone')).toEqual(['91']);
    expect(values('father (96yo) in care home')).toEqual(['96']);
    expect(values('smoker (45y), CKD (90 mL/min), HR (92 bpm), son (62y)')).toEqual([]);
  });
});

describe('ageDetector: an age over 89 closing its field or said of a named person', () => {
  it.each([
    ['Age: 102. Lives at home.', ['102']],
    ['age 95.', ['95']],
    ['Eleanor, born 1929-06-03, is 96 and still gardens daily', ['96']],
    ['Walter is 94 and lives alone', ['94']],
  ])('redacts %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    'Age: 92.5 kg? no, weight 92.5 kg',
    'Hb is 96 and still falling',
    'The sodium is 130 and stable; BP was 96, HR 92',
    'Platelets, repeated, is 96 and stable',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('ageDetector: the age a relative is or reached, said without "years"', () => {
  it.each([
    ['Her mother is 93 and still lives alone.', ['93']],
    ['Father died at 94 of a stroke.', ['94']],
    ['Grandmother passed away at 96 last spring.', ['96']],
    ['His grandfather lived to ninety-four and had gout.', ['ninety-four']],
    ['A centenarian, 101, with a hip fracture.', ['101']],
    ['She celebrated her 95th birthday last week.', ['95']],
    ['Lives with his father (92) and a carer.', ['92']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves vital signs, doses and younger ages said the same way alone', () => {
    expect(values('Mother died at 64 of breast cancer; SpO2 was 94 on air; HR is 96 and regular; died at 95% saturation target')).toEqual([]);
  });
});
