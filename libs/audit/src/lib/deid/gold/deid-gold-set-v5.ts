import type { PhiType } from '../deid.types';
import type { GoldSentenceV2 } from './deid-gold-set-v2';

/**
 * Fifth gold set, written before the work it measures, one block per kind of miss that a held-out set showed:
 * Chinese names that are also ordinary words (白雪, 田野, 黎明) told apart by a person role before or a speech or
 * signing verb after them; names right after a kinship word or a role without 的 (其父张三, 检验员赵六, 3床李建国);
 * familiar address forms (老张, 小李, 张奶奶, 王阿姨); compound surnames in every position; romanised names in
 * capitals without a comma, Hong Kong romanisation, and a Western full name opening a line; the building, unit
 * and room part of Chinese addresses, Hong Kong addresses and outpatient numbers. Each block carries clinical
 * sentences built to tempt the new rules (雷鸣样头痛, 黎明现象, 老年, 小儿, 田野劳作, 床位, CHA2DS2-VASc…).
 *
 * Annotation rules are those of gold sets v2 to v4.
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];

function build(text: string, spans: readonly SpanTuple[], triggerFree: boolean): GoldSentenceV2 {
  return { text, triggerFree, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}
/** A sentence whose identifiers sit next to a label, title or person word, or clinical text (no spans). */
const g = (text: string, spans: readonly SpanTuple[] = []) => build(text, spans, false);
/** A sentence whose identifiers have no trigger word at all. */
const t = (text: string, spans: readonly SpanTuple[]) => build(text, spans, true);

