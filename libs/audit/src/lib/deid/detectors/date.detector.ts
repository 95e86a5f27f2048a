import { mayMatch, scanGroupSpans, startScan } from '../regex-scan.util';
import { isValidCalendarDate } from '../check-digits.util';
import type { Detection, PhiDetector } from '../deid.types';
import { scanWorldDates } from './world-date.scanner';

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
/**
 * "九月九日", "二〇二五年十一月七日": a month and day in Chinese numerals (the year, if any, stays). Read from each 月 with a
 * numeral before it: a pattern that opens with the numeral class was tried at every character of every note.
 */
const CHINESE_NUMERAL_MONTH_DAY = new RegExp(`${CHINESE_NUMERAL}{1,2}月${CHINESE_NUMERAL}{1,3}[日号]`, 'y');
const CHINESE_NUMERAL_CHAR = new RegExp(CHINESE_NUMERAL);

function scanChineseNumeralMonthDays(text: string, detections: Detection[]): void {
  for (let month = text.indexOf('月'); month >= 0; month = text.indexOf('月', month + 1)) {
    if (!CHINESE_NUMERAL_CHAR.test(text.charAt(month - 1))) continue;
    const start = month >= 2 && CHINESE_NUMERAL_CHAR.test(text.charAt(month - 2)) ? month - 2 : month - 1;
    CHINESE_NUMERAL_MONTH_DAY.lastIndex = start;
    const match = CHINESE_NUMERAL_MONTH_DAY.exec(text);
    if (match !== null) push(detections, start, start + match[0].length);
  }
}
/**
 * Lunar dates name one day as a solar date does (农历八月十五, 腊月二十三, 正月初六): after 农历/阴历 any month, without it
 * the months only the lunar calendar names (正月, 冬月, 腊月) or a day written 初X, which only the lunar calendar uses.
 */
const LUNAR_DAY = '(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)';
const LUNAR_DATE = new RegExp(
  String.raw`(?:(?:农历|阴历|旧历)(?:${CHINESE_NUMERAL}{1,2}|正|冬|腊)月${LUNAR_DAY}|(?:正|冬|腊)月${LUNAR_DAY}|(?<![${CHINESE_NUMERAL.slice(1, -1)}])${CHINESE_NUMERAL}{1,2}月初[一二三四五六七八九十])`,
  'g',
);
/**
 * A month and day without a year after a date word ("Seen on 3/5", "Admitted 12/24", "DOS 4/11", "booked for 17/04";
 * day-first when the day is past 12: "TCU on 28/3"): muscle power (3/5),
 * pressures (120/80) and ratios have no date word in front of them; a "to" after the pair makes it a scale step and a
 * dose word a fraction ("on 1/2 tab daily").
 */
const MONTH_DAY_SLASH =
  /(?:\b(?:on|dated?|seen|admitted|discharged|visit(?:ed)?|reviewed|DOS|DOA|since|until|till|LMP|EDD|appt|appointment|f\/u|follow[-\s]up|(?:booked|scheduled|planned)\s{1,2}for|booked|scheduled|repaired|operated|performed|inserted|implanted|removed|extubated|intubated|delivered|transfused|transferred)(?:\s{1,2}|\s{0,2}[:：]\s{0,2})|\b(?:yesterday|today|tonight|tomorrow)\s{1,2}\()((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2]))(?![\d/-]|\.\d|\s{1,2}to\s{1,2}\d|\s{0,2}(?:tabs?|tablets?|caps?|capsules?|pills?|doses?|of\b|cups?|strength|power|mg|mcg|ml|mL|units?|puffs?|vials?|amps?|ampoules?|glass|sachets?|scoops?))/gi;
/**
 * The same in Chinese notes: after 于 (not 位于, 大于, 等于… which place or compare a fraction) or a date label
 * ("于3/12入院", "入院日期：3/12"), or before what happens on a day ("3/12复查", "12/5出院"). A fraction is followed by
 * 处, 片, 量 or a percentage word, or preceded by 约, 占 or 的 ("约1/3出现…"), and stays.
 */
