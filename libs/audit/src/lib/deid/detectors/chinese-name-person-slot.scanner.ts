import { clinicalTermLengthAt } from '../clinical-vocabulary';
import type { Detection } from '../deid.types';
import { COMMON_GIVEN_NAME_CHARS } from './chinese-given-name-chars';
import { isGivenChar, isHanAt, surnameLengthAt } from './chinese-name-lexicon';
import { isOneWord, nameBoundaryAt } from './han-word-boundary.util';
import { CodeUnitSet } from '../code-unit-set';
import { holdsAny } from '../literal-presence.util';
import { scanGroupSpans } from '../regex-scan.util';

/**
 * Names that are everyday words or given names without a surname, read by the person slot they fill, never by the
 * word alone: a list of given names after a roster or kin opener or before a shift or twin predicate (排班：晓雯、佳怡；
 * 秋菊、春梅上白班; 文静和安然是双胞胎), a clause subject before a verb of visiting or being diagnosed (宁静因焦虑就诊), a
 * name before 同学/老师/家长 (蓝天同学), the value after a record number (门诊号MZ…，甘露，), an English title before a
 * Chinese surname (Mrs. 黄), a name of name-only characters after a kin word (母亲艾琳), a bed label before a name and a
 * reading (12床常春梅血糖), the anaesthetist of an operating list (麻醉严晓), a supervisor (主管孔令辉) and a 小-name whose
 * report is asked for (小宇的过敏原检测报告).
 */
const PRIORITY = 55;
const SCORE = 0.8;
const HAN = '\\u4e00-\\u9fa5';

/** Time words and holidays whose two characters are both common in names: 清晨, 国庆, 中秋 (never a person). */
const NOT_A_PERSON = new Set(
  `清晨 早晨 黎明 凌晨 晨间 平日 平素 平时 近来 日前 目前 当天 当日 同年 次年 春天 夏天 秋天 冬天 春季 夏季 秋季 冬季 新年 春节 国庆 中秋 元旦
  端午 清明 今年 明年 去年 往年 白天 此后 随后 之后 后来 一直 长期 高中 初中 中学 小学 大学 全班 班主 新生 学生 高年 英文 中文 一年 二年 三年
  家长 同学 老师 孩子 子女 儿女 平安 健康 安全 和平 文明 文化 光明 美丽 明天`
    .split(/\s+/)
    .filter(Boolean),
);

function push(detections: Detection[], start: number, end: number): void {
  detections.push({ type: 'name', start, end, priority: PRIORITY, score: SCORE });
}

const isCommonGiven = (char: string) => COMMON_GIVEN_NAME_CHARS.has(char) && isGivenChar(char);
/** Two characters that may be a given name written alone: both common in names, no clinical term, no time word. */
function isGivenNameItem(text: string, start: number): boolean {
  const item = text.slice(start, start + 2);
  return item.length === 2 && Array.from(item).every(isCommonGiven) && !NOT_A_PERSON.has(item) && clinicalTermLengthAt(text, start) < 2;
}

/** Openers of a list of people: a roster, kin or a count of children ("排班：", "三个孩子", "双胞胎女儿"). */
const LIST_OPENER = new RegExp(
  `(?:排班|班次|值班|轮班|名单|人员|成员|孩子们?|子女|儿女|女儿们?|儿子们?|孙子|孙女|姐妹|兄弟|双胞胎|同学们?|[两三四五六七八九十\\d]\\s{0,2}[个位名](?:孩子|女儿|儿子|孙子|孙女|子女|护士|同学|学生|小孩|宝宝))\\s{0,2}(?:分别)?(?:是|叫|为)?\\s{0,2}[:：，,]?\\s{0,3}$`,
);
/** Predicates whose subject is people: a shift, twins, "both". Strong ones also accept items that are everyday words. */
const STRONG_LIST_PREDICATE =
  /^(?:上(?:白|夜|早|晚|中|大|小|长)?班|值(?:白|夜)?班|是双胞胎|是姐妹|是兄弟|是同学|两位|二人|两人|三人|同学|(?:(?:今|昨|前|明)天|今日|昨日)?一起(?:出院|入院|住院|来院|就诊|来诊|办理))/;
