import { labelledNumberDetector } from './labelled-number.detector';

const found = (text: string) => labelledNumberDetector.detect(text).map((d) => [d.type, text.slice(d.start, d.end)]);

describe('labelledNumberDetector', () => {
  it.each([
    ['住院号：20240305018', 'mrn', '20240305018'],
    ['门诊号 MZ2024001234', 'mrn', 'MZ2024001234'],
    ['MRN #00482913', 'mrn', '00482913'],
    ['bed 12', 'mrn', '12'],
    ['12床', 'mrn', '12'],
    ['医保卡号：310000198765432', 'social-security', '310000198765432'],
    ['SSN 123-45-6789', 'social-security', '123-45-6789'],
    ['护照号 E12345678', 'passport', 'E12345678'],
    ['license no. D1234567', 'license', 'D1234567'],
    ['车架号 LSVAU2180N2183294', 'vehicle', 'LSVAU2180N2183294'],
    ['京A12345', 'plate', '京A12345'],
    ['serial number RNB203456H', 'device', 'RNB203456H'],
    ['00:1A:7D:DA:71:13', 'device', '00:1A:7D:DA:71:13'],
    ['标本号：S20240305-0012', 'other-id', 'S20240305-0012'],
    ['account number 88765401', 'account', '88765401'],
  ])('finds %s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ['病历号MRN 88442211', '88442211'],
    ['病历号 MRN 88442211', '88442211'],
    ['住院号ID 88442211', '88442211'],
    ['住院号ID：ZY88442211', 'ZY88442211'],
    ['MRN: 88442211', '88442211'],
    ['病案号88442211', '88442211'],
    ['病历号（MRN）：88442211', '88442211'],
    ['MRN (病案号) 88442211', '88442211'],
    ['住院号/MRN：88442211', '88442211'],
  ])('finds the record number after the mixed Chinese/English label in %s', (text, value) => {
    expect(found(text)).toContainEqual(['mrn', value]);
  });

  it('finds grouped card numbers only when they pass Luhn, and any card number after a card label', () => {
    expect(found('4532 0151 1283 0366')).toContainEqual(['bank-card', '4532 0151 1283 0366']);
    expect(found('4532 0151 1283 0367')).toEqual([]);
    expect(found('银行卡号 6222021000123456782')).toContainEqual(['bank-card', '6222021000123456782']);
  });

  it('leaves ECG leads, ICD codes and bedside words alone', () => {
    expect(found('V1-V4导联，I21.9，BA41，床旁超声，5 mg bid')).toEqual([]);
  });
});
