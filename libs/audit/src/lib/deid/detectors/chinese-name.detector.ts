import { clinicalTermLengthAt } from '../clinical-vocabulary';
import { scanSpeakersAndAddressTerms } from './chinese-address-term.scanner';
import type { Detection, PhiDetector } from '../deid.types';
import { COMMON_GIVEN_NAME_CHARS } from './chinese-given-name-chars';
import { AMBIGUOUS_SURNAMES, HAN_CHAR, isGivenChar, isHanAt, surnameLengthAt } from './chinese-name-lexicon';
import { isVerbAfterPerson, scanNamesWithoutTrigger } from './chinese-name-context.scorer';
import { isKinAddressWord, scanFamiliarNames } from './chinese-familiar-name.scanner';
import { scanChineseNamesBySlot } from './chinese-name-slot.scanner';
import { scanNamesByPersonSlot } from './chinese-name-person-slot.scanner';
import { scanLabelledPersonNames } from './chinese-labelled-person.scanner';
import { isOneWord, nameBoundaryAt } from './han-word-boundary.util';
import { startScan } from '../regex-scan.util';

/**
 * Chinese names are found only next to a person word (患者X, X医生, 家属X, 姓名：X, X之子): without
 * context the surname list would flag "高血压" or "黄疸". The surname list then confirms the candidate.
 */
const PRIORITY = 55;

