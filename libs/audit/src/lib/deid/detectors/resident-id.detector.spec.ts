import { residentIdDetector } from './resident-id.detector';

const values = (text: string) => residentIdDetector.detect(text).map((d) => text.slice(d.start, d.end));

describe('residentIdDetector', () => {
  const sut = residentIdDetector;

  it('finds checksum-valid 18-digit and date-valid 15-digit IDs without context', () => {
    expect(values('登记证件440306198507123417。')).toEqual(['440306198507123417']);
    expect(values('old 320583661115004 card')).toEqual(['320583661115004']);
  });

  it('leaves long numbers with a bad check digit alone when nothing says they are IDs', () => {
    expect(sut.detect('条码 440306198507123418 已打印')).toEqual([]);
    expect(sut.detect('copies 123456789012345678')).toEqual([]);
  });

  it('redacts a bad check digit when the text says 身份证 (context wins)', () => {
    expect(values('身份证号：440306198507123418')).toContain('440306198507123418');
  });

  it('never cuts an ID out of a longer digit run', () => {
    expect(sut.detect('94403061985071234171')).toEqual([]);
  });

  it('redacts a grouped ID with a bad check digit when the text says 身份证, every group of it', () => {
    expect(values('身份证 110105 1949 1231 0024 已核对')).toEqual(['110105 1949 1231 0024']);
    expect(values('身份证号：440306-19850712-3418')).toEqual(['440306-19850712-3418']);
    expect(values('ID card 320583 661115 004')).toEqual(['320583 661115 004']);
  });
});
