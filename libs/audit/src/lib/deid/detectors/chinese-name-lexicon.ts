import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './chinese-surnames';

/** Shared by the trigger-backed and the trigger-free Chinese name detectors. */
export const HAN_CHAR = /^[\u4e00-\u9fa5]$/;

/** Whether the code unit at `index` is a CJK unified ideograph (U+4E00–U+9FA5), as HAN_CHAR tests a one-character string; no string is made. */
export function isHanAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0x4e00 && code <= 0x9fa5;
}
/**
 * Characters that end a name or never occur inside one in clinical prose (verbs, organs, symptoms, time words).
 * The verbs of preparing a remedy (煎, 熬, 敷, 涂) close a herb list ("石斛煎服"), never a name.
 * 心 and 天 are left out: 心怡, 天明 and 天佑 are common given names, and 心悸, 白天 and 秋天 are words that
 * ICU segmentation and the clinical dictionary already keep.
 * The particles 了, 吗, 呢, 吧, 啊, 嘛 end a clause, never stand in a name ("婆婆来了，" holds no 来了).
 */
export const NEVER_IN_GIVEN_NAME = new Set(
  Array.from(
    '因于主入出自诉今昨在经行之的等系已近反曾现以术来到从诊就男女性岁年月日时周前后及和与或并但而被将把对向给为是有无不未没也又再都还即均每该本其此某儿父母妻夫家属病院科室床号血压热疸染细胞糖脂尿痛咳喘肿瘤癌炎症伤度龄烧吐泻晕肺肝肾脑胃肠骨皮眼耳鼻口腔颈胸腹背腰腿足手臂头面部位体重量温率值素检查验测治疗药物剂片针服用转断规律显著身情况房上下间息料资史数者员醉地得打样般状煎熬敷涂由了吗呢吧啊嘛办',
  ),
);
/** "某" in 李某 / 王某某 is a pseudonym that still leaks the surname, so it counts as a given-name character. */
export const PSEUDONYM_CHAR = '某';
/** Surnames that are also everyday words: after them only a strong follower proves a name ("患者高明，男"). */
export const AMBIGUOUS_SURNAMES = new Set(
  Array.from(
    '于和高黄白常平全明时向方易文石安成严左史单何任代甘毛金钱那南上下双原应解都来门云花海国初相计水信由利干但居元衣富公强满位区支丰宿印战危束尚车连费冷席米边师商沙荣查麻官封谈乐惠劳皮楼盘闻伊权帅豆容敬普伏薄母修况隆诸亢呼揭斯智幸奉宁包关路游管华房屈艾阳农司古吉简项景党宫卫晏池迟苑荆冀燕晋苗谷曲蓝辛',
  ),
);

/** Compound surnames by first character, so a lookup costs one map read instead of a list scan. */
const COMPOUND_SURNAMES_BY_FIRST_CHAR = new Map<string, string[]>();
for (const compound of COMPOUND_SURNAMES) {
  const first = compound.charAt(0);
  COMPOUND_SURNAMES_BY_FIRST_CHAR.set(first, [...(COMPOUND_SURNAMES_BY_FIRST_CHAR.get(first) ?? []), compound]);
}

export function surnameLengthAt(text: string, index: number): number {
  for (const compound of COMPOUND_SURNAMES_BY_FIRST_CHAR.get(text.charAt(index)) ?? []) {
    if (text.startsWith(compound, index)) return compound.length;
  }
  return SINGLE_SURNAMES.has(text[index] ?? '') ? 1 : 0;
}

/**
 * Characters of the 疒 (sickness) radical, 疔 to 癵, which Unicode orders by radical: 疮, 疽, 痦, 瘕, 癣 name a disease, never a
 * person. With the body words no given name holds (颅 skull, 脉 vessel and pulse, 睛 eye, 苔 tongue coating, 汗 sweat, 齿 and 牙
 * teeth) they end the clinical words a surname character opens: 方颅, 任脉, 白睛, 黄苔, 黄汗, 龙齿, 马牙, 金疮, 钱癣, 石瘕.
 */
const SICKNESS_RADICAL_FIRST = 0x7594;
const SICKNESS_RADICAL_LAST = 0x7675;
const BODY_CHARS_NEVER_IN_GIVEN_NAME = new Set(Array.from('颅脉睛苔汗齿牙'));

export function isGivenChar(char: string | undefined): boolean {
  if (char === undefined || char.length !== 1 || !isHanAt(char, 0)) return false;
  if (char === PSEUDONYM_CHAR) return true;
  const code = char.charCodeAt(0);
  if (code >= SICKNESS_RADICAL_FIRST && code <= SICKNESS_RADICAL_LAST) return false;
  return !NEVER_IN_GIVEN_NAME.has(char) && !BODY_CHARS_NEVER_IN_GIVEN_NAME.has(char);
}
