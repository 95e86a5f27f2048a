import { passesLuhn } from '../check-digits.util';
import type { Detection, PhiDetector } from '../deid.types';
import { LABEL_SEPARATOR, NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, scanLastGroup } from '../regex-scan.util';
import { scanCsvRecordNumbers } from './csv-id-column.scanner';
import { digitCount, YEAR_DATE_OR_FRACTION, type LabelRule } from './label-rule';
import { scanChineseFormNumbers, scanFormNumbers } from './form-number-label.scanner';
import { isUserName } from './user-name';
import { scanWorldRegisterShapes, WORLD_LABEL_RULES } from './world-label.rules';

/** Digit groups written with spaces or dashes ("943 476 5919", "AB 123 456"). */
// A hospital's letters and its serial ("hospital no. RRK 7730412"), where a second label word is no prefix ("病历号 MRN 88442211").
const DIGIT_GROUPS = String.raw`\d{2,6}(?:[ -]\d{2,6}){1,5}|[A-Z]{1,3} \d{2,6}(?: \d{2,6}){1,3}|(?!(?:MRN|UHID|URN|UR|ID|NO|NHS|CHI)\s)[A-Z]{2,3} \d{7,8}`;
/** Either digit groups or one code token ("ZY-556677"). */
const NUMBER_OR_CODE = String.raw`${DIGIT_GROUPS}|[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?`;
const NUMBER_OR_CODE_VALUE = String.raw`(${NUMBER_OR_CODE})${NOT_BEFORE_ALNUM}`;
/** A record number may also be written in slashed parts, as Indian and Singapore hospitals do ("UHID 2024/CMC/55321"). */
const RECORD_NUMBER_VALUE = String.raw`(${DIGIT_GROUPS}|[A-Za-z0-9](?:[A-Za-z0-9/-]{0,30}[A-Za-z0-9])?)${NOT_BEFORE_ALNUM}`;
/**
 * Health-plan and national numbers: an Australian Medicare number with its last digit and the person's number on the
 * card (2123 45670 1, 2123 45670 1/2) and a UK National Insurance number in pairs (QQ 12 34 56 C), then any number or code.
 */
const HEALTH_PLAN_VALUE = String.raw`(\d{4}[ -]\d{5}[ -]\d(?:[ /-]\d)?|\d{4} \d{4} \d{4} \d{4}|[A-Z]{2} \d{2} \d{2} \d{2} [A-D]|${NUMBER_OR_CODE})${NOT_BEFORE_ALNUM}`;
/**
 * A health card's number: RAMQ's four letters and eight digits, OHIP's 4-3-3 and version code, NHIS's slashes, NHI's
 * letters and digits, and 医保个人编号 in groups of four.
 */
const HEALTH_CARD_VALUE = String.raw`(\d{4}(?:[ -]\d{4}){2,4}|[A-Za-z]{2,6}\/[A-Za-z]{2,4}\/\d{4,10}|[A-Za-z]{4}[ -]?\d{4}[ -]?\d{4}|\d{4}[ -]?\d{3}[ -]?\d{3}(?:[ -]?[A-Za-z]{2})?|[A-HJ-NP-Za-hj-np-z]{3}\d{2}(?:\d{2}|[A-HJ-NP-Za-hj-np-z]{2})|\d{6,20})${NOT_BEFORE_ALNUM}`;
const DIGIT_GROUPS_VALUE = String.raw`(\d(?:[\d\s-]{10,24}\d))(?!\d)`;

/** An IBAN: country, two check digits, then 11-30 letters and digits, in one run or in groups of four. */
const IBAN_VALUE = String.raw`[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)`;

/** A reference written as one token of letters, digits, dashes and slashes: "AB-12345-67", "INV-00231", "ABC/2024/118". */
const REFERENCE_VALUE = String.raw`([A-Za-z0-9](?:[A-Za-z0-9/-]{0,30}[A-Za-z0-9])?)(?![0-9A-Za-z]|[/-][0-9A-Za-z])`;
/** At least four digits, and not a year, a date or a fraction: "Claim 2024 guideline" and "Invoice 2024-03-05" keep their dates. */
const isReferenceNumber = (value: string) => digitCount(value) >= 4 && !YEAR_DATE_OR_FRACTION.test(value);

/** A unit of time right after a number: "3 days", "2h", "5天". */
const TIME_UNIT_AFTER = String.raw`\s?(?:days?|d\b|weeks?|wks?|hours?|hrs?|h\b|mins?\b|minutes?|months?|times|天|日|周|小时|次|分钟)`;

