import { clinicalTermLengthAt } from '../clinical-vocabulary';
import type { Detection } from '../deid.types';
import { CodeUnitSet } from '../code-unit-set';
import { COMMON_GIVEN_NAME_CHARS } from './chinese-given-name-chars';
import { HAN_CHAR, isGivenChar, isHanAt, surnameLengthAt } from './chinese-name-lexicon';
import { isOneWord } from './han-word-boundary.util';

/**
 * Chinese names that the person-word and context rules cannot read, found by the slot they fill: names of the
 * minorities and transliterated foreign names (次仁卓玛, 阿依古丽·买买提, 詹姆斯·李), a surname alone after a role
 * label or as the speaker of a chat line (护士长：俞, 鲍：患者INR 2.8), birth-order kin titles (长子葛海涛), a name in
 * quotation marks where the sentence is about a name (原登记姓名“张红”), a surname someone gives (自称姓郝), a
 * pseudonym that keeps the surname (吉某某), a form label written with a space (姓 名：韦 丽) and nicknames said to be
 * nicknames (小胖（患儿小名）, 小敏的妈妈).
 */
const PRIORITY = 55;
const HAN = '\\u4e00-\\u9fa5';

/**
 * Elements of Tibetan personal names as Chinese writes them (次仁 Tsering, 扎西 Tashi, 卓玛 Drolma, 格桑 Kelsang, 央金
 * Yangchen, 顿珠 Dhondup…). A Tibetan name is two such elements; one alone is a word too often (尼玛, 达瓦).
 */
const TIBETAN_NAME_ELEMENTS = new Set(
  `次仁 扎西 卓玛 格桑 央金 达瓦 尼玛 旦增 丹增 平措 多吉 拉姆 德吉 索朗 索南 仁增 普布 巴桑 白玛 洛桑 顿珠 曲珍 边巴 米玛 群培 益西 强巴
  加措 嘎玛 贡嘎 拉巴 琼达 桑珠 次旦 旺堆 土登 玉珍 卓嘎 央宗 德央 次珍 达娃 旺姆 曲吉 罗布 桑布 旺久 尼珍 白珍 拉珍 边珍 措姆 朗杰
  贡布 其美 四郎 泽仁 扎巴 阿旺 才让 卓尕 拉措 德庆 格列 次央 旺青 巴珠 曲尼 多布 仓决 普赤`
    .split(/\s+/)
    .filter(Boolean),
);

/** A dotted transliteration: 阿依古丽·买买提, 詹姆斯·李, 玛丽·安妮. */
const DOTTED_NAME = new RegExp(`([${HAN}]{1,8})[·•]([${HAN}]{1,6})(?:[·•][${HAN}]{1,6}){0,2}`, 'g');
/** Words a Han run before the dot may hold in front of the name: 患者詹姆斯·李, 联系人玛丽·安妮. */
const WORDS_BEFORE_DOTTED_NAME =
  `患者 病人 患儿 家属 联系人 监护人 姓名 名字 医生 护士 翻译 朋友 同事 丈夫 妻子 儿子 女儿 母亲 父亲 配偶 其 由 与 和 及 给 向 请 叫 称 为 是 系`
    .split(/\s+/)
    .filter(Boolean);

/** Where the name starts in the Han run before the dot: after the last person word or preposition in it. */
function dottedNameLead(run: string): number {
  let lead = 0;
  for (const word of WORDS_BEFORE_DOTTED_NAME) {
    const at = run.lastIndexOf(word);
    if (at >= 0 && at + word.length < run.length) lead = Math.max(lead, at + word.length);
  }
  return lead;
}

/**
 * Characters Chinese uses to spell foreign and minority names by sound (the syllable table of Xinhua's 《世界人名翻译大辞典》,
 * and the Uyghur and Kazakh names of Xinjiang records: 买买提, 吐尔逊, 古丽, 江, 别克). Where no person word says where a
 * dotted name starts ("来了个阿迪力·艾买提", "会诊专家约翰·史密斯"), it starts where these characters start before the dot.
 */
