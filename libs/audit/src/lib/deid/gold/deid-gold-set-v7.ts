import type { PhiType } from '../deid.types';
import type { GoldSentenceV2 } from './deid-gold-set-v2';

/**
 * Seventh gold set, written before the work it measures, one block per kind of miss that a held-out set showed
 * (every clinical sentence kept there): hospital and clinic names, dates named by a holiday, two-digit years,
 * an English given name in brackets after a relative, a Chinese name right after a department, a Chinese name
 * before a verb that starts with a given-name character (王强陪同), beds written ward-bed, a residential compound
 * inside a Chinese address, an insurance group number and UK number plates. Each block carries clinical sentences
 * built to tempt the new rules (转上级医院, 医院获得性肺炎, St John's wort, Christmas disease, 放射科会诊…).
 *
 * Annotation rules are those of gold sets v2 to v6, plus: a facility name is an `organization` span, the place
 * in front of it included (北京市第一人民医院); a holiday date keeps its year (Boxing Day 2023 → "Boxing Day") and
 * takes a day count written with it (春节前一天); a bed is a `bed` span, ward and bed together where both are
 * written (3病区12床 → "3病区12"), the number alone otherwise.
 */
/** Classes introduced with this set: the older sets were written before them and need not carry them. */
export const CLASSES_ADDED_WITH_GOLD_V7: readonly PhiType[] = ['organization', 'bed'];

type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];