const WEAK_LIST_PREDICATE = /^(?:[上下]午|均|都)/;
/** A list of two-character items joined by 、 和 与 及: "晓雯、佳怡、浩然". */
const GIVEN_NAME_LIST = new RegExp(`[${HAN}]{2}(?:[、和与及][${HAN}]{2})+`, 'g');

function listItems(start: number, end: number): number[] {
  const items: number[] = [];
  for (let at = start; at + 2 <= end; at += 3) items.push(at);
  return items;
}

function scanGivenNameLists(text: string, detections: Detection[]): void {
  if (!/[、和与及]/.test(text)) return;
  GIVEN_NAME_LIST.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = GIVEN_NAME_LIST.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    const items = listItems(start, end);
    const opener = LIST_OPENER.test(text.slice(Math.max(0, start - 10), start));
    // The list opens a clause or follows its opener right away ("三个孩子晓雯、佳怡").
    if (!items.every((at) => isGivenNameItem(text, at)) || (!opener && isHanAt(text, start - 1))) {
      GIVEN_NAME_LIST.lastIndex = start + 1;
      continue;
    }
    const after = text.slice(end, end + 8);
    const strong = opener || STRONG_LIST_PREDICATE.test(after);
    const weak = WEAK_LIST_PREDICATE.test(after) && items.every((at) => !isOneWord({ text, start: at, end: at + 2 }));
    if (!strong && !weak) continue;
    for (const at of items) push(detections, at, at + 2);
    // "晓雯、佳怡、浩然上午；思远下午": the roster goes on after the shift, one clause at a time.
    let next = end;
    for (;;) {
      const rest = /^(?:上(?:白|夜|早|晚|中)?班|值班|[上下]午(?:班)?)?[；;，,]\s*/.exec(text.slice(next, next + 8));
      if (!rest || rest[0].length === 0) break;
      const at = next + rest[0].length;
      if (!isGivenNameItem(text, at) || isHanAt(text, at + 2) === false) break;
      if (!/^(?:上(?:白|夜|早|晚|中)?班|值班|[上下]午)/.test(text.slice(at + 2, at + 6))) break;
      push(detections, at, at + 2);
      next = at + 2;
    }
  }
}

/** Whether a clause opens at `index`: start of text, after sentence punctuation, a colon or a line break. */
const CLAUSE_OPENER_CODES = new Set(Array.from('。！？!?；;：:，,', (char) => char.charCodeAt(0)));
/** The code units `\s` matches (ECMAScript WhiteSpace and LineTerminator), so no one-character string is made per position. */
const WHITESPACE_CODES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
  0x202f, 0x205f, 0x3000, 0xfeff,
]);
const opensClause = (text: string, index: number) =>
  index === 0 || CLAUSE_OPENER_CODES.has(text.charCodeAt(index - 1)) || WHITESPACE_CODES.has(text.charCodeAt(index - 1));

/** Two characters opening with a surname, the second common in names: 宁静, 文静, 安然, 蓝天, 甘露. */
function isSurnameWordName(text: string, start: number): boolean {
  const item = text.slice(start, start + 2);
  return (
    item.length === 2 && surnameLengthAt(text, start) === 1 && isCommonGiven(item.charAt(1)) && !NOT_A_PERSON.has(item) && clinicalTermLengthAt(text, start) < 2
  );
}

/** A clause subject that visits, complains or is diagnosed: "宁静因焦虑就诊", "文静自诉头痛". */
const VISIT_PREDICATE = /^(?:因[^。，,；;\n]{1,12}?(?:就诊|来诊|求诊|入院|住院|来院|复诊)|被诊断|确诊|诊断为|自诉|主诉|来院|来诊|就诊|入院|今日来|今天来)/;
/**
 * What a child or a person does as the subject of a clause: "浩贤在学校被同学欺凌", "晓红今天发烧". Only for two
 * characters that ICU splits (no word of its own: 国庆, 一天 and 宝宝 stay words).
 */