/** After a name, these prove the name ended: punctuation, space, end of text, sex, honorific, contact words. */
const STRONG_FOLLOWERS = /^(?:$|[\s,，.。;；:：、!！?？()（）"“”'‘’[\]【】<>《》]|男|女|先生|女士|同志|之|电话|手机|联系|联络|签字|签名)/;
/** Words that usually start the next clause (因, 于, 主诉 ...); enough only after an unambiguous surname. */
const WEAK_FOLLOWERS =
  /^(?:\d|代|述|告|请|说|认|陪|送|负|办|携|前往|因|于|主诉|诉|自|入|出|今|昨|在|经|行|来|到|从|就|的|等|系|已|近|反|曾|现|以|术|及|和|与|是|为|有|无|不|未|也|又|再|都|还|即|均|被|将|把|对|向|给|突|间|持|一|二|三|由|患|诊|接|拒|同|签|要|表|称|家|目|既|平)/;
/**
 * Literal alternation behind a first-character lookahead: irregexp then rejects most positions with
 * one class test instead of trying every word (a measured 1.5x on the whole detector).
 */
function literalAlternation(words: readonly string[]): string {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  return `(?=[${firstCharsOf(words)}])(?:${longestFirst.join('|')})`;
}

function firstCharsOf(words: readonly string[]): string {
  return [...new Set(words.map((word) => word.charAt(0)))].join('');
}

/**
 * Labels of forms that hold a person's name (transfusion, bank, post, insurance and sign-off forms). Unlike the person words
 * of prose they take a name only as a field value ("受血者：李娟", "经办人 杜伟"), never before a verb or word (经办人：盖章).
 */
const FORM_FIELD_LABELS: readonly string[] = [
  '患者姓名',
  '受血者',
  '献血者',
  '供血者',
  '户名',
  '开户名',
  '账户名',
  '持卡人',
  '收件人',
  '寄件人',
  '收货人',
  '收款人',
  '付款人',
  '缴费人',
  '投保人',
  '被保险人',
  '受益人',
  '申请人',
  '经办人',
  '经手人',
  '填表人',
  '填报人',
  '登记人',
  '审核人',
  '复核人',
  '核对人',
  '送检人',
  '采样人',
  '采血人',
  '执行人',
  '发药人',
  '配药人',
  '领取人',
  '签收人',
  '接收人',
  '取药人',
  '见证人',
  '授权人',
  '被授权人',
  '被委托人',
  '法定代理人',
  '谈话人',
  '陪检人',
  '护送人',
  '就诊人',
  '负责人',
  '家长',
  '陪诊人',
  '探视人',
  '签署人',
  '看护人',
  '照护人',
  '护工',
  '陪护人员',
  '陪同人员',
];
const FORM_FIELD_LABEL_SET = new Set(FORM_FIELD_LABELS);

const withoutRepeats = (words: readonly string[]): readonly string[] => [...new Set(words)];
/**
 * What a shift or sign-off note calls the person who hands over, checks, writes or carries out (接班者, 交接人, 核对者,
 * 书写人): each of these acts with 者 and with 人 (the list below drops those it holds already: 记录人, 复核人).
 */
const SIGN_OFF_ACTS = [
  '接班',
  '交班',
  '交接',
  '核对',
  '复核',
  '执行',
  '书写',
  '记录',
  '送检',
  '采样',
  '采血',
  '录入',
  '评估',
  '随访',
  '确认',
  '审批',
  '批准',
  '校对',
  '护送',
  '审核',
  '报告',
  '签收',
  '接收',
];
const SIGN_OFF_ROLES: readonly string[] = SIGN_OFF_ACTS.flatMap((act) => [`${act}者`, `${act}人`]);

/** Words right before a name: 患者X, 家属X, 姓名：X, 女儿X, 术者：X. */
const PERSON_WORDS_BEFORE_NAME: readonly string[] = withoutRepeats([
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
  // "联络人：太太陳李美玲": the wife, before her name (after a surname, 陈太太 is a title: TITLES_AFTER_NAME).
  '太太',
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
  // Siblings by birth order, as a family history lists them: "大哥黄建军有乙肝病史，二姐黄红梅…".
  '大哥',
  '二哥',
  '三哥',
  '大姐',
  '二姐',
  '三姐',
  '二弟',
  '三弟',
  '二妹',
  '三妹',
  '胞兄',
  '胞弟',
  '胞姐',
  '胞妹',
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
  // Partners, children together and staff named by their role: "男友齐天", "子女蔡建华", "社工梁嘉欣", "个案林怡君" (Taiwan's
  // word for the client), "助产士韦丽娟", "交警任伟", "翻译朴秀妍", "参保人洪宝珍".
  '男友',
  '女友',
  '男朋友',
  '女朋友',
  '未婚夫',
  '未婚妻',
  '子女',
  '社工',
  '个案',
  '助产士',
  '交警',
  '民警',
  '翻译',
  '志愿者',
  '参保人',
  '访视人',
  '受托人',
  '报告人',
  '收费员',
  '辅导员',
  // Spouses and parents as the family says them, and a real name given beside a nickname: "我老公陈志伟", "你爸陶建军的",
  // "真名戴强，".
  '老公',
  '老婆',
  '我爸',
  '我妈',
  '你爸',
  '你妈',
  '他爸',
  '他妈',
  '她爸',
  '她妈',
  '真名',
  '本名',
  '原名',
  // A title before the name: "主任王海军主刀", "教授李明华会诊".
  '主任',
  '教授',
  '院长',
  // Old people as the ward and the family call them, a letter's salutation, who is on duty, who came: "老太太段秀珍，",
  // "尊敬的戴玉兰患者", "值班的是薛凯", "来了个莫建华".
  '老太太',
  '老大爷',
  '老爷子',
  '老先生',
  '老奶奶',
  '老爷爷',
  '老人家',
  '尊敬的',
  '值班的是',
  '值班是',
  '值班人',
  // Community workers who keep in touch with a patient living alone: "网格员陈立", "楼长马春生".
  '网格员',
  '网格长',
  '楼长',
  '协管员',
  '联络员',
  '来了个',
  '来了位',
  // A self-introduction: "我是邓丽娟", "我叫孟凡宇", "本人石秀英自愿…".
  '我是',
  '我叫',
  '我姓',
  '本人',
  // Who hands over, checks, writes or carries out, in shift and sign-off notes: "接班者孟涛签字", "交接人邵琳 RN", "核对者许静".
  ...SIGN_OFF_ROLES,
  // Trainees and therapists: "带教老师黄蓉", "实习生彭宇协助换药", "治疗师孙浩评估".
  '带教老师',
  '实习生',
  '规培生',
  '进修生',
  '医学生',
  '护生',
  '研究生',
  '治疗师',
  '康复师',
  '营养师',
  '咨询师',
  '药剂师',
  '技术员',
  '操作员',
  '录入员',
  '质控员',
  '随访员',
  '调查员',
  '协调员',
  '陪护员',
  '陪检员',
  '陪诊员',
  '转运员',
  '研究者',
  '护理组长',
  '秘书',
  '助理',
  '司机',
  // People at an accident, in a school or named by a letter of referral: "驾驶员冯子豪送至我院", "车主闫振华请速挪车",
  // "学生袁梓涵在体育课上晕倒", "兹有马晓东因急性心梗转至…" (兹有 opens a formal letter about one person).
  '驾驶员',
  '车主',
  '乘客',
  '学生',
  '兹有',
  // Workers, teachers, residents signed up with a family doctor and emergency callers: "员工邬海滨", "教师冯雨桐",
  // "签约居民邝翠萍", "呼救人伍德胜".
  '员工',
  '教师',
  '居民',
  '呼救人',
  '求救人',
  // Household, acquaintances and wider kin: "舍友李娜报警", "月嫂吴桂芳陪同", "病友刘建国介绍", "伯父孟涛".
  '舍友',
  '室友',
  '月嫂',
  '育儿嫂',
  '家政员',
  '病友',
  '工友',
  '战友',
  '队友',
  '老乡',
  '同乡',
  '租客',
  '雇主',
  '房东',
  '律师',
  '嫂子',
  '姐夫',
  '妹夫',
  '弟媳',
  '伯父',
  '伯母',
  '叔父',
  '婶婶',
  '舅妈',
  '姨妈',
  '姑妈',
  '继子',
  '继女',
  '养子',
  '养女',
  '前妻',
  '前夫',
  '孙媳',
  '曾孙',
  '外孙女',
  '照顾者',
  '照护者',
  '护理者',
  '陪同者',
  '探视者',
  '来访者',
  '目击者',
  '报警人',
  '知情人',
  '当事人',
  '担保人',
  // Complaints, hotlines and callers: "投诉人邝美玲来电", "来电人孙倩称…", "请问是郑晓峰吗".
  '投诉人',
  '被投诉人',
  '举报人',
  '求助人',
  '来电人',
  '来电者',
  '咨询人',
  '来访人',
  '请问是',
  // Classmates and deskmates: "同桌的李想来探视".
  '同桌的',
  '同桌',
  // Form fields that hold a person's name (transfusion, bank, post, insurance and sign-off forms): see FORM_FIELD_LABELS.
  ...FORM_FIELD_LABELS,
]);
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
  '药师',
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

/**
 * Labels whose field holds a name whatever separates them from it ("姓名王鲲鹏", "受血者李娟，", "签名 杨家明"); after the
 * other person words only a colon makes a field of what follows ("家属：周淼焱").
 */
const NAME_FIELD_LABELS = new Set([
  ...['姓名', '名字', '签名', '签字', '签字人', '联系人', '紧急联系人', '监护人', '委托人', '代理人', '陪护人', '陪同人', '记录人'],
  ...FORM_FIELD_LABELS,
]);
/** The next field of a form written without a space: "姓名：李家豪年龄：45岁", "姓名：王小明性别：男". */
const NEXT_FIELD =
  /^(?:性别|年龄|民族|籍贯|职业|婚姻|婚否|国籍|出生|生日|电话|手机|联系|住址|地址|现住址|家庭住址|工作单位|单位|科室|科别|病区|床号|床位|住院号|门诊号|病历号|病案号|身份证|证件|关系|与患者关系|血型|日期|时间|签名|签字|卡号|账号|开户行|编号|工号|医保|邮编|诊断|备注)/;
/** Characters that prose keeps out of given names (NEVER_IN_GIVEN_NAME) but that names written into a form do hold: 张家豪, 孙为民. */
const FIELD_ONLY_GIVEN_CHARS = new Set(Array.from('家以之和为有向自本来治年月日经重温'));
const isFieldGivenChar = (char: string) => isGivenChar(char) || FIELD_ONLY_GIVEN_CHARS.has(char) || COMMON_GIVEN_NAME_CHARS.has(char);

/** Characters that end a place name and seldom a given name: 石家庄, 景德镇, 大王村. */
const PLACE_END = /[庄镇村县市省乡]$/;

/** What a signing field asks for instead of a name: "经办人：盖章", "申请人：签字". */
const SIGNATURE_VALUE = /^(?:盖章|签字|签名|手签|签章|印章)/;

/** A field value that ends in a title is left to the title rule ("签名：王医生" → 王). */
const TITLE_AT_VALUE_END = /(?:医生|医师|大夫|护士|主任|教授|先生|女士|小姐|老师|阿姨|师傅|同志)$/;
/** Three characters whose first two are a word and whose last names a role, not a person: 申请人, 负责人, 护理员. */
const ROLE_CHAR = /[人者员工方处科部组室]$/;
/** A form field's own word never becomes a name: "患者姓名：", "签名：申请人", "家属：孙子". */
const PERSON_WORD_AT = new RegExp(`(?:${literalAlternation(PERSON_WORDS_BEFORE_NAME)})`, 'y');

/**
 * "姓名：黄柏翰，": a field value of three characters whose first two make a dictionary word (黄柏, a herb) is a name when
 * a given-name character completes it and the value ends there; the word alone would end at its second character.
 */
function isNameOverTwoCharacterWord(text: string, start: number, wordLength: number): boolean {
  if (wordLength !== 2 || surnameLengthAt(text, start) !== 1 || !isFieldGivenChar(text.charAt(start + 2))) return false;
  const after = text.slice(start + 3, start + 8);
  return after === '' || !HAN_CHAR.test(after.charAt(0)) || NEXT_FIELD.test(after);
}

/**
 * A name written into a form field: the label says a name follows, so its given characters may be any (张家豪, 周恩来,
 * 冯之涣 hold characters that prose names seldom do), as long as the field ends right after the name: at the end, a space,
 * punctuation or the next field ("姓名：王小明 性别：男" takes only 王小明). A field holding a word is kept: a person word
 * or kin word (本人, 母亲, 孙子), a clinical term, a title alone (师傅), a role (申请人), a place (石家庄), a three-character
 * word ICU knows (呼吸道); a two-character word that ICU knows (万里, 国家) is left to the person-word rules.
 */
function fieldNameLength(text: string, start: number, kept: Detection[], nameLabel: boolean): number {
  const surnameLength = surnameLengthAt(text, start);
  if (surnameLength === 0) return nameLabel ? unlistedNameLength(text, start) : 0;
  PERSON_WORD_AT.lastIndex = start;
  const wordLength = PERSON_WORD_AT.test(text)
    ? PERSON_WORD_AT.lastIndex - start
    : isKinAddressWord(text.slice(start, start + 2))
      ? 2
      : clinicalTermLengthAt(text, start);
  if (wordLength >= 2 && !isNameOverTwoCharacterWord(text, start, wordLength)) {
    kept.push({ type: 'name', start, end: start + wordLength, priority: PRIORITY });
    return 0;
  }
  if (isVerbAfterPerson(text.slice(start, start + 2)) || SIGNATURE_VALUE.test(text.slice(start, start + 2))) return 0;
  for (let given = 2; given >= 1; given--) {
    const end = start + surnameLength + given;
    if (end > text.length || !Array.from(text.slice(start + surnameLength, end)).every(isFieldGivenChar)) continue;
    const after = text.slice(end, end + 5);
    if (!(after === '' || !HAN_CHAR.test(after.charAt(0)) || NEXT_FIELD.test(after))) continue;
    const value = text.slice(start, end);
    const title = TITLE_AT_VALUE_END.exec(value);
    if (title) {
      // "联系人：师傅" is the title alone: no name at all.
      if (title[0].length === value.length) kept.push({ type: 'name', start, end, priority: PRIORITY });
      return 0;
    }
    const length = end - start;
    // A two-character word that ICU knows keeps the reading the person-word rules give it ("联系人万里，" is a name); after
    // a form label alone it is no name (经办人：国家, 经办人：马上).
    if (length === 2 && surnameLength === 1 && isOneWord({ text, start, end })) return 0;
    if (length === 3 && surnameLength === 1 && ROLE_CHAR.test(value) && isOneWord({ text, start, end: start + 2 })) {
      kept.push({ type: 'name', start, end, priority: PRIORITY });
      return 0;
    }
    // A place written into the field (石家庄, 景德镇) is no name.
    if (length === 3 && PLACE_END.test(value)) {
      kept.push({ type: 'name', start, end, priority: PRIORITY });
      return 0;
    }
    // A three-character word ICU knows (呼吸道, 阿米巴) is a name only of common given characters (毛泽东 is someone's name too).
    const commonGiven = Array.from(value.slice(surnameLength)).every((char) => COMMON_GIVEN_NAME_CHARS.has(char));
    if (length === 3 && surnameLength === 1 && !commonGiven && isOneWord({ text, start, end })) {
      kept.push({ type: 'name', start, end, priority: PRIORITY });
      return 0;
    }
    return length;
  }
  return 0;
}

/** What a name field holds when the name is not known or is given elsewhere: 不详, 未知, 无名氏, 同上, 待查. */
const NO_NAME_VALUE = /^(?:不详|不明|未知|未填|无名氏|匿名|同上|见上|见前|略|待定|待查|空白?)/;
/** Characters that open what a field says instead of a name (不填, 未登记, 无, 见病历首页, 某某), not a name of its own. */
const NO_NAME_OPENING = /^[不未无没非空略见同待详某]/;
/** A name of the minorities or of an unlisted surname: Han characters, with a middle dot between parts (买买提·吐尔逊). */
const NAME_RUN = /^[\u4e00-\u9fa5]{2,6}(?:[·•][\u4e00-\u9fa5]{1,6}){0,3}/;

/**
 * After 姓名 or 名字 (not the other labels, which hold words too) a name needs no listed surname: 迪丽热巴, 扎西顿珠,
 * 买买提·吐尔逊, 仉建国. Up to four characters without a dot, or the parts of a dotted name, that end where the field ends
 * (the end, a space, punctuation or the next field: "扎西顿珠性别：男"); never what a field says instead of a name.
 */
function unlistedNameLength(text: string, start: number): number {
  const run = NAME_RUN.exec(text.slice(start, start + 30))?.[0] ?? '';
  if (run.length < 2 || NO_NAME_VALUE.test(run) || NO_NAME_OPENING.test(run) || FUNCTION_WORD_CHAR.test(run)) return 0;
  PERSON_WORD_AT.lastIndex = start;
  if (PERSON_WORD_AT.test(text) || isKinAddressWord(run.slice(0, 2)) || clinicalTermLengthAt(text, start) >= 2) return 0;
  if (!/[·•]/.test(run)) {
    for (let end = 2; end <= Math.min(4, run.length); end++) if (NEXT_FIELD.test(text.slice(start + end, start + end + 5))) return end;
    if (run.length > 4) return 0;
  }
  return /^(?:$|[^\u4e00-\u9fa5·•])/.test(text.charAt(start + run.length)) ? run.length : 0;
}

/** Titles after which a bare surname is not a name (王医生 is someone, 向家属 is "to the family"). */
const RELATION_TITLES = new Set(['家属', '夫妇', '之子', '之女', '之妻', '之夫', '之母', '之父']);

/** A record header without a person word: "张三，男，65岁" / "王小明 女 45岁". */
const BEFORE_SEX_AND_AGE = /(?<=^|[\s，,。；;：:（(、])([\u4e00-\u9fa5]{2,4})(?=\s*[，,、\s]\s*[男女]性?\s*[，,、\s]\s*\d{1,3}\s*岁)/g;
/**
 * What every such header holds, a sex and then an age in years ("男，65岁"): most notes have none ("性别：男 年龄：91岁" is
 * labelled), and trying the header at every Han character costs far more than looking for this. One run of separators
 * stands for the header's \s*[，,、\s]\s*, which keeps the check linear.
 */
const SEX_THEN_AGE = /[男女]性?[\s，,、]+\d{1,3}\s*岁/;

/**
 * A bed label counts as a person word ("3床李建国今日出院", "3号床张伟"), and so does a department ("放射科王丽丽电话告知"),
 * read like 患者: a condition, a drug or a department's own work may follow it (心内科高血压门诊, 骨科石膏固定).
 */
const BEFORE_NAME = new RegExp(
  // The same first-character lookahead over all three alternatives: with the bed and department ones beside the words,
  // irregexp otherwise tries each alternative at every character.
  // A bilingual form repeats the label in English before its colon: "病人 Patient：黃柏翰".
  `(?=[${firstCharsOf(PERSON_WORDS_BEFORE_NAME)}床科])(?:${literalAlternation(PERSON_WORDS_BEFORE_NAME)}|(?<=\\d号?)床|科(?<=[\\u4e00-\\u9fa5]科)(?<![入出转本学分各预工文跨多两该此]科))(?:[ \\t]{0,2}(?:Patient|Name)(?=[ \\t]{0,2}[:：]))?\\s*[:：为是]?\\s*`,
  'g',
);
const AFTER_NAME_TITLES = new RegExp(literalAlternation(TITLES_AFTER_NAME), 'g');
/** Role words that precede a title without being a name: 值班医生, 责任护士, 主任医师. */
const ROLE_WORDS =
  /(?:随车|跟车|出车|随队|随行|驻校|驻站|驻村|驻厂|谈话|申请|送检|开单|签发|麻醉|手术|会诊|检查|主刀|临床|外院|本院|我院|专家|康复|营养|值班|当班|主管|主治|经治|管床|接诊|上级|住院|实习|进修|责任|家庭|社区|乡村|带教|专科|门诊|急诊|病房|科|副|正|主|班|任|级|院|护|医|治|诊|教|区|老|大|小|女|男|其|该|此|本|贵|病|两|各|诸|众)$/;

/**
 * Verbs a relative or a member of staff does right after being named ("护士长钱七查房", "检验员赵六复核"): after
 * such a word, not after 患者, they end the name even when the surname is an everyday word.
 */
const STAFF_ACTION_FOLLOWERS =
  /^(?:查|核|复|完|执|做|检|测|抽|输|换|宣|巡|处|开|收|看|有|在|负|陪|签|代|说|诉|称|来|到|已|于|今|昨|的|拒|同|要|表|均|系|是|为|和|与|患(?!者))/;
/** Triggers after which a name is not the patient's condition: kin and staff, not 患者/病人/姓名. */
const PATIENT_WORDS = /^(?:患者|病人|患儿|病患|产妇|孕妇|伤者|死者|姓名|名字|本人)/;

/**
 * Verbs whose first character can also stand in a given name (陪, 同, 签, 告, 诉): "王强陪同" is 王强 + 陪同, never 王强陪.
 * A two-character given name whose last character opens one of them gives way to the one-character name.
 */
const VERB_OPENING_AT_GIVEN_END =
  /^(?:送来|送到|送往|送入|送至|送院|送医|带来|带到|发现|赶到|赶来|陪同|陪护|陪伴|同意|签字|签名|签署|告知|告诉|诉说|表示|要求|拒绝|来电|询问|知情|确认|委托|负责|代诉)/;

/** When a department does something, not who: "泌尿外科周一门诊", "心内科明日复查" (周 and 明 are surnames too). */
const TIME_WORD_AFTER_DEPARTMENT = /^(?:周[一二三四五六日末]|星期|[今明昨前后次当][天日晚早]|[上下]午|晚上|早上|[一二三四五六七八九十\d]{1,2}[月日号])/;

/**
 * A record signed with the surname alone ("记录：陈 审核：陆", "医师签名：赵", "护士：李"): after a signing or role label
 * a surname that stands alone before a space, punctuation or the end is the signer. A word after the label (审核：通过,
 * 护士：已执行) is no surname, or does not stand alone.
 */
const SIGN_OFF_LABEL_BEFORE =
  /(?:记录|审核|审阅|审签|核对|复核|执行|签名|签字|书写|报告|检查|操作|录入|质控|交班|接班|发药|配药|打印|护士|医师|医生|主治医师|住院医师|上级医师|经治医师|主管医师|值班医生|值班医师|责任护士|姓名)(?:者|人|医师|医生|护士)?\s{0,2}$/;
/** Forms exported column by column split a name into its surname and its given name: "姓：黄 名：志明". */
const SURNAME_COLUMN_BEFORE = /(?:^|[^\u4e00-\u9fa5])姓氏?\s{0,2}$/;
const COLON = /[:：]/g;
const GIVEN_NAME_COLUMN = /(?<![\u4e00-\u9fa5])名(?:字)?\s{0,2}[:：]\s{0,2}([\u4e00-\u9fa5]{1,2})(?=$|[\s，,。；;、|/）)])/g;
const STANDS_ALONE = /^(?:$|[\s，,。；;、|/）)]|(?:时间|日期)[:：])/;

function scanSignOffs(text: string, detections: Detection[]): void {
  if (!/[:：]/.test(text)) return;
  // Read from each colon: a lone surname after it is rare, so the label before it is checked only then.
  COLON.lastIndex = 0;
  let colon: RegExpExecArray | null;
  while ((colon = COLON.exec(text)) !== null) {
    let start = colon.index + 1;
    while (start < text.length && start - colon.index <= 2 && /\s/.test(text.charAt(start))) start++;
    const length = surnameLengthAt(text, start);
    if (length === 0 || !STANDS_ALONE.test(text.slice(start + length, start + length + 3))) continue;
    // "护士：于 08:00 执行": a preposition, not a surname.
    if (length === 1 && /[于与和及由经向给让叫请被把将对为在同跟从]/.test(text.charAt(start))) continue;
    const before = text.slice(Math.max(0, colon.index - 8), colon.index);
    if (SIGN_OFF_LABEL_BEFORE.test(before) || SURNAME_COLUMN_BEFORE.test(before)) {
      detections.push({ type: 'name', start, end: start + length, priority: PRIORITY });
    }
  }
  GIVEN_NAME_COLUMN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = GIVEN_NAME_COLUMN.exec(text)) !== null) {
    const given = match[1] ?? '';
    if (!Array.from(given).every(isGivenChar)) continue;
    const start = match.index + match[0].length - given.length;
    detections.push({ type: 'name', start, end: start + given.length, priority: PRIORITY });
  }
}