export const DEID_GOLD_SET_V5: readonly GoldSentenceV2[] = [
  // ---------------------------------------------------------------- 1. names that are also words, by context
  g('患者白雪，今日复诊。', [['name', '白雪']]),
  g('家属田野要求转院。', [['name', '田野']]),
  g('联系人万里，电话见病历首页。', [['name', '万里']]),
  g('签字人黎明，与患者系父子关系。', [['name', '黎明']]),
  t('雷鸣签字同意手术。', [['name', '雷鸣']]),
  t('杜鹃陪同患者做胃镜。', [['name', '杜鹃']]),
  t('武松诉右膝疼痛两周。', [['name', '武松']]),
  t('白雪称昨夜未眠。', [['name', '白雪']]),
  t('田野来电询问检查结果。', [['name', '田野']]),
  g('患者家属万里说患者在家跌倒。', [['name', '万里']]),
  t('今晨黎明诉胸闷。', [['name', '黎明']]),
  g('陪护人杜鹃已签字。', [['name', '杜鹃']]),
  g('患者雷鸣样头痛2小时。'),
  g('黎明现象导致空腹血糖升高。'),
  g('白雪样分泌物，考虑念珠菌感染。'),
  g('患者自诉田野劳作后出现皮疹。'),
  g('杜鹃花过敏史。'),
  g('万里长征，患者仍需坚持康复训练。'),
  g('雷鸣般肠鸣音亢进。'),

  // ---------------------------------------------------------------- 2. names after kinship words, roles, bed labels
  t('其父张三有高血压病史。', [['name', '张三']]),
  t('表哥李四负责陪护。', [['name', '李四']]),
  t('患者之子王五代签同意书。', [['name', '王五']]),
  g('检验员赵六复核结果。', [['name', '赵六']]),
  g('护士长钱七查房。', [['name', '钱七']]),
  g('主管护师孙秀梅完成宣教。', [['name', '孙秀梅']]),
  t('3床李建国今日出院。', [
    ['bed', '3'],
    ['name', '李建国'],
  ]),
  t('12床周玉珍血压偏高。', [
    ['bed', '12'],
    ['name', '周玉珍'],
  ]),
  t('其母刘桂兰糖尿病。', [['name', '刘桂兰']]),
  t('外甥陈晓东在外地。', [['name', '陈晓东']]),
  g('药师郑海燕核对医嘱。', [['name', '郑海燕']]),
  g('责任护士何丽萍执行医嘱。', [['name', '何丽萍']]),
  t('其妻黄美玲在旁陪同。', [['name', '黄美玲']]),
  t('5床吴志明拒绝抽血。', [
    ['bed', '5'],
    ['name', '吴志明'],
  ]),
  g('其父高血压，其母糖尿病。'),
  g('床位已满，患者暂留急诊观察。'),
  g('护士长查房，未见异常。'),
  g('其子女均体健。'),

  // ---------------------------------------------------------------- 3. familiar address forms
  t('老张今天精神好。', [['name', '张']]),
  t('小李陪同患者做CT。', [['name', '李']]),
  t('张奶奶血糖控制可。', [['name', '张']]),
  t('李大爷夜间咳嗽。', [['name', '李']]),
  t('王阿姨来电询问。', [['name', '王']]),
  t('请刘老师明日来院。', [['name', '刘']]),
  t('老陈拒绝输液。', [['name', '陈']]),
  t('小王护士已完成交接。', [['name', '王']]),
  t('赵叔叔由家属陪同。', [['name', '赵']]),
  t('周大妈诉头晕。', [['name', '周']]),
  g('老年患者，小儿剂量减半。'),
  g('老化性白内障，小便正常。'),
  g('大爷爷辈有高血压家族史。'),
  g('小时候患过麻疹。'),
  g('老师建议多休息。'),

  // ---------------------------------------------------------------- 4. compound surnames in every position
  t('上官婉清今日复查。', [['name', '上官婉清']]),
  t('复查结果已告知，上官明诉好转。', [['name', '上官明']]),
  g('家属上官文辉签字。', [['name', '上官文辉']]),
  t('欧阳娜娜、司马瑞陪同。', [
    ['name', '欧阳娜娜'],
    ['name', '司马瑞'],
  ]),
  g('主治医师诸葛明远查房。', [['name', '诸葛明远']]),
  t('其女东方晓雯在外地。', [['name', '东方晓雯']]),
  t('4床皇甫志强术后第一天。', [
    ['bed', '4'],
    ['name', '皇甫志强'],
  ]),
  g('上官能力评估良好。'),

  // ---------------------------------------------------------------- 5. romanised names
  t('ZHANG WEI admitted overnight with fever.', [['name', 'ZHANG WEI']]),
  t('Seen with LI XIAOMING in clinic.', [['name', 'LI XIAOMING']]),
  t('Chan Tai Man reviewed today.', [['name', 'Chan Tai Man']]),
  t('Wong Ka Ming attended with his wife.', [['name', 'Wong Ka Ming']]),
  t('CHAN Siu Ming 72M, ex-smoker.', [['name', 'CHAN Siu Ming']]),
  t('Emily Watson, 34F, presents with headache.', [['name', 'Emily Watson']]),
  t('Leung Chi Keung discharged home.', [['name', 'Leung Chi Keung']]),
  t('Consent signed by CHEUNG Mei Ling.', [['name', 'CHEUNG Mei Ling']]),
  t('Oliver Bennett, 58M, chest pain.', [['name', 'Oliver Bennett']]),
  t('WANG FANG transferred to ICU.', [['name', 'WANG FANG']]),
  g('CHA2DS2-VASc score 3, HAS-BLED 2.'),
  g('HIV PCR negative, HBV DNA undetectable.'),
  g('Tai chi recommended for balance.'),
  g('TIA, CVA, AF were considered.'),
  g('WBC HIGH, PLT LOW on repeat.'),

  // ---------------------------------------------------------------- 6. addresses and outpatient numbers
  g('住址：北京市朝阳区建国路88号3栋2单元501室。', [['address', '北京市朝阳区建国路88号3栋2单元501室']]),
  t('住在长宁路12号5幢1单元302室，独居。', [['address', '长宁路12号5幢1单元302室']]),
  g('Address: Flat B, 12/F, Block 3, Tai Koo Shing.', [['address', 'Flat B, 12/F, Block 3, Tai Koo Shing']]),
  t('Lives at 23 Nathan Road, Kowloon.', [['address', '23 Nathan Road, Kowloon']]),
  g('地址：九龙旺角弥敦道600号。', [['address', '九龙旺角弥敦道600号']]),
  t('住新界沙田大围村12号。', [['address', '新界沙田大围村12号']]),
  g('Outpatient no. OP-2024-000871.', [['mrn', 'OP-2024-000871']]),
  t('OP-2023-004512 follow-up in 2 weeks.', [['mrn', 'OP-2023-004512']]),
  g('门诊号 MZ20240311。', [['mrn', 'MZ20240311']]),
  g('门诊号：MZ-2024-0088，请携带。', [['mrn', 'MZ-2024-0088']]),
  g('3栋楼梯摔倒后右腕疼痛。'),
  g('OP-ED glucose 6.1 mmol/L.'),
  g('2单元输血后无不良反应。'),
];
