import { groupedNumberDetector } from './grouped-number.detector';

const found = (text: string) => groupedNumberDetector.detect(text).map((d) => [d.type, text.slice(d.start, d.end)]);

describe('groupedNumberDetector', () => {
  it.each([
    ['身份证号：440306 19560722 1133。', '440306 19560722 1133'],
    ['身份证 110108 1930 0105 4023，已复印', '110108 1930 0105 4023'],
    ['证件号码：330102.1999.0228.044X', '330102.1999.0228.044X'],
    ['ID card: 610103-1988-1018-4249', '610103-1988-1018-4249'],
    ['登记信息 4201 0619 3312 0317 50 与医保一致', '4201 0619 3312 0317 50'],
  ])('finds a resident ID written in groups: %s', (text, id) => {
    expect(found(text)).toContainEqual(['id-card', id]);
  });

  it.each([
    ['SA ID 800101 5009 087 noted on file.', '800101 5009 087'],
    ['ID: 930715 0284 08 1', '930715 0284 08 1'],
    ['identity number 651203-5123-080', '651203-5123-080'],
  ])('finds a South African identity number (date of birth, Luhn check digit) in groups: %s', (text, id) => {
    expect(found(text)).toContainEqual(['id-card', id]);
  });

  it('leaves thirteen grouped digits that are no South African identity number (no date, or the check digit wrong)', () => {
    expect(found('800101 5009 088 (one digit off)')).toEqual([]);
    expect(found('lot 801399 5009 087')).toEqual([]);
  });

  it.each([
    ['CNIC: 35202-1234567-1, seen in Lahore.', '35202-1234567-1'],
    ['father 42101-7654321-3 accompanied', '42101-7654321-3'],
  ])('finds a Pakistani CNIC by its 5-7-1 shape: %s', (text, id) => {
    expect(found(text)).toContainEqual(['id-card', id]);
  });

  it('finds Luhn-valid cards in any grouping and leaves grouped numbers that fail both checks', () => {
    expect(found('Card 6011.0012.3456.7891 on file')).toEqual([['bank-card', '6011.0012.3456.7891']]);
    expect(found('440306 19560722 1134 (one digit off)')).toEqual([]);
  });

  it('takes a bare card or record number before a comma or a full stop, but not a decimal', () => {
    expect(found('Ines Castro, card 5454545454545454, Rua Augusta')).toEqual([['bank-card', '5454545454545454']]);
    expect(found('记录号 20240611032，心内科')).toEqual([['mrn', '20240611032']]);
    expect(found('ref 20240611032.')).toEqual([['mrn', '20240611032']]);
    expect(found('count 12345678.5 and 5454545454545454.25')).toEqual([]);
  });

  it('takes long bare numbers and letter-prefixed record numbers, but not codes of clinical code systems', () => {
    expect(found('赵丽华 20240611032 心内科')).toEqual([['mrn', '20240611032']]);
    expect(found('唐晓明(ZY20240088)今日转入ICU')).toEqual([['mrn', 'ZY20240088']]);
    expect(found('SNOMED 230690007, LOINC 4548-4, NCT01234567, HBV DNA 12345678 copies/mL')).toEqual([]);
  });

  it('takes record numbers of a prefix, a year and a serial, but not dates or years in code names', () => {
    expect(found('IP-2025-001234 transferred')).toEqual([['mrn', 'IP-2025-001234']]);
    expect(found('门诊号ER-2019-77881。')).toEqual([['mrn', 'ER-2019-77881']]);
    expect(found('COVID-2019 vaccine, ESC-2023 guideline, ISO-2022-1 standard')).toEqual([]);
  });
});