const SUBJECT_PREDICATE = /^(?:在[^。，,；;\n]{1,15}?被|被(?:同学|人|狗|猫|车|打)|(?:今天|昨天|今日|昨日|今早|昨晚)(?:在|突然|开始|发烧|发热|摔|跌|咳|呕))/;
/** A caller's greeting before the name asked for: "喂，是晓红吗？", "你好，找思远。". */
const GREETING_BEFORE = /(?:喂|您好|你好)[，,！!\s]*(?:请问)?(?:是|找)$/;
const ASKED_AFTER = /^(?:吗|嘛|呀|啊|[，,？?。])/;
/** Before a school or family role: "蓝天同学", "甘露家长". */
const SCHOOL_ROLE_AFTER = /^(?:同学|老师|家长)/;

/**
 * The characters VISIT_PREDICATE, SCHOOL_ROLE_AFTER and SUBJECT_PREDICATE can open with: a clause subject whose next
 * character is none of them is passed over before its predicate is sliced out and read.
 */
const PREDICATE_OPENERS = new CodeUnitSet('因被确诊自主来就入今同老家在昨');

const IS_CODE = '是'.charCodeAt(0);
const LOOK_FOR_CODE = '找'.charCodeAt(0);

function scanEverydayWordNames(text: string, detections: Detection[]): void {
  for (let index = 1; index + 2 < text.length; index++) {
    const previous = text.charCodeAt(index - 1);
    if (previous !== IS_CODE && previous !== LOOK_FOR_CODE) continue;
    if (!GREETING_BEFORE.test(text.slice(Math.max(0, index - 8), index)) || !ASKED_AFTER.test(text.charAt(index + 2))) continue;
    if (isGivenNameItem(text, index) && !isOneWord({ text, start: index, end: index + 2 })) push(detections, index, index + 2);
  }
  for (let index = 0; index + 2 < text.length; index++) {
    // Every opener is a Han character, as the predicate after a clause subject must be.
    if (!PREDICATE_OPENERS.has(text.charCodeAt(index + 2)) || !isHanAt(text, index) || !opensClause(text, index)) continue;
    const after = text.slice(index + 2, index + 20);
    const visit = VISIT_PREDICATE.test(after) || SCHOOL_ROLE_AFTER.test(after);
    if (!visit && !SUBJECT_PREDICATE.test(after)) continue;
    const split = isGivenNameItem(text, index) && !isOneWord({ text, start: index, end: index + 2 });
    if (split || (visit && isSurnameWordName(text, index))) push(detections, index, index + 2);
  }
}

/** A record number and the value after it: "门诊号MZ0031872，甘露，", "样本号2406180331，冷冰冰，". */
const RECORD_NUMBER_VALUE = new RegExp(
  `(?:门诊号|住院号|病历号|病案号|样本号|标本号|登记号|条码号|就诊号|卡号|ID)\\s{0,3}[:：]?\\s{0,3}[A-Za-z0-9-]{4,30}\\s{0,3}[，,]\\s{0,3}([${HAN}]{2,3})(?=\\s{0,3}[，,])`,
  'g',
);

function scanRecordNumberValues(text: string, detections: Detection[]): void {
  if (!/号|ID/.test(text)) return;
  RECORD_NUMBER_VALUE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = RECORD_NUMBER_VALUE.exec(text)) !== null) {
    const value = match[1] ?? '';
    const start = match.index + match[0].length - value.length;
    const surname = surnameLengthAt(text, start);
    if (surname === 0 || surname >= value.length || clinicalTermLengthAt(text, start) >= 2) continue;
    if (!Array.from(value.slice(surname)).every(isCommonGiven) || NOT_A_PERSON.has(value)) continue;
    push(detections, start, start + value.length);
  }
}

/** A surname and up to two common given characters where ICU lets the name end: "陈志伟说" → 陈志伟, "黄的" → 黄. */
function surnameAndGivenLength(text: string, start: number): number {
  const surname = surnameLengthAt(text, start);
  if (surname === 0) return 0;
  for (let given = 2; given >= 1; given--) {
    const end = start + surname + given;
    if (!Array.from(text.slice(start + surname, end)).every(isCommonGiven) || end - start - surname !== given) continue;
    if (nameBoundaryAt({ text, start, surnameEnd: start + surname, end }) !== 'none') return end - start;
  }
  return surname;
}

/**
 * An English title before a Chinese surname in mixed-language notes: "Mrs. 黄的INR", "Dr. 陈志伟说", and a name the title
 * and a space or a mark close as a field does, whatever its given characters ("Dr. 梁家辉 接手": 家 is kept out of given
 * names elsewhere for 家属).
 */
