import { isListedChineseCity, PROVINCE_LEVEL_NAMES } from '../data/cities';
import type { Detection, PhiDetector } from '../deid.types';

/**
 * Hospitals and clinics by name (南京市第一人民医院, 苏州大学附属第二医院, 北京协和医院, 康宁诊所, St Mary's Hospital,
 * Riverside Family Clinic). A facility name is no HIPAA Safe Harbor element, but it narrows where the patient lives,
 * so MedLocal removes it as an `organization`. A facility named only by its kind (上级医院, 县人民医院, 私人诊所,
 * the local clinic) names no place and stays, as do clinical phrases (出院, 医院获得性肺炎, St John's wort).
 */
const PRIORITY = 55;
const HAN = String.raw`\u4e00-\u9fa5`;
/**
 * Care homes and employers narrow a residence or a workplace to one building as a hospital does (幸福里养老院,
 * 上海宏达机械有限公司); the same reading of the name in front applies (入住养老院, 某公司 name none).
 */
const FACILITY_SUFFIX =
  '社区卫生服务中心|社区卫生服务站|卫生服务中心|卫生服务站|医院|卫生院|诊所|保健院|门诊部|养老院|敬老院|福利院|护理院|疗养院|养老中心|老年公寓|康养中心|颐养院|养护院|安养院|托老所|日间照料中心|股份有限公司|有限责任公司|有限公司';
/** The facility word; the Han run in front of it (at most MAX_NAME_RUN characters) is read backwards in code. */
const CHINESE_FACILITY = new RegExp(FACILITY_SUFFIX, 'g');
const MAX_NAME_RUN = 24;
const HAN_RUN_BEFORE = new RegExp(String.raw`[${HAN}]{1,${MAX_NAME_RUN}}$`);
/** Words that end the text in front of the facility name ("曾在", "于", "由", "转至", "患者"). */
const LEADING_CONTEXT = /(?:来自|建议|推荐|前往|返回|在|于|由|从|经|至|到|去|往|转|赴|及|或|与|、|曾|患者|外院|就诊|为|是|系|诊断|送|收住|入住|住|现居|居)/g;
/**
 * A name made only of these says which kind of facility, not which one: 上级, 当地, 县人民, 市第一人民, 综合, 私人.
 * Place and type words count as generic alone; with a real place name in front (杭州市中, 南京市第一人民) they do not.
 */
const GENERIC_WORDS: readonly string[] = `我院 本院 外院 该院 他院 院 上级 下级 基层 当地 本地 外地 异地 综合 专科 私人 个体 该 此 其他 其它 各级
  定点 三甲 三级 二级 一级 民营 公立 私立 乡镇 社区 我 本 外 贵 附近 就近 县级 市级 省级 区级 大 小 正规 普通 一家 某 附属 省 市 县 区 镇 乡
  村 中 西 人民 中心 中医 中西医结合 妇幼 妇产 儿童 肿瘤 口腔 眼科 胸科 传染病 精神 精神卫生 职业病 康复 骨科 专门 家庭 多家 多 各 几家 两家
  外科 内科 军队 部队 公办 民办 私营 外资 合资 国营 国有 这家 那家 一所 这所`
  .split(/\s+/)
  .filter(Boolean);
const ORDINAL_DIGIT = /[一二三四五六七八九十\d]/;

/**
 * Whether the name is made only of generic words and ordinals (第一); read left to right, remembering which positions a
 * sequence of generic words can reach, so a long run of them costs one pass per word (a regex alternation backtracked).
 */
function isGenericName(name: string, extraWords: readonly string[] = []): boolean {
  const reachable = new Array<boolean>(name.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < name.length; i++) {
    if (!reachable[i]) continue;
    for (const word of GENERIC_WORDS) if (name.startsWith(word, i)) reachable[i + word.length] = true;
    for (const word of extraWords) if (name.startsWith(word, i)) reachable[i + word.length] = true;
    if (name.charAt(i) === '第') {
      for (let k = i + 1; k < name.length && k <= i + 3 && ORDINAL_DIGIT.test(name.charAt(k)); k++) reachable[k + 1] = true;
    }
  }
  return reachable[name.length] === true;
}

