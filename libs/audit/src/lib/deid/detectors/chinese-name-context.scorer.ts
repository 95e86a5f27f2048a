import { clinicalTermLengthAt } from '../clinical-vocabulary';
import type { Detection } from '../deid.types';
import { COMMON_GIVEN_NAME_CHARS } from './chinese-given-name-chars';
import { AMBIGUOUS_SURNAMES, isGivenChar, surnameLengthAt } from './chinese-name-lexicon';
import { COMPOUND_SURNAMES, SURNAMES_BY_FREQUENCY } from './chinese-surnames';
import { nameBoundaryAt } from './han-word-boundary.util';

/**
 * Chinese names with no person word next to them ("王建国今日复查", "曹阳、彭丽已完成宣教", "白云 34岁").
 * Every surname that starts at a word boundary is scored with what makes a 2-4 character span a person:
 * - the surname (frequent ones score higher; surnames that are everyday words lower);
 * - the given-name characters (common given-name characters score; symptom/organ/time characters reject);
 * - what precedes it (start of the record or clause, a verb of telling/visiting: 告知, 随访, 与, 由, 经);
 * - what follows it (a verb of visiting, speaking or undergoing: 今日, 自诉, 来院, 行, 拒绝; a list
 *   separator; sex and age; an ID label or a parenthesis); when no listed word follows, a name made of
 *   common given-name characters still counts where ICU ends a word after it ("郭建平核对", "薛桂兰下午");
 * then checked against ICU's word segmentation (`Intl.Segmenter`: a candidate inside a longer word,
 * such as 高血 in 高血压, is no name; one that is itself a word, such as 黎明, needs more context) and the
 * clinical dictionary (华法林, 罗红霉素 are drugs). The score is the finding's confidence.
 */
const PRIORITY = 52;
/** Candidates below this are not reported at all; the deidentifier's threshold decides among the rest. */
const REPORT_FLOOR = 0.45;
const COMMON_SURNAME_RANK = 120;
const MAX_SCORE = 0.85;

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const SURNAME_RANK = new Map(SURNAMES_BY_FREQUENCY.map((surname, rank) => [surname, rank]));
/** One flag per CJK code point: can a surname (single or compound) start with it? */
const SURNAME_FIRST_CHAR = new Uint8Array(0x9fa5 - 0x4e00 + 1);
for (const surname of [...SURNAMES_BY_FREQUENCY, ...COMPOUND_SURNAMES]) SURNAME_FIRST_CHAR[surname.charCodeAt(0) - 0x4e00] = 1;

