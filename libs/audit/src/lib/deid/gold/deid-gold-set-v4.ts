import type { PhiType } from '../deid.types';
import type { GoldSentenceV2 } from './deid-gold-set-v2';

/**
 * Fourth gold set, written before the work it measures, one block per kind of miss that a held-out set
 * showed: names in capitals with a comma or with the surname in capitals (wristbands, forms); Chinese names
 * before a kinship or possessive phrase, after a self-introduction, and with rare compound surnames; lone
 * English given names in lists of relatives or contacts; district and area names in romanised Chinese,
 * bare towns after "lives in" / "resident of", and Chinese addresses whose street part comes apart from the
 * city part; foreign phone formats (UK, US, Hong Kong, Taiwan, Singapore); dates with month names or
 * abbreviations. Each block also carries clinical sentences built to tempt the new rules (capitalised
 * abbreviations with commas, eponyms in lists, 长孙 as a kin word, 司空见惯, step counts, month words).
 * All synthetic: UK numbers from Ofcom's drama ranges, US numbers from 555-01xx.
 *
 * Annotation rules are those of gold sets v2 and v3.
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];

function build(text: string, spans: readonly SpanTuple[], triggerFree: boolean): GoldSentenceV2 {
  return { text, triggerFree, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}
/** A sentence whose identifiers sit next to a label, title or person word, or clinical text (no spans). */
const g = (text: string, spans: readonly SpanTuple[] = []) => build(text, spans, false);
/** A sentence whose identifiers have no trigger word at all. */
const t = (text: string, spans: readonly SpanTuple[]) => build(text, spans, true);