const LABEL_RULES: readonly LabelRule[] = [
  {
    type: 'mrn',
    labels: String.raw`住院号码?|门诊号码?|急诊号码?|病案号码?|病历号码?|就诊卡号码?|就诊号码?|住院登记号码?|登记号码?|ID号|MRN|\bUHID|medical\s+record(?:\s+number|\s+no\.?)?|record\s+(?:number|no\.?)|hospital\s+(?:number|no\.?)|inpatient\s+(?:number|no\.?)|outpatient\s+(?:number|no\.?)|patient\s+ID|(?<!(?:specimen|sample|barcode|study|subject|participant|enrolment|enrollment|screening|transaction|employee|staff|user|login|标本|样本|条码)\s{0,2})\bID(?=\s{0,2}[:：#])|pt\.?\s+ID|chart(?:\s+(?:number|no\.?)|(?=\s{0,2}[#:：]))|门诊卡号|住院卡号|就诊卡|健康卡号|诊疗卡号|\bhosp\.?\s+(?:number|no\.?)|\b[IO]P\s+(?:number|no\.?)|case\s+(?:number|no\.?|#)|encounter\s+(?:number|no\.?|ID|#)|episode\s+(?:number|no\.?|ID|#)|EMIS\s+(?:number|no\.?|ID)`,
    value: RECORD_NUMBER_VALUE,
    priority: 60,
  },
  {
    // A bed, or a ward and its bed ("床号：5-08"; a range of days is no ward: "bed 3-4 days"), taken whole.
    type: 'bed',
    // An emergency department's places too: "Cubicle 6", "Resus 2", "side room 4", "trolley 12".
    // A ward word may stand between the label and the bed ("床号 康复病区 305-2", "床号：感染科 B17 床"), and a wristband writes
    // "床:" and "Ward/Bed:".
    labels: String.raw`(?:床号|床位号|床位)(?:\s{0,3}[:：]?\s{0,3}[\u4e00-\u9fa5]{1,6}(?:病区|病房|科)(?=\s{0,3}[A-Z\d]))?|(?<![\u4e00-\u9fa5])床(?=\s{0,2}[:：])|病房\s?[／/]\s?床位|(?<![\u4e00-\u9fa5])诊室(?=\s{0,2}[:：]\s{0,2}[A-Z])|\bward\s?\/\s?bed|\bbed(?:\s+(?:no\.?|number))?|\b(?:room|rm|bay|cubicle|resus(?:\s+bay)?|side\s+room|trolley)(?:\s+(?:no\.?|number))?`,
    // A ward-bed code after the label ("bed 5N-512-A"), a ward and its bed, a number and its letter (Room 4117-B), or a
    // bare number (Room 412, rm 7, Bay 3).
    // A number that a range or a unit of time follows is a time in bed ("bed 3-4 days", "in bed 3 days"), not a bed.
    // A ward letter before the numbers (B12, C2-15, T3-14) needs two digits, after the dash too, and a code without a dash
    // needs the field to end after it, so O2, T2, V1, C5-6 and "Bed B12 deficiency" stay; a letter, a dash and a number
    // (A-15, T-14) end the field too, as a vertebra ("bed T-12 fracture") or a time ("CPR-20 min") does not. A form's
    // space after the dash ("2- 06") is a bed as well.
    value: String.raw`(\d{1,2}[A-Za-z]{1,2}-\d{1,4}(?:-[A-Za-z0-9]{1,3})?|[A-Z]{1,2}\d{1,2}-\d{2,3}(?![-.]?\d|[A-Za-z])|[A-Z]\d{1,2}[A-Z]{1,2}-\d{2,3}(?![-.]?\d|[A-Za-z])|[A-Z]{1,3}-\d{1,3}(?=\s{0,2}(?:[,;，；。|)\n]|$))|[东西南北]\d{1,2}-\d{1,3}(?![-.]?\d)|[A-Z]{1,2}\d{2,3}(?=\s{0,3}(?:$|[|,;，；。\n\u3000]|床|\s\s))|\d{1,2}-\s\d{2}(?!\d)|\d{1,4}-\d{1,3}(?!\d|${TIME_UNIT_AFTER})[A-Za-z]?|\d{1,4}-[A-Za-z](?![A-Za-z0-9])|\d{1,4}(?![-–~]\s?\d|${TIME_UNIT_AFTER})[A-Za-z]?|[A-F](?=\s{0,2}(?:[,.;)）\n]|$)))${NOT_BEFORE_ALNUM}`,
    priority: 60,
    // A bed may be a letter alone ("Room 412, Bed B."); anything else needs a digit.
    check: (value) => hasDigit(value) || /^[A-F]$/i.test(value),
  },
  {
    type: 'other-id',
    // 低保证号: the certificate number of a household on minimum-income assistance.
    labels: String.raw`低保证号|低保证编号|低保号|低保编号|救助证号|收据编号|收据号|发票号码|发票号|票据号|流水号|交易号|订单号|预约号|挂号单号|receipt\s+(?:number|no\.?)|invoice\s+(?:number|no\.?)|transaction\s+ID|confirmation\s+(?:number|no\.?)|检查号|病理号|细胞学号|冰冻号|切片号|检验号|化验单号|超声号|心电图号|放射号|内镜号|影像号|标本号|样本号|条码号|条形码|申请单号|报告编号|报告单号|档案号|accession(?:\s+(?:number|no\.?|#))?|specimen\s+(?:ID|number|no\.?)|sample\s+(?:ID|number|no\.?)|study\s+ID|(?:study\s+)?(?:subject|participant|enrol?ment|screening|randomi[sz]ation)\s+(?:ID|number|no\.?|#)|受试者编号|受试者号|入组号|筛选号|随机号|order\s+(?:number|no\.?)|体检编号|体检号|体检卡号|会员卡号|会员编号|会员号|客户编号|客户号|检查单号|检验单号|医嘱编号|医嘱号|处方编号|处方号|预约单号|预约编号|就诊编号|保险单号|保单编号|保单号|理赔编号|理赔号|报案号|赔案号|合同编号|合同号|订单编号|快递单号|运单号|单据号|工单号`,
    value: NUMBER_OR_CODE_VALUE,
    priority: 55,
  },
  {
    // Specimen, barcode and laboratory numbers: the bare words also count or measure specimens ("标本2份", "sample 2
    // of 3", "Specimen: 100 mL"), so a value needs three characters and no unit after it.
    type: 'other-id',
    labels: String.raw`(?:标本|样本|样品|病理|检验|送检)?(?:条形码|条码)号?|(?:标本|样本|样品)(?:编号|号码|号|ID)|bar\s?code(?:\s*(?:no\.?|number|#|ID))?|(?:specimen|sample)\s*(?:ID|number|no\.?|#)|specimen(?=\s{0,2}[:：])|lab(?:oratory)?\s*(?:no\.?|number|#|ID)`,
    value: NUMBER_OR_CODE_VALUE,
    priority: 55,
    minValueLength: 3,
  },
  {
    // A specimen, pathology or accession number after the word for the specimen or the report ("Specimen S24-01234",
    // "Surgical pathology S24-01234", "Biopsy HP2024-5567", "病理 HP2024-5567", "Acc# CY24-00981"): the value is a
    // code of letters and at least four digits with a dash, or letters and five digits, so grades, stages, markers and
    // amounts (T2, pT2N0, HER2-positive, IL-6, 100 mL) stay.
    type: 'other-id',
    labels: String.raw`\b(?:specimen|sample|biopsy|(?:surgical\s+)?pathology|histology|cytology|frozen\s+section|case|acc(?:ession)?\.?(?=\s{0,2}(?:#|no\b|:))|report\s+for)|标本|样本|病理|活检|蜡块|切片|细胞学|送检`,
    value: String.raw`([A-Za-z]{1,4}\d{0,8}-[A-Za-z0-9]{2,10}(?:-[A-Za-z0-9]{1,6})?|[A-Za-z]{1,4}\d{5,10})${NOT_BEFORE_ALNUM}`,
    priority: 55,
    minDigits: 4,
  },
  {
    // A staff number without 工号: the role or the entry verb in front of it says whose it is ("执行护士：N0523",
    // "Entered by RN40213"); the shape (a short letter prefix and digits) keeps names and words out.
    type: 'other-id',
    labels: String.raw`执行护士|责任护士|执行者|执行人|操作者|操作员|操作人|核对者|核对人|录入者|录入人|记录者|记录人|(?:entered|recorded|verified|checked|administered|performed)\s+by|user(?:\s+ID)?`,
    value: String.raw`([A-Za-z]{1,3}\d{3,7})${NOT_BEFORE_ALNUM}`,
    priority: 55,
  },
  {
    // Research subjects and students by the word before their code ("Subject 014-0032", "Participant P0147", "Student
    // no. GHS-20114"): three digits or more, so "subject 3" and "participant 12 of 40" stay.
    type: 'other-id',
    labels: String.raw`\b(?:subject|participant|enrol(?:l)?ee|student|pupil)(?:\s+(?:no\.?|number|ID|#|code))?`,
    value: String.raw`([A-Za-z]{0,4}-?\d{2,8}(?:-[A-Za-z0-9]{2,8}){0,2})${NOT_BEFORE_ALNUM}`,
    priority: 55,
    minDigits: 3,
  },
  {
    // Driving and professional licences ("DL D123-4567-8901", "RN license RN-4471029", "执业证书编号…"): four digits or
    // more, so "licence renewed in 2021" and "licensed 3 years" stay.
    type: 'license',
    labels: String.raw`\bDL(?:\s+(?:no\.?|number|#))?|\bdriver['’]?s?\s+licen[cs]e(?:\s+(?:no\.?|number|#))?|\blicen[cs]e(?:\s+(?:no\.?|number|#))?|\bregistration\s+(?:no\.?|number)|执业证书?编号|执业证号|注册证号|资格证书?编号|驾驶证号|驾照号`,
    value: NUMBER_OR_CODE_VALUE,
    priority: 58,
    check: (value) => digitCount(value) >= 4 && !YEAR_DATE_OR_FRACTION.test(value),
  },
  {
    // Vehicle plates by the word before them ("plate 7ABC123", "licence plate ABC-1234"): letters and digits both.
    type: 'plate',
    labels: String.raw`\b(?:licen[cs]e\s+)?plate(?:\s+(?:no\.?|number|#))?|\bnumber\s+plate|\breg(?:istration)?\s+plate`,
    value: String.raw`([A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,5})${NOT_BEFORE_ALNUM}`,
    priority: 60,
    check: (value) => /\d/.test(value) && /[A-Z]/.test(value),
  },
  {
    // "SSN ending in 4421", "last four of SSN 4421": the last four digits still identify.
    type: 'social-security',
    labels: String.raw`\b(?:SSN|social\s+security(?:\s+(?:number|no\.?))?|SIN|card)\s+ending(?:\s+in)?|\blast\s+(?:4|four)(?:\s+digits)?(?:\s+of\s+(?:the\s+|her\s+|his\s+)?(?:SSN|SIN|social\s+security(?:\s+number)?))`,
    value: String.raw`(\d{4})(?!\d)`,
    priority: 66,
  },
  {
    // An insurance group number ("Group number 88-4412", "Group #: 55021"): four digits or more.
    type: 'other-id',
    labels: String.raw`\bgroup\s+(?:number|no\.?|#|ID)`,
    value: NUMBER_OR_CODE_VALUE,
    priority: 55,
    minDigits: 4,
  },
  {
    // A social security number proper: China's 社保, the US SSN, Canada's SIN, Ireland's PPSN, the UK's NI number and
    // the Philippines' SSS.
    type: 'social-security',
    labels: String.raw`社会保障卡号|社会保障号码?|社保卡号|社保号|社保编号|SSN|social\s+security(?:\s+(?:number|no\.?))?|\bPPSN|\bPPS\s+(?:number|no\.?)|\bSIN(?=\s{0,2}[:：#]|\s\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d))|\bSIN\s+(?:number|no\.?)|\bNI\s+(?:number|no\.?)|\bNINO|(?:social|national)\s+insurance\s+(?:number|no\.?)|\bSSS(?:\s+(?:number|no\.?|#))?`,
    value: HEALTH_PLAN_VALUE,
    priority: 65,
  },
  {
    // A person's insurance or health-plan number (医保, 健保, 新农合, Medicare, Medicaid, PhilHealth, NHIF, member and policy
    // numbers): `other-id`, as the gold sets' conventions have it.
    type: 'other-id',
    labels: String.raw`医保卡号|医保号|医保编号|医保账号|医疗保险号|医疗保险卡号|参保号|新农合(?:号|编号|(?:医疗)?[证卡](?:号码|号|编号))|健保卡号|健保号|健保卡|医保电脑号|电脑号|\bPhilHealth(?:\s+(?:ID|PIN|no\.?|number|#))?|\bNHIF(?:\s+(?:member\s+)?(?:no\.?|number|#))?|Medicare\s+card(?:\s+(?:no\.?|number|#))?|\bMedicare(?=\s{0,2}[:：#]?\s{0,2}\d{4}[ -]?\d{5}[ -]?\d)|\bPHN|personal\s+health\s+(?:number|no\.?)|(?:新型)?农村合作医疗[证卡]?(?:号码|号|编号)|health\s+plan\s+(?:ID|number|no\.?)|(?<!(?:social|national)\s{1,3})insurance\s+(?:ID|number|no\.?|policy)|member\s+(?:ID|number|no\.?)|\bgroup\s+(?:ID|number|no\.?|#)|\bgroup(?=\s{1,2}\d{5,}(?!\d*\s*(?:mg|mL|ml|g|units?)\b))|policy\s+(?:number|no\.?)|Medicare\s+(?:ID|number|no\.?|#)|Medicaid\s+(?:ID|number|no\.?|#)|beneficiary\s+(?:ID|number)|\bIHI(?:\s+(?:number|no\.?))?|[Mm]edical\s+card\s+(?:number|no\.?|#)|\bMBI|\bABHA(?:\s+(?:ID|number|no\.?|#))?|Cart[ãa]o\s+(?:do\s+)?SUS|\bCNS(?=\s{0,2}[:：#])`,
    value: HEALTH_PLAN_VALUE,
    priority: 65,
  },
  {
    // The NHS number files a patient's record across the health service: `mrn`.
    type: 'mrn',
    labels: String.raw`NHS\s+(?:number|no\.?)|\bNHS(?=\s{0,2}[:：#]?\s{0,2}\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-]))`,
    value: HEALTH_PLAN_VALUE,
    priority: 65,
  },
  {
    // Police badge, collar and warrant numbers (警号, "badge 4471", "collar number 2287"): a number, perhaps after a letter.
    type: 'other-id',
    labels: String.raw`警号|警官证号?|\bbadge(?:\s+(?:no\.?|number|#))?|\bcollar(?:\s+(?:no\.?|number|#))|\bshoulder\s+(?:no\.?|number)|\bwarrant\s+(?:card\s+)?(?:no\.?|number)`,
    value: String.raw`([A-Za-z]{0,2}\d{3,8})${NOT_BEFORE_ALNUM}`,
    priority: 60,
  },
  {
    // UK registration numbers of clinicians: GMC (seven digits), NMC PIN (12A3456E), HCPC (PA12345); a value with
    // four digits, so "GMC guidance" stays.
    type: 'license',
    labels: String.raw`\bGMC(?:\s+(?:number|no\.?|#))?|\bNMC(?:\s+PIN|\s+(?:number|no\.?))?|\bHCPC(?:\s+(?:number|no\.?))?`,
    value: String.raw`([A-Za-z]{0,2}\d{2,7}[A-Za-z]?\d{0,4}[A-Za-z]?)${NOT_BEFORE_ALNUM}`,
    priority: 62,
    minDigits: 4,
  },
  {
    // The UK hospital "unit number" (Unit no: 4490213): four digits or more, so "unit no longer staffed" stays.
    // Also "Patient number MTRH-DM-22871" and Indian in- and outpatient department numbers ("IPD No: 2025/NEU/3312"),
    // where "patient no. 2 of 3" stays.
    type: 'mrn',
    // A South African hospital files a patient under a folder number ("Folder no. 2290456").
    labels: String.raw`\bunit\s+(?:number|no\.?)|\bpatient\s+(?:number|no\.?)|\b[IO]PD\s+(?:number|no\.?)|\b[Ff]older\s+(?:number|no\.?)`,
    value: RECORD_NUMBER_VALUE,
    priority: 60,
    minDigits: 4,
  },
  {
    // Booking, ticket and incident references (Booking ref ZK7P2Q, Ticket #: 552190, Datix 88123, Incident no. W-20931):
    // five characters or more with two digits, no year, date or fraction ("ticket 2 of 3", "Datix completed" stay).
    type: 'other-id',
    labels: String.raw`\b(?:booking|ticket|incident|complaint|tracking|confirmation|authori[sz]ation)(?:\s+(?:ref(?:erence)?\.?|no\.?|number|ID|code))?|\bdatix(?:\s+(?:ref(?:erence)?\.?|no\.?|number|ID))?`,
    value: REFERENCE_VALUE,
    priority: 55,
    check: (value) => value.length >= 5 && digitCount(value) >= 2 && !YEAR_DATE_OR_FRACTION.test(value),
  },
  {
    // Australian unit-record numbers (UR, URN) and blood-bag numbers (血袋号): five or more digits, or groups of them.
    type: 'mrn',
    labels: String.raw`\bURN?(?:\s+(?:no\.?|number))?(?=\s{0,2}[:：#]?\s{0,2}\d)|血袋号|血袋编号|血袋条码|献血编号|血液编号`,
    value: String.raw`(\d{2,6}(?:[ -]\d{2,8}){1,4}|[A-Za-z]{0,2}\d{5,16})${NOT_BEFORE_ALNUM}`,
    priority: 60,
  },
  {
    // Health-card numbers: Québec RAMQ (TREM 6553 1212), Ontario OHIP or HCN (1234-567-890-AB), Nigeria's NHIS
    // (NHIS/LAG/2231847) and 医保个人编号: insurance, `other-id`.
    type: 'other-id',
    labels: String.raw`\bRAMQ|\bOHIP|\bNHIS|\bHCN|health\s+card(?:\s+(?:no\.?|number|#))?|医保个人编号|个人医保编号|个人编号`,
    value: HEALTH_CARD_VALUE,
    priority: 65,
  },
  {
    // New Zealand's NHI (ZAB1234, ABC12DE) and Scotland's CHI number file a patient's record across the health service: `mrn`.
    type: 'mrn',
    labels: String.raw`\bNHI|\bCHI(?:\s+(?:no\.?|number))?`,
    value: HEALTH_CARD_VALUE,
    priority: 65,
  },
  {
    type: 'social-security',
    labels: String.raw`个人社保编号`,
    value: HEALTH_CARD_VALUE,
    priority: 65,
  },
  {
    // A reference code after ref / reference / report ("MASH ref MASH-24-5531", "report CC-US-2023-45521"): capitals,
    // dashes and at least four digits, so reference ranges, ICD-10 and CA-125 stay.
    type: 'other-id',
    labels: String.raw`\bref(?:erence)?\.?(?:\s+(?:no\.?|number|#))?|\breport`,
    value: String.raw`([A-Z][A-Z0-9]{0,7}(?:[-/][A-Z0-9]{1,8}){1,4})${NOT_BEFORE_ALNUM}`,
    priority: 55,
    minDigits: 4,
  },
  {
    // A reference after the word for the document or the customer, with or without No. or # ("Invoice # INV-00231",
    // "Claim no. 55-8812-3", "Customer ID C0042187"), and a number that opens a form field after 编号 alone ("编号：HM240101-0033",
    // where 药品编号 and 量表编号 stay with the word before them) or after a word for a case or a register (个案编号, 注册编号). The words also stand before years, dates, amounts and
    // counts ("per policy 2023", "claim 2 of 3"), so the value holds four digits and is no year, date or fraction.
    type: 'other-id',
    // (?=编号) first: the lookbehinds are only read where 编号 stands, not at every character of the note.
    labels: String.raw`\b(?:invoice|claim|voucher|policy|booking|tracking|customer|client|membership)(?:\s+ref(?:erence)?\.?)?|(?=编号)(?:(?<![\u4e00-\u9fa5])|(?<=个案|病例|案例|档案|注册|会员|受试者|随机|入组|筛选|登记|转诊|申请))编号`,
    value: REFERENCE_VALUE,
    priority: 55,
    check: isReferenceNumber,
  },
  {
    // A system user name after the word for who printed, typed or exported a record, or a chat handle after its app
    // ("操作员 bianxl", "tech: kmarcotte", "Typed by: cpayet", "Exported 2026-01-14 by mvelazquez"): a lower-case token
    // of four characters or more that is no English or clinical word ("Entered by nursing staff").
    type: 'account',
    labels: String.raw`操作员|操作者|录入员|登录名|用户名|\btech(?=\s{0,2}[:：])|\b(?:typed|exported|entered)(?:\s+\d{4}-\d{2}-\d{2})?\s+by|\blogin(?=\s{0,2}[:：])|\busername`,
    value: String.raw`([a-z][a-z0-9._-]{1,28}[a-z0-9])${NOT_BEFORE_ALNUM}`,
    priority: 50,
    check: isUserName,
  },
  {
    type: 'account',
    labels: String.raw`\b(?:account|acct\.?)`,
    value: REFERENCE_VALUE,
    priority: 55,
    check: isReferenceNumber,
  },
  {
    // National identity numbers by the names they go by at home and the country's name with "ID": South African
    // and Qatari IDs, Indonesia's NIK, Sri Lanka's NIC, Spain's DNI/NIE, Brazil's CPF, Chile's RUT, Mexico's CURP,
    // Colombia's cédula, the Emirates ID, Kuwait's civil ID, Botswana's Omang, Barbados' NRN, Malta's ID card. Six
    // digits at least: "NIC 3 days" and "RUT 2 of 3" stay.
    type: 'id-card',
    labels: String.raw`\b(?:South\s+African?|SA|Qatar(?:i)?|UAE|Emirates|Saudi|Omani?|Kuwaiti?|Bahraini?|Egyptian|Jordanian|Kenyan?|Ghana(?:ian)?|Sri\s+Lankan?|Indonesian?|Malaysian?|Thai|Philippine|Filipino|Turkish|Iranian|Iraqi|Nepali|Bangladeshi|Brazilian|Mexican|Chilean|Colombian|Argentin(?:e|ian)|Peruvian|Spanish|Portuguese|Italian|Polish|Romanian|Dutch|Belgian|German|French)\s+(?:national\s+)?ID(?:\s+card)?|\bnational\s+ID(?:\s+card)?|\b(?:NIK|NIC|CNIC|NRIC|DNI|NIE|CPF|RUT|RUN|CURP|QID|Iqama|PESEL|BSN)|c[ée]dula(?:\s+de\s+ciudadan[íi]a)?|\b[Cc]ivil\s+ID|\bID\s+card(?:\s+(?:no\.?|number))?|\bidentity\s+card(?:\s+(?:no\.?|number))?|\bEID|\bOmang|\bNRN`,
    // A CURP: four letters, the date of birth, sex, five letters, two characters.
    value: String.raw`([A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d|[A-Z]{0,6}\d[\d.-]{4,18}[\dA-Z](?:-[\dKk])?|\d{3}(?:[ -]\d{3,7}){1,4})${NOT_BEFORE_ALNUM}`,
    minDigits: 6,
    priority: 61,
  },
  {
    // "ID No. 28471936": a person's identity number where nothing says a hospital, a specimen, a staff list or a plan
    // issued it (Kenya's and many other national ID cards carry 7–10 digits).
    type: 'id-card',
    labels: String.raw`(?<!(?:patient|pt\.?|hospital|hosp\.?|specimen|sample|staff|employee|member|student|user|subject|study|SHA|NHIF|UHID|case|claim)\s{0,2})\bID\s+(?:No\.?|number|#)`,
    value: String.raw`(\d{7,10})${NOT_BEFORE_ALNUM}`,
    priority: 58,
  },
  {
    // Nigeria's National Identification Number: eleven digits after NIN.
    type: 'id-card',
    labels: String.raw`\bNIN|national\s+identification\s+(?:number|no\.?)`,
    value: String.raw`(\d{11})${NOT_BEFORE_ALNUM}`,
    priority: 62,
  },
  {
    type: 'passport',
    labels: String.raw`护照号码|护照号|护照|通行证号?|passport(?:\s+(?:no\.?|number|#))?`,
    // A letter may close the number too: Philippine passports read P4721983A.
    value: String.raw`([A-Za-z]{0,2}\d{6,9}[A-Za-z]?)${NOT_BEFORE_ALNUM}`,
    priority: 65,
  },
  {
    type: 'license',
    labels: String.raw`执业证书编号|执业证书编码|执业证书号|执业证号|医师资格证书编号|practi[sc]ing\s+certificate(?:\s+(?:no\.?|number|#))?|\bAHPRA(?:\s+(?:registration|number|no\.?))?|医师资格证号|资格证书编号|资格证号|驾驶证档案编号|驾驶证档案号|驾驶证号|驾驶证|驾照号|驾照|证书编号|licen[cs]e\s+(?:no\.?|number|#)|driver'?s\s+licen[cs]e(?:\s+(?:no\.?|number|#))?|DEA(?:\s+(?:number|no\.?|#))?|NPI|certificate\s+(?:no\.?|number)`,
    value: NUMBER_OR_CODE_VALUE,
    priority: 62,
  },
  {
    type: 'account',
    labels: String.raw`银行账号|银行账户|账号|帐号|账户|帐户|account\s+(?:no\.?|number|#)|acct\.?(?:\s*(?:no\.?|#))?`,
    value: String.raw`(\d{4}(?:[ -]\d{1,6}){1,6}|[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?)${NOT_BEFORE_ALNUM}`,
    priority: 55,
  },
  {
    // UK sort codes ("Sort code 20-45-77") and Australian BSBs ("BSB 062-000") name the branch that holds the account.
    type: 'account',
    labels: String.raw`\bsort[\s-]?code|\bBSB(?:\s+(?:no\.?|number))?`,
    value: String.raw`(\d{2}[- ]?\d{2}[- ]?\d{2}|\d{3}[- ]\d{3})(?![\dA-Za-z]|[- ]\d)`,
    priority: 58,
  },
  {
    // An IBAN after its label, in one run or in groups of four, whether or not its check digits hold.
    type: 'account',
    labels: String.raw`\bIBAN|国际银行账号`,
    value: String.raw`(${IBAN_VALUE})${NOT_BEFORE_ALNUM}`,
    priority: 60,
  },
  {
    type: 'bank-card',
    labels: String.raw`银行卡号|银行卡|信用卡号|信用卡|借记卡号|借记卡|储蓄卡号|储蓄卡|(?<![\u4e00-\u9fa5])卡号|(?<=[行])卡号|(?:credit|debit|bank)\s+card(?:\s+(?:no\.?|number|#))?|card\s+(?:no\.?|number|#)`,
    value: DIGIT_GROUPS_VALUE,
    priority: 60,
  },
  {
    type: 'device',
    labels: String.raw`设备序列号|设备编号|设备号|序列号|仪器编号|植入物编号|起搏器编号|UDI|IMEI|MAC地址|S\/N|SN(?=\s*[:：#])|serial(?:\s+(?:number|no\.?|#)|(?=\s{0,2}[#:：]))|device\s+(?:ID|number|serial)|MAC\s+address`,
    // An IMEI as phones print it, in groups of two, six, six and one ("86 123456 789012 3").
    value: String.raw`(\d{2} \d{6} \d{6} \d|[A-Za-z]{1,5} \d{4,12}|[A-Za-z0-9](?:[A-Za-z0-9:._\/()-]{1,40}[A-Za-z0-9)])?)${NOT_BEFORE_ALNUM}`,
    priority: 60,
  },
  {
    // The device a patient wears or carries, by its own ID ("CGM transmitter ID 8GQ4MX", "pump ID 4471-KQ"): a code of five
    // characters or more with a digit (a serial number is read by the serial rules); "sensor ID confirmed" stays.
    type: 'device',
    labels: String.raw`\b(?:transmitter|sensor|receiver|reader|pump|pacemaker|defibrillator|ICD|CRT-?[DP]|implant|generator|glucometer|meter|monitor|hearing\s+aid)\s+ID(?:\s+(?:no\.?|number|#))?`,
    value: String.raw`([A-Za-z0-9](?:[A-Za-z0-9-]{3,30}[A-Za-z0-9]))${NOT_BEFORE_ALNUM}`,
    priority: 60,
    check: (value) => hasDigit(value),
  },
  {
    // A serial or asset number without a colon ("SN 75129", "SN PJN912847S", "asset tag OHSU-IV-004417"):
    // four digits or more, so "SN 2" (a count) stays.
    type: 'device',
    labels: String.raw`\bSN(?=\s{1,2}[A-Z]{0,4}\d)|\basset\s+tag(?:\s+(?:no\.?|number|#))?`,
    value: NUMBER_OR_CODE_VALUE,
    priority: 60,
    minDigits: 4,
  },
  {
    // Medical council registrations: Brazil's CRM with its state (CRM-SP 145872) and India's state councils (KMC Reg. No.
    // 68213, MMC 48213). Five digits or more after the bare council letters, so a dose of mitomycin C (MMC 40 mg) stays.
    type: 'license',
    labels: String.raw`\bCR[MO]-[A-Z]{2}|\b(?:MMC|KMC|DMC|TNMC|APMC|WBMC|MCI)(?:\s+Reg(?:istration)?\.?(?:\s+No\.?)?)`,
    value: NUMBER_OR_CODE_VALUE,
    priority: 62,
    minDigits: 4,
  },
  {
    type: 'license',
    labels: String.raw`\b(?:MMC|KMC|DMC|TNMC|APMC|WBMC)(?=\s\d{5,6}(?![\d.,]|\s?(?:mg|mcg|µg|ml|mL|%|units?)))`,
    value: String.raw`(\d{5,6})(?!\d)`,
    priority: 62,
  },
  {
    // A bare "chart" or "serial" also names scales, readings and series ("Bristol stool chart 6", "Snellen chart 6/9",
    // "fluid balance chart 1200 mL", "serial 3 troponins"): after it only a value of four or more digits that no unit,
    // fraction or ordinal follows is a record number ("chart 18342 reviewed"). With a sign or a number word any value counts.
    type: 'mrn',
    labels: String.raw`\bchart(?!\s{0,2}[#:：]|\s{1,2}(?:number|no\b))`,
    value: String.raw`([A-Za-z]{0,3}\d{4,12})(?![0-9A-Za-z]|[/.]\d|\s?(?:m[lL]|mg|mcg|µg|g|kg|L|units?|mmol|hours?|hourly|hrly|h)\b)`,
    priority: 60,
  },
  {
    type: 'device',
    labels: String.raw`\bserial(?!\s{0,2}[#:：]|\s{1,2}(?:number|no\b))`,
    value: String.raw`([A-Za-z0-9](?:[A-Za-z0-9-]{2,30}[A-Za-z0-9]))${NOT_BEFORE_ALNUM}`,
    priority: 60,
    minDigits: 4,
  },
  {
    type: 'vehicle',
    labels: String.raw`车架号码?|车辆识别代号|车辆识别代码|车辆识别码|VIN码|VIN(?:\s+(?:no\.?|number|#))?`,
    value: String.raw`([A-HJ-NPR-Z0-9]{17})${NOT_BEFORE_ALNUM}`,
    priority: 65,
  },
  {
    // An aircraft's registration mark (ICAO Annex 7): a nationality prefix and a mark, "VH-NXD", "P2-MAK", or the US
    // "N" and up to five characters, "N871LM": an air ambulance or a retrieval flight names its patient's journey.
    type: 'vehicle',
    labels: String.raw`\b(?:aircraft(?:\s+registration)?|helicopter|chopper|HEMS|air\s+ambulance|flight|tail\s*(?:no\.?|number|#)|registration\s+mark)|直升机|航空器(?:注册号|注册标志)?`,
    value: String.raw`([A-Z]-[A-Z]{4}|(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])-[A-Z][A-Z0-9]{2}|B-\d{4,5}|JA(?:\d{4}|\d{3}[A-HJ-NP-Z]|\d{2}[A-HJ-NP-Z]{2})|N[1-9](?:[0-9]{2,4}[A-HJ-NP-Z]{0,2}|[0-9]{0,3}[A-HJ-NP-Z]{1,2}))${NOT_BEFORE_ALNUM}`,
    // Marks are written in capitals and may hold no digit ("VH-NXD"); the rules read case-blind, so the value is checked.
    // One letter and four after the hyphen (C-GKWD) or two characters and three (VH-NXD, 9V-SQA), or China's B- and four
    // or five digits: type designators (C-130, UH-60M, EC-135) and devices (ER-REBOA) are other shapes; a US N-number has
    // three digits or a letter, never I or O (FAA), which keeps out N95 and N2O.
    check: (value) => value === value.toUpperCase(),
    priority: 60,
  },
  {
    type: 'plate',
    labels: String.raw`车牌号码|车牌号|车牌|车号|licen[cs]e\s+plate(?:\s+(?:no\.?|number))?|plate\s+(?:no\.?|number)|registration\s+(?:no\.?|number)`,
    value: String.raw`([\u4e00-\u9fa5]?[A-Za-z0-9](?:[A-Za-z0-9·\s-]{2,8}[A-Za-z0-9]))${NOT_BEFORE_ALNUM}`,
    priority: 60,
  },
];