/**
 * 家 stands in many two-character given names (家辉, 家豪, 家明, Hong Kong and Taiwan above all) but also in 家属, 家人 and
 * 家庭: it opens a given name only before a common given-name character and a clause boundary (病人張家輝，).
 */
const GIVEN_NAME_OPENERS_ONLY_BEFORE_COMMON = new Set(['家']);
function opensTwoCharacterGivenName(text: string, givenStart: number, end: number): boolean {
  const second = text.charAt(givenStart + 1);
  return (
    GIVEN_NAME_OPENERS_ONLY_BEFORE_COMMON.has(text.charAt(givenStart)) &&
    isGivenChar(second) &&
    COMMON_GIVEN_NAME_CHARS.has(second) &&
    STRONG_FOLLOWERS.test(text.slice(end, end + 3))
  );
}

/** Longest plausible name (surname + 0..2 given characters) starting at index, or 0. */
function nameLengthForward(text: string, index: number, minGiven: number, afterKinOrStaff = false, afterBed = false): number {
  const surnameLength = surnameLengthAt(text, index);
  if (surnameLength === 0) return 0;
  const surname = text.slice(index, index + surnameLength);
  if (isMarriedNameAt(text, index)) return 4;
  for (let given = 2; given >= minGiven; given--) {
    let ok = true;
    for (let k = 0; k < given; k++) if (!isGivenChar(text[index + surnameLength + k])) ok = false;
    const end = index + surnameLength + given;
    if (!ok && given === 2 && opensTwoCharacterGivenName(text, index + surnameLength, end)) ok = true;
    if (!ok) continue;
    if (given === 2 && VERB_OPENING_AT_GIVEN_END.test(text.slice(end - 1, end + 2))) return surnameLength + 1;
    const rest = text.slice(end, end + 3);
    if (STRONG_FOLLOWERS.test(rest)) return end - index;
    if (!AMBIGUOUS_SURNAMES.has(surname) && WEAK_FOLLOWERS.test(rest)) return end - index;
    if (afterKinOrStaff && STAFF_ACTION_FOLLOWERS.test(rest)) return end - index;
    // After a bed label a condition may follow too ("4床方案已调整"): the same verbs count only where ICU reads the
    // surname as a word of its own and ends a word with the name ("6床包文静诉头痛").
    if (afterBed && STAFF_ACTION_FOLLOWERS.test(rest) && nameBoundaryAt({ text, start: index, surnameEnd: index + surnameLength, end }) !== 'none')
      return end - index;
    // After a person word any verb may follow ("医生袁志刚处理", "主任王海军主刀"): ICU shows that a word starts
    // there, or, for a given name of two common given-name characters, at least that no word runs across its end.
    if (given === 2 && !AMBIGUOUS_SURNAMES.has(surname)) {
      const boundary = nameBoundaryAt({ text, start: index, surnameEnd: index, end });
      const common = COMMON_GIVEN_NAME_CHARS.has(text.charAt(end - 2)) && COMMON_GIVEN_NAME_CHARS.has(text.charAt(end - 1));
      if (boundary === 'word' || (boundary === 'boundary' && common)) return end - index;
    }
    // "同事孟涛协助翻身": after a kin or staff word, a one-character given name that is common in names ends where ICU
    // reads the surname alone and a word of its own after the name.
    if (
      given === 1 &&
      afterKinOrStaff &&
      !AMBIGUOUS_SURNAMES.has(surname) &&
      COMMON_GIVEN_NAME_CHARS.has(text.charAt(end - 1)) &&
      nameBoundaryAt({ text, start: index, surnameEnd: index + surnameLength, end }) === 'word'
    )
      return end - index;
  }
  return 0;
}

