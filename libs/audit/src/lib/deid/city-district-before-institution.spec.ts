import { typesCovering } from './covering-types.spec-support';

/**
 * A city with its district (or county, town) written before an institution is where the institution stands, an address:
 * the outside sets 44 and 45 annotate 济南市历下区 | 燕山小学 apart, and so do the gold sets now. A city alone before the
 * name stays part of it (上海市第六人民医院 is that hospital's name).
 */
const SPLIT: readonly (readonly [text: string, address: string, organization: string])[] = [
  ['转诊至郑州市金水区中心医院心内科。', '郑州市金水区', '中心医院'],
  ['患儿就读于武汉市洪山区卓刀泉小学二年级。', '武汉市洪山区', '卓刀泉小学'],
  ['现住在宁波市鄞州区康乐护理院。', '宁波市鄞州区', '康乐护理院'],
  ['轉至臺南市東區永康醫院復健科。', '臺南市東區', '永康醫院'],
  ['在北京市朝阳区安贞社区卫生服务中心随访。', '北京市朝阳区', '安贞社区卫生服务中心'],
];

describe('a city and district before an institution', () => {
  it.each(SPLIT)('%s', (text, address, organization) => {
    expect(typesCovering(text, address)).toEqual(['address']);
    expect(typesCovering(text, organization)).toEqual(['organization']);
  });

  it('keeps a city alone as part of the name', () => {
    expect(typesCovering('既往于上海市第六人民医院行PCI。', '上海市第六人民医院')).toEqual(['organization']);
  });
});