const COMPILED_RULES = [...LABEL_RULES, ...WORLD_LABEL_RULES].map((rule) => ({
  ...rule,
  regex: new RegExp(String.raw`(?:${rule.labels})${LABEL_SEPARATOR}${rule.value}`, 'gi'),
}));

const PROVINCE_ABBREVIATIONS = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const CHINESE_PLATE = new RegExp(
  String.raw`([${PROVINCE_ABBREVIATIONS}][A-HJ-NP-Z][·\s]?(?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳]))${NOT_BEFORE_ALNUM}`,
  'g',
);
const GROUPED_CARD = new RegExp(String.raw`${NOT_AFTER_ALNUM}(\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?)(?![\d])`, 'g');
const BARE_SSN = new RegExp(String.raw`${NOT_AFTER_ALNUM}((?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4})(?![\d-])`, 'g');
const CHINESE_PASSPORT = new RegExp(String.raw`${NOT_AFTER_ALNUM}([EG][A-Z]?\d{7,8})${NOT_BEFORE_ALNUM}`, 'g');
const MAC_ADDRESS = /(?<![0-9A-Fa-f:-])((?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2})(?![0-9A-Fa-f:-])/g;
/** Two hex digits between two separators, which every MAC address holds: looked for first, as most notes have none. */
const MAC_PAIR = /[:-][0-9A-Fa-f]{2}[:-]/;
/**
 * "12床", "3号床", "3病区12床" — the bed number written before 床, as Chinese ward notes do, with the ward in front of it
 * when one is written (二病区8床, 3病区 12床), a space before 床 (RICU 06 床) and an extra bed (加1床); 床旁/床边 are places,
 * not beds.
 */