const ENGLISH_TITLE_BEFORE_HAN = new RegExp(`\\b(?:Mrs|Mr|Ms|Miss|Mdm|Madam|Dr|Prof)\\.?\\s*(?=[${HAN}])`, 'g');
const HAN_NAME_CLOSED = new RegExp(`^[${HAN}]{1,2}(?=[\\s,，。、;；:：)）]|$)`);
const NOT_A_GIVEN_CHAR = /[的地得了是说在和与及等]/;

function scanEnglishTitles(text: string, detections: Detection[]): void {
  if (!/\b(?:Mrs?|Ms|Miss|Mdm|Madam|Dr|Prof)\b/.test(text)) return;
  ENGLISH_TITLE_BEFORE_HAN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ENGLISH_TITLE_BEFORE_HAN.exec(text)) !== null) {
    const start = match.index + match[0].length;
    if (clinicalTermLengthAt(text, start) >= 2) continue;
    const surname = surnameLengthAt(text, start);
    const closed = surname > 0 ? HAN_NAME_CLOSED.exec(text.slice(start + surname, start + surname + 3))?.[0] : undefined;
    const length = closed !== undefined && !NOT_A_GIVEN_CHAR.test(closed) ? surname + closed.length : surnameAndGivenLength(text, start);
    if (length > 0) push(detections, start, start + length);
  }
}

/**
 * Characters that stand almost only in names, seldom in everyday words (琳, 婷, 娟, 雯): after a kin word they make a name of
 * a surname that is an everyday word ("母亲艾琳全职"), where 母亲安静 stays a word.
 */
const NAME_ONLY_CHARS = new Set(Array.from('琳娜婷娟倩妍雯琪琦璐瑶瑾萱彤莉蕾薇茜菁媛婕姝嫣婧晗昕煜皓睿轩鹏磊斌彬俊霖铭鑫宸昊琛瑜蓓芸怡玲珊瑛琼娅妮曦涵钰'));
const KIN_BEFORE = new RegExp(`(?:父亲|母亲|丈夫|妻子|儿子|女儿|爱人|老公|老婆|姐姐|妹妹|哥哥|弟弟|爸爸|妈妈)(?=[${HAN}])`, 'g');

function scanKinNameOnly(text: string, detections: Detection[]): void {
  KIN_BEFORE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = KIN_BEFORE.exec(text)) !== null) {
    const start = match.index + match[0].length;
    const surname = surnameLengthAt(text, start);
    if (surname === 0) continue;
    for (let given = 2; given >= 1; given--) {
      const end = start + surname + given;
      const chars = Array.from(text.slice(start + surname, end));
      if (chars.length !== given || !chars.every((char) => NAME_ONLY_CHARS.has(char) || (given === 2 && isCommonGiven(char)))) continue;
      if (!chars.some((char) => NAME_ONLY_CHARS.has(char))) continue;
      if (isOneWord({ text, start, end }) || nameBoundaryAt({ text, start, surnameEnd: start + surname, end }) === 'none') continue;
      push(detections, start, end);
      break;
    }
  }
}

/**
 * A married woman named by her husband's surname, her own and 氏, as family histories and older records write them:
 * "母亲黄李氏健在", "老伴秦王氏". Two surnames before 氏 are a person; one surname with 氏 is an eponym as often
 * (桥本氏, 川崎氏病) and stays, as does 氏 before a word of a sign or a disease (陈王氏征).
 */
const SURNAMES_THEN_SHI = /[\u4e00-\u9fa5]{2}氏(?![征病症综法术手评甲])/g;

function scanMarriedWomenNames(text: string, detections: Detection[]): void {
  if (!text.includes('氏')) return;
  SURNAMES_THEN_SHI.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SURNAMES_THEN_SHI.exec(text)) !== null) {
    const start = match.index;
    if (surnameLengthAt(text, start) !== 1 || surnameLengthAt(text, start + 1) !== 1 || clinicalTermLengthAt(text, start) >= 2) continue;
    push(detections, start, start + 3);
  }
}

