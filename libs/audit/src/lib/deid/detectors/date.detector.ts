import { isValidCalendarDate } from '../check-digits.util';
import type { Detection, PhiDetector } from '../deid.types';

/**
 * HIPAA Safe Harbor removes every date element except the year, so each detection covers only the
 * month/day part: "1958年3月2日" becomes "1958年[日期]", "2024-03-05" becomes "2024-[日期]".
 * A bare year ("KDIGO 2012", "2023 ADA") is never matched.
 */
const PRIORITY = 50;
const YEAR = String.raw`(?:19|20)\d{2}`;

const CHINESE_YEAR_MONTH_DAY = new RegExp(String.raw`(?<!\d)(${YEAR})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?`, 'g');
const CHINESE_MONTH_DAY = new RegExp(String.raw`(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`, 'g');
const CHINESE_NUMERAL = '[〇零一二三四五六七八九十]';
const CHINESE_NUMERAL_DATE = new RegExp(`(${CHINESE_NUMERAL}{4}年)?(${CHINESE_NUMERAL}{1,2}月${CHINESE_NUMERAL}{1,3}[日号])`, 'g');
const ISO_DATE = new RegExp(String.raw`(?<![\d.\/-])(${YEAR})([-\/.])(\d{1,2})\2(\d{1,2})(?![\d]|[-\/.]\d)`, 'g');
const DAY_FIRST_OR_US = new RegExp(String.raw`(?<![\d.\/-])(\d{1,2})([\/.-])(\d{1,2})\2(${YEAR}|\d{2})(?![\d]|[\/.-]\d)`, 'g');
const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH_NAME}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b(?!\s*(?:mg|ml|mL|kg|g|%|mmHg))`, 'g');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME})\b\.?(?=,?\s+${YEAR}\b|\s)`, 'g');
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH_NAME})\.?,?\s+${YEAR}\b`, 'g');
/** Wristbands and lab systems write the month in capitals: "01-JAN-2022". */
const MONTH_NAME_OR_CAPITALS = String.raw`(?:${MONTH_NAME}|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)`;
/** "14-Feb-2021", "14/Feb/2021", "03-Mar-22": the year must follow, with the same separator, so "4-Mar" in a list stays. */
const DAY_MON_YEAR_SEPARATED = new RegExp(String.raw`(?<![\dA-Za-z])(\d{1,2}([-\/.])${MONTH_NAME_OR_CAPITALS})\2(?:${YEAR}|\d{2})(?![\dA-Za-z])`, 'g');
/** "2021-Feb-14", "2021/Feb/14": the year first, then the month name and the day. */
const YEAR_MON_DAY_SEPARATED = new RegExp(String.raw`(?<![\dA-Za-z])${YEAR}([-\/.])(${MONTH_NAME_OR_CAPITALS}\1\d{1,2})(?![\dA-Za-z])`, 'g');

function push(detections: Detection[], start: number, end: number): void {
  if (end > start) detections.push({ type: 'date', start, end, priority: PRIORITY });
}

function scanChineseYearMonthDay(text: string, detections: Detection[]): void {
  CHINESE_YEAR_MONTH_DAY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CHINESE_YEAR_MONTH_DAY.exec(text)) !== null) {
    const month = Number(match[2]);
    const day = match[3] === undefined ? 1 : Number(match[3]);
    if (!isValidCalendarDate(Number(match[1]), month, day)) continue;
    const yearEnd = match.index + match[0].indexOf('年') + 1;
    const monthStart = yearEnd + (text.slice(yearEnd).length - text.slice(yearEnd).trimStart().length);
    push(detections, monthStart, match.index + match[0].length);
  }
}

function scanNumericDates(text: string, detections: Detection[]): void {
  ISO_DATE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ISO_DATE.exec(text)) !== null) {
    const [whole, year = '', , month, day] = match;
    if (!isValidCalendarDate(Number(year), Number(month), Number(day))) continue;
    push(detections, match.index + year.length + 1, match.index + whole.length);
  }
  DAY_FIRST_OR_US.lastIndex = 0;
  while ((match = DAY_FIRST_OR_US.exec(text)) !== null) {
    const [, firstText = '', separator, secondText = '', yearText = ''] = match;
    const first = Number(firstText);
    const second = Number(secondText);
    const year = yearText.length === 4 ? Number(yearText) : 2000;
    const plausible = isValidCalendarDate(year, first, second) || isValidCalendarDate(year, second, first);
    // "5-10-15" style dose/range lists use dashes with 2-digit tails; only accept dashes with a 4-digit year.
    if (!plausible || (separator === '-' && yearText.length === 2)) continue;
    push(detections, match.index, match.index + firstText.length + 1 + secondText.length);
  }
}

function scanSimple(regex: RegExp, text: string, detections: Detection[], group: number): void {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const value = match[group];
    if (value === undefined) continue;
    const start = match.index + match[0].indexOf(value);
    push(detections, start, start + value.length);
  }
}

function scanChineseMonthDay(text: string, detections: Detection[]): void {
  CHINESE_MONTH_DAY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CHINESE_MONTH_DAY.exec(text)) !== null) {
    if (!isValidCalendarDate(2000, Number(match[1]), Number(match[2]))) continue;
    push(detections, match.index, match.index + match[0].length);
  }
}

export const dateDetector: PhiDetector = {
  name: 'date',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    scanChineseYearMonthDay(text, detections);
    scanChineseMonthDay(text, detections);
    scanSimple(CHINESE_NUMERAL_DATE, text, detections, 2);
    scanNumericDates(text, detections);
    scanSimple(MONTH_DAY_YEAR, text, detections, 1);
    scanSimple(DAY_MONTH_YEAR, text, detections, 1);
    scanSimple(MONTH_YEAR, text, detections, 1);
    scanSimple(DAY_MON_YEAR_SEPARATED, text, detections, 1);
    scanSimple(YEAR_MON_DAY_SEPARATED, text, detections, 2);
    return detections;
  },
};