const BED_SUFFIX = /(?<![\d.])((?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:病区|病房|区) ?|\d{1,2}-|加)?\d{1,3})(?= ?号?床(?![旁边头尾上下单]))/g;
/**
 * What BED_SUFFIX needs, found by 床 first instead of at every digit: 床 opens the pattern and the digit (and 号) are read
 * behind it, since V8 tries a leading lookbehind at every position but skips ahead to a leading character.
 */
const BED_AFTER_DIGIT = /床(?<=\d ?号?床)(?![旁边头尾上下单])/;
/**
 * A ward and its bed written as one code: "4B-12" (ward 4B, bed 12), "ICU-05", "CCU-2". The dash is required, so
 * "ICU stay 5 days", "T4-T12" and "L4-5" stay; a unit after the number makes it an amount ("3B-2 mg").
 */
const WARD_CODE = String.raw`(?:\d{1,2}[A-Z]|(?:[NPSMCER]|CS|CV|RI)?ICU|CCU|HDU|NNU|SCBU)`;
const WARD_BED = new RegExp(String.raw`(?<![\w./-])(${WARD_CODE}-\d{1,3})(?![\w/-]|\.\d|\s?(?:mg|mL|ml|g|kg|mmHg|%|cm|mm)\b|病区|病房|区)`, 'g');
/**
 * A ward written before the word bed and its number ("CCU bed 4", "ward 7A bed 3", "Ward 6, bed 14", Malay "wad 5B katil 12") names one bed as
 * "CCU-4" does: the ward goes with it. A time after the number is a time in bed ("ICU bed 3 days"), as for the bed label.
 */