const SOUND_CHARS = new Set(
  Array.from(
    '阿艾埃安昂奥巴拔柏班邦鲍贝本比彼毕宾波伯博布查达戴丹德登迪蒂丁东杜敦多厄恩尔法凡菲费芬丰弗福富盖甘戈格古瓜哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考科克肯库夸奎拉莱兰朗劳勒雷里利莉丽连林琳卢鲁路伦罗洛马玛迈曼芒梅蒙米密明莫姆穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘佩彭皮珀普奇齐恰乔切钦琼丘萨赛桑瑟森沙莎尚舍什史斯松苏索塔泰坦汤唐特提廷图托瓦万威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤于约泽扎詹佐买吐逊热依木汗江孜拜别吾米娅茹翰妮尕牙合买麦热娜孜拉哈力肉则',
  ),
);

function soundRunLead(run: string): number {
  let lead = run.length;
  while (lead > 0 && run.length - lead < 5 && SOUND_CHARS.has(run.charAt(lead - 1))) lead -= 1;
  return lead;
}

/** What a dotted eponym holds or is followed by: 斯蒂芬斯·约翰逊综合征, 格林·巴利病, 卡·波氏, 冯·维勒布兰德因子. */
const EPONYM_WORD = /综合征|综合症|病|氏|征|试验|评分|定律|法则|手术|反射|现象|分型|分级|分期|量表|指数|公式|定理|效应|肉瘤|细胞|小体|因子|抗原/;

/** A role label with a surname alone after it: "护士长：俞", "主治医生：滕". */
const ROLE_LABEL_SURNAME = new RegExp(
  `(?:护士长|责任护士|主治医生|主治医师|值班医生|值班护士|主管医生|主管护士|管床医生|经治医生|住院医师|主任|医生|护士|记录人|记录者|审核人|核对人|执行人|操作者|签名)\\s{0,2}[:：]\\s{0,2}([${HAN}])(?=[\\s\\u3000，,；;。、|]|$)`,
  'g',
);
/**
 * A speaker at the start of a chat line: "鲍：患者INR 2.8", "戚：今天量血压没？" — one Han character after the line's
 * spaces or tabs, then a colon. Read at each line start in code: a regex tried at every position of the text cost more
 * than all the other slot rules together.
 */