/** A bed label, a name of common given characters and a reading: "12床常春梅血糖 3.1". */
const BED_LABEL = /\d号?床\s*(?=[\u4e00-\u9fa5])/g;
const READING_AFTER = /^(?:体温|血压|血糖|心率|脉搏|呼吸|血氧|尿量|今晚|今晨|今日|昨晚|术后|夜间)/;

function scanBedNames(text: string, detections: Detection[]): void {
  if (!text.includes('床')) return;
  BED_LABEL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = BED_LABEL.exec(text)) !== null) {
    const start = match.index + match[0].length;
    if (surnameLengthAt(text, start) !== 1 || clinicalTermLengthAt(text, start) >= 2) continue;
    if (!isCommonGiven(text.charAt(start + 1)) || !isCommonGiven(text.charAt(start + 2))) continue;
    if (READING_AFTER.test(text.slice(start + 3, start + 5)) || clinicalTermLengthAt(text, start + 3) >= 2) push(detections, start, start + 3);
  }
}

/** The staff of an operating list: "主刀汪峰，一助邹立，麻醉严晓" (the list's other roles show what 麻醉 labels). */
const THEATRE_ROLE = new RegExp(`(?<=^|[，,；;、：:\\s])(?:麻醉|巡回|洗手|器械)\\s{0,3}[:：]?\\s{0,3}(?=[${HAN}])`, 'g');
/** Supervisors and workmates before a name: "主管孔令辉频繁加班". */
const WORKPLACE_ROLE = new RegExp(`(?:主管|上司|领导|经理|老板|组长|班长|队长|室友)(?=[${HAN}])`, 'g');

function scanRoleNames(text: string, detections: Detection[]): void {
  let match: RegExpExecArray | null;
  if (/主刀|术者|一助|助手/.test(text)) {
    // Tried only where a theatre role word starts (scanGroupSpans), not at every character of the note.
    scanGroupSpans(THEATRE_ROLE, text, 0, (_roleStart, start) => {
      const surname = surnameLengthAt(text, start);
      if (surname === 0 || clinicalTermLengthAt(text, start) >= 2) return;
      for (let given = 2; given >= 1; given--) {
        const end = start + surname + given;
        if (!Array.from(text.slice(start + surname, end)).every(isGivenChar) || end > text.length) continue;
        if (!/^(?:$|[\s，,；;。、])/.test(text.slice(end, end + 1)) || isOneWord({ text, start, end })) continue;
        push(detections, start, end);
        break;
      }
    });
  }
  WORKPLACE_ROLE.lastIndex = 0;
  while ((match = WORKPLACE_ROLE.exec(text)) !== null) {
    const start = match.index + match[0].length;
    const surname = surnameLengthAt(text, start);
    const end = start + surname + 2;
    if (surname === 0 || clinicalTermLengthAt(text, start) >= 2 || !Array.from(text.slice(start + surname, end)).every(isGivenChar)) continue;
    if (isOneWord({ text, start, end }) || nameBoundaryAt({ text, start, surnameEnd: start + surname, end }) !== 'word') continue;
    push(detections, start, end);
  }
}

/** A 小-name whose results or report someone asks for: "小宇的过敏原检测报告出来了吗". */
const SMALL_NAME_REPORT = new RegExp(`(?<![${HAN}])(小[${HAN}])(?=的(?:过敏|检测|检查|报告|化验|结果|病历|体温|疫苗|片子|药))`, 'g');

function scanSmallNameReports(text: string, detections: Detection[]): void {
  if (!text.includes('小')) return;
  SMALL_NAME_REPORT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SMALL_NAME_REPORT.exec(text)) !== null) {
    if (isCommonGiven(text.charAt(match.index + 1))) push(detections, match.index, match.index + 2);
  }
}

/**
 * The owner of a record someone looks up or opens: "查一下欧阳娜娜的出院小结", "登录了郑海波的电子病历账号", "打印陈静的化验单".
 * A verb of looking up or opening, a surname with one or two given characters, 的 and a personal record or account.
 */