const WARD_THEN_BED = new RegExp(
  String.raw`(?<![\w./-])((?:${WARD_CODE}|(?:[Ww]ard|[Ww]ad)\s{1,2}\d{1,2}[A-Z]?),?\s{1,2}(?:[Bb]ed|katil)\s{1,2}\d{1,3})(?![\w/-]|\.\d|[-–~]\s?\d|${TIME_UNIT_AFTER})`,
  'g',
);
/**
 * A ward and its bed written with a space ("4B 12", "6C 08"), as ward lists print them. L and X are left out (O2 2L 92%,
 * 10X 40X magnification), and a unit after the number makes it an amount or a duration ("4B 12 months").
 */
const WARD_SPACE_BED =
  /(?<![\w./-])(\d{1,2}[A-KMNP-WYZ] \d{1,3})(?![\w./%-]|\s?(?:mg|mL|ml|g|kg|mmHg|cm|mm|days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|h|min|mins|times|beds?|patients?|pts)\b|病区|病房|区)/g;
/**
 * A ward by its number or code ("Ward 28", "Ward 6C", "ward M4", "Ward A604", "Ward 5 South"; 7B 病房, B6 病房, 5 号病房,
 * 17 病区): with the bed it narrows a patient to a room, and the gold sets count it as a bed. A time or an amount after
 * the number is no ward ("ward 3 days"), nor is a ward whose free beds are counted or whose handover is timed ("Ward 7B 3
 * beds free", "Ward 4 handover at 19:00"): a ward's own schedule places nobody. A Chinese ward needs digits (三病区 is a
 * department's name), and a ward or room with its bed after it is left to the bed (3病区12床, 9A病房 902-2床).
 */