function scanSpeakerSurnames(text: string, detections: Detection[]): void {
  for (let lineStart = 0; lineStart < text.length; ) {
    let at = lineStart;
    while (text.charAt(at) === ' ' || text.charAt(at) === '\t') at++;
    const colon = text.charAt(at + 1);
    if (isHanAt(text, at) && (colon === ':' || colon === '：') && isSingleSurname(text, at) && !HEADING_CHARS.has(text.charAt(at)))
      push(detections, at, at + 1);
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
}
/** Single characters that open a line as a heading, not a speaker: 查：, 注：, 答：, 左：, 高：… */
const HEADING_CHARS = new Set(
  Array.from(
    '查注答问附另按示计共总原现既余全双左右上下前后内外高低血尿便痰体心肺肝脾肾腹头颈胸背四时日月年男女父母子夫妻甲乙丙丁初复终始主次首末新旧温脉呼压氧重轻急慢白红黄黑蓝绿',
  ),
);

/** Birth-order and other kin titles before a name: "长子葛海涛", "次女林晓红", "养子王强". */
const KIN_TITLE_NAME = new RegExp(
  `(?:长子|次子|三子|四子|幼子|长女|次女|三女|四女|幼女|大儿子|小儿子|二儿子|大女儿|小女儿|二女儿|养子|养女|继子|继女|同学|同事|朋友|邻居|亲戚|室友|战友|老板|保姆|护工|师父|徒弟)([${HAN}]{2,4})`,
  'g',
);
/** Verbs whose first character can stand in a given name: "韩冬送来" is 韩冬 + 送来. */
const VERB_AT_GIVEN_END = /^(?:送来|送到|送往|送入|送至|送院|送医|带来|带到|发现|赶到|赶来|陪同|陪护|签字|告知)/;
const NAME_END = /^(?:$|[\s，,。；;、：:（(）)|/]|均|都|也|已|和|与|及|陪|来|在|诉|称|说|照顾|翻译)/;

/** A quoted name where the sentence is about a name: 原登记姓名“张红”更正为“张虹”, 曾用名“王芳”. */
const QUOTED = new RegExp(`[“"「]([${HAN}]{2,4})[”"」]`, 'g');
const NAME_TOPIC_BEFORE = /(?:姓名|名字|更名|改名|曾用名|原名|化名|别名|名叫|叫做)[^。；;\n]*$/;

/** A surname someone gives: "自称姓郝，", "说他姓钱". */
const GIVES_SURNAME = new RegExp(`姓(?!名)([${HAN}])(?=[，,。；;\\s、）)]|$)`, 'g');

/** A pseudonym that keeps the surname: "吉某某", "唐某". */
const PSEUDONYM = new RegExp(`([${HAN}]{1,2})(某某|某)(?![某日天时处地种些个次年月位院单公村镇人事物项件])`, 'g');
const BEFORE_PSEUDONYM = /(?:^|[^\u4e00-\u9fa5]|患者|病人|患儿|家属|其妻|其夫|其子|其女|其母|其父|丈夫|妻子|儿子|女儿|联系人|由|与|和|及|称|姓名)$/;

/**
 * 姓 名：韦 丽, 姓名 : 蔡 永 红, 医师 : 程 立 新 — a form label and its value padded with spaces (scanned forms), the value
 * ending its line or clause, or followed by the next field after a wider gap.
 */
const SPACED_NAME_FIELD = new RegExp(
  `(?:姓[\\s\\u3000]*名|医[\\s\\u3000]*师|医[\\s\\u3000]*生)[\\s\\u3000]*[:：][\\s\\u3000]*([${HAN}](?:[\\s\\u3000]?[${HAN}]){1,2})(?=[\\s\\u3000]*(?:$|\\n|[，,；;。])|[\\s\\u3000]{2})`,
  'g',
);

/** China's 56 officially recognised ethnic groups (the State Ethnic Affairs Commission's list), as written before 族. */
const ETHNIC_GROUPS =
  '汉|蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';

/**
 * Names of any people's shape (其木格, 那仁满都拉, 吉克阿依, 拉毛草: Mongolian, Yi and Tibetan names have no surname from the
 * lists) in the fields of a person's record, where the field's own words say a person is named: after the patient's label
 * before the sex field, after a bed number before the sex, opening a line before the age, before an ethnicity in brackets,
 * after a role of the staff or the escort and a colon.
 */
const RECORD_FIELD_NAMES = [
  new RegExp(
    `(?:姓名|患者|病人|服务对象|受检者|被保险人|监护人|个案)[:：][\\s\\u3000]{0,2}([${HAN}]{2,5})(?=[\\s\\u3000]{1,3}(?:性别|年龄|[男女](?:[\\s\\u3000，,]|$))|[，,][男女][，,]|[，,]\\d{1,3}岁)`,
    'g',
  ),
  new RegExp(`\\d{1,3}[\\s\\u3000]?床[\\s\\u3000]{0,2}([${HAN}]{2,5})(?=[，,][男女][，,]|[\\s\\u3000]{1,2}[男女][\\s\\u3000，,])`, 'g'),
  new RegExp(`(?:^|\\n)[\\s\\u3000]*([${HAN}]{2,5})(?=[，,](?:[男女][，,])?\\d{1,3}岁)`, 'g'),
  new RegExp(`(?:^|[，,。；;：:\\s\\u3000])([${HAN}]{2,5})(?=[（(](?:${ETHNIC_GROUPS})族[，,）)])`, 'g'),
  // 陪同狱警：包建业, 经治医师：其木格, 交班：褚玉兰: a role of the record's staff, escort or scene before a colon, the name
  // then ending its field.
  new RegExp(
    `(?:陪同狱警|值班民警|管教民警|押解干警|狱警|民警|干警|安全员|伤者|记录人|记录者|记录|交班|接班|调配|调剂|核对|发药|经治医师|经治医生|检查医生|主检医师|主检医生|抢救医师|抢救医生|翻译员|口译员|手语翻译)[\\s\\u3000]{0,2}[:：][\\s\\u3000]{0,2}([${HAN}]{2,5})(?=$|[\\s\\u3000，,、；;。（(）)/|])`,
    'gm',
  ),
  // 吴思语家长您好: a child named to the parent, as a school or a vaccination service writes to them.
  new RegExp(`(?:^|[】\\]\\s\\u3000，,。：:])([${HAN}]{2,4})(?=家长(?:您好|你好|：|:|，))`, 'g'),
];
/**
 * Words that fill those fields without naming anyone, and words that say who someone is rather than name them (这位张老师,
 * 老伴秦王氏, 小儿家长): a value holding one is read by the other name rules, which know where the name starts.
 */
const NO_ONE_IN_FIELD =
  /^(?:患者|病人|患儿|男孩|女孩|男婴|女婴|新生儿|老人|产妇|孕妇|本人|家属|不详|未知|无名氏|某某|男性|女性|其|该患者|该患儿|小儿|孩子|学生|安静|安睡|平安|齐全|尚可|良好|正常|无殊|稳定|同上|好转|平稳|明白|简要|白班|夜班|中班|早班|晚班|完毕|已阅)$/;
const ROLE_OR_KIN_IN_VALUE =
  /[这该此位之的氏某]|那位|老师|医生|医师|护士|患|病人|老伴|家长|小儿|先生|女士|太太|阿姨|大爷|奶奶|爷爷|母亲|父亲|儿子|女儿|丈夫|妻子/;
/** Words of age and life stage whose characters are all given-name characters (女童, 老年, 青年). */
const LIFE_STAGE = /^(?:女童|男童|儿童|幼儿|婴儿|少年|青年|中年|老年|长者|新生|学生|老人)/;
/**
 * Characters of Mongolian (其木格, 巴特尔, 那仁满都拉, 乌云), Yi (吉克阿依, 阿苏日火, 沙马拉则, 禄阿支) and Tibetan (拉毛草,
 * 才让东智) personal names as Chinese records write them, beside the transliteration characters above.
 */
const MINORITY_NAME_CHARS = new Set(
  Array.from(
    '其木格那仁满都拉巴特尔乌云苏和宝音图雅萨日勒额敦朝鲁阿坦孟斯琴兰哈吉嘎达来敖登娜高娃塔布赫毕力呼包克依火沙马则禄支曲比俄海伍呷莫只惹毛草才让东智卓玛次扎西多措姆旦增央金宗德庆尼索朗',
  ),
);
/**
 * Whether a value is shaped like a personal name: a listed surname and one or two common given-name characters, or
 * characters that spell minority and foreign names by sound only. Visit kinds, states and groups (复诊, 术后, 新入院,
 * 经产妇, 独居老人, 温馨提示) are neither.
 */
function nameShaped(value: string, text: string, start: number): boolean {
  if (LIFE_STAGE.test(value)) return false;
  const surname = surnameLengthAt(text, start);
  const given = Array.from(value.slice(surname));
  if (surname > 0 && given.length >= 1 && given.length <= 2 && given.every((char) => COMMON_GIVEN_NAME_CHARS.has(char) || isGivenChar(char))) return true;
  return spelledBySound(value);
}

/** Whether every character spells a foreign or minority name by sound (古丽米拉, 库尔班, 其木格). */
export function spelledBySound(value: string): boolean {
  return Array.from(value).every((char) => SOUND_CHARS.has(char) || MINORITY_NAME_CHARS.has(char));
}

/** A nickname said to be one, or a 小-name before a kin word of the person's family: 小胖（患儿小名）, 小敏的妈妈. */
const NICKNAME_IN_BRACKET = new RegExp(`(?<![${HAN}])([小阿][${HAN}]{1,2})(?=[（(][^）)]{0,8}(?:小名|乳名|昵称|外号|绰号))`, 'g');
const SMALL_NAME_BEFORE_KIN = new RegExp(`(小[${HAN}])(?=的(?:妈妈|爸爸|母亲|父亲|家属|家长|奶奶|爷爷|外婆|姥姥|外公|姐姐|哥哥|同学|朋友))`, 'g');
/** What may stand right before such a 小-name: nothing Han, or a word that places a fellow patient (邻床小敏). */
const BEFORE_SMALL_NAME = /(?:^|[^\u4e00-\u9fa5]|邻床|同病房|隔壁床?|病友|同学|朋友|同事)$/;

/** "患者上官婉儿，女，28岁": after a patient word, a listed surname and a name that sex (and age) follow. */
const PATIENT_NAME_BEFORE_SEX = new RegExp(
  `(?:患者|病人|患儿|产妇|孕妇|姓名[:：]?)\\s{0,2}([${HAN}]{2,4})(?=\\s*[，,、\\s]\\s*[男女](?:性)?(?:[，,、\\s]|$))`,
  'g',
);

function push(detections: Detection[], start: number, end: number, score = 0.8): void {
  detections.push({ type: 'name', start, end, priority: PRIORITY, score });
}

/** First characters of the elements: most positions of a text are ruled out without cutting a two-character string. */
const TIBETAN_ELEMENT_FIRST_CHAR = new CodeUnitSet([...TIBETAN_NAME_ELEMENTS].map((element) => element.charAt(0)).join(''));

function scanTibetanNames(text: string, detections: Detection[]): void {
  for (let index = TIBETAN_ELEMENT_FIRST_CHAR.indexIn(text); index >= 0 && index + 4 <= text.length; ) {
    if (TIBETAN_NAME_ELEMENTS.has(text.slice(index, index + 2)) && TIBETAN_NAME_ELEMENTS.has(text.slice(index + 2, index + 4))) {
      push(detections, index, index + 4);
      index = TIBETAN_ELEMENT_FIRST_CHAR.indexIn(text, index + 4);
    } else index = TIBETAN_ELEMENT_FIRST_CHAR.indexIn(text, index + 1);
  }
}

function scanDottedNames(text: string, detections: Detection[]): void {
  if (!/[·•]/.test(text)) return;
  DOTTED_NAME.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DOTTED_NAME.exec(text)) !== null) {
    const end = match.index + match[0].length;
    const dot = match[0].search(/[·•]/);
    if (EPONYM_WORD.test(match[0].slice(dot) + text.slice(end, end + 3))) continue;
    const run = match[1] ?? '';
    const byPersonWord = dottedNameLead(run);
    const lead = run.length - byPersonWord > 5 ? soundRunLead(run) : byPersonWord;
    const first = run.slice(lead);
    if (first.length === 0 || first.length > 5 || clinicalTermLengthAt(text, match.index + lead) >= 2) continue;
    push(detections, match.index + lead, end);
  }
}

