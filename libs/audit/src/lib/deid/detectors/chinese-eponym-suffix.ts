/**
 * A Latin word right before a Chinese staging, typing, grading or score word is an eponym, not a person: Ann Arbor分期,
 * Lauren分型, Gleason评分, Child-Pugh分级, Horner征, Cushing综合征. The English name rules see a capitalised word with
 * nothing English after it; the Han word after it says what it is.
 */
const LATIN_WORD_SPAN = /^[A-Za-z][A-Za-z'’.-]*(?:\s[A-Za-z][A-Za-z'’.-]*){0,3}$/;
const HAN_SCALE_AFTER = /^\s{0,2}(?:分期|分型|分级|分类|分度|分区|评分|积分|量表|指数|综合征|综合症|征|试验|标准|定律|手术|反射|现象|骨折|氏)/;

export function isLatinEponymBeforeHanScale(text: string, start: number, end: number): boolean {
  return LATIN_WORD_SPAN.test(text.slice(start, end)) && HAN_SCALE_AFTER.test(text.slice(end, end + 6));
}