const WARD_NUMBER = new RegExp(
  String.raw`\b[Ww](?:ard|ARD)\s{0,2}[:：]?\s{0,2}((?:[A-Z]{1,2}\d{1,3}|\d{1,3}[A-Z]?)(?:\s(?:North|South|East|West))?)(?![\w/.-]|${TIME_UNIT_AFTER}|\s?(?:mg|mL|ml|g|kg|%|beds|patients|pts)\b|\s\d{1,3}\s(?:beds?|patients?|pts|cots)\b|\s(?:new|of|more|extra|admissions?|patients?|beds?|nurses?|staff|discharges?)\b|\s(?:handover|round|meeting|huddle)\s(?:at|is|starts)\b)`,
  'g',
);
const WARD_BEFORE_ROOM = /(?<![\w./-]|[每设共有约计各余近] ?)([A-Z]?\d{1,2}[A-Z]?)(?= 号?病区|号?病区(?! ?\d)| ?号?病房(?!\s{0,2}\d))/g;

/**
 * A specimen or accession number written the way laboratory systems print it, without a label: one to three capitals,
 * the two-digit year, a dash and a serial of four to six digits ("S24-01234", "CY24-00981", "FS23-0456"). Tumour markers
 * have a one-digit tail (CA19-9, CA72-4), drug codes no digits before the dash (MK-3475) and ICD codes a dot.
 */