function scanGroup(regex: RegExp, text: string, detections: Detection[], accept: (value: string, start: number) => boolean): void {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const value = match[1] ?? '';
    const start = match.index + match[0].lastIndexOf(value);
    if (accept(value, start)) push(detections, start, start + value.length);
    if (match[0].length === 0) regex.lastIndex++;
  }
}

const isSingleSurname = (text: string, start: number) => surnameLengthAt(text, start) === 1;

/** A listed surname and one or two given characters, no clinical word: 葛海涛, 张红. */
function listedNameLength(text: string, start: number, maxLength: number): number {
  const surname = surnameLengthAt(text, start);
  if (surname === 0 || clinicalTermLengthAt(text, start) >= 2) return 0;
  for (let length = Math.min(maxLength, surname + 2); length > surname; length--) {
    const given = Array.from(text.slice(start + surname, start + length));
    // "同事韩冬送来": a verb that opens on the last given character (送来, 发现) ends the name before it.
    if (length === surname + 2 && VERB_AT_GIVEN_END.test(text.slice(start + length - 1, start + length + 1))) continue;
    // "同事关心，", "同事周末来访": a surname and one given character seldom in names that ICU reads as one word are that word.
    if (length === 2 && surname === 1 && !COMMON_GIVEN_NAME_CHARS.has(text.charAt(start + 1)) && isOneWord({ text, start, end: start + 2 })) continue;
    if (given.length === length - surname && given.every((char) => isGivenChar(char) || COMMON_GIVEN_NAME_CHARS.has(char))) {
      if (NAME_END.test(text.slice(start + length, start + length + 2))) return length;
    }
  }
  return 0;
}

