/**
 * Onset and duration written beside a symptom: "突发胸痛2小时", "反复咳嗽10年", "chest pain for 2 hours",
 * "SOB 3d". Patterns are anchored at the symptom's edge and bounded, so each is linear in the text.
 */
export type SymptomOnset = 'sudden' | 'recurrent' | 'intermittent' | 'persistent' | 'gradual';

export interface SymptomDuration {
  readonly value: number;
  readonly unit: 'min' | 'h' | 'd' | 'wk' | 'mo' | 'y';
  readonly text: string;
}

export interface SymptomTiming {
  readonly onset: SymptomOnset | null;
  readonly duration: SymptomDuration | null;
}

const ONSET_BEFORE: readonly (readonly [RegExp, SymptomOnset])[] = [
  [/(?:突发|突然|骤然|急起|sudden(?:ly)?|acute onset of|abrupt)\s*$/, 'sudden'],
  [/(?:反复|再发|复发|recurrent|recurring)\s*$/, 'recurrent'],
  [/(?:间断|间歇|阵发性?|intermittent)\s*$/, 'intermittent'],
  [/(?:持续性?|persistent|constant)\s*$/, 'persistent'],
  [/(?:渐进性|逐渐|进行性|gradual(?:ly)?|progressive)\s*$/, 'gradual'],
];

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 半: 0.5, 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

const UNITS: Readonly<Record<string, SymptomDuration['unit']>> = {
  分钟: 'min',
  min: 'min',
  mins: 'min',
  minutes: 'min',
  minute: 'min',
  小时: 'h',
  个小时: 'h',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  天: 'd',
  日: 'd',
  d: 'd',
  day: 'd',
  days: 'd',
  周: 'wk',
  星期: 'wk',
  个星期: 'wk',
  w: 'wk',
  wk: 'wk',
  wks: 'wk',
  week: 'wk',
  weeks: 'wk',
  月: 'mo',
  个月: 'mo',
  余月: 'mo',
  mo: 'mo',
  month: 'mo',
  months: 'mo',
  年: 'y',
  余年: 'y',
  y: 'y',
  yr: 'y',
  yrs: 'y',
  year: 'y',
  years: 'y',
};

// "2小时", "3天", "半月", "十余年", "for 2 hours", "x 3 days", "3d". Bounded quantifiers only.
const DURATION_AFTER =
  /^[\s,]{0,2}(?:(?:for|x|×)\s{0,2})?(\d{1,3}(?:\.\d{1,2})?|[半一两二三四五六七八九十]{1,3})\s{0,2}(?:余|多)?(分钟|个小时|小时|个星期|星期|个月|余月|余年|天|日|周|月|年|minutes|minute|mins|min|hours|hour|hrs|hr|days|day|weeks|week|wks|wk|months|month|mo|years|year|yrs|yr|h|d|w|y)(?![a-z])/;

function chineseNumber(text: string): number | null {
  if (/^\d/.test(text)) return Number(text);
  if (text === '十') return 10;
  if (text.length === 2 && text[0] === '十') return 10 + (CHINESE_DIGITS[text[1]] ?? NaN);
  if (text.length === 2 && text[1] === '十') return (CHINESE_DIGITS[text[0]] ?? NaN) * 10;
  if (text.length === 3 && text[1] === '十') return (CHINESE_DIGITS[text[0]] ?? NaN) * 10 + (CHINESE_DIGITS[text[2]] ?? NaN);
  const value = text.length === 1 ? CHINESE_DIGITS[text] : undefined;
  return value === undefined || Number.isNaN(value) ? null : value;
}

/** `folded` is the case-folded normalised text; start/end the symptom's span in it. */
export function symptomTiming(folded: string, start: number, end: number): SymptomTiming {
  const before = folded.slice(Math.max(0, start - 16), start);
  const onset = ONSET_BEFORE.find(([pattern]) => pattern.test(before))?.[1] ?? null;
  const match = DURATION_AFTER.exec(folded.slice(end, end + 24));
  let duration: SymptomDuration | null = null;
  if (match !== null) {
    const value = chineseNumber(match[1]);
    const unit = UNITS[match[2]];
    if (value !== null && unit !== undefined) duration = { value, unit, text: match[0].trim() };
  }
  return { onset, duration };
}
