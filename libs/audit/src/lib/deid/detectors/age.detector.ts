import type { Detection, PhiDetector } from '../deid.types';

/** Safe Harbor: ages over 89 are identifying (few such people); younger ages stay for clinical meaning. */
const OLDEST_KEPT_AGE = 89;

const NUMERIC_AGE_PATTERNS: readonly RegExp[] = [
  /(?<![\d.])(\d{2,3})(?=\s*(?:[余多]\s*)?(?:周岁|岁|歲))/g,
  /(?<![\d.])(\d{2,3})(?=[\s-]*(?:years?|yrs?)[\s-]*old\b)/gi,
  /(?<![\d.])(\d{2,3})(?=\s*(?:y\/o|yo|y\.o\.|yr-old)\b)/gi,
  /\b(?:aged|age|age:)\s*(\d{2,3})(?![\d.])/gi,
  /(?:年龄|年齡)\s*(?:[:：为是]\s*)?(\d{2,3})(?![\d.])/g,
  /\b[MF]\/(\d{2,3})\b/g,
  /\b[A-Z][a-z]+,\s+(\d{2,3})\s*,/g,
  /[男女]\s*[，,/]\s*(\d{2,3})(?![\d.])/g,
  /\b(?:now|turned|turns)\s+(\d{2,3})\b(?!\s*%|\.\d)/gi,
  /今年\s{0,2}(\d{2,3})(?=\s{0,2}(?:岁|周岁|了|啦))/g,
  /(?<![\d.])(\d{2,3})(?=\s{0,2}(?:years?|yrs?)\s{1,2}of\s{1,2}age\b)/gi,
  /(?<![\d.°\w])(\d{2,3})(?=(?:yo)?[MF]\b)/g,
  /\b(?:[Ss]he|[Hh]e|who)\s{1,3}(?:is|was)\s{1,3}(\d{2,3})(?=\s{1,3}(?:and|but|now|today|this|years)\b|[,;]|\.(?!\d))/g,
];
const TEMPERATURE_BEFORE = /(?:temp(?:erature)?|T|体温|°)\s{0,2}[:：=]?\s{0,2}(?:max\s{0,2})?$/i;
const CHINESE_NUMERAL_AGE = /((?:九十[一二三四五六七八九]?|一百(?:零?[一二三四五六七八九十]+)?))(?=\s*(?:[余多]\s*)?(?:周岁|岁))/g;

function scanNumericAges(regex: RegExp, text: string, detections: Detection[]): void {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const value = match[1] ?? '';
    const age = Number(value);
    if (age <= OLDEST_KEPT_AGE || age > 130) continue;
    const start = match.index + match[0].lastIndexOf(value);
    // "Temp 98F" is a temperature, not a 98-year-old woman.
    if (TEMPERATURE_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    detections.push({ type: 'age', start, end: start + value.length, priority: 50 });
  }
}

export const ageDetector: PhiDetector = {
  name: 'age',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    for (const regex of NUMERIC_AGE_PATTERNS) scanNumericAges(regex, text, detections);
    CHINESE_NUMERAL_AGE.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = CHINESE_NUMERAL_AGE.exec(text)) !== null) {
      detections.push({ type: 'age', start: match.index, end: match.index + match[0].length, priority: 50 });
    }
    return detections;
  },
};