export function scanChineseNamesBySlot(text: string): Detection[] {
  const detections: Detection[] = [];
  if (!/[\u4e00-\u9fa5]/.test(text)) return detections;
  scanTibetanNames(text, detections);
  scanDottedNames(text, detections);
  scanGroup(ROLE_LABEL_SURNAME, text, detections, (_value, start) => isSingleSurname(text, start));
  scanSpeakerSurnames(text, detections);
  KIN_TITLE_NAME.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = KIN_TITLE_NAME.exec(text)) !== null) {
    const start = match.index + match[0].length - (match[1] ?? '').length;
    const length = listedNameLength(text, start, 4);
    if (length > 0) push(detections, start, start + length);
    KIN_TITLE_NAME.lastIndex = start;
  }
  if (/[“"「]/.test(text)) {
    scanGroup(QUOTED, text, detections, (value, start) => {
      if (!NAME_TOPIC_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
      return surnameLengthAt(text, start) > 0 && clinicalTermLengthAt(text, start) < 2 && Array.from(value).every((char) => HAN_CHAR.test(char));
    });
  }
  if (text.includes('姓')) scanGroup(GIVES_SURNAME, text, detections, (_value, start) => isSingleSurname(text, start));
  if (/[姓医]/.test(text)) {
    SPACED_NAME_FIELD.lastIndex = 0;
    while ((match = SPACED_NAME_FIELD.exec(text)) !== null) {
      const value = match[1] ?? '';
      const start = match.index + match[0].length - value.length;
      // 申请医师：康复科: a department after the doctor's label, not a doctor.
      if (surnameLengthAt(text, start) > 0 && !/[科室部组院区]$/.test(value)) push(detections, start, start + value.length);
    }
  }
  if (text.includes('某')) {
    PSEUDONYM.lastIndex = 0;
    while ((match = PSEUDONYM.exec(text)) !== null) {
      const run = match[1] ?? '';
      // The surname is the last one or two characters of the Han run before 某: 患者吉某某 → 吉, 其妻唐某 → 唐.
      for (const surnameLength of [2, 1]) {
        if (run.length < surnameLength) continue;
        const start = match.index + run.length - surnameLength;
        if (surnameLengthAt(text, start) !== surnameLength || !BEFORE_PSEUDONYM.test(text.slice(Math.max(0, start - 4), start))) continue;
        push(detections, start, match.index + match[0].length);
        break;
      }
    }
  }
  if (text.includes('小') || text.includes('阿')) {
    scanGroup(NICKNAME_IN_BRACKET, text, detections, () => true);
    scanGroup(
      SMALL_NAME_BEFORE_KIN,
      text,
      detections,
      (value, start) =>
        COMMON_GIVEN_NAME_CHARS.has(value.charAt(1)) && isGivenChar(value.charAt(1)) && BEFORE_SMALL_NAME.test(text.slice(Math.max(0, start - 3), start)),
    );
  }
  for (const regex of RECORD_FIELD_NAMES) {
    scanGroup(
      regex,
      text,
      detections,
      (value, start) =>
        !NO_ONE_IN_FIELD.test(value) && !ROLE_OR_KIN_IN_VALUE.test(value) && nameShaped(value, text, start) && clinicalTermLengthAt(text, start) < 2,
    );
  }
  scanGroup(PATIENT_NAME_BEFORE_SEX, text, detections, (value, start) => {
    const surname = surnameLengthAt(text, start);
    return surname > 0 && value.length > surname && clinicalTermLengthAt(text, start) < 2;
  });
  return detections;
}
