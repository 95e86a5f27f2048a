import type { Detection } from '../deid.types';
import { scanLastGroup } from '../regex-scan.util';
import { digitCount, YEAR_DATE_OR_FRACTION } from './label-rule';

/**
 * A number after a capitalised form label ending in No. / Number / # / ID / Identifier: "Job #: 8837142", "Kit No.: K-88213",
 * "State File No. 2024-017733", "A&E No.: AE240402-00311", "Claim control #: 24066E00871", "Script ID: 2F7K 9QXW 3MHT",
 * "Medicare Beneficiary Identifier: 1EG4-TE5-MK73", "Prisoner no. GMP/2025/1184", "Cert. No. OHS/26/1187". Forms number
 * people, cases, claims and kits this way, under more labels than any list holds, so the label is read by its shape: one
 * to three words, the first capitalised (an abbreviation's point allowed), case-sensitive (prose "with no. 5" stays). The
 * value holds four digits or more and is no year, date or fraction.
 */
const FORM_NUMBER =
  /(?<![A-Za-z&'’.-])((?:[A-Z][A-Za-z&]{0,20}\.?)(?:[ -](?:[A-Z][A-Za-z]{1,15}|[a-z]{3,10})){0,2})[ \t]?(?:No\.?|no\.|Number|number|#|ID|Identifier)(?![A-Za-z])[ \t]{0,2}[:：]?[ \t]{0,2}([A-Z0-9](?:[A-Z0-9./-]{0,24}[A-Z0-9])?(?: (?=[A-Z]{0,5}\d)[A-Z0-9]{3,8}){0,3})(?![A-Za-z0-9]|[./-][A-Za-z0-9])/g;

/**
 * Label words of what numbers things, not people (a pump's model, a vial's lot, a protocol's phase, a code system), and of
 * what other rules read with their own type (rooms and beds, telephones).
 */
const THING_LABEL_WORDS = new Set(
  `model lot batch cat catalog catalogue part product item ref version ver step phase stage grade type class page fig figure
  table section chapter line row column col dose cycle day week visit question protocol trial icd cpt loinc snomed ndc atc
  hcpcs rxnorm gene exon codon lead channel size room bed ward bay floor level unit tel phone fax mobile cell pager serial
  lane road street house flat apt suite box ethics irb rec approval guideline standard omim strain eudract atcc article
  hgnc genbank clinicaltrials`
    .split(/\s+/)
    .filter(Boolean),
);
/** A unit right after the value makes it an amount: "Dose No. 2000 mg". */
const UNIT_AFTER = /^\s?(?:mg|mcg|µg|g|kg|mL|ml|L|units?|IU|iu|mmol|%)\b/;

function isPersonFormNumber(value: string, match: RegExpExecArray): boolean {
  const label = (match[1] ?? '').toLowerCase();
  if (label.split(/[ -]/).some((word) => THING_LABEL_WORDS.has(word))) return false;
  if (digitCount(value) < 4 || YEAR_DATE_OR_FRACTION.test(value)) return false;
  const end = match.index + match[0].length;
  return !UNIT_AFTER.test(match.input.slice(end, end + 8));
}

export function scanFormNumbers(text: string): Detection[] {
  return scanLastGroup({
    text,
    regex: FORM_NUMBER,
    type: 'other-id',
    priority: 35,
    accept: isPersonFormNumber,
    needsAny: ['No', 'no.', 'Number', 'number', '#', 'ID', 'Identifier'],
  });
}

/**
 * A number after a Chinese form label ending in 编号 / 号码 / 证号 / 单号 / 号 / 码: 服刑人员编号, 在押人员编号, 报告卡号, 任务单号,
 * 献血码, 残疾证号, 囚号, 交易编号. The label is the whole run of Han characters before the suffix (one to eight), so a
 * sentence that ends in 号 does not make one; traditional characters arrive simplified (號碼 as 号码).
 */
const CHINESE_FORM_NUMBER =
  /(?<![\u4e00-\u9fa5])([\u4e00-\u9fa5]{1,8}?(?:编号|号码|证号|单号|号|码))[ \t\u3000]{0,2}[:：]?[ \t\u3000]{0,2}([A-Za-z0-9](?:[A-Za-z0-9/.-]{0,30}[A-Za-z0-9])?)(?![A-Za-z0-9]|[./-][A-Za-z0-9])/g;

/**
 * Labels of numbers that name things, not people: a drug's or device's batch, approval, model, version and standard, a
 * code system, an ethics approval or protocol, pages and rows, passwords and verification codes, a laboratory's strains,
 * controls, calibrators, probes, primers, reagents, instruments and operating procedures.
 */
const CHINESE_THING_LABEL =
  /批|型号|版本|标准|文号|准字|货号|航班|车次|座位|页|条款|章节|序号|届|尺码|密码|验证码|二维码|编码|代码|国药|药品|产品|器械|注册证|伦理|方案|试验|指南|图号|表号|专利|刊号|分类|规格|菌株|菌种|质控|校准|作业指导书|追溯码|操作码|探针|引物|试剂|仪器/;
/** A unit or a count word after the value makes it an amount: "编号 1000 例". */
const CHINESE_UNIT_AFTER = /^\s?(?:mg|mL|ml|g\b|kg|L\b|%|例|人|次|元|岁|天|个|份|支|盒|片|粒|袋|瓶|张|项)/;

function isPersonChineseFormNumber(value: string, match: RegExpExecArray): boolean {
  if (CHINESE_THING_LABEL.test(match[1] ?? '')) return false;
  if (digitCount(value) < 4 || YEAR_DATE_OR_FRACTION.test(value)) return false;
  const end = match.index + match[0].length;
  return !CHINESE_UNIT_AFTER.test(match.input.slice(end, end + 4));
}

export function scanChineseFormNumbers(text: string): Detection[] {
  return scanLastGroup({
    text,
    regex: CHINESE_FORM_NUMBER,
    type: 'other-id',
    priority: 35,
    accept: isPersonChineseFormNumber,
    needsAny: ['号', '码'],
  });
}
