import { scanRomanisedChineseNames } from './romanised-chinese-name.scanner';

const values = (text: string) => scanRomanisedChineseNames(text).map((d) => text.slice(d.start, d.end));

describe(scanRomanisedChineseNames.name, () => {
  it.each([
    ['HUANG JIANGUO seen in clinic.', ['HUANG JIANGUO']],
    ['Discussed with ZHOU MIN today.', ['ZHOU MIN']],
    ['Lam Wai Kit reviewed on the ward.', ['Lam Wai Kit']],
    ['Referral for Tsang Ka-ming.', ['Tsang Ka-ming']],
    ['LEUNG Pui Shan, 81F.', ['LEUNG Pui Shan']],
    ['SO Wai Kit attended.', ['SO Wai Kit']],
  ])('finds the romanised name in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps capitals headings, English words that spell Pinyin and sentence openers', () => {
    for (const text of [
      'FOLLOW UP LI XIAOMING CLINIC',
      'WANG LONG TERM',
      'LI MAN was not seen',
      'So Tai Chi helps balance.',
      'Man Ka Shing? no',
      'HIV PCR negative, HBV DNA undetectable.',
      'Tai chi recommended.',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });
});
