import type { PhiType } from '../deid.types';
import type { GoldSentenceV2 } from './deid-gold-set-v2';

/**
 * Eighth gold set, written before the work it measures, one block per kind of miss that an outside held-out set
 * showed (strict recall 0.63 there): single-surname sign-offs and familiar forms (审核：陆, 阿强, 张某某), English given
 * names alone and initials, "Last, First Middle", address tails and city-only residences, ages over 89 spelled out,
 * dates without a year (lunar, 5 Mar, "the 14th"), letter-prefixed record, accession and subject numbers, beds written
 * ward-bed (4B-12, ICU-05, 12-3床), spaced card numbers, companies and care homes, and everyday words that start with a
 * surname (谈话, 车辆, 申请). Each block carries clinical sentences built to tempt the new rules (审核：通过, E. coli,
 * 附件区, Room air, ninety percent, 第5日, HbA1c, T4-T12, 养老院 alone, nursing home resident).
 *
 * Annotation rules are those of gold sets v2 to v7, plus: a one-character sign-off is a `name` span; 阿X and 某某 keep
 * the rules of the familiar forms (阿强 whole: its given character is the name, 张某某 → 张); a company or care home is an
 * `organization` span; a ward-bed form is a `bed` span whole (4B-12, ICU-05, 12-3).
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];

function build(text: string, spans: readonly SpanTuple[], triggerFree: boolean): GoldSentenceV2 {
  return { text, triggerFree, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}
/** A sentence whose identifiers sit next to a label, title or person word, or clinical text (no spans). */
const g = (text: string, spans: readonly SpanTuple[] = []) => build(text, spans, false);
/** A sentence whose identifiers have no trigger word at all. */
const t = (text: string, spans: readonly SpanTuple[]) => build(text, spans, true);