const RECORD_LOOKUP_BEFORE = /(?:查|查看|查询|查阅|浏览|访问|看|调|调阅|调取|借阅|翻看|打印|复印|导出|登录|登入|打开|找|修改|删除|发送|把)(?:一下|了|过)?$/;
const PERSONAL_RECORD_AFTER =
  /^的(?:出院小结|出院记录|入院记录|手术记录|护理记录|电子病历|病历|病案|检查报告|检验报告|化验单|化验结果|体检报告|报告|医嘱|处方|账号|账户|缴费|费用|住院费用|片子|影像|资料|档案|信息)/;

function scanRecordOwners(text: string, detections: Detection[]): void {
  if (!text.includes('的')) return;
  for (let index = text.indexOf('的', 2); index >= 0; index = text.indexOf('的', index + 1)) {
    if (!PERSONAL_RECORD_AFTER.test(text.slice(index, index + 7))) continue;
    for (let length = 4; length >= 2; length--) {
      const start = index - length;
      if (start < 1 || isHanAt(text, start - 1) === false) continue;
      const surname = surnameLengthAt(text, start);
      if (surname === 0 || surname >= length || clinicalTermLengthAt(text, start) >= 2) continue;
      if (!Array.from(text.slice(start + surname, index)).every(isGivenChar) || isOneWord({ text, start, end: index })) continue;
      if (!RECORD_LOOKUP_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
      push(detections, start, index);
      break;
    }
  }
}

/** Reduplicated characters that are adverbs, kin or baby words, not pet names: 常常, 刚刚, 奶奶, 宝宝, 星星. */
const NOT_A_PET_NAME = new Set(Array.from('常渐慢刚偏仅往天明好多星姥奶爷爸妈哥姐弟妹叔舅姨婆公宝娃个人时年月日处样久'));
/**
 * A pet name of one character said twice before a parent or said to be a nickname ("苗苗妈妈", "毛毛（小名）"), or opening
 * the note before a child's age or fever ("豆豆，4岁，", "果果发烧两天"); adverbs said twice (常常, 渐渐) are no one.
 */
const PET_NAME = new RegExp(
  `(?<![${HAN}])([${HAN}])\\1(?=妈妈|爸爸|的妈妈|的爸爸|奶奶|爷爷|外婆|姥姥|[（(](?:小名|乳名|昵称|外号)|[，,]\\s?\\d{1,2}岁|发烧|发热|今天|昨天|一直|哭闹)`,
  'g',
);

/** What comes after every pet name PET_NAME reads, but an age after a comma (PET_NAME_AGE_AFTER). */
const PET_NAME_FOLLOWERS = ['妈妈', '爸爸', '奶奶', '爷爷', '外婆', '姥姥', '小名', '乳名', '昵称', '外号', '发烧', '发热', '今天', '昨天', '一直', '哭闹'];
const PET_NAME_AGE_AFTER = /[，,]\s?\d{1,2}岁/;

function scanPetNames(text: string, detections: Detection[]): void {
  // A note with none of the words a pet name stands before is not scanned: trying a doubled character at every Han
  // character of the note is what this rule costs.
  if (!holdsAny(text, PET_NAME_FOLLOWERS) && !PET_NAME_AGE_AFTER.test(text)) return;
  PET_NAME.lastIndex = 0;
  let match: RegExpExecArray | null;
  const names = new Set<string>();
  while ((match = PET_NAME.exec(text)) !== null) {
    const char = match[1] ?? '';
    if (!NOT_A_PET_NAME.has(char) && isGivenChar(char) && clinicalTermLengthAt(text, match.index) < 2) names.add(match[0]);
  }
  // The note names the child again without the parent word: "苗苗今天上学去了吗？苗苗妈妈反映…".
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 2)) {
      if (text.charAt(at - 1) !== name.charAt(0) && text.charAt(at + 2) !== name.charAt(0)) push(detections, at, at + 2);
    }
  }
}

/** A surname said to be one before who bears it: "牛姓男子（自称牛大力）", "，闫姓患者". */
const SURNAME_OF_PERSON = new RegExp(`(?:(?<![${HAN}])|(?<=[名位个]))([${HAN}])姓(?=男子|女子|男性|女性|患者|病人|老人|男孩|女孩|家属|人士)`, 'g');

/** What SURNAME_OF_PERSON needs after the surname, looked for first: 姓 is common (姓名), 姓男子 is not. */
const SURNAME_BEFORE_PERSON = /姓(?:男子|女子|男性|女性|患者|病人|老人|男孩|女孩|家属|人士)/;