/** 这个, 那位…: a demonstrative before a person, whose characters (那, 位) are also rare surnames. */
const DEMONSTRATIVE = /^[这那哪][个位名]$/;

/** "那个王医生", "这位张老师": the name read back from a title stops after the demonstrative. */
function withoutDemonstrative(text: string, end: number, length: number): number {
  const start = end - length;
  if (length > 2 && DEMONSTRATIVE.test(text.slice(start, start + 2))) return length - 2;
  if (length > 1 && DEMONSTRATIVE.test(text.slice(start - 1, start + 1))) return length - 1;
  return length;
}

/** A surname, then given-name characters only, and no clinical word opening the run: a name where a slot already says one may stand. */
function isSurnameThenGivenChars(text: string, start: number, length: number): boolean {
  const surname = surnameLengthAt(text, start);
  if (surname === 0 || surname >= length || clinicalTermLengthAt(text, start) >= 2) return false;
  return Array.from(text.slice(start + surname, start + length)).every(isGivenChar);
}

/** "宋佳 10:42↵@曹医生 …": a DingTalk or WeChat export puts the sender and the time on a line of their own. */
const SENDER_LINE = /(?:^|\n)[ \t]*([\u4e00-\u9fa5]{2,4})[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?=\r?\n)/g;

function scanChatSenderLines(text: string, detections: Detection[]): void {
  SENDER_LINE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SENDER_LINE.exec(text)) !== null) {
    const value = match[1] ?? '';
    const start = match.index + match[0].indexOf(value);
    if (isSurnameThenGivenChars(text, start, value.length))
      detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY, score: 0.75 });
  }
}

