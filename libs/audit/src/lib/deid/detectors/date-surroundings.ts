import type { Detection, PhiDetector } from '../deid.types';
import { dateDetector } from './date.detector';

/**
 * What is written around a date names the same day and leaks it when left behind: the weekday before or after it
 * ("Wed [date]", "[date] (Fri)", "[日期]（星期一）"), the clock time joined to it ("[date] at 10:30", "…T09:15",
 * "[日期]下午3点", "[日期]晚") and the word joining the two ends of a range ("[日期]至[日期]"). Each is read only next to a
 * date already found, so a weekly routine (每周三, "Mon, Wed and Fri at 09:00") or a clock time alone stays.
 */
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)`;
const WEEKDAY_BEFORE = new RegExp(String.raw`\b${WEEKDAY}\.?,?\s{1,2}(?:the\s{1,2})?$`, 'i');
/** The year a date keeps sits between the day and the time: "22/11[/2023] 13:45", "4 July[ 2024] 09:00". */
const YEAR_AFTER = /^(?:[/.-](?:(?:19|20)\d{2}|\d{2})(?![\d/.-])|,?\s{1,2}(?:19|20)\d{2}\b)?/;
const WEEKDAY_IN_BRACKETS_AFTER = new RegExp(String.raw`^\s{0,2}[(（]\s{0,2}(${WEEKDAY}|(?:星期|礼拜|周)[一二三四五六日天])\s{0,2}[)）]`, 'i');
const MERIDIEM = String.raw`(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b)`;
const CLOCK = String.raw`(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:${MERIDIEM}|h(?:rs)?\b))?|(?:0?[1-9]|1[0-2])\s?${MERIDIEM}`;
/** "at 10:30", ", 2:15 pm", "T09:15", "09:00–09:20", "at approx 06:00": the clock (and the end of its range) goes, the words stay. */
const NOT_A_CLOCK_AFTER = String.raw`(?![\d:/]|\.\d|\s?(?:mg|mcg|ml|mL|mmol|kg|g|%|units?|steps)\b)`;
const CLOCK_AFTER = new RegExp(
  String.raw`^(?:T|,?\s{1,2}(?:at\s{1,2}|@\s{0,2})?(?:(?:approx\.?|approximately|around|about|~)\s{0,2})?)(${CLOCK})(?:\s?[-–]\s?(?:${CLOCK}))?${NOT_A_CLOCK_AFTER}`,
);
/** "at 1400", "@ 1530": a 24-hour clock without its colon, only after at or @ (a bare "1200 mL" after a date stays). */
const FOUR_DIGIT_CLOCK_AFTER = new RegExp(String.raw`^\s{1,2}(?:at|@)\s{1,2}((?:[01]\d|2[0-3])[0-5]\d(?:\s?h(?:rs)?\b)?)${NOT_A_CLOCK_AFTER}`);
/** "[日期]（星期一）", "[日期]星期五上午", "[日期]下午3点", "[日期]晚", "[日期] 14:30": a Chinese date's weekday and part of day. 早餐 and 晚饭 are meals. */
const CHINESE_DAY_TAIL =
  /^(?:\s{1,2}(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)|(?:[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?)?(?:(?:凌晨|早晨|早上|上午|中午|下午|傍晚|晚上|夜间|夜里|午夜|[早晚夜](?![餐饭班期间点]))?(?:\d{1,2}(?:[:：][0-5]\d|\s{0,2}[点时](?:半|[0-5]?\d分?)?))?))/;
const CHINESE_DATE_END = /[日号]$/;
/** "[日期]至[日期]", "[date] to [date]": the joiner of a range names nothing alone, but a range read as one span reads better. */
const RANGE_JOINER = /^\s{0,2}(?:至|到|~|～|[-–—]|to|until|till|through)\s{0,2}$/i;
/** "4th and [9th February]": the first day of a range whose month is written once, after the second. */
const ORDINAL_BEFORE_RANGE = /\b(\d{1,2}(?:st|nd|rd|th))\s{1,2}(?:and|&|or|to)\s{1,2}$/i;

function push(detections: Detection[], start: number, end: number): void {
  if (end > start) detections.push({ type: 'date', start, end, priority: 50 });
}

function widenOne(text: string, date: Detection, widened: Detection[]): void {
  let start = date.start;
  const before = text.slice(Math.max(0, start - 16), start);
  const weekday = WEEKDAY_BEFORE.exec(before);
  if (weekday !== null) start -= weekday[0].length;
  const ordinal = ORDINAL_BEFORE_RANGE.exec(text.slice(Math.max(0, start - 16), start));
  if (ordinal !== null && /^\d/.test(text.slice(date.start, date.end))) {
    start -= ordinal[0].length;
    // "from Mon 4th to Fri 8th March": the first day has its weekday too.
    start -= WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 16), start))?.[0].length ?? 0;
  }
  if (start < date.start) push(widened, start, date.end);

  if (CHINESE_DATE_END.test(text.slice(date.start, date.end))) {
    const tail = CHINESE_DAY_TAIL.exec(text.slice(date.end, date.end + 12))?.[0] ?? '';
    // One placeholder for the day and its tail: 2024年[日期]在局麻下…, not [日期][日期].
    if (tail !== '') push(widened, start, date.end + tail.length);
    return;
  }
  const year = YEAR_AFTER.exec(text.slice(date.end, date.end + 6))?.[0] ?? '';
  let cursor = date.end + year.length;
  const bracketed = WEEKDAY_IN_BRACKETS_AFTER.exec(text.slice(cursor, cursor + 16));
  if (bracketed !== null && bracketed[1] !== undefined) {
    const weekdayStart = cursor + bracketed[0].indexOf(bracketed[1]);
    push(widened, weekdayStart, weekdayStart + bracketed[1].length);
    cursor += bracketed[0].length;
  }
  const clock = CLOCK_AFTER.exec(text.slice(cursor, cursor + 40)) ?? FOUR_DIGIT_CLOCK_AFTER.exec(text.slice(cursor, cursor + 24));
  if (clock !== null && clock[1] !== undefined) {
    const clockStart = clock[0].startsWith('T') ? cursor : cursor + clock[0].indexOf(clock[1]);
    // Only a space, a comma or ISO's T between the day and the clock: one placeholder for both (2024-[日期], not 2024-[日期] [日期]).
    const joined = cursor === date.end && /^[\s,T]*$/.test(text.slice(date.end, clockStart));
    push(widened, joined ? start : clockStart, cursor + clock[0].length);
  }
}

/** Only what widens a date is returned: the dates themselves are already the date detector's candidates. */
function widenDatesToSurroundings(text: string, dates: readonly Detection[]): Detection[] {
  const widened: Detection[] = [];
  for (const date of dates) widenOne(text, date, widened);
  if (dates.length < 2) return widened;
  const ordered = [...dates, ...widened].sort((a, b) => a.start - b.start);
  let previous = ordered[0];
  for (const next of ordered.slice(1)) {
    if (previous === undefined || next.start <= previous.end) {
      if (previous === undefined || next.end > previous.end) previous = next;
      continue;
    }
    if (RANGE_JOINER.test(text.slice(previous.end, next.start))) push(widened, previous.start, next.end);
    previous = next;
  }
  return widened;
}

/**
 * Runs beside the date detector and returns the widened spans; the longest span wins where they overlap, so "Wed 6 Nov"
 * replaces "6 Nov". The dates are the date detector's own, read once per note (see dateDetector's cache).
 */
export const dateSurroundingsDetector: PhiDetector = {
  name: 'date',
  detect(text: string): Detection[] {
    return widenDatesToSurroundings(text, dateDetector.detect(text));
  },
};