export const DEID_GOLD_SET_V8: readonly GoldSentenceV2[] = [
  // ---------------------------------------------------------------- 1. Chinese sign-offs, 阿X, 某某, split columns
  g('记录：陈　审核：陆', [
    ['name', '陈'],
    ['name', '陆'],
  ]),
  g('医师签名：赵', [['name', '赵']]),
  g('护士：李　时间：08:30', [['name', '李']]),
  g('核对者：孙，执行者：周。', [
    ['name', '孙'],
    ['name', '周'],
  ]),
  t('阿强今天陪父亲来复诊。', [['name', '阿强']]),
  g('患者张某某，男，71岁。', [['name', '张某某']]),
  t('王某某诉昨晚胸闷。', [['name', '王某某']]),
  g('姓：黄　名：志明　性别：男', [
    ['name', '黄'],
    ['name', '志明'],
  ]),
  g('审核：通过，记录：完整。'),
  g('护士：已执行医嘱。'),
  g('阿司匹林100mg qd，阿托伐他汀20mg qn。'),
  g('某某医院不详，家属记不清。'),
  g('签名：患者本人拒绝签字。'),
  // ---------------------------------------------------------------- 2. English given names alone, initials, "Last, First Middle"
  g('Spoke to wife Linda on the phone.', [['name', 'Linda']]),
  t('Mary said he had not eaten since Sunday.', [['name', 'Mary']]),
  g('Discussed with J.S. (daughter) at the bedside.', [['name', 'J.S.']]),
  g('Reviewed by Dr. K. this morning.', [['name', 'K.']]),
  g('Patient: Okafor, Chinedu Emeka', [['name', 'Okafor, Chinedu Emeka']]),
  t('Hernandez, Maria Luisa, 74F, admitted with urosepsis.', [['name', 'Hernandez, Maria Luisa']]),
  g('Blood cultures grew E. coli in 2/2 bottles.'),
  g('MRSA screen: S. aureus not isolated.'),
  g('Paracetamol 1 g p.o. q.i.d., review in 48 h.'),
  g('Hypertension, Diabetes Mellitus and CKD stage 3.'),
  g('Mother said the rash began after the vaccine.'),
  // ---------------------------------------------------------------- 3. address tails, city-only residences, city + postcode
  t('家住幸福路12号附3号。', [['address', '幸福路12号附3号']]),
  g('住址：朝阳区和平里5栋2单元301室', [['address', '朝阳区和平里5栋2单元301室']]),
  t('Lives at 14 Elm Street, Apt 3B.', [['address', '14 Elm Street, Apt 3B']]),
  g('Address: 22 Baker Road, Flat 2, Leeds LS6 2AB', [['address', '22 Baker Road, Flat 2, Leeds LS6 2AB']]),
  t('Moved to Springfield, IL 62704 last year.', [['address', 'Springfield, IL 62704']]),
  t('She lives in Leeds with her sister.', [['address', 'Leeds']]),
  t('家住绵阳，务农。', [['address', '绵阳']]),
  g('附件区无压痛，子宫前位。'),
  g('On room air, SpO2 96%; Unit 5 of insulin given.'),
  g('He is apt to fall when he stands quickly.'),
  g('Lives in fear of another fall; lives in a care home.'),
  // ---------------------------------------------------------------- 4. ages over 89 spelled out, birth years of people over 89
  t('A ninety-two-year-old woman with a hip fracture.', [['age', 'ninety-two']]),
  t('He is ninety-four and lives alone.', [['age', 'ninety-four']]),
  t('老人九十二岁高龄，耳背。', [['age', '九十二']]),
  g('Year of birth: 1930, widowed.', [['date', '1930']]),
  g('1932年生人，退休教师。', [['date', '1932']]),
  g('Ninety percent stenosis of the proximal LAD.'),
  g('术后九十分钟苏醒，生命体征平稳。'),
  g('Born at 32 weeks; ninety-day mortality discussed in the trial.'),
  // ---------------------------------------------------------------- 5. dates without a year, lunar dates
  t('农历八月十五晚饭后胸痛。', [['date', '农历八月十五']]),
  t('腊月二十三开始咳嗽。', [['date', '腊月二十三']]),
  t('Seen on 5 Mar for review.', [['date', '5 Mar']]),
  t('Fell on March 5 at home.', [['date', 'March 5']]),
  t('本月12日起自行停药。', [['date', '12日']]),
  t('Symptoms since the 14th, worse today.', [['date', '14th']]),
  g('住院第12日，体温正常。'),
  g('Day 14 of antibiotics; marched 5 miles last year.'),
  g('每月复查一次，第5日查血常规。'),
  // ---------------------------------------------------------------- 6. letter-prefixed record, accession and subject numbers; staff numbers
  g('MRN A123456, admitted via ED.', [['mrn', 'A123456']]),
  g('Accession ACC-2024-00123 sent to pathology.', [['other-id', 'ACC-2024-00123']]),
  g('Subject ID: BX-0042 randomised to arm B.', [['other-id', 'BX-0042']]),
  t('Entered by RN40213 at 14:05.', [['other-id', 'RN40213']]),
  g('执行护士：N0523，已双人核对。', [['other-id', 'N0523']]),
  g('HbA1c 7.2%, BRCA1 negative, CD4 350, HLA-B27 positive.'),
  g('CYP2C19 poor metaboliser; COVID-19 PCR negative; NYHA III.'),
  // ---------------------------------------------------------------- 7. beds written ward-bed
  t('4B-12 spiked a fever overnight.', [['bed', '4B-12']]),
  g('Transferred to ICU-05 at 02:00.', [['bed', 'ICU-05']]),
  t('12-3床患者血糖偏低。', [['bed', '12-3']]),
  t('3床夜间躁动。', [['bed', '3']]),
  g('Bed: CCU-2', [['bed', 'CCU-2']]),
  g('ICU stay 5 days; T4-T12 fusion in 2019; L4-5 disc.'),
  g('床边心电图示窦性心律。'),
  // ---------------------------------------------------------------- 8. spaced card numbers
  t('退款至 6217 0012 3456 7890 122。', [['bank-card', '6217 0012 3456 7890 122']]),
  g('卡号 6228 4800 1234 5671', [['bank-card', '6228 4800 1234 5671']]),
  t('证件 110105 19491231 002X 已复印。', [['id-card', '110105 19491231 002X']]),
  t('回电 138 1234 5678。', [['phone', '138 1234 5678']]),
  // ---------------------------------------------------------------- 9. companies and care homes
  t('在上海宏达机械有限公司从事电焊工作20年。', [['organization', '上海宏达机械有限公司']]),
  t('由幸福里养老院送来。', [['organization', '幸福里养老院']]),
  t('Admitted from Oakview Care Home.', [['organization', 'Oakview Care Home']]),
  t('Resident at Sunnyside Nursing Home since 2019.', [['organization', 'Sunnyside Nursing Home']]),
  t('Works at Acme Logistics Ltd as a driver.', [['organization', 'Acme Logistics Ltd']]),
  g('入住养老院后活动减少。'),
  g('Nursing home resident, care home staff report poor intake.'),
  g('职业：公司职员，无毒物接触史。'),
  // ---------------------------------------------------------------- 10. everyday words that start with a surname
  g('与家属谈话，告知病情及风险。'),
  g('车辆撞伤致右股骨骨折。'),
  g('申请输红细胞2单位。'),
  g('费用已结清，管路通畅。'),
  g('谈话后家属同意手术。'),
  g('申请会诊，车祸后头痛。'),
  // ---------------------------------------------------------------- batch 2, written after the fixes for the blocks above
  g('书写医师：吴　上级医师：郑', [
    ['name', '吴'],
    ['name', '郑'],
  ]),
  g('复核人：钱', [['name', '钱']]),
  t('通知阿玲明天来取报告。', [['name', '阿玲']]),
  g('姓：欧阳　名：晓峰', [
    ['name', '欧阳'],
    ['name', '晓峰'],
  ]),
  g('Spoke with M.R. (son) who agrees with the plan.', [['name', 'M.R.']]),
  g('Seen by Prof. T. in clinic.', [['name', 'T.']]),
  g('Name: Adeyemi, Oluwaseun Grace', [['name', 'Adeyemi, Oluwaseun Grace']]),
  t('Kowalski, Anna Maria, 88F, fall at home.', [['name', 'Kowalski, Anna Maria']]),
  t('现住人民路45号附2号。', [['address', '人民路45号附2号']]),
  t('Lives at 9 Oak Lane, Unit 4.', [['address', '9 Oak Lane, Unit 4']]),
  t('Relocated to Columbus, OH 43215 in May.', [['address', 'Columbus, OH 43215']]),
  g('Home: Bristol BS8 1TH', [['address', 'Bristol BS8 1TH']]),
  t('家住宜宾，退休。', [['address', '宜宾']]),
  t('An eighty-nine-year-old man; his wife is ninety-one years old.', [['age', 'ninety-one']]),
  t('She turned ninety-six last month.', [['age', 'ninety-six']]),
  g('YOB 1929, lives with son.', [['date', '1929']]),
  t('正月初六起发热。', [['date', '正月初六']]),
  t('阴历十月初一晕倒一次。', [['date', '阴历十月初一']]),
  t('Admitted on 21 Oct with chest pain.', [['date', '21 Oct']]),
  t('上月28日摔倒。', [['date', '28日']]),
  g('Accession no: RAD-23-118842', [['other-id', 'RAD-23-118842']]),
  g('Participant ID: P-0317 withdrew consent.', [['other-id', 'P-0317']]),
  g('Performed by ST20781, checked by RN51237.', [
    ['other-id', 'ST20781'],
    ['other-id', 'RN51237'],
  ]),
  t('6C-08 requested analgesia at 03:00.', [['bed', '6C-08']]),
  g('Moved from HDU-3 to ward 7.', [['bed', 'HDU-3']]),
  t('5-16床患者拒绝抽血。', [['bed', '5-16']]),
  g('退费银行卡 4367 4212 3456 7896。', [['bank-card', '4367 4212 3456 7896']]),
  t('曾在深圳华星电子科技有限公司上班。', [['organization', '深圳华星电子科技有限公司']]),
  t('长期居住在夕阳红敬老院。', [['organization', '夕阳红敬老院']]),
  t('Referred from Maple Lodge Care Home.', [['organization', 'Maple Lodge Care Home']]),
  g('由申请医生填写申请单。'),
  g('谈话医生：已告知手术风险。'),
  g('家属申请复印病历。'),
  g('病人申请自动出院。'),
  g('家属车辆已挪走。'),
  g('Seen at 10 A.M.; E. faecalis in urine; S. pneumoniae antigen negative.'),
  g('Grade 3A-2 lesion; stage IIIB; vitamin B-12 low.'),
  g('Ninety-five percent of doses given; ninety minutes in recovery.'),
  g('阿莫西林胶囊0.5g tid，阿昔洛韦软膏外用。'),
  g('家住农村，务农。'),
  g('审核：无异常。'),
  // a preposition before a surname and a title, found with batch 2: the name is the surname alone
  g('由王医生处理，和李主任沟通。', [
    ['name', '王'],
    ['name', '李'],
  ]),
  // ---------------------------------------------------------------- batch 3, cards, decades of age and US month/day, found probing after batch 2
  t('退款至 6217001234567890122，已到账。', [['bank-card', '6217001234567890122']]),
  t('转账 6222 0212 3456 7890 失败。', [['bank-card', '6222 0212 3456 7890']]),
  t('九旬老人，独居，否认既往病史。', [['age', '九旬']]),
  t('患者年近百岁，耳聋。', [['age', '百岁']]),
  t('Seen on 3/5 in clinic for the ulcer.', [['date', '3/5']]),
  t('Admitted 12/24 via ED with sepsis.', [['date', '12/24']]),
  g('Power 3/5 in the left arm, improved from 3/5 to 4/5.'),
  g('Started on 1/2 tab daily; ate 2/3 of meals.'),
  g('回电 138 1234 5678，0755 8888 1234 转 21。', [
    ['phone', '138 1234 5678'],
    ['phone', '0755 8888 1234 转 21'],
  ]),
  g('百岁山矿泉水 500 mL，九十分钟后复测。'),
  // ---------------------------------------------------------------- batch 4, relatives, weekday dates and birth years, found probing after batch 3
  t('Linda (wife) called at 18:00.', [['name', 'Linda']]),
  g('Grandson Kai is the main contact.', [['name', 'Kai']]),
  g('DOB: 1928.', [['date', '1928']]),
  t('上周三开始发热，伴寒战。', [['date', '上周三']]),
  t('Fell at home last Tuesday.', [['date', 'last Tuesday']]),
  g('History from Mother (daughter-in-law) by phone.'),
  g('每周三透析，周三复查血钾。'),
  g('Dialysis on Tuesdays; Aunt Minnie sign on the film.'),
  // ---------------------------------------------------------------- batch 5, towns after 家住 and the places that are no town
  t('家住居仁里小区，独居。', [['address', '居仁里小区']]),
  g('家住本市郊区，住在儿子家里，家住楼房三层。'),
  g('出生日期：1931年2月4日，现住院治疗。', [['date', '1931年2月4日']]),
  // ---------------------------------------------------------------- batch 6, written fresh over every kind after the fixes above
  g('主治医师：韩　记录者：宋', [
    ['name', '韩'],
    ['name', '宋'],
  ]),
  t('阿华昨晚送饭后离开。', [['name', '阿华']]),
  g('Reviewed with Dr. P. and L.M. (niece).', [
    ['name', 'P.'],
    ['name', 'L.M.'],
  ]),
  g('Patient: Nakamura, Hiroshi Ken', [['name', 'Nakamura, Hiroshi Ken']]),
  t('Ruth (daughter) brought his tablets.', [['name', 'Ruth']]),
  t('家住建设路8号附1号。', [['address', '建设路8号附1号']]),
  t('Moved from Dayton, OH 45402 to be near family.', [['address', 'Dayton, OH 45402']]),
  t('家住德阳，务工。', [['address', '德阳']]),
  t('She is ninety-seven and still gardens.', [['age', 'ninety-seven']]),
  t('农历二月初二起纳差。', [['date', '农历二月初二']]),
  t('Seen on 14 Nov with a rash.', [['date', '14 Nov']]),
  t('下周二复诊。', [['date', '下周二']]),
  g('Accession #: SP-24-07713', [['other-id', 'SP-24-07713']]),
  g('Subject no. 017-044 completed visit 3.', [['other-id', '017-044']]),
  t('9A-21 refused the evening dose.', [['bed', '9A-21']]),
  t('8-12床夜间血氧下降。', [['bed', '8-12']]),
  t('打款账户 6217 0012 3456 7890 122。', [['bank-card', '6217 0012 3456 7890 122']]),
  t('在成都天府物流有限公司做搬运工。', [['organization', '成都天府物流有限公司']]),
  t('Discharged to Willow Court Nursing Home.', [['organization', 'Willow Court Nursing Home']]),
  g('申请单已打印，谈话记录已签字。'),
  g('车辆伤害史不详，费用自理。'),
  g('GCS E4V5M6; stage 2B-3 lesion; ICU-acquired weakness.'),
  g('Ninety-year risk not applicable; born at term.'),
  g('九十岁以下患者剂量不变。'),
  g('上周期化疗后骨髓抑制。'),
  // ---------------------------------------------------------------- batch 7, a day and month closing a sentence, an undotted initial after a title
  t('Last seen 12th Dec.', [['date', '12th Dec']]),
  g('Reviewed by Dr K and discharged.', [['name', 'K']]),
  g('Vitamin K given; Dr on call informed; grade 3 of 5.'),
];