/** "是李福田吗？": a chat asking whether a patient is the one meant; the name stands alone between 是 and 吗. */
const ASKED_ABOUT = /是([\u4e00-\u9fa5]{2,3})吗/g;

function scanNamesAskedAbout(text: string, detections: Detection[]): void {
  ASKED_ABOUT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ASKED_ABOUT.exec(text)) !== null) {
    const start = match.index + 1;
    const value = match[1] ?? '';
    if (WEEKDAY.test(value) || !isSurnameThenGivenChars(text, start, value.length)) continue;
    // A word of the dictionary (是明天吗, 是高烧吗) is no name: ICU reads the first two characters as one word.
    if (isOneWord({ text, start, end: start + 2 })) continue;
    detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY, score: 0.7 });
  }
}

/** Surnames that are also everyday words (单, 强) open no married name, except the two Hong Kong surnames 何 and 黄. */
function isPlainMarriedSurname(char: string): boolean {
  return !AMBIGUOUS_SURNAMES.has(char) || char === '何' || char === '黄';
}

/** "何太（何陳秀瓊）": a married name in brackets, the way a note spells out whom a familiar form means. */
const BRACKETED_FOUR = /[（(]([\u4e00-\u9fa5]{4})[）)]/g;

function scanBracketedMarriedNames(text: string, detections: Detection[]): void {
  BRACKETED_FOUR.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = BRACKETED_FOUR.exec(text)) !== null) {
    if (isMarriedNameAt(text, match.index + 1)) detections.push({ type: 'name', start: match.index + 1, end: match.index + 5, priority: PRIORITY });
  }
}

