import { typesCovering } from './covering-types.spec-support';

/**
 * The administrative places written before an institution (a city, a prefecture, a county, a district, an autonomous
 * prefecture or county, with their suffix) are where the institution stands, an address: the outside sets 44 and 45
 * annotate 济南市历下区 | 燕山小学 apart, sets 49 and 50 丹东市 | 第一医院 and 三江侗族自治县 | 独峒镇卫生院, and so do the gold
 * sets now. A province or a municipality alone before the name stays in it (上海市第六人民医院, 西藏自治区人民医院); a town
 * (镇, 乡) stays with the health centre named after it; a place fused into the name without its suffix stays too
 * (广州医科大学附属第一医院, 开滦总医院).
 */
const SPLIT: readonly (readonly [text: string, address: string, organization: string])[] = [
  ['转诊至郑州市金水区中心医院心内科。', '郑州市金水区', '中心医院'],
  ['患儿就读于武汉市洪山区卓刀泉小学二年级。', '武汉市洪山区', '卓刀泉小学'],
  ['现住在宁波市鄞州区康乐护理院。', '宁波市鄞州区', '康乐护理院'],
  ['轉至臺南市東區永康醫院復健科。', '臺南市東區', '永康醫院'],
  ['在北京市朝阳区安贞社区卫生服务中心随访。', '北京市朝阳区', '安贞社区卫生服务中心'],
  ['抚顺市第二医院 出院记录', '抚顺市', '第二医院'],
  ['转上级：邵阳市中心医院', '邵阳市', '中心医院'],
  ['黔东南苗族侗族自治州人民医院 病理报告', '黔东南苗族侗族自治州', '人民医院'],
  ['融水苗族自治县安陲乡卫生院 门诊日志', '融水苗族自治县', '安陲乡卫生院'],
  ['阿坝州汶川县人民医院 会诊单', '阿坝州汶川县', '人民医院'],
  ['重庆市石柱土家族自治县中医院 处方', '石柱土家族自治县', '中医院'],
  ['上报：恩施州疾病预防控制中心', '恩施州', '疾病预防控制中心'],
  ['博愛醫院（元朗）病理部', '元朗', '博愛醫院'],
];

describe('a city and district before an institution', () => {
  it.each(SPLIT)('%s', (text, address, organization) => {
    expect(typesCovering(text, address)).toEqual(['address']);
    expect(typesCovering(text, organization)).toEqual(['organization']);
  });

  it('keeps a municipality or a province alone, and a place fused into the name, as part of the name', () => {
    expect(typesCovering('既往于上海市第六人民医院行PCI。', '上海市第六人民医院')).toEqual(['organization']);
    expect(typesCovering('转西藏自治区人民医院。', '西藏自治区人民医院')).toEqual(['organization']);
    expect(typesCovering('转广州医科大学附属第一医院。', '广州医科大学附属第一医院')).toEqual(['organization']);
    expect(typesCovering('在殷行社区卫生服务中心随访。', '殷行社区卫生服务中心')).toEqual(['organization']);
    expect(typesCovering('华联超市员工。', '华联超市')).not.toContain('address');
  });
});