const SPECIMEN_SHAPE = /(?<![A-Za-z0-9./-])([A-Z]{1,3}\d{2}-\d{4,6}(?:\/\d{1,2})?)(?![A-Za-z0-9]|[-./]\d)/g;
const CODE_SYSTEM_BEFORE = /(?:ICD(?:-?\d+)?|ATC|LOINC|SNOMED(?:\s*CT)?|CPT|NDC|HCPCS|lot|batch|批号)\s{0,2}(?:code)?\s{0,2}[:：#]?\s{0,2}$/i;
const notAfterCodeSystem = (_value: string, match: RegExpExecArray) => !CODE_SYSTEM_BEFORE.test(match.input.slice(Math.max(0, match.index - 16), match.index));
/** "Grade 3A-2", "stage 2B-3", "Tanner 4B-5": a scale step, not a bed. */
const SCALE_WORD_BEFORE = /(?:grade|stage|type|class|level|cycle|phase|zone|segment|tanner|gleason|分级|分期|分型|级|期|型)\s{0,2}$/i;
const notAfterScaleWord = (_value: string, match: RegExpExecArray) => !SCALE_WORD_BEFORE.test(match.input.slice(Math.max(0, match.index - 10), match.index));
/**
 * An insurance group number: "group 55210", "Group #: G-44120", "组号：88317", taken only when an insurance word
 * (insurance, plan, policy, payer names, 医保, 保险) comes earlier on the same line, so blood and age groups stay.
 */
const INSURANCE_GROUP = new RegExp(
  String.raw`(?:\bgroup(?:\s+(?:no\.?|number|ID))?|\bgrp\.?|组号|团体号|分组号)\s{0,3}[#:：]{0,2}\s{0,3}([A-Za-z]{0,3}-?\d[\d-]{1,14}\d)${NOT_BEFORE_ALNUM}`,
  'gi',
);
const INSURANCE_CONTEXT =
  /insur|\bplan\b|policy|payer|\bPPO\b|\bHMO\b|Blue\s?Cross|Blue\s?Shield|Aetna|Cigna|Humana|UnitedHealth|Kaiser|Medicare|Medicaid|Bupa|医保|保险|参保|商保|新农合/i;
const INSURANCE_CONTEXT_REACH = 120;
/** UK number plates after reg / registration / plate ("Vehicle reg. AB12 CDE", "reg no. BD51SMR"): two letters, two digits, three letters. */
/**
 * Indian plates (Central Motor Vehicles Rules: state code, district number, series, four digits: "KA 05 MN 4821") and Irish
 * plates (year, county code, number: "231-D-45678"), both by a shape no clinical value has; the state or county code
 * must be a real one.
 */
const INDIAN_PLATE =
  /(?<![A-Za-z0-9])((?:AN|AP|AR|AS|BR|CH|CG|DD|DL|GA|GJ|HR|HP|JK|JH|KA|KL|LA|LD|MP|MH|MN|ML|MZ|NL|OD|OR|PY|PB|RJ|SK|TN|TS|TR|UP|UK|WB)[ -]?\d{2}[ -]?[A-Z]{1,3}[ -]?\d{4})(?![A-Za-z0-9])/g;
const IRISH_PLATE = /(?<![A-Za-z0-9-])(\d{2,3}-(?:CE|CN|CW|DL|KE|KK|KY|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|WH|WX|WW|C|D|G|L|T|W)-\d{1,6})(?![A-Za-z0-9-])/g;
const UK_PLATE =
  /(?<![A-Za-z])(?:[Rr]eg(?:istration)?\.?|REG|[Pp]late)(?:\s{1,2}(?:[Nn]o\.?|[Nn]umber|[Pp]late|[Mm]ark))?\s{0,3}[#:：]?\s{0,3}([A-Z]{2}\d{2}\s?[A-Z]{3})(?![A-Za-z0-9])/g;

/**
 * A US licence plate named by its state and the word plate, before ("Texas plate KJF4821") or after it in brackets
 * ("7ABC123 (California plate)"): five to eight capitals and digits with at least one of each.
 */
const US_STATE_PLATE =
  /(?<![A-Za-z])(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:licen[cs]e\s)?plate\s{0,2}[#:：]?\s{0,2}([A-Z0-9]{5,8})(?![A-Za-z0-9])|(?<![A-Za-z0-9])([A-Z0-9]{5,8})\s{0,2}[(（](?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s)?(?:licen[cs]e\s)?plate[)）]/g;
/**
 * A hospital's own initials before "No." name its record number ("UCH No. 0987123", "KATH No: 2231847", "RVH # 554120"):
 * capitals ending in H (hospital), case-sensitive so "with No. 5" stays, and five digits or more.
 */
const HOSPITAL_INITIALS_NUMBER = /(?<![A-Za-z])[A-Z]{1,5}H\s(?:No\.?|Number|#)\s{0,2}[:：]?\s{0,2}([A-Z]{0,3}\d{5,10})(?![A-Za-z0-9])/g;
const isPlateCode = (value: string) => /\d/.test(value) && /[A-Z]/.test(value);

function afterInsuranceContext(value: string, match: RegExpExecArray): boolean {
  const before = match.input.slice(Math.max(0, match.index - INSURANCE_CONTEXT_REACH), match.index);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return INSURANCE_CONTEXT.test(line);
}

/**
 * Without a label an IBAN is taken by its shape and its check: the length its country uses (SWIFT IBAN registry) and
 * ISO 13616 MOD 97-10, so trial numbers, genes and codes of the same shape stay (about one in a hundred passes by chance,
 * and few of those have their country's length).
 */
const IBAN_SHAPE = new RegExp(String.raw`(?<![A-Za-z0-9])(${IBAN_VALUE})(?![A-Za-z0-9])`, 'g');
const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 FI18 FO18 FR27 ' +
    'GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 ' +
    'MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 ' +
    'UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

export function isValidIban(value: string): boolean {
  const iban = value.replace(/ /g, '').toUpperCase();
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const hasDigit = (value: string) => /\d/.test(value);
/** A unit after a value makes it an amount of specimen, not its number. */
const UNIT_AFTER = /^\s?(?:m[lL]|L\b|µ[lL]|ul|g\b|mg|cm|mm|份|管|块|张|瓶|支|个)/;
/** A percent sign after a value makes it a share, not an identifier: "Lund Browder chart 18% TBSA". */
const PERCENT_AFTER = /^\s?[%％]/;
const notPercent = (match: RegExpExecArray) => !PERCENT_AFTER.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 2));

export const labelledNumberDetector: PhiDetector = {
  name: 'labelled-number',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    for (const rule of COMPILED_RULES) {
      const minLength = rule.minValueLength;
      const minDigits = rule.minDigits;
      const check = rule.check;
      const acceptValue =
        check !== undefined
          ? (value: string, match: RegExpExecArray) =>
              check(value) && !UNIT_AFTER.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 8))
          : minDigits !== undefined
            ? (value: string) => digitCount(value) >= minDigits
            : minLength === undefined
              ? hasDigit
              : (value: string, match: RegExpExecArray) =>
                  hasDigit(value) &&
                  value.length >= minLength &&
                  !UNIT_AFTER.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 8));
      const accept = (value: string, match: RegExpExecArray) => acceptValue(value, match) && notPercent(match);
      detections.push(...scanLastGroup({ text, regex: rule.regex, type: rule.type, priority: rule.priority, accept, retryInsideRejected: true }));
    }
    detections.push(
      ...scanLastGroup({ text, regex: CHINESE_PLATE, type: 'plate', priority: 45 }),
      // No card number opens with 0; a grouped number that does is a trunk-prefixed phone ("0731-8529 5000").
      ...scanLastGroup({ text, regex: GROUPED_CARD, type: 'bank-card', priority: 45, accept: (v) => !v.startsWith('0') && passesLuhn(v) }),
      ...scanLastGroup({ text, regex: BARE_SSN, type: 'social-security', priority: 45 }),
      ...scanLastGroup({ text, regex: CHINESE_PASSPORT, type: 'passport', priority: 40 }),
      ...(MAC_PAIR.test(text) ? scanLastGroup({ text, regex: MAC_ADDRESS, type: 'device', priority: 50 }) : []),
      ...(BED_AFTER_DIGIT.test(text) ? scanLastGroup({ text, regex: BED_SUFFIX, type: 'bed', priority: 40 }) : []),
      ...(/[A-Z]-\d/.test(text) ? scanLastGroup({ text, regex: WARD_BED, type: 'bed', priority: 45, accept: notAfterScaleWord }) : []),
      ...(/(?:[Bb]ed|katil) \d/.test(text) ? scanLastGroup({ text, regex: WARD_THEN_BED, type: 'bed', priority: 45, accept: notAfterScaleWord }) : []),
      ...(/\d[A-Z] \d/.test(text) ? scanLastGroup({ text, regex: WARD_SPACE_BED, type: 'bed', priority: 45, accept: notAfterScaleWord }) : []),
      ...(/[Ww](?:ard|ARD)/.test(text) ? scanLastGroup({ text, regex: WARD_NUMBER, type: 'bed', priority: 40 }) : []),
      ...(/病[房区]/.test(text) ? scanLastGroup({ text, regex: WARD_BEFORE_ROOM, type: 'bed', priority: 40 }) : []),
      ...scanLastGroup({ text, regex: INSURANCE_GROUP, type: 'other-id', priority: 55, accept: afterInsuranceContext }),
      ...scanLastGroup({ text, regex: UK_PLATE, type: 'plate', priority: 55 }),
      ...(/H\s(?:N|#)/.test(text) ? scanLastGroup({ text, regex: HOSPITAL_INITIALS_NUMBER, type: 'mrn', priority: 58 }) : []),
      ...(/[A-Z]{2}[ -]?\d{2}/.test(text) ? scanLastGroup({ text, regex: INDIAN_PLATE, type: 'plate', priority: 55 }) : []),
      ...(/\d-[A-Z]{1,2}-\d/.test(text) ? scanLastGroup({ text, regex: IRISH_PLATE, type: 'plate', priority: 55 }) : []),
      ...(/plate/.test(text) ? scanLastGroup({ text, regex: US_STATE_PLATE, type: 'plate', priority: 55, accept: isPlateCode }) : []),
      ...(/[A-Z]{2}\d{2}/.test(text) ? scanLastGroup({ text, regex: IBAN_SHAPE, type: 'account', priority: 50, accept: isValidIban }) : []),
      ...(/[A-Z]\d\d-\d/.test(text) ? scanLastGroup({ text, regex: SPECIMEN_SHAPE, type: 'other-id', priority: 40, accept: notAfterCodeSystem }) : []),
      ...scanCsvRecordNumbers(text),
      ...scanWorldRegisterShapes(text),
    );
    // A label read by its shape alone adds a number only where no named label found all of it.
    const byShape = [...scanFormNumbers(text), ...scanChineseFormNumbers(text)];
    for (const found of byShape) if (!detections.some((d) => d.start <= found.start && found.end <= d.end)) detections.push(found);
    return detections;
  },
};
