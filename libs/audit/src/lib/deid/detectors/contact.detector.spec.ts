import { contactDetector, isIpv6 } from './contact.detector';

const found = (text: string) => contactDetector.detect(text).map((d) => [d.type, text.slice(d.start, d.end)]);

describe('contactDetector', () => {
  it.each([
    ['手机13812345678', '13812345678'],
    ['+86 138 1234 5678', '+86 138 1234 5678'],
    ['电话010-65123456', '010-65123456'],
    ['(010) 65123456', '(010) 65123456'],
    ['call +44 20 7946 0958', '+44 20 7946 0958'],
    ['call +1 (555) 123-4567', '+1 (555) 123-4567'],
    ['电话：13812345678 3天前复诊', '13812345678'],
    ['Fax: +1 617 555 0123', '+1 617 555 0123'],
    ['sister 07911 123456 (evenings)', '07911 123456'],
    ['UK mobile 07911-123-456', '07911-123-456'],
    ['Call the daughter on 0712 345678 tonight', '0712 345678'],
    ['mother: 0722-456-789 (Safaricom)', '0722-456-789'],
    ['alt 0110 234567', '0110 234567'],
    ['台湾手机 0933-222-111', '0933-222-111'],
    ['her son, 5432 1987, in Kowloon', '5432 1987'],
    ['landline 2345 6789', '2345 6789'],
    ['København N   Tlf.: 28 47 61 93', '28 47 61 93'],
    ['Dr. Eirik Haugland, tlf. 481 73 350', '481 73 350'],
    ['Telefon 040-123 45 67 (dagtid)', '040-123 45 67'],
    ['Puh. 040 123 4567', '040 123 4567'],
    ['Telefone: (11) 3062-5518', '(11) 3062-5518'],
    ['Celular 98765-4321', '98765-4321'],
  ])('finds the phone number in %s', (text, phone) => {
    expect(found(text)).toContainEqual(['phone', phone]);
  });

  it('does not read blood pressure, dates or lab values as phones', () => {
    expect(found('BP 165/95, 2024-03-05, WBC 6.2×10⁹/L, 肌酐132μmol/L, 12345678901234')).toEqual([]);
  });

  it('does not read pairs of years, round counts or doses as 8-digit phones', () => {
    expect(found('follow-up 2019 2024, steps 4000 7000, 2500 3500 kcal, heparin 5000 units')).toEqual([]);
    expect(found('range 3200 4500 mg daily, 6000 8000 IU')).toEqual([]);
  });

  it('stops a labelled number before a bracket that opens the next phrase', () => {
    expect(new Set(found('手机：0912 345 678（台湾）').map(([, value]) => value))).toEqual(new Set(['0912 345 678']));
    expect(new Set(found('Tel 6123 4567)').map(([, value]) => value))).toEqual(new Set(['6123 4567']));
  });

  it('finds e-mail, IPv4, IPv6 and URLs', () => {
    expect(found('a.b@x.org 10.0.0.1 ::1 https://h.example.cn/a?b=1。')).toEqual(
      expect.arrayContaining([
        ['email', 'a.b@x.org'],
        ['ip', '10.0.0.1'],
        ['ip', '::1'],
        ['url', 'https://h.example.cn/a?b=1'],
      ]),
    );
  });

  it('rejects clock times and out-of-range octets as IP addresses', () => {
    expect(isIpv6('10:30:00')).toBe(false);
    expect(isIpv6('2001:db8::1')).toBe(true);
    expect(found('at 10:30:00, value 256.1.1.1')).toEqual([]);
  });

  it('trims trailing punctuation off a URL in one pass, however long the run (a research document can hold 200,000 characters)', () => {
    const text = `http://${'!'.repeat(199_000)}x`;
    const started = performance.now();
    expect(found(text)).toEqual([['url', text]]);
    // Quadratic trimming took minutes here; linear takes milliseconds. The bound leaves room for a busy machine.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(found('see https://h.example.cn/a?!).')).toContainEqual(['url', 'https://h.example.cn/a']);
  });

  it('keeps a spaced switchboard extension inside the phone number', () => {
    for (const [text, phone] of [
      ['电话 0571-87654321 转 8021', '0571-87654321 转 8021'],
      ['Call 0571-87654321, extension 31', '0571-87654321, extension 31'],
      ['(415) 555-2671, ext. 9', '(415) 555-2671, ext. 9'],
      ['021-64041990 分机：12', '021-64041990 分机：12'],
      ['Tel 020-12345678 x7', '020-12345678 x7'],
      ['+44 20 7946 0958 ext 214', '+44 20 7946 0958 ext 214'],
      ['+1 (617) 555-0188 x 23', '+1 (617) 555-0188 x 23'],
      ['+86 571 8765 4321 转 8', '+86 571 8765 4321 转 8'],
      ['13812345678转2', '13812345678转2'],
      ['+1 617 555 0188, extension 9', '+1 617 555 0188, extension 9'],
      ['分机号 7', '7'],
      ['分机：26', '26'],
      ['座机 010-65123456 分机 233', '010-65123456 分机 233'],
    ]) {
      expect(found(text)).toContainEqual(['phone', phone]);
    }
  });
});

describe('contactDetector: Australian numbers', () => {
  it.each([
    ['Ph: +61 2 9374 4000  Mob: 0412 345 678', '0412 345 678'],
    ['daughter 0498-765-432 after 5pm', '0498-765-432'],
    ['call 0412345678 to confirm', '0412345678'],
    ['Mob. 0423 111 222', '0423 111 222'],
    ['GP rooms (02) 9374 4000', '(02) 9374 4000'],
    ['home 03 9123 4567', '03 9123 4567'],
    ['wife (mob) 0455 123 987', '0455 123 987'],
  ])('finds %s', (text, phone) => {
    expect(found(text)).toContainEqual(['phone', phone]);
  });

  it.each(['Na 141, K 4.1, 0412 ref range', 'follow-up 03 2024 2025', 'mob 3 pts', 'NZ 04 12 2024'])('keeps %s', (text) => {
    expect(found(text).filter(([type]) => type === 'phone')).toEqual([]);
  });
});

describe('contactDetector: Taiwanese and Japanese landlines written 0X-XXXX-XXXX', () => {
  const phones = (text: string) => contactDetector.detect(text).map((d) => text.slice(d.start, d.end));

  it('takes a two-digit area code and two groups of four without a label', () => {
    expect(phones('蘇志明，台北市，02-2708-1234，痛风')).toEqual(['02-2708-1234']);
    expect(phones('Taipei office 02-2708-1234')).toEqual(['02-2708-1234']);
    expect(phones('Tokyo clinic (03) 3581-4321 or 06-6941-0351')).toContain('06-6941-0351');
    expect(phones('lot 02-2708-1234-5, range 10-2000-3000, code A02-2708-1234')).toEqual([]);
  });
});

describe('contactDetector: a leading 1 and a seven-digit callback number', () => {
  it.each([
    ['Call 1-800-555-0199 anytime.', ['phone', '1-800-555-0199']],
    ['Callback 555-0147.', ['phone', '555-0147']],
  ])('%s', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
  });
});
