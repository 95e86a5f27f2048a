import type { PhiType } from '../deid.types';
import type { GoldSentenceV2 } from './deid-gold-set-v2';

/**
 * Ninth gold set, written before the work it measures: clinical content that the name detectors took for a person —
 * Chinese herbal medicines (中药饮片) whose first character is a surname (黄芪, 白芍, 柏子仁, 高良姜, 金钱草), words such as
 * 高危 and 高热 in a list, hospital department words after a title ("Consultant Respiratory Physician", "Dr Haematology")
 * and "Father" as a priest's title — and the English identifiers the README listed as missed: a company without a
 * legal-form word after an employment phrase (works at Northfield Logistics), room and bed numbers after Room/Rm/Bay/Bed,
 * and beds written as a ward and a number with a space (4B 12). Each block carries clinical sentences built to tempt the
 * new rules (room air, bed rest, bay leaf, works at night, ICU, stage 4B 12 months).
 *
 * Annotation rules are those of gold sets v2 to v8, plus: a room number is a `bed` span (a place on the ward, like a bed);
 * a company named after an employment phrase is an `organization` span; "Father" before a priest's name stays outside the
 * name span.
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];

function build(text: string, spans: readonly SpanTuple[], triggerFree: boolean): GoldSentenceV2 {
  return { text, triggerFree, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}
/** A sentence whose identifiers sit next to a label, title or person word, or clinical text (no spans). */
const g = (text: string, spans: readonly SpanTuple[] = []) => build(text, spans, false);
/** A sentence whose identifiers have no trigger word at all. */
const t = (text: string, spans: readonly SpanTuple[]) => build(text, spans, true);

export const DEID_GOLD_SET_V9: readonly GoldSentenceV2[] = [
  // ---------------------------------------------------------------- 1. Chinese herbal medicines that open with a surname
  g('方药：黄芪30g，白术15g，党参20g，甘草6g。'),
  g('黄芪、党参、白术、茯苓。'),
  g('白芍、白芷、白及各10g。'),
  g('柏子仁、酸枣仁各15g。'),
  g('柴胡、黄芩、半夏、党参、甘草、生姜、大枣。'),
  g('金银花、连翘、薄荷。'),
  g('何首乌、桑叶、牛膝、杜仲。'),
  g('何首乌15g，柏子仁10g。'),
  g('江米、红枣煮粥。'),
  g('黄连、黄柏、栀子。'),
  g('杜仲、续断、桑寄生。'),
  g('石斛、麦冬、玉竹。'),
  g('高良姜、香附。'),
  g('金钱草、海金沙、鸡内金。'),
  g('石膏、知母、甘草、粳米。'),
  g('丹参、川芎、赤芍。'),
  g('陈皮、半夏、茯苓、甘草。'),
  g('鲁米那、苯巴比妥均可镇静。'),
  g('高危、高龄、高热。'),
  g('高度水肿，咳金黄色痰。'),
  g('骨折予石膏固定，今日加黄芪颗粒。'),
  g('患者黄建国，男，65岁，自服黄芪、党参。', [['name', '黄建国']]),
  g('家属白雪梅代诉，自服白术、白芍。', [['name', '白雪梅']]),
  t('黄志强、白丽华今日复诊。', [
    ['name', '黄志强'],
    ['name', '白丽华'],
  ]),
  g('中医科柴医生开具柴胡12g。', [['name', '柴']]),
  // ---------------------------------------------------------------- 2. Department words after a title, "Father"
  g('Reviewed by Consultant Respiratory Physician today.'),
  g('Seen by Dr Patel, Consultant Respiratory Physician.', [['name', 'Patel']]),
  g('Consultant Respiratory Physician Dr Emma Clarke reviewed.', [['name', 'Emma Clarke']]),
  g('Dr Haematology on call advised transfusion.'),
  g('Nurse Endoscopy called to confirm the slot.'),
  g('Registrar Gastroenterology reviewed the images.'),
  g('Seen by Father Kelly, the hospital chaplain.', [['name', 'Kelly']]),
  g("Father Michael O'Brien visited and gave the last rites.", [['name', "Michael O'Brien"]]),
  g('Father reports she fell at home.'),
  // ---------------------------------------------------------------- 3. Companies after an employment phrase
  g('He works at Northfield Logistics as a driver.', [['organization', 'Northfield Logistics']]),
  g('She worked for Brightwater Foods for 20 years.', [['organization', 'Brightwater Foods']]),
  g('Employed by Hartley Engineering since 2010.', [['organization', 'Hartley Engineering']]),
  g('Retired from Ravenscroft Mills in 2015.', [['organization', 'Ravenscroft Mills']]),
  g('He works at Tesco on the tills.', [['organization', 'Tesco']]),
  g('He works at night and sleeps by day.'),
  g('Worked for several years as a nurse.'),
  g('Retired from work in 2015.'),
  g('She works at ICU as a nurse.'),
  g('Worked for January and February only.'),
  // ---------------------------------------------------------------- 4. Rooms and beds
  g('Transferred to Room 412.', [['bed', '412']]),
  g('Patient in rm 7 overnight.', [['bed', '7']]),
  g('Located Bay 3 Bed 2.', [
    ['bed', '3'],
    ['bed', '2'],
  ]),
  g('Moved to bed 5N-512-A.', [['bed', '5N-512-A']]),
  t('Patient in 4B 12 since yesterday.', [['bed', '4B 12']]),
  t('Transferred from 6C 08 to ICU.', [['bed', '6C 08']]),
  g('Room air saturation 95%.'),
  g('Bed rest advised for 2 days.'),
  g('Bay leaf allergy noted.'),
  g('Store at room temperature.'),
  g('Stage 4B 12 months after diagnosis.'),
  g('Vitamin B 12 level normal.'),
  // ---------------------------------------------------------------- 5. Batch 2, written after the fixes for blocks 1-4
  g('Seen by the Consultant Cardiologist.'),
  g('Referred to Consultant Haematologist for review.'),
  g('Ward 7B 3 beds free tonight.'),
  g('He works at Home Depot as a cashier.', [['organization', 'Home Depot']]),
  g('Works at Level 3 of the building.'),
  g('Transfer to rm 12 after the scan.', [['bed', '12']]),
  g('Oxygen 2L 94% on room air.'),
  g('处方：黄芪、当归、白芍、川芎、熟地黄。'),
  g('予黄芪注射液、丹参注射液静滴。'),
];