export const DEID_GOLD_SET_V4: readonly GoldSentenceV2[] = [
  // ---------------------------------------------------------------- 1. names in capitals: "SURNAME, GIVEN", "SURNAME Given"
  t('CHEN, XIAOMING 67M admitted via ED overnight.', [['name', 'CHEN, XIAOMING']]),
  g('Wristband checked: HUANG, MEILING, allergy band red.', [['name', 'HUANG, MEILING']]),
  t('KOWALCZYK, AGNIESZKA transferred to ward 6.', [['name', 'KOWALCZYK, AGNIESZKA']]),
  t('Identity confirmed with band LIU, YANG before transfusion.', [['name', 'LIU, YANG']]),
  t('Consent form: WONG, KA MAN signed in front of two nurses.', [['name', 'WONG, KA MAN']]),
  t('FERREIRA, JOAO - NPO after midnight.', [['name', 'FERREIRA, JOAO']]),
  t('Night report: OKONKWO, CHIDINMA stable overnight.', [['name', 'OKONKWO, CHIDINMA']]),
  t('Specimen labelled ZHAO, LIHUA sent to lab.', [['name', 'ZHAO, LIHUA']]),
  t('GUO Jiahui reviewed in clinic today.', [['name', 'GUO Jiahui']]),
  t('NOWAK Katarzyna seen by physiotherapy.', [['name', 'NOWAK Katarzyna']]),
  t('Referral for TANAKA Yuki, 45F, for follow-up.', [['name', 'TANAKA Yuki']]),
  t('OKAFOR Emeka discharged home with oral antibiotics.', [['name', 'OKAFOR Emeka']]),
  g('PMH: HTN, DM, CKD stage 3, COPD, CHF.'),
  g('Allergies: PENICILLIN, SULFA, NSAIDS.'),
  g('MRI, CT and PET scans were reviewed at MDT.'),
  g('ECG: NSR, LBBB, QTc 440 ms.'),
  g('Plan: CBC, BMP, LFT, INR in the morning.'),
  g('STEMI, NSTEMI and UA were ruled out.'),

  // ---------------------------------------------------------------- 2. Chinese names: kinship, self-introduction, compound surnames
  t('刘桂芬的母亲今日来院探视。', [['name', '刘桂芬']]),
  t('请陈志强的父亲到护士站签字。', [['name', '陈志强']]),
  t('韩雪梅家属要求转院治疗。', [['name', '韩雪梅']]),
  t('胡建军之子代签知情同意书。', [['name', '胡建军']]),
  t('蒋玉兰的女儿负责陪护。', [['name', '蒋玉兰']]),
  t('我是邓丽娟，患者的女儿。', [['name', '邓丽娟']]),
  t('我叫孟凡宇，今天来复查。', [['name', '孟凡宇']]),
  t('本人石秀英自愿放弃有创抢救。', [['name', '石秀英']]),
  t('尉迟晓峰今日出院。', [['name', '尉迟晓峰']]),
  t('慕容雪术后恢复良好。', [['name', '慕容雪']]),
  t('公孙明远 58岁 高血压三级。', [['name', '公孙明远']]),
  t('宇文浩咳嗽三天。', [['name', '宇文浩']]),
  t('端木蓉、独孤雁同日入院。', [
    ['name', '端木蓉'],
    ['name', '独孤雁'],
  ]),
  t('西门小雨今日复查血常规。', [['name', '西门小雨']]),
  t('澹台明今晨发热。', [['name', '澹台明']]),
  t('淳于海涛服药后好转。', [['name', '淳于海涛']]),
  t('申屠志明诉乏力纳差。', [['name', '申屠志明']]),
  t('轩辕宏伟 72岁 冠心病。', [['name', '轩辕宏伟']]),
  t('闻人雅陪同赫连波前来就诊。', [
    ['name', '闻人雅'],
    ['name', '赫连波'],
  ]),
  t('万俟思远今日拆线。', [['name', '万俟思远']]),
  t('司空晓明诉腹痛两天。', [['name', '司空晓明']]),
  t('令狐静的父亲有糖尿病史。', [['name', '令狐静']]),
  t('濮阳春华自诉胸闷。', [['name', '濮阳春华']]),
  t('钟离秀芳复查肝功能。', [['name', '钟离秀芳']]),
  g('患者由长孙陪同就诊。'),
  g('此类胃肠道不良反应司空见惯，无需停药。'),
  g('患者的母亲有高血压病史。'),
  g('本人同意手术，签字为证。'),
  g('我是主管医生，今日查房。'),
  g('东方人群中该突变频率较高。'),

  // ---------------------------------------------------------------- 3. lone English given names among relatives or contacts
  t('Children: Tom, Grace and Emily, all live nearby.', [
    ['name', 'Tom'],
    ['name', 'Grace'],
    ['name', 'Emily'],
  ]),
  g('Her daughter Grace will collect her at noon.', [['name', 'Grace']]),
  t('Contacts: Oliver (son), Sophie (niece).', [
    ['name', 'Oliver'],
    ['name', 'Sophie'],
  ]),
  g('His sons Jack and Harry visited today.', [
    ['name', 'Jack'],
    ['name', 'Harry'],
  ]),
  t('Grandchildren: Chloe, Noah, Lily.', [
    ['name', 'Chloe'],
    ['name', 'Noah'],
    ['name', 'Lily'],
  ]),
  g('Emergency contacts Peter and Susan, both neighbours.', [
    ['name', 'Peter'],
    ['name', 'Susan'],
  ]),
  g('Differentials: Graves, Hashimoto and de Quervain thyroiditis.'),
  g('Signs: Murphy, Rovsing and psoas all negative.'),
  g('Her daughter has Down syndrome.'),
  g('Children: 3, all well.'),
  g('Contacts: none listed.'),

  // ---------------------------------------------------------------- 4. addresses
  t("Family home is in Chang'an District, Xi'an.", [['address', "Chang'an District, Xi'an"]]),
  t('Moved from Pudong New Area last year.', [['address', 'Pudong New Area']]),
  t('Daughter works in Haidian District.', [['address', 'Haidian District']]),
  g('She lives in Tolworth with her husband.', [['address', 'Tolworth']]),
  g('Resident of Kowloon Tong, works as a teacher.', [['address', 'Kowloon Tong']]),
  g('A resident of Ashford, he presented with chest pain.', [['address', 'Ashford']]),
  g('住址：浦东新区 张杨路500号', [['address', '浦东新区 张杨路500号']]),
  g('家住朝阳区，建国路88号3单元。', [['address', '朝阳区，建国路88号3单元']]),
  g('地址：建国路88号，北京市朝阳区。', [['address', '建国路88号，北京市朝阳区']]),
  g('现住长宁路1018号（上海市长宁区）。', [['address', '长宁路1018号（上海市长宁区']]),
  g('Lives in fear of falling at night.'),
  g('Lives in a nursing home since 2019.'),
  g('Resident of the ICU for three weeks.'),
  g('Left lower lobe consolidation; no pleural effusion.'),

  // ---------------------------------------------------------------- 5. phone numbers in foreign formats
  g('Mobile 07700 900123, call after 5pm.', [['phone', '07700 900123']]),
  t("Daughter's number is 07700 900456.", [['phone', '07700 900456']]),
  t('Call son on +44 7700 900789 if deteriorating.', [['phone', '+44 7700 900789']]),
  t('Reach her at (555) 123-4567 in the evening.', [['phone', '(555) 123-4567']]),
  t('US contact +1 415 555 0132 (brother).', [['phone', '+1 415 555 0132']]),
  g('HK tel 9123 4567.', [['phone', '9123 4567']]),
  g('手机：0912 345 678（台湾）', [['phone', '0912 345 678']]),
  t('女儿在新加坡 +65 8123 4567。', [['phone', '+65 8123 4567']]),
  t('Son in Hong Kong, 9876 5432, speaks Cantonese.', [['phone', '9876 5432']]),
  g('GP surgery phone 020 7946 0958.', [['phone', '020 7946 0958']]),
  t('联系他儿子 6123 4567（香港）。', [['phone', '6123 4567']]),
  g('Walks 5000 6000 steps a day.'),
  g('eGFR 2022 2023 stable at 45.'),
  g('Heparin 5000 units sc bd.'),

  // ---------------------------------------------------------------- 6. dates with month names
  t('Admitted 14-Feb-2021 with pneumonia.', [['date', '14-Feb']]),
  t('Seen on 14 Feb 2021 in clinic.', [['date', '14 Feb']]),
  t('Discharged Feb 14, 2021 on oral antibiotics.', [['date', 'Feb 14']]),
  t('Surgery on February 14th 2021 uneventful.', [['date', 'February 14th']]),
  t('CT 2021-Feb-14 showed no change.', [['date', 'Feb-14']]),
  t('03-Mar-22 bloods repeated.', [['date', '03-Mar']]),
  t('Echo 14/Feb/2021: EF 55%.', [['date', '14/Feb']]),
  t('Colonoscopy 5th of March 2020 normal.', [['date', '5th of March']]),
  t('Seen Sept. 9, 2019 by ENT.', [['date', 'Sept. 9']]),
  g('DOB 02-Jan-1930, lives alone.', [['date', '02-Jan-1930']]),
  g('May cause dizziness; take at night.'),
  g('Ferritin 14 ug/L, Hb 121 g/L.'),
];
