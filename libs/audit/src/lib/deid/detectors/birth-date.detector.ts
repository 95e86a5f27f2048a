import { startScan } from '../regex-scan.util';
import type { Detection, DetectionContext, PhiDetector } from '../deid.types';

/**
 * HIPAA Safe Harbor keeps the year of a date, but not the year of birth of someone over 89: "all elements
 * of dates (including year) indicative of such age". After a birth label (出生日期, 生于, DOB, born ...)
 * the whole date, year included, is redacted when the person would be 90 or older in the reference year
 * (the later of this year and the latest year written in the text), counting conservatively: born in
 * 1936 is 90 in 2026 even before the birthday. Younger people's dates keep their year (the date detector
 * removes the month and day).
 */
const MIN_AGE_WITHOUT_YEAR = 90;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_CAPITALS = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC';
const YEAR = String.raw`(?:18|19|20)\d{2}`;
/** Taiwan writes years of the Republic of China calendar (民國18年 is 1929); the year group is named so it is read as such. */
const ROC_YEAR_OFFSET = 1911;
/** The whole dates (day, month and year) both scans below read, the year in group 1. */
const YEAR_FIRST_NUMERIC = String.raw`(${YEAR})[-/.]\d{1,2}[-/.]\d{1,2}`;
const YEAR_LAST_NUMERIC = String.raw`\d{1,2}[-/.]\d{1,2}[-/.](${YEAR})`;
const DAY_MONTH_NAME_YEAR = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?,?\s+(${YEAR})`;
const MONTH_NAME_DAY_YEAR = String.raw`${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(${YEAR})`;
const DATE_FORMS = [
  String.raw`(?:民國|民国)\s*(?<rocYear>\d{1,3})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?)?`,
  String.raw`(${YEAR})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?`,
  YEAR_FIRST_NUMERIC,
  YEAR_LAST_NUMERIC,
  String.raw`\d{1,2}(?<separator>[-/.])\d{1,2}\k<separator>(\d{2})(?![\d/.-])`,
  String.raw`\d{1,2}[-/.](?:${MONTH}|${MONTH_CAPITALS})[-/.](${YEAR})`,
  String.raw`(${YEAR})[-/.](?:${MONTH}|${MONTH_CAPITALS})[-/.]\d{1,2}`,
  // "Mar-05-1932": the month name, the day and the year.
  String.raw`(?:${MONTH}|${MONTH_CAPITALS})[-/.]\d{1,2}[-/.](${YEAR})`,
  DAY_MONTH_NAME_YEAR,
  MONTH_NAME_DAY_YEAR,
  String.raw`${MONTH}\.?,?\s+(${YEAR})`,
  // A full stop after the year ends the sentence ("DOB: 1928."); a digit after it makes a decimal or a date.
  String.raw`(${YEAR})(?![\d年/-]|\.\d)`,
].join('|');
/**
 * 出生 alone is a label before a colon, or right before a year that has a month after it or 年 ("出生1935-10-23",
 * "出生 1931年"): a bare number after it is a birth weight or an age in days (出生1900g, 出生3天).
 */
const BIRTH_LABEL = String.raw`(?:出生日期|出生年月日|出生年月|出生年份|出生时间|YOB|year\s+of\s+birth|出生于|出生於|出生在|生于|生於|生日|DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s{1,3}(?:on|in))?|出生(?=\s{0,3}[:：])|出生(?=\s{0,3}${YEAR}(?:\s{0,2}年|[-/.]\d)))`;
/** The label, a short separator (never a free run of spaces), then one date form. */
const BIRTH_DATE = new RegExp(String.raw`(${BIRTH_LABEL}(?:\s{0,3}(?:[:：?？]|\s[-–—])?\s{0,3}|\s{0,3}(?:is|was|为|是)\s{1,3}))(?:${DATE_FORMS})`, 'gi');
/** The date first, the word after it: "1930年5月6日出生", "1931年生", "1929-03-01生". */
const DATE_THEN_BIRTH = new RegExp(
  String.raw`(?:${DATE_FORMS.replace(String.raw`(?![\d年/-]|\.\d)`, String.raw`(?![\d/-]|\.\d)`)})\s{0,2}(?=出生|生人|生(?![活长效理病产气命化物殖])|年生)`,
  'g',
);
/**
 * What DATE_THEN_BIRTH needs: after the end of a date form (a digit, 年, 月, 日 or 号) and at most two spaces, 生, 出生 or
 * 年生. 生 opens the pattern and what comes before is read behind it: V8 tries a leading lookbehind at every position of
 * the note, but skips ahead to a leading character.
 */
const BIRTH_AFTER_DATE = /生(?<=[\d年月日号]\s{0,2}[出年]?生)/;
/**
 * A whole date (day, month, year) ninety years ago or more tells an age over 89 whoever it belongs to, so it is taken
 * whole with no label: a date of birth in a comma-separated row or a table cell ("…,M,96,1930-02-11,…"), or an event of
 * such a life ("married on 2 June 1934"). Bare years stay (guideline years, "since 1932"); they are no date of anything.
 */
const FULL_DATE = new RegExp(
  [
    String.raw`(?<![\d/.-])${YEAR_FIRST_NUMERIC}(?![\d/.-]\d|\d)`,
    String.raw`(?<![\d/.-])${YEAR_LAST_NUMERIC}(?!\d|[/.-]\d)`,
    String.raw`(?<!\d)(${YEAR})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]`,
    String.raw`(?<![\d])${DAY_MONTH_NAME_YEAR}(?!\d)`,
    String.raw`\b${MONTH_NAME_DAY_YEAR}(?!\d)`,
  ].join('|'),
  'gi',
);

/** "05/06/31": a two-digit year is this century's unless that lies after the reference year (then 1931). */
function fullYear(written: string, referenceYear: number): number {
  const year = Number(written);
  if (written.length > 2) return year;
  return 2000 + year <= referenceYear ? 2000 + year : 1900 + year;
}

/**
 * A birth year in Chinese numerals after a birth word or before 年生 ("生于一九三三年", "一九二八年生"), read digit by digit
 * (〇 and 零 are 0); the year with its 年 is the identifier, as the evaluators of Chinese notes mark it.
 */
const CHINESE_NUMERAL_DIGITS = '〇零一二三四五六七八九';
const CHINESE_NUMERAL_BIRTH_YEAR = new RegExp(
  String.raw`(?:(?<=(?:出生于|出生於|出生在|生于|生於)\s{0,2})([${CHINESE_NUMERAL_DIGITS}]{4}年)|([${CHINESE_NUMERAL_DIGITS}]{4}年)(?=生(?![活长效理病产气命化物殖])))`,
  'g',
);
/** Four Chinese numerals and 年, which every birth year in numerals holds: looked for first, as most notes have none. */
const CHINESE_NUMERAL_YEAR = new RegExp(`[${CHINESE_NUMERAL_DIGITS}]{4}年`);
const chineseNumeralYear = (value: string): number =>
  Number(Array.from(value.slice(0, 4), (digit) => String(Math.max(0, CHINESE_NUMERAL_DIGITS.indexOf(digit) - 1))).join(''));

/** Many notes hold no year of the last two centuries before this one: the whole-date scan runs only where one is. */
const OLD_YEAR_HINT = /(?:18|19)\d\d(?!\d)/;
const ANY_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

/** Latest plausible year written in the text (a note dated 2027 ages its patients from 2027). */
export function latestYearIn(text: string): number {
  const ceiling = new Date().getUTCFullYear() + 2;
  let latest = 0;
  startScan(ANY_YEAR, text);
  let match: RegExpExecArray | null;
  while ((match = ANY_YEAR.exec(text)) !== null) {
    const year = Number(match[1]);
    if (year > latest && year <= ceiling) latest = year;
  }
  return latest;
}

/** "生于1929年", "1931年生": a year alone is the identifier, 年 after it is ordinary text. */
function withoutYearWord(value: string): string {
  return /^\d{4}年$/.test(value) ? value.slice(0, 4) : value;
}

/** The year group of the date form that matched (the separator group of the two-digit form comes before its year). */
function lastGroup(match: RegExpExecArray, from: number): string {
  const rocYear = match.groups?.['rocYear'];
  if (rocYear !== undefined) return String(ROC_YEAR_OFFSET + Number(rocYear));
  const groups = match.slice(from).filter((group): group is string => group !== undefined);
  return groups[groups.length - 1] ?? '';
}

export const birthDateDetector: PhiDetector = {
  name: 'birth-date',
  detect(text: string, context?: DetectionContext): Detection[] {
    const referenceYear = context?.referenceYear ?? Math.max(new Date().getUTCFullYear(), latestYearIn(text));
    const detections: Detection[] = [];
    startScan(BIRTH_DATE, text);
    let match: RegExpExecArray | null;
    while ((match = BIRTH_DATE.exec(text)) !== null) {
      const year = fullYear(lastGroup(match, 2), referenceYear);
      if (!(referenceYear - year >= MIN_AGE_WITHOUT_YEAR)) continue;
      const start = match.index + (match[1] ?? '').length;
      const end = start + withoutYearWord(text.slice(start, match.index + match[0].length)).length;
      detections.push({ type: 'date', start, end, priority: 60, score: 0.9 });
    }
    startScan(DATE_THEN_BIRTH, text, BIRTH_AFTER_DATE);
    while ((match = DATE_THEN_BIRTH.exec(text)) !== null) {
      const year = fullYear(lastGroup(match, 1), referenceYear);
      if (!(referenceYear - year >= MIN_AGE_WITHOUT_YEAR)) continue;
      const value = match[0].trimEnd();
      const end = match.index + withoutYearWord(value).length;
      detections.push({ type: 'date', start: match.index, end, priority: 60, score: 0.9 });
    }
    if (text.includes('年')) {
      startScan(CHINESE_NUMERAL_BIRTH_YEAR, text, CHINESE_NUMERAL_YEAR);
      while ((match = CHINESE_NUMERAL_BIRTH_YEAR.exec(text)) !== null) {
        if (referenceYear - chineseNumeralYear(match[0]) < MIN_AGE_WITHOUT_YEAR) continue;
        detections.push({ type: 'date', start: match.index, end: match.index + match[0].length, priority: 60, score: 0.9 });
      }
    }
    if (OLD_YEAR_HINT.test(text)) {
      startScan(FULL_DATE, text);
      while ((match = FULL_DATE.exec(text)) !== null) {
        const year = Number(lastGroup(match, 1));
        const start = match.index;
        const end = start + match[0].length;
        if (!(referenceYear - year >= MIN_AGE_WITHOUT_YEAR) || detections.some((found) => found.start < end && found.end > start)) continue;
        detections.push({ type: 'date', start, end, priority: 60, score: 0.9 });
      }
    }
    return detections;
  },
};