function scanSurnamesOfPersons(text: string, detections: Detection[]): void {
  if (!SURNAME_BEFORE_PERSON.test(text)) return;
  SURNAME_OF_PERSON.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SURNAME_OF_PERSON.exec(text)) !== null) {
    if (surnameLengthAt(text, match.index) === 1) push(detections, match.index, match.index + 1);
  }
}

/**
 * A name given as what the person is called: "（大名傅子乐）", "真名刘翠英", and the name said to be a nickname before
 * it ("翠花是患者的小名"). The label takes a surname and one or two given characters; the nickname two characters.
 */
const NAME_LABEL = new RegExp(`(?:大名|真名|本名|原名|学名)(?:是|叫|为)?[:：]?(?=[${HAN}])`, 'g');
const NICKNAME_SAID = /是(?:患者|患儿|病人|他|她)?的?(?:小名|乳名|昵称|外号)/g;

function scanLabelledNames(text: string, detections: Detection[]): void {
  if (!text.includes('名')) return;
  NAME_LABEL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NAME_LABEL.exec(text)) !== null) {
    const start = match.index + match[0].length;
    const length = surnameAndGivenLength(text, start);
    if (length > surnameLengthAt(text, start) && clinicalTermLengthAt(text, start) < 2) push(detections, start, start + length);
  }
  NICKNAME_SAID.lastIndex = 0;
  while ((match = NICKNAME_SAID.exec(text)) !== null) {
    const start = match.index - 2;
    if (start < 0 || !opensClause(text, start) || !isHanAt(text, start) || !isHanAt(text, start + 1)) continue;
    if (Array.from(text.slice(start, match.index)).every(isGivenChar) && clinicalTermLengthAt(text, start) < 2) push(detections, start, match.index);
  }
}

/** A surname alone, said in brackets to be the patient's or a relative's: "欧阳（患者本人要求称呼）", "彭（患者）：". */
const PERSON_BRACKET = /[（(](?:患者|病人|患儿|家属)[^）)]{0,10}[）)]/g;
/** Surnames listed before a count of people: "尹、段两位住院医师". */
const PEOPLE_COUNT = /[两二三几]位/g;

/** The one or two characters right before `end` that open a clause and are a surname, or 0. */
function bareSurnameBefore(text: string, end: number): number {
  for (const length of [2, 1]) {
    const start = end - length;
    if (start >= 0 && opensClause(text, start) && isHanAt(text, start) && surnameLengthAt(text, start) === length) return length;
  }
  return 0;
}

function scanBareSurnames(text: string, detections: Detection[]): void {
  let match: RegExpExecArray | null;
  PERSON_BRACKET.lastIndex = 0;
  while ((match = PERSON_BRACKET.exec(text)) !== null) {
    const length = bareSurnameBefore(text, match.index);
    if (length > 0) push(detections, match.index - length, match.index);
  }
  PEOPLE_COUNT.lastIndex = 0;
  while ((match = PEOPLE_COUNT.exec(text)) !== null) {
    // Walk back over "X、Y(、Z)": one surname before each 、, the first opening the clause.
    const starts: number[] = [];
    let at = match.index - 1;
    while (at >= 0 && starts.length < 4 && isHanAt(text, at) && surnameLengthAt(text, at) === 1) {
      starts.push(at);
      if (text.charAt(at - 1) !== '、') break;
      at -= 2;
    }
    const first = starts[starts.length - 1];
    if (starts.length >= 2 && first !== undefined && opensClause(text, first)) for (const start of starts) push(detections, start, start + 1);
  }
}

/** A sibling or child counted before the full name in a family history: "一兄吴志强", "其弟邹国平". */
const COUNTED_KIN_BEFORE = new RegExp(`(?:[一其]|有一)[兄弟姐妹子女](?=[${HAN}])`, 'g');

function scanCountedKin(text: string, detections: Detection[]): void {
  COUNTED_KIN_BEFORE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = COUNTED_KIN_BEFORE.exec(text)) !== null) {
    const start = match.index + match[0].length;
    const surname = surnameLengthAt(text, start);
    const length = surnameAndGivenLength(text, start);
    if (surname > 0 && length === surname + 2 && clinicalTermLengthAt(text, start) < 2) push(detections, start, start + length);
  }
}

