import type { Detection } from '../deid.types';

/**
 * Characters Chinese uses to spell foreign and minority names by sound (the syllable table of Xinhua's 《世界人名翻译大辞典》,
 * and the Uyghur and Kazakh names of Xinjiang records: 买买提, 吐尔逊, 古丽, 江, 别克). A dotted run is read back from
 * the dot only through these, so the words in front ("患者", "来了个", "联系人") stay outside the name.
 */
const SOUND_CHARS = new Set(
  Array.from(
    '阿艾埃安昂奥巴拔柏班邦鲍贝本比彼毕宾波伯博布查达戴丹德登迪蒂丁东杜敦多厄恩尔法凡菲费芬丰弗福富盖甘戈格古瓜哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考科克肯库夸奎拉莱兰朗劳勒雷里利莉丽连林琳卢鲁路伦罗洛马玛迈曼芒梅蒙米密明莫姆穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘佩彭皮珀普奇齐恰乔切钦琼丘萨赛桑瑟森沙莎尚舍什史斯松苏索塔泰坦汤唐特提廷图托瓦万威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤于约泽扎詹佐买吐逊热依木汗江孜拜别吾米娅茹翰妮尕牙合买麦热娜孜拉哈力肉则',
  ),
);
/** Eponyms are written with the dot too: the word after says so ("斯蒂芬斯·约翰逊综合征", "冯·维勒布兰德因子"). */
const EPONYM_AFTER = /^(?:综合[征症]|病|因子|抗原|氏|征|试验|反射|手术|分[型类级期]|评分|定律|效应|现象|细胞|小体|骨折|畸形)/;
const DOTS = new Set(['·', '•', '・']);

function soundRunBackward(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 5 && SOUND_CHARS.has(text.charAt(start - 1))) start -= 1;
  return start;
}

function soundRunForward(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < 6 && SOUND_CHARS.has(text.charAt(end))) end += 1;
  return end;
}

/** A transliterated name of two or three dotted parts, each of at least two sound characters. */
export function scanTransliteratedNames(text: string): Detection[] {
  if (!/[\u4e00-\u9fa5][·•・][\u4e00-\u9fa5]/.test(text)) return [];
  const found: Detection[] = [];
  for (let dot = 0; dot < text.length; dot++) {
    if (!DOTS.has(text.charAt(dot))) continue;
    const start = soundRunBackward(text, dot);
    if (dot - start < 2) continue;
    let end = soundRunForward(text, dot + 1);
    if (end - dot - 1 < 2) continue;
    // A third part: "穆罕默德·阿卜杜拉·哈桑".
    if (DOTS.has(text.charAt(end))) {
      const third = soundRunForward(text, end + 1);
      if (third - end - 1 >= 2) end = third;
    }
    if (!EPONYM_AFTER.test(text.slice(end, end + 3))) found.push({ type: 'name', start, end, priority: 56, score: 0.8 });
    dot = end;
  }
  return found;
}