/** Verbs and phrases that follow a person in clinical prose (visiting, speaking, undergoing, time). */
const STRONG_AFTER = new Set([
  '今日',
  '今天',
  '今晨',
  '今晚',
  '今年',
  '昨日',
  '昨天',
  '昨晚',
  '昨夜',
  '明日',
  '明天',
  '自诉',
  '自述',
  '主诉',
  '来院',
  '来诊',
  '来我',
  '入院',
  '出院',
  '就诊',
  '复查',
  '复诊',
  '拒绝',
  '既往',
  '同意',
  '表示',
  '要求',
  '负责',
  '目前',
  '本人',
  '等人',
  '一同',
  '突发',
  '突然',
  '反复',
  '出现',
  '开始',
  '自行',
  '再次',
  '术后',
  '夜间',
  '查房',
  '兄弟',
  '姐妹',
  '夫妇',
  '二人',
  '三人',
  '两人',
  '接受',
  '诊断',
  '患有',
  '否认',
  '住院',
  '转入',
  '转出',
  '口服',
  '服用',
  '停用',
  '完成',
  '已于',
  '已经',
  '在外',
  '在我',
  '在家',
  '在本',
  '血糖',
  '血压',
  '血钾',
  '血肌',
  '血钠',
  '体温',
  '咳嗽',
  '未按',
  '签字',
  '签署',
  '电话',
  '手机',
  '住院',
  '门诊',
  '病历',
  '因为',
  '由于',
  '诉说',
  '述说',
  '目前',
  '近期',
  '近日',
  '近来',
  '平素',
  '于本',
  '于门',
  '于我',
  '于外',
  '于今',
  '于昨',
  '去世',
  '死亡',
  '病逝',
  '确诊',
  '就医',
  '发热',
  '头痛',
  '腹痛',
  '胸痛',
  '胸闷',
  '心悸',
  '感到',
  '觉得',
  '希望',
  '决定',
  '放弃',
  '主动',
  '不愿',
  '不同',
  '未再',
  '未诉',
  '无法',
  '曾于',
  '曾在',
  '一直',
  '长期',
  '仍有',
  '现已',
  '现在',
  '家属',
  '陪同',
  '独居',
  '沟通',
  '交代',
  '谈话',
  '商量',
  '见面',
  '前来',
  '到院',
  '离院',
  '返院',
  '外出',
  '回家',
  '回复',
  '答复',
  '联系',
  '知情',
  '确认',
  '来电',
  '致电',
  '代签',
  // An old person visited or cared for: "看望蒲国华老人（96岁）".
  '老人',
  // Counted people after a list: "葛优美和卢俊两位患者".
  '两位',
  '二位',
  '三位',
  // Someone taking someone along: "付强带着他外婆去了发热门诊".
  '带着',
  '领着',
  '陪着',
  // The patient's state: "杨建华病情平稳", "林某神志清".
  '病情',
  '情况',
  '神志',
  '精神',
  '意识',
  '饮食',
  '睡眠',
  '二便',
  '大便',
  '小便',
  '症状',
  '体征',
  '生命',
  '一般',
]);
/** Whether a two-character word is one of the verbs or time words that follow a person (来电, 来院, 陪同). */
export function isVerbAfterPerson(word: string): boolean {
  return STRONG_AFTER.has(word);
}
/** Single characters that often follow a name and often follow anything else too: weaker evidence. */
const STRONG_AFTER_CHAR = new Set(Array.from('诉述因行拟已于'));
const WEAK_AFTER_CHAR = new Set(Array.from('的与和及在为是系现曾仍均也又再都不无有说称未将被把对向给等近由咳喘吐呕泻晕'));
/** Words right before a name that tell, call, visit or name someone. */
const VERBS_BEFORE = new Set([
  // "急诊那个马晓东（身份证…）": a demonstrative before the person a chat points at.
  '那个',
  '这个',
  '那位',
  '这位',
  '告知',
  '通知',
  '随访',
  '联系',
  '陪同',
  '探视',
  '嘱咐',
  '叮嘱',
  '交代',
  '告诉',
  '询问',
  '转告',
  '致电',
  '电话',
  '查房',
  '会诊',
  '邀请',
  '安排',
  '指导',
  '建议',
  '提醒',
  // Relatives and roles that the trigger list of the main detector does not hold.
  '外甥',
  '女婿',
  '儿媳',
  '媳妇',
  '嫂子',
  '表哥',
  '表姐',
  '表弟',
  '表妹',
  '堂兄',
  '堂姐',
  '堂弟',
  '堂妹',
  '姐夫',
  '妹夫',
  '弟媳',
  '亲属',
  '亲戚',
  '家人',
  '家属',
  '患者',
  '病人',
  '患儿',
  '病患',
  '老人',
  '同学',
  '室友',
  '房东',
  '雇主',
  '保姆',
  '护工',
  '律师',
  '民警',
  '同志',
  '之子',
  '之女',
  '之妻',
  '之夫',
  '之母',
  '之父',
  '儿子',
  '女儿',
  '妻子',
  '丈夫',
  '父亲',
  '母亲',
  '配偶',
  '爱人',
  '老伴',
  '孙子',
  '孙女',
  '哥哥',
  '姐姐',
  '弟弟',
  '妹妹',
  '监护',
  '联系人',
  // Kin words that open with a surname character: 阿姨, 师姐 (a person, not that person's name).
  '阿姨',
  '阿婆',
  '阿公',
  '阿伯',
  '师姐',
  '师兄',
  '师妹',
  '师弟',
  '干妈',
  '干爹',
  '干姐',
  '干哥',
  // Self-introductions: "我是邓丽娟", "本人石秀英自愿…".
  '我是',
  '我叫',
  '我姓',
  '本人',
  // Time words that open a clause: "今晨林建国突发意识障碍".
  '今晨',
  '今日',
  '今天',
  '昨日',
  '昨晚',
  '昨天',
  '次日',
  '当日',
  '当天',
  '随后',
  '此后',
  '之后',
  '目前',
  '现在',
  '入院',
  '术后',
  // Times of day: "今天上午邹梦琪突发抽搐".
  '上午',
  '下午',
  '中午',
  '晚上',
  '早上',
  '早晨',
  '清晨',
  '凌晨',
  '傍晚',
  '夜间',
  '半夜',
  '当晚',
  '次晨',
]);
/** Kin words that read as a given name after a one-character surname that is also a preposition (由长孙, 和长子). */
const KIN_AFTER_PREPOSITION = new Set([
  '长孙',
  '长子',
  '长女',
  '次子',
  '次女',
  '幼子',
  '幼女',
  '孙子',
  '孙女',
  '儿子',
  '女儿',
  '妻子',
  '丈夫',
  '父亲',
  '母亲',
  '哥哥',
  '姐姐',
  '弟弟',
  '妹妹',
  '家属',
  '家人',
  '亲属',
  '老伴',
  '爱人',
  '外孙',
  '侄子',
  '侄女',
  '女婿',
  '儿媳',
  '保姆',
  '护工',
  '同事',
  '邻居',
]);
const VERB_BEFORE_CHAR = new Set(Array.from('与和及由经向给让叫请嘱被把将对时同为'));
/** A clause that ends in 后 ("复查后王菲…") or reported speech (家属称李娜…; not 说: 说明书) may open the next one with a name: weak evidence. */
const CLAUSE_END_BEFORE_CHAR = new Set(Array.from('后称'));
/** Last characters of VERBS_BEFORE, so most positions are rejected without building a two-character string. */
const VERB_BEFORE_LAST_CHARS = new Set([...VERBS_BEFORE].map((word) => word.charAt(1)));
/** Punctuation and spacing that end a clause or a list item. */
const BOUNDARY_CHAR = /[\s，,。.；;！!？?、（(【[“"‘'/：:·]/;
const SEX_AGE_AFTER =
  /^(?:\s{1,3}[\u4e00-\u9fa5]{1,4}[籍族]\s{0,3}[男女]性?(?:[\s，,/、）)]|$)|\s{0,3}\d{1,3}\s{0,2}(?:岁|周岁|月|个月)|\s{0,3}[男女]性?(?:[\s，,/、）)]|$)|\s{0,2}[（(]\s{0,2}(?:[男女]|\d{1,3}岁)|\s{0,2}[，,]\s{0,2}(?:[男女]性?|\d{1,3}\s{0,2}岁)|\/[男女]\/)/;
/** An ID label right after a word proves a person as much as sex and age do: "江山（工号 A1102）". */
const ID_LABEL_AFTER = /^(?:\s{1,2}|\s{0,2}[（(]\s{0,2})(?:工号|职工号|员工号|MRN|住院号|门诊号|病历号|病案号|身份证|床号)/;
const ID_AFTER = /^(?:\s{0,3}(?:MRN|ID|住院号|门诊号|病历号|病案号|身份证|床号|工号|电话|手机)|\s{0,3}\+?\d[\d -]{6,}|\s{0,2}[（(][A-Za-z]{0,4}\d)/;
/** A bed number right after a candidate labels the person in it as surely as an ID label: "罗斌7床", "傅雷 3床". */
const BED_AFTER = /^\s{0,2}\d{1,3}\s{0,2}号?床(?![旁边头尾上下单位])/;
/** A nursing or medical credential right after a candidate signs it as a person's name: "邵琳 RN", "韩梅 MD，PhD". */
const CREDENTIAL_AFTER = /^[ \t\u3000]{0,2}(?:RN|LPN|NP|MD|PhD|PharmD|MBBS|BSN|MSN|CRNA|RPh|FRCP|FRCS|MRCP)(?![A-Za-z])/;
/** A bracket right after a candidate usually holds the person's details: "魏强（工号 0231）", "张丽（女儿）". */
const BRACKET_AFTER = /^\s{0,2}[（(]/;

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fa5;
}

/** Evidence from the text before the candidate, or -1 when the candidate starts inside a word. */
function leftScore(text: string, start: number, previousNameEnd: number): number {
  if (start === 0 || text.charAt(start - 1) === '\n') return 0.25;
  const previous = text.charAt(start - 1);
  if (previous === '、' && previousNameEnd >= start - 1) return 0.35;
  if (BOUNDARY_CHAR.test(previous)) return 0.15;
  // "ST段抬高", "T波", "3床": Han right after a letter or digit continues a clinical token;
  // "格林-巴利" and "沃尔夫-帕金森-怀特" continue a transliterated eponym.
  if (/[A-Za-z0-9]/.test(previous) || (/[-–]/.test(previous) && isHan(text.charCodeAt(start - 2)))) return -1;
  if (!isHan(previous.charCodeAt(0))) return 0.15;
  if (start >= 2 && VERB_BEFORE_LAST_CHARS.has(previous) && VERBS_BEFORE.has(text.slice(start - 2, start))) return 0.2;
  if (CLAUSE_END_BEFORE_CHAR.has(previous)) return 0.1;
  if (VERB_BEFORE_CHAR.has(previous)) {
    // "与X", "由X" only where 与/由 itself starts a clause or follows a verb: "其余" and "理由" are words.
    const beforePrevious = start >= 2 ? text.charAt(start - 2) : '';
    return beforePrevious === '' || BOUNDARY_CHAR.test(beforePrevious) || !isHan(beforePrevious.charCodeAt(0)) || /[时房访后前]/.test(beforePrevious)
      ? 0.2
      : 0.1;
  }
  return -1;
}

/** Evidence from the text after the candidate. */
function rightScore(text: string, end: number): number {
  const after = text.slice(end, end + 12);
  if (after === '') return 0.1;
  if (SEX_AGE_AFTER.test(after) || ID_LABEL_AFTER.test(after) || BED_AFTER.test(after)) return 0.4;
  if (ID_AFTER.test(after) || CREDENTIAL_AFTER.test(after)) return 0.3;
  if (BRACKET_AFTER.test(after)) return 0.25;
  const trimmed = after.replace(/^[ \t\u3000]{1,3}/, '');
  const spaced = trimmed.length < after.length ? 0.05 : 0;
  if (STRONG_AFTER.has(trimmed.slice(0, 2))) return 0.35 + spaced;
  const first = trimmed.charAt(0);
  if (STRONG_AFTER_CHAR.has(first)) return 0.3 + spaced;
  if (first === '、') return 0.2;
  if (WEAK_AFTER_CHAR.has(first)) return 0.15 + spaced;
  if (spaced > 0 && isHan(first.charCodeAt(0))) return 0.15;
  if (/^[，,。；;！!？?）)\n]/.test(first)) return 0.1;
  return 0;
}

function surnameScore(surname: string): number {
  if (surname.length > 1) return 0.3;
  const rank = SURNAME_RANK.get(surname) ?? COMMON_SURNAME_RANK;
  const base = rank < COMMON_SURNAME_RANK ? 0.25 : 0.15;
  return AMBIGUOUS_SURNAMES.has(surname) ? base - 0.1 : base;
}

/**
 * What only a person does: speak, sign, call, accompany, be admitted or discharged, fall ill on a day. A name that is
 * also a word (田野, 武松, 黎明, and famous namesakes that ICU knows as words: 杜甫, 曹操) counts before one of these
 * even with uncommon given characters; 田野劳作 and 黎明现象 stay words.
 */
const PERSON_ACTION_AFTER =
  /^(?:诉|说|称|述|来电|致电|签字|签名|签署|代签|陪同|表示|要求|拒绝|同意|自诉|主诉|已办|办理|已于|已签|已出院|已入院|今晨|今日|今天|昨日|昨天|昨晚|昨夜|咳嗽|发热|头痛|胸闷|胸痛|腹痛|心悸)/;
/** Time words that open with a surname character (上午, 当晚): before 诉 they are when, not who. */
const TIME_CHARS = /[午晨晚夜时天日早]/;

/** -1: the candidate is the start of a longer word (高血 in 高血压); 1: it is exactly a word (黎明); 0: neither. */
/** Segmentation results by window: a note repeats its names, and ICU costs tens of microseconds a call. */
const SHAPE_CACHE = new Map<string, number>();
const SHAPE_CACHE_SIZE = 4096;

function wordShape(text: string, start: number, end: number): number {
  const window = text.slice(start, Math.min(text.length, end + 3));
  const key = `${end - start}:${window}`;
  const cached = SHAPE_CACHE.get(key);
  if (cached !== undefined) return cached;
  const shape = segmentShape(window, end - start);
  if (SHAPE_CACHE.size >= SHAPE_CACHE_SIZE) SHAPE_CACHE.clear();
  SHAPE_CACHE.set(key, shape);
  return shape;
}

function segmentShape(window: string, size: number): number {
  const segments = SEGMENTER.segment(window);
  // `containing` reads one segment without building an iterator (this runs once per candidate).
  const length = segments.containing(0)?.segment.length ?? 0;
  if (length > size) return -1;
  if (length === size) return length >= 2 ? 1 : 0;
  if (length < 2) return 0;
  // "母亲高血压": a word (母亲) and then a word running past the candidate (高血压) — two words, no name.
  const second = segments.containing(length)?.segment.length ?? 0;
  return length + second > size ? -1 : 0;
}

/**
 * Drug-name stems ("林可霉素", "万古霉素" start with a surname and a name character) and the nouns that
 * follow a transliterated eponym ("格林-巴利综合征", "霍纳征", "巴宾斯基征阳性").
 */
const NOT_A_PERSON_AFTER =
  /^(?:霉素|沙星|西林|他汀|洛尔|地平|普利|沙坦|替丁|拉唑|单抗|替尼|米松|尼松|西泮|唑仑|环素|培南|康唑|洛韦|格列|胰岛|综合|征|氏|病|症|试验|反射|骨折|分级|分期|评分|手术|术式|定律|效应|过敏)/;

/** Adverbs and conjunctions that open with a surname character and a common given-name character. */
const ADVERBS = new Set([
  // Measures that open with a surname character: "<75% 周径" is how much of the circumference.
  '周径',
  '周长',
  '万一',
  '宁可',
  '宁愿',
  '尤其',
  '毕竟',
  '何必',
  '何况',
  '于是',
  '时常',
  '常常',
  '平时',
  '全部',
  '单独',
  '方可',
  '易于',
  '应该',
  '应当',
  '甚至',
  '况且',
  '固然',
  '安心',
  '放心',
  '关心',
  '信心',
]);

/** The most that the text after a name gives when no listed word follows it. */
const OPEN_RIGHT_MAX = 0.1;

/**
 * Evidence when no listed word follows: the given name must be all common given-name characters and
 * end where a word ends — before a Latin token ("潘志军CT"), before a word ICU knows ("郭建平核对"), or,
 * for a full three-character name, at any ICU boundary ("洪晓梅入组").
 */
function isSingleWord(word: string): boolean {
  const [first, second] = Array.from(SEGMENTER.segment(word));
  return first !== undefined && second === undefined;
}

function openRightScore(text: string, start: number, surname: string, end: number): number {
  const givenLength = end - start - surname.length;
  // A surname that is an everyday word (关, 高, 向) with one given character is a word more often than a name.
  if ((givenLength < 2 && AMBIGUOUS_SURNAMES.has(surname)) || NOT_A_PERSON_AFTER.test(text.slice(end, end + 3))) return 0;
  if (/[A-Za-z]/.test(text.charAt(end))) return OPEN_RIGHT_MAX;
  // "上官能力评估": after a compound surname, a given name that is itself a word (能力) with nothing listed after it is that word.
  if (surname.length > 1 && givenLength === 2 && isSingleWord(text.slice(end - 2, end))) return 0;
  const ambiguous = AMBIGUOUS_SURNAMES.has(surname);
  // ICU often joins a surname to the next character (刘海/波), so only an everyday-word surname must stand alone (房东李 is no one).
  const boundary = nameBoundaryAt({ text, start, surnameEnd: ambiguous ? start + surname.length : start, end });
  if (boundary === 'word') return OPEN_RIGHT_MAX;
  // 向, 和, 时 also introduce a name ("向黎红梅交代"): as a surname they need a whole word after the name.
  return boundary === 'boundary' && givenLength >= 2 && !VERB_BEFORE_CHAR.has(surname) ? 0.05 : 0;
}

/** Whether the list item that ends right before `separator` could be a name (2–4 characters opening with a surname). */
function nameShapedItemBefore(text: string, separator: number): boolean {
  let start = separator;
  while (start > 0 && isHan(text.charCodeAt(start - 1)) && separator - start < 5) start--;
  const length = separator - start;
  const surnameLength = surnameLengthAt(text, start);
  if (length < 2 || length > 4 || surnameLength === 0 || length - surnameLength > 2) return false;
  for (let k = start + surnameLength; k < separator; k++) if (!isNameCharAt(text, k)) return false;
  return true;
}

function scoreCandidate(text: string, start: number, surnameLength: number, givenLength: number, left: number): number {
  const end = start + surnameLength + givenLength;
  let right = rightScore(text, end);
  // "牛黄解毒片、金银花、石斛": an item of a list whose previous item is no name is no name by its place in the list.
  if (left < 0.35 && text.charAt(start - 1) === '、' && text.charAt(end) === '、' && !nameShapedItemBefore(text, start - 1)) right = 0;
  // The last item of a list of names ("熊伟、秦岚、邱实三位医生") may be followed by anything, but must end
  // where a word ends: "欧阳修同日入院" is 欧阳修, not 欧阳修同.
  if (right <= 0 && left >= 0.35) {
    if (nameBoundaryAt({ text, start, surnameEnd: start, end }) === 'none') return 0;
    right = 0.05;
  }
  const openRight = right <= 0;
  let givenScore = 0;
  let allCommon = true;
  for (let k = start + surnameLength; k < end; k++) {
    // 儿 closing a given name after a compound surname (上官婉儿) is as common there as any given-name character, and so is
    // the Vietnamese 氏 (阮氏秋).
    const char = text.charAt(k);
    if (COMMON_GIVEN_NAME_CHARS.has(char) || ((char === '儿' || char === '氏') && isNameCharAt(text, k))) givenScore += 0.1;
    else allCommon = false;
  }
  if (openRight && !allCommon) return 0;
  const surname = text.slice(start, start + surnameLength);
  if (openRight) {
    // Checked before segmentation, which costs far more than the sum.
    if (surnameScore(surname) + left + givenScore + OPEN_RIGHT_MAX < REPORT_FLOOR) return 0;
    right = openRightScore(text, start, surname, end);
    if (right <= 0) return 0;
  }
  let score = surnameScore(surname) + left + right + givenScore;
  if (score < REPORT_FLOOR) return 0;
  // Kin and role words (孙子, 房东, 同学) and adverbs (万一, 宁可) open with a surname character and are followed by the same verbs as a name.
  // Verbs that follow a person (来电, 来院, 陪同) open with a surname character too: "女儿来电询问" names no one.
  if (end - start === 2 && (VERBS_BEFORE.has(text.slice(start, end)) || ADVERBS.has(text.slice(start, end)) || isVerbAfterPerson(text.slice(start, end))))
    return 0;
  // "由长孙陪同", "和长子商量": a preposition that is also a surname, then a kin word, is no name.
  if (surnameLength === 1 && end - start === 3 && KIN_AFTER_PREPOSITION.has(text.slice(start + 1, end))) return 0;
  // "由长孙陪同": a compound surname that is also a kin word, then a verb, is the kin word.
  if (VERBS_BEFORE.has(text.slice(start + surnameLength, start + surnameLength + 2))) return 0;
  if (clinicalTermLengthAt(text, start) >= 2) return 0;
  const shape = wordShape(text, start, end);
  if (shape < 0) return 0;
  // A word that is also a name (黎明, 白云) needs common given-name characters and still scores lower.
  // A word that is a name (黎明, 白云) also needs a verb, time word, sex or age after it: "居民身份证" is no one.
  // Without a listed word after it, only a candidate that is no word itself counts.
  // A compound surname is no everyday word: ICU knows 欧阳修 and 司马光 as words because they are famous people.
  // Sex and age, an ID label or a bed number after it make even a famous namesake (杜牧15床) a patient, unless the
  // surname is itself an everyday word ("居民身份证").
  if (shape > 0 && surnameLength === 1) {
    const personAction = left >= 0.15 && PERSON_ACTION_AFTER.test(text.slice(end, end + 2)) && !TIME_CHARS.test(text.charAt(end - 1));
    const labelledPerson = right >= 0.4 && !AMBIGUOUS_SURNAMES.has(surname);
    // A three-character word (金银花, 石榴籽) is a thing far more often than a famous namesake.
    const wordLike = end - start === 2 || labelledPerson;
    score = personAction ? score - 0.1 : wordLike && ((!openRight && allCommon && right >= 0.35) || labelledPerson) ? score - 0.2 : 0;
  }
  // Context alone never makes a name as sure as a label, a title or a checksum (0.9).
  return Math.min(score, MAX_SCORE);
}

/**
 * 月 is barred from given names because it writes dates (3月, 十二月), yet 明月 and 月华 are names: after a
 * character that is no numeral it counts. 氏 marks an eponym or a clan name (魏氏法, 史密斯氏骨折), never a given name.
 */
function isNameCharAt(text: string, index: number): boolean {
  const char = text.charAt(index);
  if (char === '氏') return isVietnameseThiAt(text, index);
  // 儿 closes a literary given name after a compound surname (上官婉儿, 欧阳宝儿); elsewhere it writes 儿子, 患儿, 幼儿.
  if (char === '儿') return index >= 3 && surnameLengthAt(text, index - 3) === 2 && COMMON_GIVEN_NAME_CHARS.has(text.charAt(index - 1));
  // 天 is a given name (天明, 天佑) except where it closes a day word with a surname character: 白天可联系, 夏天易发.
  if (char === '天') return !/[白春夏秋冬当半整前后]/.test(text.charAt(index - 1));
  if (char === '月')
    return !/[\d〇零一二三四五六七八九十两正腊闰本上下次每当个数岁经满]/.test(text.charAt(index - 1)) && !/[日号份初底中末]/.test(text.charAt(index + 1));
  return isGivenChar(char);
}

/** Surnames of Vietnam written in Chinese characters (Nguyễn, Trần, Lê, Phạm, Hoàng, Phan, Vũ, Đặng, Bùi, Đỗ, Hồ, Ngô). */
const VIETNAMESE_SURNAMES = new Set(Array.from('阮陈黎范黄潘武邓裴杜胡吴'));

/**
 * 氏 as the Vietnamese women's middle name Thị (阮氏秋, 陈氏兰): after a Vietnamese surname that opens the candidate and
 * before one common given-name character that ends it; 杜氏肌营养不良 and 黄氏家族 stay an eponym and a clan.
 */
function isVietnameseThiAt(text: string, index: number): boolean {
  if (!VIETNAMESE_SURNAMES.has(text.charAt(index - 1)) || !COMMON_GIVEN_NAME_CHARS.has(text.charAt(index + 1))) return false;
  return !isHan(text.charCodeAt(index + 2)) || !COMMON_GIVEN_NAME_CHARS.has(text.charAt(index + 2));
}

/** Titles that follow a bare surname (陈先生, 王医生): the trigger detector redacts the surname alone. */
const TITLE_AFTER_SURNAME = /^(?:先生|女士|小姐|医生|医师|大夫|主任|老师|同志|阿姨|师傅|教授|院长|护士|老人|奶奶|爷爷|大爷|大妈|阿婆|伯伯)/;

/** Score of the first item of a list of names: its neighbour is a name, even if the item is also a word. */
const LIST_HEAD_SCORE = 0.55;

/** "陶然、鲍丽君分别手术": the item that opens the clause before a name and a 、 is a name too, if it reads as one. */
function listHeadBefore(text: string, separator: number, score: number): Detection | null {
  for (let length = 4; length >= 2; length--) {
    const start = separator - length;
    if (start < 0 || (start > 0 && !BOUNDARY_CHAR.test(text.charAt(start - 1)))) continue;
    const surnameLength = surnameLengthAt(text, start);
    const givenLength = length - surnameLength;
    if (surnameLength === 0 || givenLength < 1 || givenLength > 2) continue;
    let ok = true;
    for (let k = start + surnameLength; k < separator; k++) if (!isNameCharAt(text, k)) ok = false;
    if (!ok || clinicalTermLengthAt(text, start) >= 2) continue;
    return { type: 'name', start, end: separator, priority: PRIORITY, score };
  }
  return null;
}

/** Finds names without a trigger word; returns detections scored in [REPORT_FLOOR, 1). */
export function scanNamesWithoutTrigger(text: string): Detection[] {
  const detections: Detection[] = [];
  let previousNameEnd = -2;
  for (let start = 0; start < text.length; start++) {
    const code = text.charCodeAt(start);
    if (!isHan(code) || SURNAME_FIRST_CHAR[code - 0x4e00] !== 1) continue;
    // Most Han characters follow another Han character that is no verb: reject those before any string work.
    const previousCode = start > 0 ? text.charCodeAt(start - 1) : 0;
    const previousChar = text.charAt(start - 1);
    if (isHan(previousCode) && !VERB_BEFORE_CHAR.has(previousChar) && !VERB_BEFORE_LAST_CHARS.has(previousChar) && !CLAUSE_END_BEFORE_CHAR.has(previousChar))
      continue;
    const surnameLength = surnameLengthAt(text, start);
    if (surnameLength === 0) continue;
    // "由小燕负责", "和老黄商量": a preposition before a familiar form, which the familiar-form scanner reads.
    if (VERB_BEFORE_CHAR.has(text.charAt(start)) && /[老小]/.test(text.charAt(start + 1)) && surnameLengthAt(text, start + 2) === 1) continue;
    const left = leftScore(text, start, previousNameEnd);
    if (left < 0 || TITLE_AFTER_SURNAME.test(text.slice(start + surnameLength, start + surnameLength + 2))) continue;
    let best = 0;
    let bestEnd = 0;
    for (let given = 2; given >= 1; given--) {
      let ok = true;
      // 氏 marks an eponym or a clan name (魏氏法, 史密斯氏骨折), never a given name.
      for (let k = 0; k < given; k++) if (!isNameCharAt(text, start + surnameLength + k)) ok = false;
      if (!ok) continue;
      const score = scoreCandidate(text, start, surnameLength, given, left);
      if (score > best) {
        best = score;
        bestEnd = start + surnameLength + given;
      }
    }
    if (best >= REPORT_FLOOR) {
      if (text.charAt(start - 1) === '、' && previousNameEnd !== start - 1) {
        // The head is a name only as surely as its neighbour: 金银花 before a doubtful 石斛 is no one.
        const head = listHeadBefore(text, start - 1, Math.min(LIST_HEAD_SCORE, Math.round(best * 100) / 100));
        if (head) detections.push(head);
      }
      // "死亡记录：时来运，男": a surname that also reads as a preposition (时, 于, 和) opening the clause, before a name that sex
      // or age follows, is the surname of that name, not a word before it.
      const opensName =
        VERB_BEFORE_CHAR.has(previousChar) &&
        surnameLengthAt(text, start - 1) === 1 &&
        (start === 1 || BOUNDARY_CHAR.test(text.charAt(start - 2))) &&
        SEX_AGE_AFTER.test(text.slice(bestEnd, bestEnd + 12));
      detections.push({ type: 'name', start: opensName ? start - 1 : start, end: bestEnd, priority: PRIORITY, score: Math.round(best * 100) / 100 });
      previousNameEnd = bestEnd;
      start = bestEnd - 1;
    }
  }
  return detections;
}