/**
 * "太太陳李美玲": a Hong Kong married name puts the husband's surname before her own, then a two-character given name.
 * Both surnames single, both given characters name characters, and a clear end after them.
 */
function isMarriedNameAt(text: string, index: number): boolean {
  return (
    surnameLengthAt(text, index) === 1 &&
    surnameLengthAt(text, index + 1) === 1 &&
    isPlainMarriedSurname(text.charAt(index)) &&
    isPlainMarriedSurname(text.charAt(index + 1)) &&
    isGivenChar(text[index + 2]) &&
    isGivenChar(text[index + 3]) &&
    STRONG_FOLLOWERS.test(text.slice(index + 4, index + 7))
  );
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
    // "由王医生处理", "和李医生沟通": the preposition stays outside the name (于 is too common a surname to tell).
    if (length === 2 && surnameLength === 1 && /[由和向经从与给被把将对为在同跟]/.test(candidate.charAt(0)) && surnameLengthAt(text, start + 1) === 1) continue;
    // "三位医生", "两位护士": a counted role, not a surname.
    if (length === 1 && /[\d一二三四五六七八九十两几数每各多]$/.test(before)) continue;
    // "同时阿姨也在", "上周医生说": a surname character that ICU joins to the character before it ends that word.
    if (length === 1 && start > 0 && isHanAt(text, start - 1) && isOneWord({ text, start: start - 1, end: end })) continue;
    // "向家属交代": a surname alone is a name before 医生/主任, never before 家属 or 夫妇.
    if (length === surnameLength && RELATION_TITLES.has(text.slice(end, end + 2))) continue;
    if (ROLE_WORDS.test(candidate)) continue;
    return length;
  }
  return 0;
}

/**
 * "家属申请复印病历", "家属车辆已挪走", "签名：申请人": after a person word, a surname that ICU joins with what follows into
 * an everyday word, with a given character that names seldom hold (请, 辆, 人), is that word when a verb or another word
 * follows it. A name standing alone before punctuation or a space keeps its reading ("联系人万里，", "3床 杜甫 血压").
 */
function isEverydayWordAfterPersonWord(text: string, start: number, end: number): boolean {
  if (surnameLengthAt(text, start) !== 1 || end - start < 2) return false;
  if (STRONG_FOLLOWERS.test(text.slice(end, end + 3))) return false;
  if (Array.from(text.slice(start + 1, end)).every((char) => COMMON_GIVEN_NAME_CHARS.has(char))) return false;
  return !isOneWord({ text, start, end: start + 1 });
}

/**
 * Three characters whose first two ICU reads as a word of their own: "申请单已打印" is 申请 + 单 (请 seldom stands in a
 * name: no name), "白雪称昨夜未眠" is 白雪 + 称 (雪 does: the name is 白雪, the verb after it is not part of it).
 * Candidates of common given characters that ICU reads whole (famous namesakes such as 毛泽东) keep their reading.
 */
