import { deidentify } from './deidentifier';

/**
 * Chinese addresses typed with spaces between their parts: a street and its number with no district before it, a
 * building-room pair after the number (166号 2-3), a Taiwanese floor with its unit (8樓之1). Each address goes whole.
 */
const CASES: readonly (readonly [text: string, address: string])[] = [
  ['中山路 88号 2单元 302（宁波市海曙区），独居。', '中山路 88号 2单元 302'],
  ['人民南路 17号 5栋 1201，联系人 女儿。', '人民南路 17号 5栋 1201'],
  ['重庆市渝北区新牌坊路 36号 4-2，身份证另附。', '重庆市渝北区新牌坊路 36号 4-2'],
  ['台中市西屯區文心路三段 120號 12樓之3，郵遞區號 407。', '台中市西屯區文心路三段 120號 12樓之3'],
  // A lane number after a village, and a 道 road, with a space on each side of the number.
  ['母亲住佛山市南海区大沥镇盐步村 3 巷 12 号，电话另附。', '佛山市南海区大沥镇盐步村 3 巷 12 号'],
  ['上周在和平区营口道 318 号的药店买药。', '和平区营口道 318 号'],
];

describe('Chinese addresses with spaces between their parts', () => {
  it.each(CASES)('%s', (text, address) => {
    const { findings } = deidentify(text, { referenceYear: 2026 });
    const start = text.indexOf(address);
    const covering = findings.filter((finding) => finding.type === 'address' && finding.start <= start && start + address.length <= finding.end);
    expect(covering).toHaveLength(1);
  });

  it('reads no shop name out of "the pharmacy at number 318"', () => {
    for (const text of ['上周在和平区营口道 318 号的药店买药。', '她在街口的诊所打针。']) {
      const { findings } = deidentify(text, { referenceYear: 2026 });
      expect(findings.filter((finding) => finding.type === 'organization')).toEqual([]);
    }
  });

  it('leaves pathways and bypasses with a number to the text', () => {
    for (const text of ['冠脉旁路 2号 桥血管通畅。', '传导通路 3号 电极阈值正常。']) {
      const { findings } = deidentify(text, { referenceYear: 2026 });
      expect(findings.filter((finding) => finding.type === 'address')).toEqual([]);
    }
  });
});
