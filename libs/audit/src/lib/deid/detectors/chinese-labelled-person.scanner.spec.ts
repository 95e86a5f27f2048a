import { coveredAs, untouched } from './dev-set.spec-support';

/**
 * The value of a person's field in a form or an export is a name whatever its surname: rare and minority surnames
 * (保, 杞, 卯, Yi names), a relative written with the kin word first, and JSON's name keys.
 */
describe('a Chinese name as the value of a person field', () => {
  it.each([
    ['转诊医生：保志坚　联系电话：0874-3121234', '保志坚'],
    ['普建华已于2026年2月2日收入我院神经外科。接诊医生：杞明', '杞明'],
    ['复核医师：卯丽', '卯丽'],
    ['诊断医师：刀丽萍　复核：白建华', '刀丽萍'],
    ['陪护：孙子王浩然 152 3718 6650', '王浩然'],
    ['監護人：父 吉克木呷，母 沙馬阿果（外出務工）', '吉克木呷'],
    ['监护人：父 吉克木呷，母 沙马阿果（外出务工）', '沙马阿果'],
    ['发现人：校医 阿苏拉则　班主任：曲比史体 177 8345 6602', '阿苏拉则'],
    ['发现人：校医 阿苏拉则　班主任：曲比史体 177 8345 6602', '曲比史体'],
    ['親屬：廖家瑋（兒子）　電話：0921-635-804', '廖家瑋'],
    ['{"attending":"贾永刚","resident":"葛宁"},"contact":{"name":"高蕾","relation":"女儿"}', '高蕾'],
    ['{"attending":"贾永刚","resident":"葛宁"}', '葛宁'],
    ['医师：阿依古丽·买买提　护士：努尔兰', '努尔兰'],
  ])('takes %s', (text, part) => {
    expect(coveredAs(text, part, 'name')).toBe(true);
  });

  it.each([
    ['护士：已执行。', '已执行'],
    ['医生：建议复查。', '建议复查'],
    ['家属：不详；联系人：本人', '不详'],
    ['签字：患者本人', '患者本人'],
    ['医师：值班医生', '值班医生'],
    ['护士：交班，生命体征平稳。', '交班'],
    ['{"name":"阿莫西林","dose":"0.5g"}', '阿莫西林'],
    ['报告人：疾控中心', '疾控中心'],
    ['医生：那日查房未见异常。', '那日'],
    ['联系人：同上', '同上'],
    ['审核：合格', '合格'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});