function readThreeCharacterCandidate(text: string, detection: Detection): Detection | undefined {
  const { start, end } = detection;
  if (end - start !== 3 || surnameLengthAt(text, start) !== 1) return detection;
  const commonFirst = COMMON_GIVEN_NAME_CHARS.has(text.charAt(start + 1));
  if (commonFirst && COMMON_GIVEN_NAME_CHARS.has(text.charAt(start + 2))) return detection;
  if (isOneWord({ text, start, end })) return commonFirst ? detection : undefined;
  if (!isOneWord({ text, start, end: start + 2 })) return detection;
  return commonFirst ? { ...detection, end: start + 2 } : undefined;
}

/**
 * "家属来探视", "母亲来陪护": a surname that is also an everyday word (来, 管, 向) before a two-character word that ICU reads
 * whole or a listed verb (陪护), of characters names seldom hold, is that everyday word and a verb, not a name ("家属高建军"
 * keeps its reading).
 */
function isEverydayWordBeforeVerb(text: string, start: number): boolean {
  if (surnameLengthAt(text, start) !== 1 || !AMBIGUOUS_SURNAMES.has(text.charAt(start))) return false;
  const given = text.slice(start + 1, start + 3);
  if (given.length < 2 || Array.from(given).every((char) => COMMON_GIVEN_NAME_CHARS.has(char))) return false;
  const verb = isOneWord({ text, start: start + 1, end: start + 3 }) || VERB_OPENING_AT_GIVEN_END.test(given);
  return verb && !isOneWord({ text, start, end: start + 2 });
}

/** "由申请医生填写", "由谈话医师告知": a preposition-surname before an everyday word and a title is the preposition. */
function isPrepositionBeforeWord(text: string, start: number, end: number): boolean {
  return end - start >= 3 && /[由和于向经从与给被把将对为在]/.test(text.charAt(start)) && isOneWord({ text, start: start + 1, end });
}

/** "中医科柴医生": after a department the title closes the name; a span that ran into it keeps the surname. */
const TRAILING_TITLE = /(?:医生|医师|大夫|护士|主任|教授)$/;
function withoutTrailingTitle(text: string, detection: Detection): Detection {
  const title = TRAILING_TITLE.exec(text.slice(detection.start, detection.end));
  if (!title || detection.end - detection.start - title[0].length < 1) return detection;
  return { ...detection, end: detection.end - title[0].length };
}

/** The label of a BEFORE_NAME match without the colon and spaces after it; a loop, since an end-anchored regex retries at every space. */
function withoutTrailingSeparator(matched: string): string {
  let end = matched.length;
  while (end > 0 && ' \t\n\r\u3000:：为是'.includes(matched.charAt(end - 1))) end--;
  return matched.slice(0, end);
}

const WEEKDAY = /^周[一二三四五六日天]$/;
/** "自出生 2 周起", "2~4 周起效": 周 after a number with a word of time, alone, is weeks, not the surname 周 and a given name. */
const NUMBER_BEFORE = /[\d一二两三四五六七八九十半]\s{0,2}$/;
const WEEKS_AT = /^周(?:[起内后前龄末时]|起效|左右)$/;
/** "韩国籍", "美国人": a nationality, though 韩 and 国 read as a surname and a given name. */
const NATIONALITY_AT =
  /^(?:韩国|美国|英国|法国|德国|日本|俄罗斯|印度|泰国|越南|马来西亚|新加坡|加拿大|澳大利亚|新西兰|意大利|西班牙|菲律宾|印尼|朝鲜|蒙古|巴西|墨西哥|荷兰|瑞典|瑞士|葡萄牙|中国|外国|缅甸|老挝|柬埔寨|巴基斯坦|尼泊尔)[籍人]/;
/** A weekday or a day word after a person word is when, not who: "庄主任周一查房", "王医生明天手术" (周一鸣 is a name). */
const DAY_WORD = /^(?:周[一二三四五六日天末]|明[天日早晚晨])$/;

/**
 * "患者强调", "名字是真的": a surname that is an everyday word (强, 真) and one given character that names seldom hold,
 * which ICU reads as one word, is that word (a verb or an adjective) even where punctuation follows ("患者高明，" keeps
 * its reading: 明 is a common given character).
 */
function isEverydayTwoCharacterWord(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || surnameLengthAt(text, start) !== 1 || !AMBIGUOUS_SURNAMES.has(text.charAt(start))) return false;
  if (COMMON_GIVEN_NAME_CHARS.has(text.charAt(start + 1))) return false;
  return isOneWord({ text, start, end });
}
/** Function words that no name holds: what a name field says instead of a name ("名字是真的", "姓名不是这个"). */
const FUNCTION_WORD_CHAR = /[的了吗呢吧啊嘛是这那个很也都就]/;
const PERSON_WORD_SET = new Set(PERSON_WORDS_BEFORE_NAME);
/**
 * A Han run that ends in a dosage form within a few characters of the candidate: a patent medicine's name (连花清瘟胶囊,
 * 江中健胃消食片, 复方丹参滴丸), unless a verb of taking comes between (王明服片剂) or the form character opens another
 * word (片刻, 片面, 丸子).
 */
const PATENT_MEDICINE_RUN =
  /^[\u4e00-\u9fa5]{1,8}?(?:胶囊|颗粒|口服液|注射液|滴丸|丸|片|糖浆|冲剂|合剂|喷雾剂|气雾剂|滴眼液|软膏|乳膏|贴膏|酊剂|栓剂)(?![刻面段区状影子])/;
const TAKING_VERB = /[服用予给吃含注输喷涂贴换拿取带买开]/;
/**
 * Words of records and prescriptions that open with a surname character and that no name is: 初步诊断, 请安排, 费别：医保,
 * 外展护士. A candidate that starts on one, or one character into one, is that word.
 */