/**
 * The person who signs or handles a referral or follow-up for an institution: "中心医院 俞晨 2025年11月12日",
 * "社区卫生服务中心汤玉芬负责". A full name (surname and two common given characters) right after the institution,
 * before a date or the end of a line, or before what the person does (负责, 联系, 随访).
 */
const INSTITUTION_BEFORE = new RegExp(`(?:医院|中心|诊所|卫生院|卫生室)[ \u3000]{0,3}(?=[${HAN}])`, 'g');
const SIGNATURE_AFTER = /^(?:[ \u3000]{1,3}(?:\d{4}[年.\-/]|$)|[ \u3000]*\n|负责|联系|随访|签字|签名)/;

const SIGNATURE_DATE_AFTER = /^[ \u3000]{1,3}\d{4}[年.\-/]/;

function scanInstitutionStaff(text: string, detections: Detection[]): void {
  if (!/医院|中心|诊所|卫生/.test(text)) return;
  INSTITUTION_BEFORE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = INSTITUTION_BEFORE.exec(text)) !== null) {
    const start = match.index + match[0].length;
    const surname = surnameLengthAt(text, start);
    if (surname === 0 || clinicalTermLengthAt(text, start) >= 2) continue;
    // Two given characters, or one where a space and a date close the signature ("中心医院 俞晨 2025年").
    for (const given of [2, 1]) {
      const end = start + surname + given;
      if (!Array.from(text.slice(start + surname, end)).every(isCommonGiven) || end > text.length) continue;
      const after = text.slice(end, end + 8);
      if (given === 2 ? SIGNATURE_AFTER.test(after) : SIGNATURE_DATE_AFTER.test(after)) {
        push(detections, start, end);
        break;
      }
    }
  }
}

/**
 * Given names as speakers of a chat or a ward group message ("晓光：海燕，你那边…\n海燕：乌拉地尔泵着呢"): two or more
 * lines open with two common given-name characters and a colon, and each of those lines talks (你, 我, 吗, 呢 …),
 * which headings (诊断：, 建议：) never do. Each speaker's name is then redacted wherever the chat uses it.
 */
const SPEAKER_LINE = new RegExp(`(?:^|\\n)[ \\t]*([${HAN}]{2})[：:]([^\\n]*)`, 'g');
const CHAT_PARTICLE = /[你我吗呢吧啊嘛呀哈]/;

function scanChatSpeakers(text: string, detections: Detection[]): void {
  if (!text.includes('\n') || !/[：:]/.test(text)) return;
  const speakers = new Set<string>();
  SPEAKER_LINE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SPEAKER_LINE.exec(text)) !== null) {
    const name = match[1] ?? '';
    const start = match.index + match[0].indexOf(name);
    // A speaker's name may be a word too (海燕, a petrel): the chat slot says it is a person.
    if (!isGivenNameItem(text, start) || !CHAT_PARTICLE.test(match[2] ?? '')) continue;
    speakers.add(name);
  }
  if (speakers.size < 2) return;
  for (const name of speakers) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 2)) {
      if (!isHanAt(text, at - 1) || opensClause(text, at)) push(detections, at, at + 2);
    }
  }
}

export function scanNamesByPersonSlot(text: string): Detection[] {
  const detections: Detection[] = [];
  if (!/[\u4e00-\u9fa5]/.test(text)) return detections;
  scanGivenNameLists(text, detections);
  scanEverydayWordNames(text, detections);
  scanRecordNumberValues(text, detections);
  scanEnglishTitles(text, detections);
  scanKinNameOnly(text, detections);
  scanBedNames(text, detections);
  scanRoleNames(text, detections);
  scanSmallNameReports(text, detections);
  scanRecordOwners(text, detections);
  scanPetNames(text, detections);
  scanSurnamesOfPersons(text, detections);
  scanLabelledNames(text, detections);
  scanBareSurnames(text, detections);
  scanCountedKin(text, detections);
  scanInstitutionStaff(text, detections);
  scanChatSpeakers(text, detections);
  scanMarriedWomenNames(text, detections);
  return detections;
}