function build(text: string, spans: readonly SpanTuple[], triggerFree: boolean): GoldSentenceV2 {
  return { text, triggerFree, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}
/** A sentence whose identifiers sit next to a label, title or person word, or clinical text (no spans). */
const g = (text: string, spans: readonly SpanTuple[] = []) => build(text, spans, false);
/** A sentence whose identifiers have no trigger word at all. */
const t = (text: string, spans: readonly SpanTuple[]) => build(text, spans, true);

export const DEID_GOLD_SET_V7: readonly GoldSentenceV2[] = [
  // ---------------------------------------------------------------- 1. hospital and clinic names
  t('患者曾在南京市第一人民医院行胆囊切除术。', [
    ['address', '南京市'],
    ['organization', '第一人民医院'],
  ]),
  t('2019年于苏州大学附属第二医院诊断为乳腺癌。', [['organization', '苏州大学附属第二医院']]),
  t('外院（北京协和医院）CT提示肺结节。', [['organization', '北京协和医院']]),
  t('长期在杭州市中医院门诊调理。', [
    ['address', '杭州市'],
    ['organization', '中医院'],
  ]),
  t('由潍坊市奎文区东关街道社区卫生服务中心转诊。', [
    ['address', '潍坊市奎文区'],
    ['organization', '东关街道社区卫生服务中心'],
  ]),
  t('在康宁诊所输液三天无好转。', [['organization', '康宁诊所']]),
  t('Transferred from St Mary’s Hospital after the fall.', [['organization', 'St Mary’s Hospital']]),
  t("Previously followed at St. Luke's Hospital cardiology.", [['organization', "St. Luke's Hospital"]]),
  t('Seen at Riverside Family Clinic last week.', [['organization', 'Riverside Family Clinic']]),
  t('Discharge summary from Leeds General Hospital reviewed.', [['organization', 'Leeds General Hospital']]),
  t('Referred by Harbor View Medical Center for biopsy.', [['organization', 'Harbor View Medical Center']]),
  t('上海交通大学医学院附属瑞金医院复查甲功正常。', [['organization', '上海交通大学医学院附属瑞金医院']]),
  g('病情加重，建议转上级医院治疗。'),
  g('术后第3天出院，医院获得性肺炎已控制。'),
  g('社区获得性肺炎，门诊随访。'),
  g('建议中医调理，私人诊所不宜长期输液。'),
  g("St John's wort stopped because of the interaction with warfarin."),
  g('Hospital Anxiety and Depression Scale score 12.'),
  g('General appearance: well; medical center protocol followed.'),
  // ---------------------------------------------------------------- 2. holiday-named dates
  t('She fell at home on Boxing Day 2023.', [['date', 'Boxing Day']]),
  t('Chest pain began on Christmas Eve.', [['date', 'Christmas Eve']]),
  t('患者春节前一天开始发热。', [['date', '春节前一天']]),
  t('国庆节期间饮酒后腹痛。', [['date', '国庆节']]),
  t('中秋节后咳嗽加重。', [['date', '中秋节']]),
  t('Last seen on New Year’s Day 2024.', [['date', 'New Year’s Day']]),
  t('元旦当天晕厥一次。', [['date', '元旦']]),
  g('Christmas disease (haemophilia B), factor IX 2%.'),
  g('节后复查血常规，节律整齐。'),
  g('患者王国庆诉胸闷。', [['name', '王国庆']]),
  // ---------------------------------------------------------------- 3. two-digit years
  t('Seen in clinic on 12/03/24 with cough.', [['date', '12/03']]),
  t('Admitted 12-03-24, discharged 15-03-24.', [
    ['date', '12-03'],
    ['date', '15-03'],
  ]),
  g('DOB: 05/06/31, lives alone.', [['date', '05/06/31']]),
  g('Dose titrated 5-10-20 mg over three weeks.'),
  // ---------------------------------------------------------------- 4. English given name in brackets after a relative
  t('Her son (David) will collect her.', [['name', 'David']]),
  t('Wife (Mary) present during the ward round.', [['name', 'Mary']]),
  t('Discussed with daughter (Aisha) by phone.', [['name', 'Aisha']]),
  g('Son (eldest) lives abroad.'),
  g('Mother (deceased) had breast cancer.'),
  // ---------------------------------------------------------------- 5. Chinese name right after a department
  t('放射科王丽丽电话告知危急值。', [['name', '王丽丽']]),
  t('检验科赵海涛来电报告血钾6.2。', [['name', '赵海涛']]),
  t('心内科陈晓东会诊后建议冠脉造影。', [['name', '陈晓东']]),
  g('放射科会诊后建议增强CT。'),
  g('检验科复核血钾结果。'),
  g('心内科高血压门诊随访。'),
  // ---------------------------------------------------------------- 6. name span before a verb
  t('家属王强陪同入院。', [['name', '王强']]),
  t('儿子李明同意手术。', [['name', '李明']]),
  t('女儿赵敏陪同复查。', [['name', '赵敏']]),
  t('其妻张丽告知既往史。', [['name', '张丽']]),
  // ---------------------------------------------------------------- 7. beds in ward-bed form
  g('床号：5-08，夜间血压偏高。', [['bed', '5-08']]),
  t('3病区12床患者今晨发热。', [['bed', '3病区12']]),
  g('Bed 14 reviewed.', [['bed', '14']]),
  t('7床夜间睡眠差。', [['bed', '7']]),
  g('床旁超声示少量心包积液。'),
  g('卧床休息，抬高床头30度。'),
  // ---------------------------------------------------------------- 8. residential compound inside a Chinese address
  g('住址：北京市朝阳区建国路88号阳光花园北里3号楼2单元401', [['address', '北京市朝阳区建国路88号阳光花园北里3号楼2单元401']]),
  t('家住成都市武侯区人民南路四段锦绣苑5栋1203室。', [['address', '成都市武侯区人民南路四段锦绣苑5栋1203室']]),
  t('现居上海市闵行区七莘路1888弄万科城市花园12号楼602室。', [['address', '上海市闵行区七莘路1888弄万科城市花园12号楼602室']]),
  // ---------------------------------------------------------------- 9. insurance group number
  g('Insurance: BlueCross PPO, group 55210.', [['other-id', '55210']]),
  g('医保：城镇职工，组号：88317。', [['other-id', '88317']]),
  g('Insurance card scanned, group number 771-204.', [['other-id', '771-204']]),
  g('Blood group O, Rh positive.'),
  g('Age group 65-74 had higher rates.'),
  // ---------------------------------------------------------------- 10. UK licence plates
  g('Vehicle reg. AB12 CDE parked at the entrance.', [['plate', 'AB12 CDE']]),
  g('Registration: YK19 XFT', [['plate', 'YK19 XFT']]),
  g('Car plate LN68 OPQ recorded by security.', [['plate', 'LN68 OPQ']]),
  g('Reg. nurse checked the drug chart, 2 mg IV.'),
  g('Registration with the GP completed.'),
  // ---------------------------------------------------------------- batch 2, written after the fixes for the blocks above
  t('曾于广州医科大学附属第一医院行支气管镜检查。', [['organization', '广州医科大学附属第一医院']]),
  t('外院（首都医科大学附属北京天坛医院）MRI示腔隙性脑梗死。', [['organization', '首都医科大学附属北京天坛医院']]),
  t('由武汉市汉阳区四新街社区卫生服务中心转来。', [
    ['address', '武汉市汉阳区'],
    ['organization', '四新街社区卫生服务中心'],
  ]),
  t('在仁和堂诊所输注头孢三天。', [['organization', '仁和堂诊所']]),
  t('既往在温州市中医院针灸治疗。', [
    ['address', '温州市'],
    ['organization', '中医院'],
  ]),
  t("Followed up at St Thomas' Hospital for the aneurysm.", [['organization', "St Thomas' Hospital"]]),
  t('Initial care at Springfield Memorial Hospital.', [['organization', 'Springfield Memorial Hospital']]),
  t('Letter from Oakwood Family Clinic attached.', [['organization', 'Oakwood Family Clinic']]),
  t('Symptoms started over Easter and worsened.', [['date', 'Easter']]),
  t('He collapsed on Good Friday 2022.', [['date', 'Good Friday']]),
  t('除夕夜开始腹泻。', [['date', '除夕']]),
  t('元宵节后出现黄疸。', [['date', '元宵节']]),
  t('端午节前两天受凉。', [['date', '端午节前两天']]),
  t('Reviewed 04-11-23 in clinic.', [['date', '04-11']]),
  t('His daughter (Priya) is the main carer.', [['name', 'Priya']]),
  t('Husband (Tom) declined the interpreter.', [['name', 'Tom']]),
  t('病理科刘建华电话通知结果。', [['name', '刘建华']]),
  t('麻醉科周海燕术前访视。', [['name', '周海燕']]),
  t('家属张红陪同检查。', [['name', '张红']]),
  t('儿子陈伟签字同意输血。', [['name', '陈伟']]),
  t('其女王芳告知患者已停药。', [['name', '王芳']]),
  g('床号：12-05', [['bed', '12-05']]),
  t('2病区7床今晨血压下降。', [['bed', '2病区7']]),
  t('现住杭州市西湖区文三路478号华星时代广场南苑2幢1单元302室。', [['address', '杭州市西湖区文三路478号华星时代广场南苑2幢1单元302室']]),
  g('住址：天津市南开区鞍山西道百花里小区8号楼3门502', [['address', '天津市南开区鞍山西道百花里小区8号楼3门502']]),
  g('Insurance: Aetna, member ID W221, group 88120.', [
    ['other-id', 'W221'],
    ['other-id', '88120'],
  ]),
  g('Vehicle registration KX63 TRW noted by security.', [['plate', 'KX63 TRW']]),
  g('Easter egg allergy? No — egg allergy since childhood.'),
  g('转上级医院行介入治疗，出院带药。'),
  g('医院感染科会诊，无特殊。'),
  g('检验科标本溶血，需重抽。'),
  g('Sister (ward sister) informed.'),
  g('Group B strep screen negative.'),
  g('Reg. 2 pharmacist reviewed the chart.'),
  g('节假日停诊，春节饮食宣教。'),
  g('St Vitus dance (Sydenham chorea) excluded.'),
  g('神志清明，对答切题。'),
];