/** Capitalised words ("Leeds", "Harbor View", "Queen Elizabeth") and a facility word after them. */
const ENGLISH_FACILITY =
  /\b((?:St\.?\s+[A-Z][a-z]+(?:['’]s?)?|[A-Z][a-z]+(?:['’]s)?(?:\s[A-Z][a-z]+(?:['’]s)?){0,2}(?:\s(?:General|Memorial|Community|Children['’]s|University|Royal|District|Regional|County|Teaching|Family|Medical|Health|Dental|Women['’]s|Veterans))?)\s(?:Hospital|Infirmary|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re)|Clinic|Surgery|Practice|(?:Care|Nursing|Residential|Rest|Retirement)\s+Home|(?:care|nursing|residential|rest|retirement)\s+home|(?:Care|Nursing)\s+Cent(?:re|er)|Retirement\s+Village|Senior\s+Living|Ltd\b|Limited|Inc\b|LLC|PLC|plc))(?![A-Za-z])/g;
/** Capitalised words that open a sentence or the phrase before a facility, never part of its name ("Seen at", "The"). */
const LEADING_WORD =
  /^(?:The|A|An|This|That|Our|Your|His|Her|Their|Its|Any|Another|Each|Every|Local|Private|Discharge|Discharged|Admission|Admitted|Seen|Referred|Transferred|From|At|To|In|Follow|Followed|Plan|Attends|Attended|Via|By|Per|Back|Sent|Returned|Called)$/;
/** Words that say which kind of facility, not which one: "General Hospital" or "Royal Infirmary" alone names none. */
const KIND_WORDS = new Set(
  `General Memorial Community Children's Children’s University Royal District Regional County Teaching Family Medical Health Dental
  Women's Women’s Veterans Cancer Eye Heart Psychiatric Mental Maternity Rehabilitation Rehab Orthopaedic Orthopedic Cardiac Day
  Cottage Field Military State City Specialist Private Public Central National Base Main Walk-in Council Dementia Residential Respite
  Nursing Care Elderly Local Nearby`
    .split(/\s+/)
    .filter(Boolean),
);
/** A plain "Clinic", "Surgery" or "Practice" is a named facility only after one of these ("Riverside Family Clinic"). */
const CLINIC_KIND_BEFORE = /^(?:Family|Medical|Dental|Health|Community|Walk-in|General)$/;

function scanChinese(text: string, detections: Detection[]): void {
  CHINESE_FACILITY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CHINESE_FACILITY.exec(text)) !== null) {
    const run = HAN_RUN_BEFORE.exec(text.slice(Math.max(0, match.index - MAX_NAME_RUN), match.index))?.[0] ?? '';
    const runStart = match.index - run.length;
    const start = runStart + nameStart(run);
    const name = text.slice(start, match.index);
    if (name.length < 2 || isGenericName(name)) continue;
    detections.push({ type: 'organization', start, end: match.index + match[0].length, priority: PRIORITY });
  }
}

/** Where the facility name starts in the Han run before its suffix: after the last context word, else at the run's start (去中医院 leaves 中: no name). */
function nameStart(run: string): number {
  let start = 0;
  LEADING_CONTEXT.lastIndex = 0;
  let word: RegExpExecArray | null;
  while ((word = LEADING_CONTEXT.exec(run)) !== null) {
    start = word.index + word[0].length;
  }
  return start;
}

const ENGLISH_FACILITY_WORD = /Hospital|Infirmary|Cent(?:er|re)|Clinic|Surgery|Practice|[Hh]ome|Village|Living|Ltd|Limited|Inc|LLC|PLC|plc/;

function scanEnglish(text: string, detections: Detection[]): void {
  if (!ENGLISH_FACILITY_WORD.test(text)) return;
  ENGLISH_FACILITY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ENGLISH_FACILITY.exec(text)) !== null) {
    if (/^St\.?\s+John['’]?s?\s+[Ww]ort/.test(match[1] ?? '')) continue;
    const { start, value } = withoutLeadingWords(match.index, match[1] ?? '');
    if (!isNamedFacility(value)) continue;
    detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
}

/** Drops capitalised words that open the sentence or the phrase ("Seen At …", "The …") from a matched name. */
function withoutLeadingWords(matchStart: number, matched: string): { start: number; value: string } {
  let start = matchStart;
  let value = matched;
  for (let first = /^\S+/.exec(value)?.[0]; first && LEADING_WORD.test(first); first = /^\S+/.exec(value)?.[0]) {
    const rest = value.slice(first.length).trimStart();
    start += value.length - rest.length;
    value = rest;
  }
  return { start, value };
}

/**
 * Schools and universities narrow a child's or a student's whereabouts to one building (北京市第八十中学, 学军小学,
 * Lincoln High School, University of Leeds). The name in front is read as for a hospital; schooling words (考上大学,
 * 读中学, 大学生, 医学院毕业, High School, Medical School) and professional bodies that publish guidelines ("American
 * College of Cardiology", "Royal College of Physicians": a College or Academy followed by "of") name no school.
 */
const CHINESE_SCHOOL = /职业技术学院|实验学校|幼儿园|中学|小学|大学|学院|学校|高中|初中/g;
const SCHOOL_GENERIC_WORDS: readonly string[] = `考上 考入 考 上 读 念 在读 就读 报考 重点 名牌 职业 技工 中专 大专 本科 寄宿 农村 乡村 城里
  高等 师范 体育 艺术 一所 这所 那所 所 在校 全日制 业余 老年 初 高 该 医 医科 医学 护理 卫生 理工 财经 军事 农业 工业 科技 外国语 开放`
  .split(/\s+/)
  .filter(Boolean);

function scanChineseSchools(text: string, detections: Detection[]): void {
  if (!/[学园校中]/.test(text)) return;
  CHINESE_SCHOOL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CHINESE_SCHOOL.exec(text)) !== null) {
    const end = match.index + match[0].length;
    if (text.charAt(end) === '生') continue; // 大学生, 中学生: a student, not a school
    const run = HAN_RUN_BEFORE.exec(text.slice(Math.max(0, match.index - MAX_NAME_RUN), match.index))?.[0] ?? '';
    const start = match.index - run.length + nameStart(run);
    const name = text.slice(start, match.index);
    if (name.length < 2 || isGenericName(name, SCHOOL_GENERIC_WORDS) || insideFound(detections, start, end)) continue;
    detections.push({ type: 'organization', start, end, priority: PRIORITY });
  }
}

const ENGLISH_SCHOOL =
  /\b((?:St\.?\s+[A-Z][a-z]+(?:['’]s?)?|[A-Z][a-z]+(?:['’]s)?)(?:\s[A-Z][a-z]+(?:['’]s)?){0,3}\s(?:School|College|University|Academy|Polytechnic|Kindergarten))(?![A-Za-z])(?!\s+of\s)/g;
/** Words that say which kind of school: "High School" or "Medical School" alone names none. */
const SCHOOL_KIND_WORDS = new Set(
  `High Primary Secondary Grammar Middle Elementary Junior Senior Infant Infants Nursery Sixth Form Community Technical Catholic State
  Public Private Medical Nursing Dental Law Business Night Summer Sunday Boarding Special Comprehensive Free Open City County Village
  Local Art Music Drama Language Driving Graduate Teaching University Hospital`
    .split(/\s+/)
    .filter(Boolean),
);
/** "University of Leeds", "Royal Infirmary of Edinburgh", "Hospital of the University of Pennsylvania": the place after "of" names it. */
const OF_PLACE_FACILITY = /\b((?:[A-Z][a-z]+\s){0,2}(?:University|Infirmary|Hospital)(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}){1,2})/g;

function scanEnglishSchools(text: string, detections: Detection[]): void {
  if (!/School|College|University|Academy|Polytechnic|Kindergarten|Infirmary|Hospital/.test(text)) return;
  ENGLISH_SCHOOL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ENGLISH_SCHOOL.exec(text)) !== null) {
    const { start, value } = withoutLeadingWords(match.index, match[1] ?? '');
    const nameWords = value.split(/\s+/).slice(0, -1);
    if (!/^St\.?\s/.test(value) && !nameWords.some((word) => !SCHOOL_KIND_WORDS.has(word) && !KIND_WORDS.has(word))) continue;
    if (insideFound(detections, start, start + value.length)) continue;
    detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
  OF_PLACE_FACILITY.lastIndex = 0;
  while ((match = OF_PLACE_FACILITY.exec(text)) !== null) {
    const { start, value } = withoutLeadingWords(match.index, match[1] ?? '');
    if (insideFound(detections, start, start + value.length)) continue;
    detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
}

/** A school inside a hospital's name already found (苏州大学附属第二医院) is part of that name. */
function insideFound(detections: readonly Detection[], start: number, end: number): boolean {
  return detections.some((found) => found.start <= start && found.end >= end);
}

/** "Leeds General Hospital", "St Mary's Hospital", "Riverside Family Clinic" — not "General Hospital", "Memory Clinic", "Cancer Hospital". */
function isNamedFacility(value: string): boolean {
  if (/^St\.?\s/.test(value)) return true;
  const words = value.split(/\s+/);
  const suffix = /(?:Cent(?:er|re)|\s[Hh]ome|\sVillage|\sLiving)$/.test(value) ? 2 : 1;
  const nameWords = words.slice(0, words.length - suffix);
  if (nameWords.length === 0) return false;
  const plainClinic = suffix === 1 && /^(?:Clinic|Surgery|Practice)$/.test(words[words.length - 1] ?? '');
  if (plainClinic && !CLINIC_KIND_BEFORE.test(nameWords[nameWords.length - 1] ?? '')) return false;
  return nameWords.some((word) => !KIND_WORDS.has(word));
}

/**
 * An employer named after an employment phrase ("works at Northfield Logistics", "retired from Ravenscroft Mills", "works at
 * Tesco", "Home Depot", "works as a cashier at Tesco", "employee of Network Rail", "Employer: Tesco", "the Royal Mail"): the phrase says a company follows, so no legal-form word is needed. Capitals alone (ICU, NHS),
 * months, weekdays, times of the week, "Home" alone and a floor or ward of a building are no employer.
 */
const EMPLOYER =
  /\b(?:[Ww]ork(?:s|ed|ing)?\s(?:at|for)|[Ww]ork(?:s|ed|ing)?\sas\s(?:an?\s)?[a-z]{2,20}(?:\s[a-z]{2,20})?\sat|[Ee]mployed\s(?:by|at)|[Ee]mployee\sof|[Ee]mployer\s?[:：]|[Rr]etired\sfrom|[Jj]ob\sat)\s{1,2}(?:the\s)?((?:[A-Z][a-z][A-Za-z'’&]*(?:-[A-Za-z]+)?)(?:\s(?:[A-Z][a-z][A-Za-z'’&]*(?:-[A-Za-z]+)?|&)){0,3})/g;
const NOT_AN_EMPLOYER =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Weekends?|Night|Nights|Christmas|Easter|Present|Least|Level|Floor|Ward)$/;

function scanEmployers(text: string, detections: Detection[]): void {
  if (!/[Ww]ork|[Ee]mploy|[Rr]etired|[Jj]ob/.test(text)) return;
  EMPLOYER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = EMPLOYER.exec(text)) !== null) {
    const value = match[1] ?? '';
    if (NOT_AN_EMPLOYER.test(value.split(/\s/)[0] ?? '') || value === 'Home') continue;
    const start = match.index + match[0].length - value.length;
    detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
}

/**
 * An employer in Chinese after an employment phrase (就职于华为, 任职于万科物业, 工作单位：阿里巴巴) or between 在 and a verb of
 * working (在腾讯上班, 退休前在杭州钢铁厂工作). The Han run ends at the verb or the clause; a workplace named only by its
 * kind (在家, 在工地上班, 就职于一家私营企业, 某公司, 在医院工作, 在门诊工作), a place (在宁波工作: the city goes as an address)
 * or a department is no employer.
 */
const CHINESE_EMPLOYER_AFTER = new RegExp(
  String.raw`(?:就职于|任职于|供职于|受雇于|受聘于|就业于|工作于|服务于|工作单位\s{0,2}[:：为是]|(?<!工作)单位\s{0,2}[:：]|雇主\s{0,2}[:：为是])\s{0,2}([${HAN}]{2,16})`,
  'g',
);
const CHINESE_EMPLOYER_BETWEEN = new RegExp(String.raw`在([${HAN}]{2,12}?)(?=工作|上班|任职|打工|务工|供职|实习|兼职|当|做|送外卖|开车|跑)`, 'g');
/** Where the employer's name ends inside the Han run after the phrase. */
const EMPLOYER_NAME_END = /工作|上班|任职|担任|从事|负责|打工|务工|多年|期间|至今|退休|长期|[的当做任从]/;
const GENERIC_WORKPLACE = new RegExp(
  String.raw`^(?:某|一家|一个|一所|这家|那家|当地|本地|外地|附近|其他|多家|几家|家|自家|国外|海外|私营|国营|民营|外资|合资|个体|无)|` +
    String.raw`^(?:小|大)?(?:电子|化工|钢铁|服装|纺织|印刷|化肥|建筑|物流|快递|装修|食品|机械|家具|制药|水泥|玻璃|塑料|造纸|汽车|煤|矿|砖|鞋|玩具|五金|电器|陶瓷|外贸|贸易|科技|网络|互联网|保险|房地产|餐饮|石油|电力|铁路|航空|政府|事业|机关|国有|私人)?` +
    String.raw`(?:厂|工厂|公司|企业|单位|学校|医院|超市|商场|工地|酒店|饭店|餐馆|餐厅|银行|集团|车间|矿|矿山|煤矿|农场|市场|商店|店|饭馆|部队|机关|政府|部门|幼儿园|小学|中学|大学|诊所|药店|养老院|敬老院|家里|家中|村|村里|农村|田里|地里|城里|县城|镇上|市区|厂里|工地上|外企|国企|私企)?$|` +
    String.raw`(?:科|室|病房|病区|门诊|急诊|手术室)$|某`,
);
/** Province-level names say no more than the state; cities are addresses (address.detector.ts). */
const PLACE_NOT_EMPLOYER = new RegExp(String.raw`^(?:${PROVINCE_LEVEL_NAMES})(?:省|市)?$`);

function scanChineseEmployers(text: string, detections: Detection[]): void {
  const regexes = [...(/[职聘雇位务]/.test(text) ? [CHINESE_EMPLOYER_AFTER] : []), ...(/在/.test(text) ? [CHINESE_EMPLOYER_BETWEEN] : [])];
  for (const regex of regexes) {
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      const run = match[1] ?? '';
      const stop = EMPLOYER_NAME_END.exec(run);
      const name = stop ? run.slice(0, stop.index) : run;
      if (name.length < 2 || GENERIC_WORKPLACE.test(name) || PLACE_NOT_EMPLOYER.test(name) || isListedChineseCity(name)) continue;
      const start = match.index + match[0].length - run.length;
      detections.push({ type: 'organization', start, end: start + name.length, priority: PRIORITY });
    }
  }
}

export const organizationDetector: PhiDetector = {
  name: 'organization',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    scanChinese(text, detections);
    scanEnglish(text, detections);
    scanEmployers(text, detections);
    scanChineseEmployers(text, detections);
    scanChineseSchools(text, detections);
    scanEnglishSchools(text, detections);
    return detections;
  },
};
