import { clinicalTermLengthAt } from '../clinical-vocabulary';
import type { Detection, PhiDetector } from '../deid.types';
import { COMMON_GIVEN_NAME_CHARS } from './chinese-given-name-chars';
import { AMBIGUOUS_SURNAMES, isGivenChar, surnameLengthAt } from './chinese-name-lexicon';
import { scanNamesWithoutTrigger } from './chinese-name-context.scorer';
import { scanFamiliarNames } from './chinese-familiar-name.scanner';
import { nameBoundaryAt } from './han-word-boundary.util';

/**
 * Chinese names are found only next to a person word (患者X, X医生, 家属X, 姓名：X, X之子): without
 * context the surname list would flag "高血压" or "黄疸". The surname list then confirms the candidate.
 */
const PRIORITY = 55;

/** After a name, these prove the name ended: punctuation, space, end of text, sex, honorific, contact words. */
const STRONG_FOLLOWERS = /^(?:$|[\s,，.。;；:：、!！?？()（）"“”'‘’[\]【】<>《》]|男|女|先生|女士|同志|之|电话|手机|联系|签字|签名)/;
/** Words that usually start the next clause (因, 于, 主诉 ...); enough only after an unambiguous surname. */
const WEAK_FOLLOWERS =
  /^(?:\d|代|述|告|请|说|认|陪|送|负|办|携|前往|因|于|主诉|诉|自|入|出|今|昨|在|经|行|来|到|从|就|的|等|系|已|近|反|曾|现|以|术|及|和|与|是|为|有|无|不|未|也|又|再|都|还|即|均|被|将|把|对|向|给|突|间|持|一|二|三|由|患|诊|接|拒|同|签|要|表|称|家|目|既|平)/;
/**
 * Literal alternation behind a first-character lookahead: irregexp then rejects most positions with
 * one class test instead of trying every word (a measured 1.5x on the whole detector).
 */
function literalAlternation(words: readonly string[]): string {
  const firstChars = [...new Set(words.map((word) => word.charAt(0)))].join('');
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  return `(?=[${firstChars}])(?:${longestFirst.join('|')})`;
}

/** Words right before a name: 患者X, 家属X, 姓名：X, 女儿X, 术者：X. */
const PERSON_WORDS_BEFORE_NAME: readonly string[] = [
  '患者',
  '病人',
  '患儿',
  '病患',
  '产妇',
  '孕妇',
  '伤者',
  '死者',
  '家属',
  '联系人',
  '监护人',
  '陪护',
  '陪同人',
  '紧急联系人',
  '委托人',
  '代理人',
  '姓名',
  '名字',
  '签名',
  '签字',
  '医师签名',
  '术者',
  '助手',
  '一助',
  '二助',
  '主刀',
  '麻醉医生',
  '麻醉医师',
  '器械护士',
  '巡回护士',
  '操作者',
  '操作医师',
  '检查者',
  '报告者',
  '审核者',
  '送检医生',
  '申请医生',
  '主治医师',
  '主管医师',
  '经治医师',
  '住院医师',
  '主任医师',
  '上级医师',
  '记录者',
  '记录人',
  '报告医师',
  '审核医师',
  '书写医师',
  '责任护士',
  '护士长',
  '护士',
  '医师',
  '医生',
  '配偶',
  '丈夫',
  '妻子',
  '儿子',
  '女儿',
  '父亲',
  '母亲',
  '其子',
  '其女',
  '其夫',
  '其妻',
  '之母',
  '之父',
  '之子',
  '之女',
  '之妻',
  '之夫',
  '孙子',
  '孙女',
  '哥哥',
  '姐姐',
  '弟弟',
  '妹妹',
  '爱人',
  '老伴',
  '伴侣',
  '朋友',
  '同事',
  '邻居',
  '岳父',
  '岳母',
  '公公',
  '婆婆',
  '祖父',
  '祖母',
  '爷爷',
  '奶奶',
  '外公',
  '外婆',
  '姥姥',
  '姥爷',
  '叔叔',
  '舅舅',
  '姑姑',
  '侄子',
  '侄女',
  '外孙',
  '继父',
  '继母',
  '养父',
  '养母',
  // Kin and roles written without 的: "其父张三", "表哥李四", "检验员赵六", "主管护师孙秀梅".
  '其父',
  '其母',
  '其兄',
  '其弟',
  '其姐',
  '其妹',
  '表哥',
  '表姐',
  '表弟',
  '表妹',
  '堂哥',
  '堂姐',
  '堂弟',
  '堂妹',
  '外甥',
  '外甥女',
  '女婿',
  '儿媳',
  '签字人',
  '陪护人',
  '检验员',
  '检验师',
  '技师',
  '药师',
  '护师',
  '主管护师',
  '主管药师',
  '记录员',
  '护理员',
  // A title before the name: "主任王海军主刀", "教授李明华会诊".
  '主任',
  '教授',
  '院长',
  // A self-introduction: "我是邓丽娟", "我叫孟凡宇", "本人石秀英自愿…".
  '我是',
  '我叫',
  '我姓',
  '本人',
];
/** Words right after a name: X医生, X先生, X之子. */
const TITLES_AFTER_NAME: readonly string[] = [
  '副主任医师',
  '主任医师',
  '主治医师',
  '住院医师',
  '副主任',
  '副教授',
  '副院长',
  '医生',
  '医师',
  '大夫',
  '护士长',
  '护士',
  '主任',
  '教授',
  '院长',
  '老师',
  '先生',
  '女士',
  '小姐',
  '同志',
  '阿姨',
  '师傅',
  '院士',
  '之子',
  '之女',
  '之妻',
  '之夫',
  '之母',
  '之父',
  '家属',
  '夫妇',
];

/** Titles after which a bare surname is not a name (王医生 is someone, 向家属 is "to the family"). */
const RELATION_TITLES = new Set(['家属', '夫妇', '之子', '之女', '之妻', '之夫', '之母', '之父']);

/** A record header without a person word: "张三，男，65岁" / "王小明 女 45岁". */
const BEFORE_SEX_AND_AGE = /(?<=^|[\s，,。；;：:（(、])([\u4e00-\u9fa5]{2,4})(?=\s*[，,、\s]\s*[男女]性?\s*[，,、\s]\s*\d{1,3}\s*岁)/g;

/** A bed label counts as a person word: "3床李建国今日出院". */
const BEFORE_NAME = new RegExp(`(?:${literalAlternation(PERSON_WORDS_BEFORE_NAME)}|(?<=\\d)床)\\s*[:：为是]?\\s*`, 'g');
const AFTER_NAME_TITLES = new RegExp(literalAlternation(TITLES_AFTER_NAME), 'g');
/** Role words that precede a title without being a name: 值班医生, 责任护士, 主任医师. */
const ROLE_WORDS =
  /(?:麻醉|手术|会诊|检查|主刀|临床|外院|本院|我院|专家|康复|营养|值班|当班|主管|主治|经治|管床|接诊|上级|住院|实习|进修|责任|家庭|社区|乡村|带教|专科|门诊|急诊|病房|科|副|正|主|班|任|级|院|护|医|治|诊|教|区|老|大|小|女|男|其|该|此|本|贵|病|两|各|诸|众)$/;

/**
 * Verbs a relative or a member of staff does right after being named ("护士长钱七查房", "检验员赵六复核"): after
 * such a word, not after 患者, they end the name even when the surname is an everyday word.
 */
const STAFF_ACTION_FOLLOWERS =
  /^(?:查|核|复|完|执|做|检|测|抽|输|换|宣|巡|处|开|收|看|有|在|负|陪|签|代|说|诉|称|来|到|已|于|今|昨|的|拒|同|要|表|均|系|是|为|和|与)/;
/** Triggers after which a name is not the patient's condition: kin and staff, not 患者/病人/姓名. */
const PATIENT_WORDS = /^(?:患者|病人|患儿|病患|产妇|孕妇|伤者|死者|姓名|名字|本人)/;

/** Longest plausible name (surname + 0..2 given characters) starting at index, or 0. */
function nameLengthForward(text: string, index: number, minGiven: number, afterKinOrStaff = false): number {
  const surnameLength = surnameLengthAt(text, index);
  if (surnameLength === 0) return 0;
  const surname = text.slice(index, index + surnameLength);
  for (let given = 2; given >= minGiven; given--) {
    let ok = true;
    for (let k = 0; k < given; k++) if (!isGivenChar(text[index + surnameLength + k])) ok = false;
    if (!ok) continue;
    const end = index + surnameLength + given;
    const rest = text.slice(end, end + 3);
    if (STRONG_FOLLOWERS.test(rest)) return end - index;
    if (!AMBIGUOUS_SURNAMES.has(surname) && WEAK_FOLLOWERS.test(rest)) return end - index;
    if (afterKinOrStaff && STAFF_ACTION_FOLLOWERS.test(rest)) return end - index;
    // After a person word any verb may follow ("医生袁志刚处理", "主任王海军主刀"): ICU shows that a word starts
    // there, or, for a given name of two common given-name characters, at least that no word runs across its end.
    if (given === 2 && !AMBIGUOUS_SURNAMES.has(surname)) {
      const boundary = nameBoundaryAt({ text, start: index, surnameEnd: index, end });
      const common = COMMON_GIVEN_NAME_CHARS.has(text.charAt(end - 2)) && COMMON_GIVEN_NAME_CHARS.has(text.charAt(end - 1));
      if (boundary === 'word' || (boundary === 'boundary' && common)) return end - index;
    }
  }
  return 0;
}

/** "李 明", "王\u3000芳" (ideographic space): forms pad a two-character name to the width of three; the padding is inside the name. */
function spacedNameLength(text: string, index: number): number {
  if (surnameLengthAt(text, index) !== 1 || !/[ \u3000]/.test(text.charAt(index + 1)) || !isGivenChar(text[index + 2])) return 0;
  return STRONG_FOLLOWERS.test(text.slice(index + 3, index + 6)) ? 3 : 0;
}

function isWholeName(candidate: string): boolean {
  const surnameLength = surnameLengthAt(candidate, 0);
  const givenLength = candidate.length - surnameLength;
  if (surnameLength === 0 || givenLength < 1 || givenLength > 2) return false;
  return Array.from(candidate.slice(surnameLength)).every(isGivenChar);
}

/** Longest name that ends exactly at `end` (right before a title such as 医生). */
function nameLengthBackward(text: string, end: number): number {
  for (let length = 4; length >= 1; length--) {
    const start = end - length;
    if (start < 0) continue;
    const surnameLength = surnameLengthAt(text, start);
    if (surnameLength === 0 || surnameLength > length) continue;
    let ok = true;
    for (let k = start + surnameLength; k < end; k++) if (!isGivenChar(text[k])) ok = false;
    if (!ok || length - surnameLength > 2) continue;
    const candidate = text.slice(start, end);
    const before = text.slice(Math.max(0, start - 2), start);
    if (ROLE_WORDS.test(before + text[start]) && length === 1) continue;
    // "由主任王海军主刀", "和医生沟通": a preposition before a title, not a surname.
    if (length === 1 && /[由和于向经从与给被把将对为在]/.test(candidate)) continue;
    // "三位医生", "两位护士": a counted role, not a surname.
    if (length === 1 && /[\d一二三四五六七八九十两几数每各多]$/.test(before)) continue;
    // "向家属交代": a surname alone is a name before 医生/主任, never before 家属 or 夫妇.
    if (length === surnameLength && RELATION_TITLES.has(text.slice(end, end + 2))) continue;
    if (ROLE_WORDS.test(candidate)) continue;
    return length;
  }
  return 0;
}

export const chineseNameDetector: PhiDetector = {
  name: 'chinese-name',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    BEFORE_NAME.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = BEFORE_NAME.exec(text)) !== null) {
      const start = match.index + match[0].length;
      // "患者房颤", "患者白内障": a condition or drug of the dictionary after 患者 is what the patient has.
      const afterKinOrStaff = match[0].charAt(0) !== '床' && !PATIENT_WORDS.test(match[0]);
      const length = clinicalTermLengthAt(text, start) >= 2 ? 0 : nameLengthForward(text, start, 1, afterKinOrStaff) || spacedNameLength(text, start);
      if (length > 0) detections.push({ type: 'name', start, end: start + length, priority: PRIORITY });
      // Triggers overlap ("其女儿" holds both 其女 and 女儿), so resume one character later.
      BEFORE_NAME.lastIndex = match.index + 1;
    }
    BEFORE_SEX_AND_AGE.lastIndex = 0;
    while ((match = BEFORE_SEX_AND_AGE.exec(text)) !== null) {
      const candidate = match[1] ?? '';
      if (isWholeName(candidate)) detections.push({ type: 'name', start: match.index, end: match.index + candidate.length, priority: PRIORITY });
    }
    AFTER_NAME_TITLES.lastIndex = 0;
    while ((match = AFTER_NAME_TITLES.exec(text)) !== null) {
      const length = nameLengthBackward(text, match.index);
      if (length > 0) detections.push({ type: 'name', start: match.index - length, end: match.index, priority: PRIORITY });
    }
    detections.push(...scanNamesWithoutTrigger(text), ...scanFamiliarNames(text));
    return detections;
  },
};