const RECORD_WORDS = new Set(['初步', '初诊', '初次', '安排', '安置', '安慰', '费别', '费用', '外展', '外院', '外伤', '管床', '管路']);
function withinRecordWord(text: string, detection: Detection): boolean {
  const { start } = detection;
  return RECORD_WORDS.has(text.slice(start, start + 2)) || (start > 0 && RECORD_WORDS.has(text.slice(start - 1, start + 1)));
}
function opensPatentMedicine(text: string, start: number): boolean {
  const run = PATENT_MEDICINE_RUN.exec(text.slice(start, start + 12))?.[0];
  return run !== undefined && !TAKING_VERB.test(run.slice(1, -1));
}

export const chineseNameDetector: PhiDetector = {
  name: 'chinese-name',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    /** Field values read as words (家属：母亲, 签名：申请人): no rule may take them for a name. */
    const keptFieldWords: Detection[] = [];
    BEFORE_NAME.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = BEFORE_NAME.exec(text)) !== null) {
      const start = match.index + match[0].length;
      // "患者房颤", "患者白内障": a condition or drug of the dictionary after 患者 is what the patient has.
      const afterKinOrStaff = match[0].charAt(0) !== '床' && match[0].charAt(0) !== '科' && !PATIENT_WORDS.test(match[0]);
      // "患者女儿来电询问": a verb that follows a person is no name, though it opens with a surname character.
      const notAName =
        clinicalTermLengthAt(text, start) >= 2 ||
        isEverydayWordBeforeVerb(text, start) ||
        isVerbAfterPerson(text.slice(start, start + 2)) ||
        (match[0].charAt(0) === '科' && TIME_WORD_AFTER_DEPARTMENT.test(text.slice(start, start + 3)));
      // A department reads like a bed label: the verbs staff do end the name where ICU ends a word ("超声科李娜复核").
      const afterBed = match[0].charAt(0) === '床' || match[0].charAt(0) === '科';
      const label = withoutTrailingSeparator(match[0]);
      const isField = !afterBed && (/[:：]/.test(match[0]) || NAME_FIELD_LABELS.has(label));
      const nameLabel = /(?:姓名|名字)$/.test(label) && label.length < match[0].length;
      const fieldLength = isField ? fieldNameLength(text, start, keptFieldWords, nameLabel) : 0;
      const proseTrigger = !FORM_FIELD_LABEL_SET.has(label);
      const length =
        fieldLength || (notAName || !proseTrigger ? 0 : nameLengthForward(text, start, 1, afterKinOrStaff, afterBed) || spacedNameLength(text, start));
      const value = text.slice(start, start + length);
      const everyday =
        DAY_WORD.test(value) ||
        isEverydayTwoCharacterWord(text, start, start + length) ||
        (fieldLength === 0 && isEverydayWordAfterPersonWord(text, start, start + length));
      if (length > 0 && !everyday) detections.push({ type: 'name', start, end: start + length, priority: PRIORITY });
      // Triggers overlap ("其女儿" holds both 其女 and 女儿), so resume one character later.
      BEFORE_NAME.lastIndex = match.index + 1;
    }
    startScan(BEFORE_SEX_AND_AGE, text, SEX_THEN_AGE);
    while ((match = BEFORE_SEX_AND_AGE.exec(text)) !== null) {
      const candidate = match[1] ?? '';
      if (isWholeName(candidate)) detections.push({ type: 'name', start: match.index, end: match.index + candidate.length, priority: PRIORITY });
    }
    AFTER_NAME_TITLES.lastIndex = 0;
    while ((match = AFTER_NAME_TITLES.exec(text)) !== null) {
      const length = withoutDemonstrative(text, match.index, nameLengthBackward(text, match.index));
      // "谢谢医生": thanks to the doctor, not a doctor surnamed 谢.
      if (length === 2 && text.slice(match.index - 2, match.index) === '谢谢') continue;
      if (length > 0 && !isPrepositionBeforeWord(text, match.index - length, match.index)) {
        detections.push({ type: 'name', start: match.index - length, end: match.index, priority: PRIORITY });
      }
    }
    scanSignOffs(text, detections);
    if (/[（(]/.test(text)) scanBracketedMarriedNames(text, detections);
    if (text.includes('吗')) scanNamesAskedAbout(text, detections);
    if (text.includes(':')) scanChatSenderLines(text, detections);
    // "周三复查": 周 and a numeral name a weekday, not the surname 周 and a given name.
    const withoutTrigger = scanNamesWithoutTrigger(text)
      .filter((d) => !(d.end - d.start === 2 && WEEKDAY.test(text.slice(d.start, d.end))) && !NATIONALITY_AT.test(text.slice(d.start, d.start + 6)))
      .map((d) => readThreeCharacterCandidate(text, d))
      .filter((d): d is Detection => d !== undefined);
    detections.push(
      ...withoutTrigger,
      ...scanFamiliarNames(text),
      ...scanChineseNamesBySlot(text),
      ...scanSpeakersAndAddressTerms(text),
      ...scanNamesByPersonSlot(text),
      ...(/[:：]/.test(text) ? scanLabelledPersonNames(text) : []),
    );
    // "黄芪、党参", "高危、高龄": a candidate that a clinical term covers whole is that term, whichever rule found it.
    return (
      detections
        .filter((d) => d.end - d.start < 2 || clinicalTermLengthAt(text, d.start) < d.end - d.start)
        .filter((d) => !keptFieldWords.some((word) => d.start === word.start && d.end <= word.end))
        // "爷爷阿姨都来了", "陪护：阿姨", "患者孙子的同学": a kin word alone addresses nobody by name.
        .filter((d) => !isKinAddressWord(text.slice(d.start, d.end)) && !PERSON_WORD_SET.has(text.slice(d.start, d.end)))
        // "连花清瘟胶囊", "江中健胃消食片": a patent medicine opening with a surname character.
        .filter((d) => !opensPatentMedicine(text, d.start))
        .filter((d) => !withinRecordWord(text, d))
        .filter((d) => !(NUMBER_BEFORE.test(text.slice(Math.max(0, d.start - 3), d.start)) && WEEKS_AT.test(text.slice(d.start, d.end))))
        .map((d) => withoutTrailingTitle(text, d))
    );
  },
};