const MONTH_DAY_SLASH_CHINESE =
  /(?:(?<![位处等大小低高多少至属对由相介居关鉴])于|(?:日期|时间|排在|定在|約在|约在|預約|预约)\s{0,2}[:：]?)\s{0,2}((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?![\d/.]|\s{0,2}[处段片粒支剂量倍的以])|(?<![\d/.约占近达为的])((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?=\s{0,2}(?:入院|出院|就诊|复诊|复查|手术|随访|回访|电访|来院|来诊|起病|发病|住院|转入|转出|电话|致电|来电|拨打|通话|從|从.{1,8}转|轉來|轉入|轉出|轉院|提案|手術|複診|複查|回診|開刀|看診|門診|急診|再次(?=拨打|致电|电话|联系|随访|回访|复查|就诊|来院|入院|住院)|联系|门诊|急诊|换药|拆线|透析|化疗|放疗|起(?!始|效|步)))/g;
/**
 * A weekday anchored to the week of the note names one day ("上周三开始发热", "last Tuesday", "this past Friday");
 * a weekly routine (每周三透析, "on Tuesdays") names none.
 */
const RELATIVE_WEEKDAY_CHINESE = /(?:上上|上|下|本|这)(?:周|星期|礼拜)[一二三四五六日天]/g;
const RELATIVE_WEEKDAY_ENGLISH =
  /\b(?:last|next|this(?:\s{1,2}past)?|(?:this|last|next)\s{1,2}week(?:['’]s)?)\s{1,2}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)/gi;
/** A day of the month whose month a word names (本月12日, 上月3号): the day is what is left. */
const RELATIVE_MONTH_DAY = /(?:本月|当月|上月|下月|次月|同月|这个月|上个月|下个月)(\d{1,2}[日号])/g;
/**
 * A month and day with no date word, where the note says what happened that day: at the head of a line before a colon
 * or a dash ("2/14 — INR 3.4", "3/12: K 5.9"), after a test or a meeting ("ECG 3/12:", "CXR 2/9 showed", "MDT 17/04,")
 * or after a weekday ("Wed 17/04"). Day-first and month-first are both read. Scores and scales (GCS 15/15, power 5/5,
 * pain 6/10), pressures (120/80), gestation (38/40), fractions and doses (1/2 tab, 2/3 of, 1/2 - 1 tab) and the British
 * durations (for 3/12, 3/12 ago) are kept: by the word after the pair, by the digit after the dash, or because no
 * event word stands before them.
 */
const DAY_OR_MONTH_PAIR = String.raw`(\d{1,2}\/\d{1,2})(?![\d/]|\.\d)`;
const SCALE_WORD_AFTER =
  /^\s{0,3}(?:[:—–-]\s{0,3})?(?:tabs?|tablets?|caps?|capsules?|pills?|doses?|of\b|cups?|strength|power|pain|score|scale|NRS|VAS|severity|weeks?|wks?|gestation|ago|hx|history|duration|later|mg|mcg|ml|mL|units?|puffs?|vials?|views?|glass|sachets?|scoops?|to\s{1,2}\d|normal\s{1,2}(?:power|strength)|MRC|bilat|bilaterally|throughout|limbs?)/i;
/** A scale word a few words on ("5/5 — full power throughout", "6/10 — worse pain on walking") makes the pair a score. */
const SCALE_WORD_NEAR = /\b(?:power|strength|pain|score|scale|GCS|MRC|NRS|VAS|gestation|tabs?|tablets?|doses?)\b/i;
const EVENT_BEFORE_PAIR = String.raw`(?:(?:progress|nursing|ward|daily|consult|physio|phone|telephone|SOAP|case)\s{1,2}notes?|addendum|ECG|EKG|CXR|AXR|XR|X-?ray|(?:CT|MRI|MRA|CTPA|US|USS)(?:\s{1,2}(?:head|brain|chest|abdo(?:men)?|pelvis|spine|neck|KUB|CAP|TAP|C-spine))?|echo|TTE|TOE|TEE|OGD|EGD|colonoscopy|endoscopy|bronchoscopy|biopsy|bloods|labs|FBC|U&Es?|LFTs?|ABG|cultures?|swabs?|MDT|clinic|OPD|ward\s{1,2}round|WR|op|surgery|procedure|angio(?:gram)?|PCI|cath|scan|letter|ED|A&E|GP)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)`;
const EVENT_MONTH_DAY = new RegExp(
  String.raw`(?:\b${EVENT_BEFORE_PAIR}\s{1,2}${DAY_OR_MONTH_PAIR}(?=\s{0,2}(?:[:;,)—–]|\s-\s|\n|$)|\s{1,2}(?:showed|shows|showing|revealed|reported|normal|unchanged|NAD)\b)|\b${WEEKDAY}\.?,?\s{1,2}${DAY_OR_MONTH_PAIR})`,
  'gi',
);
const LINE_HEAD_MONTH_DAY = new RegExp(
  String.raw`(?:^|\n)[ \t]{0,4}(?:[-*•][ \t]{1,2})?${DAY_OR_MONTH_PAIR}(?=\s{0,2}:(?!\d)|[ \t]{0,3}[—–-][ \t]{0,3}[A-Za-z]|[ \t]{1,2}${EVENT_BEFORE_PAIR}[ \t]{0,2}:)`,
  'g',
);
/**
 * A month and day before what was done that day, as call and visit logs write them ("3/15 no answer", "3/18 spoke to
 * pt", "2/7 left voicemail", "12/1 seen in clinic"). A scale word just before the pair makes it a score (power 4/5 seen).
 */
const MONTH_DAY_BEFORE_EVENT = new RegExp(
  String.raw`(?<![\w/.-])${DAY_OR_MONTH_PAIR}(?=\s{1,2}(?:no\s{1,2}(?:answer|reply|response|show)|spoke|called|phoned|rang|texted|emailed|left\s{1,2}(?:a\s{1,2})?(?:message|msg|voicemail|VM)|LVM|LM|seen|reviewed|visited|admitted|discharged|attended|DNA|did\s{1,2}not\s{1,2}attend|cancell?ed|rescheduled|returned|presented)\b)`,
  'g',
);
/**
 * A month and day before a 24-hour clock written without a colon, as emergency and retrieval notes stamp events ("ED
 * triage 03/09 0412:", "A&E 13/03 0645.", "retrieval request 22/02 1430 —"); the clock may not be an amount (1/2 1000 mg).
 * Scores and ratios take the same shape (VA 6/9 0930, INR 2/3 1800, 肌力4/5 1430), so an event word must stand a few
 * words before the pair (EVENT_BEFORE_STAMP).
 */
const MONTH_DAY_BEFORE_MILITARY_CLOCK = new RegExp(
  String.raw`(?<![\w/.-])${DAY_OR_MONTH_PAIR}(?=[ \t]{1,2}(?:[01]\d|2[0-3])[0-5]\d(?![\d/]|[.,]\d|\s{0,2}(?:mg|mcg|ml|mL|g|kg|units?|IU|mmol|[x×])))`,
  'g',
);
const EVENT_BEFORE_STAMP =
  /(?:\b(?:ED|A&E|ER|triage|retrieval|request|referral|transfer|admission|admitted|arrival|arrived|attendance|activation|incident|call|dispatch|handover|visit|seen|onset|collected|received|reported)\b|急诊|分诊|入院|就诊|来院|出车|接报|呼叫)[^\n/]{0,24}$/i;
/**
 * A month and day after a word that places the day: "delivered … today 14/03", "dated 3/4". Not after "on": British
 * notes count days of a course that way ("on 5/7 of co-amoxiclav").
 */
const MONTH_DAY_AFTER_DAY_WORD = new RegExp(String.raw`\b(?:today|tonight|yesterday|dated?)\s{1,2}${DAY_OR_MONTH_PAIR}(?=\s{0,2}(?:[.:;,)—–]|\n|$))`, 'gi');
/**
 * "Seen today 14/11 in clinic": a visit word, "today" and a pair before the place of care date the visit. Without the visit
 * word the pair is as often a fraction or a score ("VA today 6/9 in clinic", "cycle today 4/6 in day unit"); "attended" counts
 * sessions ("attended today 3/6 in outpatients").
 */
const MONTH_DAY_OF_VISIT = new RegExp(
  String.raw`\b(?:seen|reviewed|admitted|discharged|visited|presented|assessed|examined)\s{1,2}(?:today|yesterday)\s{1,2}${DAY_OR_MONTH_PAIR}(?=\s{1,2}(?:in|at|on)\s{1,2}(?:the\s{1,2})?(?:clinic|ward|ED|A&E|OPD|surgery|outpatients?)\b)`,
  'gi',
);
const SCALE_WORD_BEFORE =
  /\b(?:power|strength|pain|score|scale|GCS|MRC|NRS|VAS|MMSE|MoCA|Apgar|NIHSS|Barthel|ECOG|PHQ-?9|GAD-?7|gestation|grade|BP|ratio|of)(?:\s{1,2}(?:today|tonight|yesterday|now))?\s{0,2}[:=]?\s{0,2}$/i;

/**
 * A month and day before a clock time open a nursing or flow-sheet entry ("11-14 22:00 患者诉切口疼痛", "3/5 09:30 入
 * CCU", "Obs 12/3 14:05"). The clock is found from its colon, so the pair is read only where a time follows it. Dashed
 * pairs need two digits each (a dose step "5-10 08:00" stays); a scale word before the pair makes it a score
 * (power 4/5 10:00, VAS评分3/10 14:00) and pressures are no calendar date (120/80).
 */
const MONTH_DAY_BEFORE_CLOCK = /(?:^|[^\w/.:-])(\d{1,2}\/\d{1,2}|\d{2}-\d{2})[ \t]{1,2}(?:[01]?\d|2[0-3])$/;
const CLOCK_MINUTES = /^[0-5]\d(?!\d)/;
const CHINESE_SCALE_BEFORE = /(?:评分|肌力|分级|比例|比值|[级分比])\s{0,2}[:：]?\s{0,2}$/;

function scanMonthDayBeforeClock(text: string, detections: Detection[]): void {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (!CLOCK_MINUTES.test(text.slice(colon + 1, colon + 4))) continue;
    const match = MONTH_DAY_BEFORE_CLOCK.exec(text.slice(Math.max(0, colon - 16), colon));
    const pair = match?.[1];
    if (match === null || pair === undefined || !validDayOrMonthPair(pair.replace('-', '/'))) continue;
    const start = Math.max(0, colon - 16) + match.index + match[0].indexOf(pair);
    const before = text.slice(Math.max(0, start - 14), start);
    if (SCALE_WORD_BEFORE.test(before) || CHINESE_SCALE_BEFORE.test(before)) continue;
    push(detections, start, start + pair.length);
  }
}

/**
 * A month named with no day where the note places something in its early, middle or late part (11月初, 9月底, 十二月中旬).
 * The number and 月 are read back from the suffix; a month count (孕3月末, 术后3月末, 第2月底) and a lunar day (八月初八:
 * 初 and a numeral) stay.
 */
const MONTH_PART = /月(?:初(?![一二三四五六七八九十])|底|末|[上中下]旬)/g;
const MONTH_BEFORE_PART = /(?:^|[^\d一二三四五六七八九十孕第个满近约达余至后前])(\d{1,2}|[一二三四五六七八九十]{1,2})$/;
const CHINESE_MONTH_NUMBER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function monthNumber(value: string): number {
  return /^\d/.test(value) ? Number(value) : (CHINESE_MONTH_NUMBER[value] ?? 0);
}

function scanMonthParts(text: string, detections: Detection[]): void {
  startScan(MONTH_PART, text);
  let match: RegExpExecArray | null;
  while ((match = MONTH_PART.exec(text)) !== null) {
    const month = MONTH_BEFORE_PART.exec(text.slice(Math.max(0, match.index - 3), match.index))?.[1];
    if (month === undefined || monthNumber(month) < 1 || monthNumber(month) > 12) continue;
    push(detections, match.index - month.length, match.index + 1);
  }
}

/** "一九二九年三月": a year and a month in Chinese numerals with no day; the month goes, the year stays. */
const CHINESE_NUMERAL_YEAR_MONTH = /年([一二三四五六七八九十]{1,2})月(?![〇零一二三四五六七八九十]{1,3}[日号])/g;
const CHINESE_NUMERAL_YEAR_BEFORE = /[〇零一二三四五六七八九]{4}$/;

function scanChineseNumeralYearMonth(text: string, detections: Detection[]): void {
  startScan(CHINESE_NUMERAL_YEAR_MONTH, text);
  let match: RegExpExecArray | null;
  while ((match = CHINESE_NUMERAL_YEAR_MONTH.exec(text)) !== null) {
    const month = match[1] ?? '';
    const monthValue = monthNumber(month);
    if (monthValue < 1 || monthValue > 12 || !CHINESE_NUMERAL_YEAR_BEFORE.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    push(detections, match.index + 1, match.index + match[0].length);
  }
}

/** "Tuesday 12th", "Monday the 4th": a weekday with the day of the month after it. */
const WEEKDAY_ORDINAL = new RegExp(String.raw`\b${WEEKDAY}\.?,?\s{1,2}(?:the\s{1,2})?(\d{1,2}(?:st|nd|rd|th))\b(?!\s{1,2}of\b)`, 'g');
/**
 * A second day after a date ("Seen on the 3rd and again the 10th", "from the 3rd to the 10th"): "the Nth" after and/or/
 * again/to closing its phrase, only when a date stands earlier in the text ("the 4th ventricle", "the 2nd and the 3rd" stay).
 */
const CHAINED_ORDINAL =
  /\b(?:and|or|again|then|also|to|through|till|until|&)\s{1,2}(?:on\s{1,2})?the\s{1,2}(\d{1,2}(?:st|nd|rd|th))\b(?=\s{0,2}(?:[.,;:!?)\n]|$|(?:and|at|in|when|for|with|but|or|as|after|before|by)\b))/gi;
const CHAINED_DATE_REACH = 120;

function validDayOrMonthPair(value: string): boolean {
  const [first = 0, second = 0] = value.split('/').map(Number);
  return isValidCalendarDate(2000, first, second) || isValidCalendarDate(2000, second, first);
}

/**
 * `eventAfter`: the pattern already read an event verb right after the pair ("5/3 admitted with chest pain"), so a
 * scale word a few words on is about the event, not the pair.
 */
function scanMonthDayPairs(regex: RegExp, text: string, detections: Detection[], scaleBefore?: RegExp, eventAfter = false, eventBefore?: RegExp): void {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const value = match[2] ?? match[1];
    if (value === undefined || !validDayOrMonthPair(value)) continue;
    const end = match.index + match[0].lastIndexOf(value) + value.length;
    if (SCALE_WORD_AFTER.test(text.slice(end, end + 24)) || (!eventAfter && SCALE_WORD_NEAR.test(text.slice(end, end + 32)))) continue;
    if (scaleBefore?.test(text.slice(Math.max(0, end - value.length - 24), end - value.length))) continue;
    if (eventBefore && !eventBefore.test(text.slice(Math.max(0, end - value.length - 40), end - value.length))) continue;
    push(detections, end - value.length, end);
  }
}

function scanChainedOrdinals(text: string, detections: Detection[]): void {
  startScan(CHAINED_ORDINAL, text);
  let match: RegExpExecArray | null;
  while ((match = CHAINED_ORDINAL.exec(text)) !== null) {
    const value = match[1] ?? '';
    const start = match.index + match[0].lastIndexOf(value);
    const at = match.index;
    if (!detections.some((d) => d.end <= at && d.end >= at - CHAINED_DATE_REACH)) continue;
    push(detections, start, start + value.length);
  }
}

/** "since the 14th", "on the 3rd": a day of the month; "on the 3rd day", "the 5th centile" count something else. */
const ORDINAL_DAY =
  /\b(?:on|since|from|until|till|by|before|after)\s{1,2}the\s{1,2}(\d{1,2}(?:st|nd|rd|th))\b(?!\s{1,2}(?:of\s{1,2}(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|centile|percentile|day|week|month|cycle|dose|rib|intercostal|time|floor|birthday|minute|hour|century|post|line|generation|trimester|decade|attempt|fraction))/gi;
const ISO_DATE = new RegExp(String.raw`(?<![\d.\/-])(${YEAR})([-\/.])(\d{1,2})\2(\d{1,2})(?![\d]|[-\/.]\d)`, 'g');
const DAY_FIRST_OR_US = new RegExp(String.raw`(?<![\d.\/-])(\d{1,2})([\/.-])(\d{1,2})\2(${YEAR}|\d{2})(?![\d]|[\/.-]\d)`, 'g');
const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A range of days in one month is one span: "June 3-7, 2021", "Aug 2nd–9th", "12–15 March 2022" (a unit after it makes it a dose). */
const DAY_RANGE_TAIL = String.raw`(?:\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)?)?`;
const MONTH_DAY_YEAR = new RegExp(
  String.raw`\b(${MONTH_NAME}\.?\s+\d{1,2}(?:st|nd|rd|th)?${DAY_RANGE_TAIL})\b(?!\s*(?:mg|ml|mL|kg|g|%|mmHg)|\s?[-–]\s?\d)`,
  'g',
);
// The day and month may close the sentence or the field ("Last seen 12th Dec.", "on 5 Mar;").
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2}(?:st|nd|rd|th)?${DAY_RANGE_TAIL}\s+(?:of\s+)?${MONTH_NAME})\b\.?(?=,?\s+${YEAR}\b|\s|$|[,;:)])`, 'g');
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH_NAME})\.?,?\s+${YEAR}\b`, 'g');
/** "implanted 08/2019": a zero-padded month and a year; the month is the date's detail (a dilution is 1/2000, never 01/2000). */
const NUMERIC_MONTH_YEAR = /(?<![\d/.:-])(0[1-9]|1[0-2])\/(?:19|20)\d{2}(?![\d/.])/g;
/** "4th inst.", "2nd ult.": a day of this (last, next) month as letters write it. */
const LETTER_MONTH_DAY = /\b(\d{1,2}(?:st|nd|rd|th)\s{1,2}(?:inst|ult|prox)\b\.?)/g;
/** "the twenty-first of June", "first of March": a day written as a word, before "of" and a month name. */
const SPELLED_DAY = String.raw`(?:(?:twenty|thirty)[-\s]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const SPELLED_DAY_BEFORE_OF = new RegExp(String.raw`\b${SPELLED_DAY}\s{1,2}$`, 'i');
const MONTH_AFTER_OF = new RegExp(String.raw`^\s{1,2}${MONTH_NAME}\b`);

/** Read from each " of ": a pattern opening with the spelled day was tried at every letter of every note. */
function scanSpelledDaysOfMonth(text: string, detections: Detection[]): void {
  for (let space = text.indexOf(' of '); space >= 0; space = text.indexOf(' of ', space + 3)) {
    const of = space + 1;
    const month = MONTH_AFTER_OF.exec(text.slice(of + 2, of + 14));
    if (month === null) continue;
    const day = SPELLED_DAY_BEFORE_OF.exec(text.slice(Math.max(0, of - 22), of));
    if (day !== null) push(detections, of - day[0].length, of + 2 + month[0].length);
  }
}
/** Taiwan writes the Minguo year in three digits before a numeric month and day (113/03/05 is 2024-03-05); the year stays. */
const MINGUO_NUMERIC_DATE = /(?<![\d/.-])1[01]\d\/((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?![\d/])/g;

/** Wristbands and lab systems write the month in capitals: "01-JAN-2022". */
const MONTH_NAME_OR_CAPITALS = String.raw`(?:${MONTH_NAME}|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)`;
/** "14-Feb-2021", "14/Feb/2021", "03-Mar-22": the year must follow, with the same separator, so "4-Mar" in a list stays. */
const DAY_MON_YEAR_SEPARATED = new RegExp(String.raw`(?<![\dA-Za-z])(\d{1,2}([-\/.])${MONTH_NAME_OR_CAPITALS})\2(?:${YEAR}|\d{2})(?![\dA-Za-z])`, 'g');
/** "03Mar2024", "7JAN2023": lab labels and specimen stickers write the day, the month and the year run together. */
const DAY_MON_YEAR_COMPACT = new RegExp(String.raw`(?<![\dA-Za-z])(\d{1,2}${MONTH_NAME_OR_CAPITALS})${YEAR}(?![\dA-Za-z])`, 'g');
/** "Mar-05-2024", "Dec/11/2023", "JAN.02.24": the month name first, then the day and the year with the same separator. */
const MON_DAY_YEAR_SEPARATED = new RegExp(String.raw`(?<![\dA-Za-z])(${MONTH_NAME_OR_CAPITALS}([-\/.])\d{1,2})\2(?:${YEAR}|\d{2})(?![\dA-Za-z])`, 'g');
/** "2021-Feb-14", "2021/Feb/14": the year first, then the month name and the day. */
const YEAR_MON_DAY_SEPARATED = new RegExp(String.raw`(?<![\dA-Za-z])${YEAR}([-\/.])(${MONTH_NAME_OR_CAPITALS}\1\d{1,2})(?![\dA-Za-z])`, 'g');

/**
 * Dates named by a holiday (Boxing Day 2023, Christmas Eve, 春节前一天, 国庆节期间, 中秋节后): the holiday is the
 * month and day, so it goes and a written year stays. A day count written with it (春节前一天, 端午节前两天) goes too.
 */
const ENGLISH_HOLIDAY =
  /\b((?:Boxing|Christmas|New\s+Year['’]?s|Valentine['’]?s|St\.?\s+Patrick['’]?s|Mother['’]?s|Father['’]?s|Independence|Memorial|Labou?r|Veterans|Columbus|Presidents['’]?|Anzac|Canada|Australia|Victoria|Remembrance|May|Thanksgiving)\s+Day|(?:Christmas|New\s+Year['’]?s|Hallowe['’]?en|All\s+Hallows['’]?)\s+Eve|Good\s+Friday|Easter\s+(?:Sunday|Monday|Saturday)|Shrove\s+Tuesday|Ash\s+Wednesday|Bonfire\s+Night|Hogmanay|Hallowe['’]?en|Thanksgiving|Lunar\s+New\s+Year|Chinese\s+New\s+Year)\b/g;
/** "over Christmas", "since Easter": the bare feast after a time preposition (Christmas disease and factor stay). */
const ENGLISH_BARE_FEAST =
  /\b(?:on|over|at|since|before|after|during|until|till|by|around|from)\s+(Christmas|Easter)\b(?!\s+(?:disease|factor|tree|card|cactus|rose))/g;
/** "Mother's Day card", "Christmas Day parade": a thing named after the holiday, not a date. */
const HOLIDAY_AS_THING = /^\s(?:cards?|gifts?|presents?|flowers|party|parties|parade|float|sale|meal|lunch|dinner|service|tree|decorations?|lights|holiday)\b/i;
/** "May Day" is also a distress call; only after a preposition of time. */
const MAY_DAY_CONTEXT = /\b(?:on|since|before|after|until|by|around)\s+$/;
const CHINESE_HOLIDAY = new RegExp(
  String.raw`(?:春节|除夕|元旦|元宵节|清明节|端午节|中秋节|国庆节|劳动节|五一劳动节|七夕节|重阳节|腊八节|圣诞节|平安夜|情人节|母亲节|父亲节|大年初[一二三四五六七八九十]|正月初[一二三四五六七八九十]|正月十五|大年三十|国庆|中秋|端午|清明|七夕|元宵|重阳|腊八|圣诞)`,
  'g',
);
/** The short forms (国庆, 清明, 中秋) are given names and words too (王国庆, 神志清明): only after a time word or at a clause start. */
const SHORT_HOLIDAY = /^(?:国庆|中秋|端午|清明|七夕|元宵|重阳|腊八|圣诞)$/;
const BEFORE_SHORT_HOLIDAY = /(?:^|[^\u4e00-\u9fa5]|于|在|年|今年|去年|前年|从|自|至|到|过|逢)$/;
/** A holiday dates the sentence when a time word follows it: 前, 后, 期间, 当天, 假期, 以来… */
const HOLIDAY_OFFSET = /^[前后][一二两三四五六七八九十\d]{1,2}(?:天|日|周)/;
const HOLIDAY_TIME_WORD = /^(?:前|后|夜|期间|当天|当日|那天|假期|长假|假日|时|前夕|以来|起|开始|放假|过后|左右|晚上|夜里|早上|上午|下午|那晚|聚餐|回家|返乡)/;

function push(detections: Detection[], start: number, end: number): void {
  if (end > start) detections.push({ type: 'date', start, end, priority: PRIORITY });
}

/**
 * When a guideline, consensus or standard was published ("ESH 2023 guidelines were published in June 2023", "GOLD report
 * released in November 2023", "《指南》于2022年12月发布") is a fact about a document, not about a patient: Safe Harbor
 * removes the dates of a person's care. "Published" alone says so; "released" or "issued" only with the name of a
 * guideline body or document word earlier in the sentence ("released from ICU in November 2023" stays a date of care).
 * The windows are sliced short, so each test reads a few dozen characters.
 */
const PUBLISHED_BEFORE = /\b(?:published|publication(?:\s{1,2}date)?)(?:\s{1,2}(?:in|on))?[\s:,]{0,3}$/i;
const RELEASED_BEFORE = /\b(?:released|issued)(?:\s{1,2}(?:in|on))?\s{1,2}$/i;
const GUIDELINE_DOCUMENT =
  /\b(?:guidelines?|guidance|consensus|statement|standards|recommendations|criteria|classification|edition|ESC|ESH|ACC|AHA|ADA|KDIGO|GOLD|GINA|NICE|WHO|IDSA|ATS|ERS|EASL|AASLD|NCCN|ASCO|ESMO|EULAR|ACR|BTS|CDC|USPSTF)\b/;
const CHINESE_PUBLISHED_BEFORE = /(?:发布|颁布|印发|出版|发表|公布)(?:于|时间|日期)?\s{0,2}[:：]?\s{0,2}(?:(?:19|20)\d{2}\s{0,2}年\s{0,2})?$/;
const CHINESE_PUBLISHED_AFTER = /^\s{0,2}(?:正式)?(?:发布|颁布|印发|出版|发表|公布)/;

const PUBLICATION_WORD = /published|publication|released|issued|发布|颁布|印发|出版|发表|公布/i;

function isPublicationDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (PUBLISHED_BEFORE.test(before) || CHINESE_PUBLISHED_BEFORE.test(before) || CHINESE_PUBLISHED_AFTER.test(text.slice(end, end + 8))) return true;
  if (!RELEASED_BEFORE.test(before)) return false;
  const sentenceStart = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1), start - 160, -1) + 1;
  return GUIDELINE_DOCUMENT.test(text.slice(sentenceStart, start));
}

function scanChineseYearMonthDay(text: string, detections: Detection[]): void {
  startScan(CHINESE_YEAR_MONTH_DAY, text);
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
  startScan(ISO_DATE, text);
  let match: RegExpExecArray | null;
  while ((match = ISO_DATE.exec(text)) !== null) {
    const [whole, year = '', , month, day] = match;
    if (!isValidCalendarDate(Number(year), Number(month), Number(day))) continue;
    push(detections, match.index + year.length + 1, match.index + whole.length);
  }
  startScan(DAY_FIRST_OR_US, text);
  while ((match = DAY_FIRST_OR_US.exec(text)) !== null) {
    const [, firstText = '', separator, secondText = '', yearText = ''] = match;
    const first = Number(firstText);
    const second = Number(secondText);
    const year = yearText.length === 4 ? Number(yearText) : 2000;
    const plausible = isValidCalendarDate(year, first, second) || isValidCalendarDate(year, second, first);
    if (!plausible) continue;
    // "5-10-15" style dose/range lists use dashes with 2-digit tails: a two-digit year with dashes needs two-digit
    // parts and a date word right before it ("Admitted 12-03-24", "复诊日期：05-06-23").
    if (separator === '-' && yearText.length === 2) {
      const twoDigitParts = firstText.length === 2 && secondText.length === 2;
      if (!twoDigitParts || !DASHED_TWO_DIGIT_YEAR_CONTEXT.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    }
    // A two-digit year cannot be told from a day (24.03.05 is 2024-03-05 or 24 March 2005): the whole date goes.
    push(detections, match.index, match.index + firstText.length + 1 + secondText.length + (yearText.length === 2 ? 1 + yearText.length : 0));
  }
}

/** Like scanGroupSpans, for a pattern whose alternatives capture the value in different groups. */
function scanLastDefined(regex: RegExp, text: string, detections: Detection[]): void {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const value = match[2] ?? match[1];
    if (value === undefined) continue;
    const start = match.index + match[0].lastIndexOf(value);
    push(detections, start, start + value.length);
  }
}

/** "3月5日、7日及9日复查": further days of the same month after a month and day, each one more date. */
const CHAINED_CHINESE_DAY = /[、，,和及与至到~～-]\s{0,2}(\d{1,2})\s{0,2}[日号]/y;

function scanChineseMonthDay(text: string, detections: Detection[]): void {
  startScan(CHINESE_MONTH_DAY, text);
  let match: RegExpExecArray | null;
  while ((match = CHINESE_MONTH_DAY.exec(text)) !== null) {
    if (!isValidCalendarDate(2000, Number(match[1]), Number(match[2]))) continue;
    let end = match.index + match[0].length;
    push(detections, match.index, end);
    CHAINED_CHINESE_DAY.lastIndex = end;
    let chained: RegExpExecArray | null;
    while ((chained = CHAINED_CHINESE_DAY.exec(text)) !== null && isValidCalendarDate(2000, Number(match[1]), Number(chained[1]))) {
      end = chained.index + chained[0].length;
      push(detections, chained.index + chained[0].indexOf(chained[1] ?? ''), end);
      CHAINED_CHINESE_DAY.lastIndex = end;
    }
  }
}

/**
 * A month and day written with a dot or a dash in a Chinese note ("03.05拆线", "（03.12）", "术后12-05复查"): with a
 * zero-padded month no decimal or range reads so; months 10–12 need a two-digit day and a date word or what happened
 * that day beside them ("于12.15入院"), as 12.5 mmol/L or 10-12次/分 do not.
 */
const CHINESE_EVENT_AFTER = '入院|出院|就诊|复诊|复查|手术|随访|回访|来院|来诊|起病|发病|住院|转入|转出|门诊|急诊|换药|拆线|透析|化疗|放疗';
const ZERO_PADDED_MONTH_DAY =
  /(?<![\dA-Za-z./:-])(0[1-9])([.-])(0[1-9]|[12]\d|3[01])(?![\d./:-]|\s{0,2}(?:mg|mL|ml|g\b|kg|%|mm|cm|μ|u\b|U\b|次|个|分|小时|天|周|岁|倍))/g;
const LATE_MONTH_DAY_CHINESE = new RegExp(
  String.raw`(?:(?<![位处等大小低高多少至属对由相介居关鉴])于|(?:日期|时间)\s{0,2}[:：]?)\s{0,2}(1[0-2][.-](?:0[1-9]|[12]\d|3[01]))(?![\d.\/:-])|(?<![\d.\/:-])(1[0-2][.-](?:0[1-9]|[12]\d|3[01]))(?=\s{0,2}(?:${CHINESE_EVENT_AFTER}))`,
  'g',
);

/**
 * "3.5日复查", "12.3日出现发热": a month and day with a dot and 日 or 号 (a decimal of days is written 天, or follows a
 * word of counting: 持续2.5日, 共1.5日, 每2.5日, 服药3.5日, and before 量, 内 or 后 it is a quantity of days: 3.5日量).
 */
const DOTTED_MONTH_DAY_CHINESE = /(?<![\d.续共计近达满第每约余历时经用药服程期])((?:1[0-2]|[1-9])\.(?:[12]\d|3[01]|0?[1-9])[日号])(?![量内后前余以左次])/g;

function scanDottedMonthDays(text: string, detections: Detection[]): void {
  startScan(DOTTED_MONTH_DAY_CHINESE, text);
  let match: RegExpExecArray | null;
  while ((match = DOTTED_MONTH_DAY_CHINESE.exec(text)) !== null) {
    const [month = '', day = ''] = (match[1] ?? '').slice(0, -1).split('.');
    if (isValidCalendarDate(2000, Number(month), Number(day))) push(detections, match.index, match.index + match[0].length);
  }
}

/** "去年3月", "同年八月": a month of a year the note names by its relation to now or to another date. */
const RELATIVE_YEAR_MONTH =
  /(?:去年|今年|明年|前年|后年|同年|当年|次年|翌年)\s{0,2}((?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s{0,2}月)(?!\s{0,2}\d{1,2}\s{0,2}[日号])/g;

/** Cheap checks first: most notes name no holiday, and the holiday patterns are long alternations. */
const ENGLISH_HOLIDAY_HINT = /Day\b|Eve\b|Friday|Easter|Tuesday|Wednesday|Night|Hogmanay|Hallow|Thanksgiving|Year\b|Christmas/;
const CHINESE_HOLIDAY_HINT = /[节夕旦宵诞]|初[一二三四五六七八九十]|正月|国庆|中秋|端午|清明|腊八|重阳|三十/;

function scanHolidays(text: string, detections: Detection[]): void {
  let match: RegExpExecArray | null;
  if (ENGLISH_HOLIDAY_HINT.test(text)) {
    startScan(ENGLISH_HOLIDAY, text);
    while ((match = ENGLISH_HOLIDAY.exec(text)) !== null) {
      if (/^May\s/.test(match[0]) && !MAY_DAY_CONTEXT.test(text.slice(Math.max(0, match.index - 10), match.index))) continue;
      if (HOLIDAY_AS_THING.test(text.slice(match.index + match[0].length, match.index + match[0].length + 16))) continue;
      push(detections, match.index, match.index + match[0].length);
    }
    scanGroupSpans(ENGLISH_BARE_FEAST, text, 1, (start, end) => push(detections, start, end));
  }
  if (!CHINESE_HOLIDAY_HINT.test(text)) return;
  startScan(CHINESE_HOLIDAY, text);
  while ((match = CHINESE_HOLIDAY.exec(text)) !== null) {
    const start = match.index;
    let end = start + match[0].length;
    if (SHORT_HOLIDAY.test(match[0]) && !BEFORE_SHORT_HOLIDAY.test(text.slice(Math.max(0, start - 2), start))) continue;
    const after = text.slice(end, end + 6);
    const offset = HOLIDAY_OFFSET.exec(after);
    if (offset) end += offset[0].length;
    else if (!HOLIDAY_TIME_WORD.test(after)) continue;
    push(detections, start, end);
  }
}

/** Two-digit years with dashes ("12-03-24") look like dose steps ("5-10-20"): a date only right after a date word. */
const DASHED_TWO_DIGIT_YEAR_CONTEXT =
  /(?:\b(?:on|dated?|seen|admitted|admission|discharged?|visit|reviewed?|DOB|D\.O\.B\.?|born|from|to|until)|日期|时间|于|复诊|入院|出院|就诊|手术|随访)\s{0,2}[:：]?\s{0,2}$/i;

/** The date-surroundings detector reads the same note's dates right after this one: the last note's are kept. */
let lastNote: string | undefined;
let lastDates: readonly Detection[] = [];

export const dateDetector: PhiDetector = {
  name: 'date',
  detect(text: string): Detection[] {
    if (text !== lastNote) {
      lastDates = findDates(text);
      lastNote = text;
    }
    return [...lastDates];
  },
};

function findDates(text: string): Detection[] {
  const detections: Detection[] = [];
  const pushDate = (start: number, end: number): void => push(detections, start, end);
  scanChineseYearMonthDay(text, detections);
  scanChineseMonthDay(text, detections);
  scanChineseNumeralMonthDays(text, detections);
  scanNumericDates(text, detections);
  scanGroupSpans(MONTH_DAY_YEAR, text, 1, pushDate);
  scanGroupSpans(DAY_MONTH_YEAR, text, 1, pushDate);
  scanGroupSpans(MONTH_YEAR, text, 1, pushDate);
  if (text.includes('/')) scanGroupSpans(NUMERIC_MONTH_YEAR, text, 1, pushDate);
  scanGroupSpans(DAY_MON_YEAR_SEPARATED, text, 1, pushDate);
  scanGroupSpans(YEAR_MON_DAY_SEPARATED, text, 2, pushDate);
  scanGroupSpans(MON_DAY_YEAR_SEPARATED, text, 1, pushDate);
  if (/\d[A-Za-z]{3}[12]\d{3}/.test(text)) scanGroupSpans(DAY_MON_YEAR_COMPACT, text, 1, pushDate);
  scanHolidays(text, detections);
  // Cheap checks first: each of these forms needs a character few notes hold.
  if (/[农阴旧正冬腊]|月初/.test(text)) scanGroupSpans(LUNAR_DATE, text, 0, pushDate);
  if (/月\d/.test(text)) scanGroupSpans(RELATIVE_MONTH_DAY, text, 1, pushDate);
  if (/月[初底末上中下]/.test(text)) scanMonthParts(text, detections);
  scanChineseNumeralYearMonth(text, detections);
  scanMonthDayBeforeClock(text, detections);
  if (/\d\/\d/.test(text)) {
    scanGroupSpans(MONTH_DAY_SLASH, text, 1, pushDate);
    scanMonthDayPairs(EVENT_MONTH_DAY, text, detections);
    scanMonthDayPairs(LINE_HEAD_MONTH_DAY, text, detections);
    scanMonthDayPairs(MONTH_DAY_BEFORE_EVENT, text, detections, SCALE_WORD_BEFORE, true);
    scanMonthDayPairs(MONTH_DAY_BEFORE_MILITARY_CLOCK, text, detections, SCALE_WORD_BEFORE, true, EVENT_BEFORE_STAMP);
    scanMonthDayPairs(MONTH_DAY_AFTER_DAY_WORD, text, detections, SCALE_WORD_BEFORE);
    scanMonthDayPairs(MONTH_DAY_OF_VISIT, text, detections, SCALE_WORD_BEFORE);
    if (/[\u4e00-\u9fa5]/.test(text)) scanLastDefined(MONTH_DAY_SLASH_CHINESE, text, detections);
  }
  if (/[\u4e00-\u9fa5]/.test(text) && /\d[.-]\d/.test(text)) {
    scanGroupSpans(ZERO_PADDED_MONTH_DAY, text, 0, pushDate);
    scanLastDefined(LATE_MONTH_DAY_CHINESE, text, detections);
    if (/\d[日号]/.test(text)) scanDottedMonthDays(text, detections);
  }
  if (/[年]\s{0,2}[\d一二三四五六七八九十]/.test(text)) scanGroupSpans(RELATIVE_YEAR_MONTH, text, 1, pushDate);
  if (/\d(?:st|nd|rd|th)\s{1,2}(?:inst|ult|prox)/.test(text)) scanGroupSpans(LETTER_MONTH_DAY, text, 1, pushDate);
  scanSpelledDaysOfMonth(text, detections);
  scanWorldDates(text, pushDate);
  if (/1[01]\d\/\d/.test(text) && /[\u4e00-\u9fa5]/.test(text)) scanGroupSpans(MINGUO_NUMERIC_DATE, text, 1, pushDate);
  if (/[周期拜][一二三四五六日天]/.test(text)) scanGroupSpans(RELATIVE_WEEKDAY_CHINESE, text, 0, pushDate);
  if (/day\b/i.test(text)) scanGroupSpans(RELATIVE_WEEKDAY_ENGLISH, text, 0, pushDate);
  // Ordinals last: a chained "again the 10th" needs the dates found before it.
  if (/\d(?:st|nd|rd|th)\b/i.test(text)) {
    scanGroupSpans(ORDINAL_DAY, text, 1, pushDate);
    scanGroupSpans(WEEKDAY_ORDINAL, text, 1, pushDate);
    scanChainedOrdinals(text, detections);
  }
  // A publication word must be in the note at all: read from the note's shared literal-presence table, not a scan.
  if (!mayMatch(text, PUBLICATION_WORD)) return detections;
  return detections.filter((d) => !isPublicationDate(text, d.start, d.end));
}
