import { deidentify } from './deidentifier';
import { toHalfWidthAlphanumerics } from './full-width-text.util';

/** Chinese input methods type full-width digits and letters: a record number so typed is still a record number. */
describe('full-width digits and letters', () => {
  const sut = deidentify;

  it.each([
    ['MRN：８８４４２２１１，肌酐132', 'MRN：[病历号]，肌酐132', '８８４４２２１１'],
    ['病历号：１２３４５６７８，房颤', '病历号：[病历号]，房颤', '１２３４５６７８'],
    ['电话１３８１２３４５６７８，复诊', '电话[电话]，复诊', '１３８１２３４５６７８'],
    ['住院号ＺＹ２０２６０９１７。', '住院号[病历号]。', 'ＺＹ２０２６０９１７'],
  ])('redacts %s', (text, redacted, value) => {
    const result = sut(text);
    expect(result.text).toBe(redacted);
    // Offsets point into the original (full-width) text.
    expect(result.findings.map((finding) => text.slice(finding.start, finding.end))).toEqual([value]);
  });

  it('redacts them exactly as their half-width spelling', () => {
    const fullWidth = '患者，ＭＲＮ：８８４４２２１１，电话１３８１２３４５６７８，病历号：１２３４５６７８';
    const halfWidth = '患者，MRN：88442211，电话13812345678，病历号：12345678';
    expect(sut(fullWidth).findings).toEqual(sut(halfWidth).findings);
  });

  it('maps full-width digits and letters one for one, leaving everything else as it is', () => {
    const text = '０９ＡＺａｚ，：（）１２３ｍｇ αβ 肌酐';
    const mapped = toHalfWidthAlphanumerics(text);
    expect(mapped).toBe('09AZaz，：（）123mg αβ 肌酐');
    expect(mapped.length).toBe(text.length);
  });
});
