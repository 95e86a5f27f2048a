import type { Detection, PhiDetector } from '../deid.types';
import { GIVEN_NAMES } from '../data/english-names';
import { scanLastGroup, startScan } from '../regex-scan.util';
import { PINYIN_GIVEN } from './pinyin.util';

/** Safe Harbor: ages over 89 are identifying (few such people); younger ages stay for clinical meaning. */
const OLDEST_KEPT_AGE = 89;

/** A title and one or two capitalised names: "Mrs. Thompson", "Mr O’Brien", "Dr Jane Smith". */
const TITLED_NAME = String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sister)\.?\s{1,2}[A-Z][A-Za-z'’-]+(?:\s{1,2}[A-Z][A-Za-z'’-]+)?`;
/**
 * "Hiroshi Tanaka (95)", "Dorothy Evans (97)": a listed given name and a capitalised surname with the age in brackets;
 * "Hb (95)", "Heart Rate (95)" and a ward named after someone ("Grace Ward (95)") stay.
 */
const NAME_PAIR_BRACKETED_AGE = /\b([A-Z][a-z'’-]+)\s{1,2}([A-Z][A-Za-z'’-]+)\s{0,2}[(（](\d{2,3})[)）]/g;
const PLACE_WORD =
  /^(?:Ward|Unit|Wing|House|Hall|Hospital|Infirmary|Centre|Center|Clinic|Bay|Room|Suite|Block|Court|Lodge|Street|Road|Lane|Building|Theatre|Team)$/;

const PERSON_BEFORE_PAIR = /\b(?:patient|pt|resident|client|Mr|Mrs|Ms|Miss|Mdm)\.?\s{1,2}$/i;

function scanNamePairAges(text: string, detections: Detection[]): void {
  startScan(NAME_PAIR_BRACKETED_AGE, text);
  let match: RegExpExecArray | null;
  while ((match = NAME_PAIR_BRACKETED_AGE.exec(text)) !== null) {
    const [whole, given = '', surname = '', value = ''] = match;
    const age = Number(value);
    // An unlisted given name counts after a word that says a person follows ("patient Beryl Hutchins (97)").
    const personBefore = PERSON_BEFORE_PAIR.test(text.slice(Math.max(0, match.index - 12), match.index));
    if (age <= OLDEST_KEPT_AGE || age > 130 || !(GIVEN_NAMES.has(given) || personBefore) || PLACE_WORD.test(surname)) continue;
    const start = match.index + whole.lastIndexOf(value);
    detections.push({ type: 'age', start, end: start + value.length, priority: 50 });
  }
}

const YEARS_OLD_AGE = /(?<![\d.])(\d{2,3})(?=[\s-]*(?:years?|yrs?|y)[\s-]*old\b)/gi;
const Y_O_AGE = /(?<![\d.])(\d{2,3})(?=\s*(?:y\/o|yo|y\.o\.?|yr-old)(?![A-Za-z]))/gi;
const YO_SEX_AGE = /(?<![\d.°\w])(\d{2,3})(?=\s?(?:yo|y\/o)\s?[mf]\b)/g;
const YEARS_OF_AGE = /(?<![\d.])(\d{2,3})(?=\s{0,2}(?:years?|yrs?)\s{1,2}of\s{1,2}age\b)/gi;
/**
 * The words after the number that some patterns need, looked for before the pattern tries every number: a note with
 * numbers but without "old", "yo" or "of age" skips them.
 */
const NEEDED_AFTER_NUMBER = new Map<RegExp, RegExp>([
  [YEARS_OLD_AGE, /old\b/i],
  [Y_O_AGE, /y\/o|yo|y\.o|yr-old/i],
  [YO_SEX_AGE, /yo|y\/o/],
  [YEARS_OF_AGE, /of\s{1,2}age\b/i],
]);

const NUMERIC_AGE_PATTERNS: readonly RegExp[] = [
  /(?<![\d.])(\d{2,3})(?=\s*(?:[余多]\s*)?(?:周岁|岁|歲))/g,
  YEARS_OLD_AGE,
  Y_O_AGE,
  // "Age: 102." — a full stop after the number closes the field; only a digit after it makes a decimal.
  /\b(?:aged|age|age:)\s*(\d{2,3})(?!\d|\.\d)/gi,
  // "Age (years): 98", "Age (yrs) 92": the unit in brackets between the label and the number.
  /\bage\s{0,2}\((?:years?|yrs?|y)\)\s{0,2}:?\s{0,2}(\d{2,3})(?![\d.])/gi,
  // "91y F", "92yM", "93 yrs F": years written as y/yr/yrs with the sex after them.
  /(?<![\d.°\w])(\d{2,3})(?=\s?(?:y|yrs?)\s?[MF]\b)/g,
  // "92yof", "94 yo m": the sex in lower case after yo.
  YO_SEX_AGE,
  // "female, 93", "male, 94.", "F, 91": the sex and then the bare number, as header lines write them.
  /\b(?:[Ff]emale|[Mm]ale|[Ww]oman|[Mm]an|F|M)\s{0,2},\s{0,2}(\d{2,3})(?![\d.]\d|\d|\s{0,2}(?:%|kg|g\b|lb|cm|mm|bpm|mmHg|\/))/g,
  // "Female 92 years": a bare number of years right after the sex is an age, not a span of time ("over 90 years" stays).
  /\b(?:[Ff]emale|[Mm]ale|[Ww]oman|[Mm]an)\s{1,2}(\d{2,3})(?=\s{0,2}(?:years?|yrs?)\b)/g,
  /(?:年龄|年齡)\s*(?:[:：为是]\s*)?(\d{2,3})(?![\d.])/g,
  // "年齡／性別：90／男", "Age/Sex: 92/F": the age first under a combined label.
  /(?:年龄|年齡|\b[Aa]ge)\s{0,2}[/／]\s{0,2}(?:性别|性別|[Ss]ex|[Gg]ender)\s{0,2}[:：]?\s{0,2}(\d{2,3})(?=\s{0,2}[/／])/g,
  // "M/92", "Sex/Age: M/92Y": the sex, a slash and the age with or without its unit.
  /\b[MF]\/(\d{2,3})(?=(?:[Yy]|yo|yrs?)?\b)/g,
  // "Edward Lyle, 90y, end of life", "Doris Pickering (Dot), 93 – UTI", "(Koh Bee Hoon, 94)": a bare number after a name
  // (and the name it goes by, in brackets), closed by a comma, a dash or a bracket.
  /\b[A-Z][a-z]+(?:\s?[(（][A-Z][A-Za-z'’]{0,14}[)）])?,\s{1,2}(\d{2,3})(?:\s?(?:y|yo|yrs?))?\s{0,2}(?:,|[–—-]\s|[)）])/g,
  // "Re: Patrick Doyle, 93 yrs, new AF": a number of years after a capitalised name and a comma, not a span of time.
  /\b[A-Z][a-z]+,\s{1,2}(\d{2,3})(?=\s?(?:yrs?|years?)\b(?!\s{1,2}(?:ago|earlier|later|before|after|since|of\b|history|duration|hx)))/g,
  /[男女]\s*[，,/]\s*(\d{2,3})(?![\d.])/g,
  /\b(?:now|turned|turns)\s+(\d{2,3})\b(?!\s*%|\.\d)/gi,
  /今年\s{0,2}(\d{2,3})(?=\s{0,2}(?:岁|周岁|了|啦))/g,
  // "我妈 92了", "奶奶95岁": the age a family gives of an old parent or grandparent.
  /(?:我?妈|我?爸|母亲|父亲|奶奶|爷爷|外婆|外公|姥姥|姥爷|老人|老太太|老爷子)\s{0,2}(?:今年|已经|都)?\s{0,2}(\d{2,3})(?=\s{0,2}(?:岁|周岁|了|啦))/g,
  YEARS_OF_AGE,
  /(?<![\d.°\w])(\d{2,3})(?=(?:yo)?[MF]\b)/g,
  /\b(?:[Ss]he|[Hh]e|who|[Pp]t|[Pp]atient|(?:[Mm]other|[Ff]ather|[Mm]um|[Mm]om|[Dd]ad|[Gg]randmother|[Gg]randfather|[Gg]randma|[Gg]randpa|[Gg]ran|[Nn]an|[Aa]unt|[Uu]ncle|[Ww]ife|[Hh]usband|[Ss]ister|[Bb]rother|[Nn]eighbou?r|[Rr]esident|[Cc]lient))(?:\s{1,3}(?:is|was)|['’]s)\s{1,3}(?:now\s{1,2})?(\d{2,3})(?=\s{1,3}(?:and|but|now|today|this|years|at|when|with|on)\b|[,;]|\.(?!\d)|\s{0,2}$)/g,
  // "Mr Hughes is 97 and lives…", "Mrs Patel is 93,": a titled name in the subject's place, read as "she is 96".
  new RegExp(
    String.raw`${TITLED_NAME}\s{1,3}(?:is|was)\s{1,3}(\d{2,3})(?=\s{1,3}(?:and|but|now|today|this|years|at|when|with|on)\b|[,;]|\.(?!\d)|\s{0,2}$)`,
    'g',
  ),
  // "died at 94", "passed away at 96", "lived to 97": the age a relative reached (a vital sign is never "died at").
  /\b(?:died|passed\s{1,2}away|passed|lived\s{1,2}(?:to|until|till)|widowed)\s{1,2}(?:at|aged|at\s{1,2}the\s{1,2}age\s{1,2}of)?\s{0,2}(\d{2,3})(?![\d.]|\s{0,2}(?:%|mg|kg|days?|weeks?|months?|hours?|minutes?|mins?|[A-Za-z]{1,3}\/))/g,
  // "a centenarian, 101,", "nonagenarian (96)": the number beside the word that already says very old.
  /\b(?:centenarian|nonagenarian|supercentenarian)s?\s{0,2}[,(（]\s{0,2}(?:aged\s{1,2})?(\d{2,3})(?![\d.])/gi,
  // "her 95th birthday": a birthday's ordinal is the age reached.
  /(?<![\d.])(\d{2,3})(?:st|nd|rd|th)\s{1,2}birthday\b/gi,
  // "Grandma (94)", "his father (92)": the age in brackets after a relative.
  /\b(?:mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|gran|nan|aunt|uncle|wife|husband|sister|brother)\s{0,2}[(（](\d{2,3})[)）]/gi,
  // "(93y)", "(91 yrs)", "(96yo)": a number of years alone in brackets, as a DOB or a relative is glossed.
  /[(（]\s{0,2}(\d{2,3})\s?(?:[yY]|yrs?|years?|yo|y\/o|y\.o\.?)\s{0,2}[)）]/g,
  // "the old woman is said to be 97", "he is thought to be about 95": an age reported, not known.
  /\b(?:is|was)\s{1,2}(?:said|thought|believed|reported|understood|estimated)\s{1,2}to\s{1,2}be\s{1,2}(?:about\s{1,2}|around\s{1,2}|nearly\s{1,2}|over\s{1,2})?(\d{2,3})(?=\s{1,3}(?:and|but|now|today|this|years|at|when|with|on)\b|[,;]|\.(?!\d)|\s{0,2}$)/g,
  // "Mrs. Thompson (102)", "Mr O’Brien (91)": the age in brackets right after a titled name.
  new RegExp(String.raw`${TITLED_NAME}\s{0,2}[(（](\d{2,3})[)）]`, 'g'),
];
const AGE_CEILING_AFTER = /^\s{0,2}(?:周岁|岁)?\s{0,2}(?:以下|以内|及以下|以上|及以上)/;
/** "≥90岁", "> 90 years", "大于90岁": a threshold, not a person's age. */
const THRESHOLD_BEFORE = /(?:[≥>≤<＞＜]=?|大于|小于|超过|高于|低于|不足|over|under|above|below)\s{0,2}$/i;
const TEMPERATURE_BEFORE = /(?:\btemp(?:erature)?|\bT|体温|°)\s{0,2}[:：=]?\s{0,2}(?:max\s{0,2})?$/i;
/** "ninety-two", "one hundred and one": ages over 89 spelled out, as letters and dictated notes write them. */
const SPELLED_OVER_89 = String.raw`(?:ninety(?:[-\s]?(?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)\s(?:hundred)(?:\s(?:and\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;
/** Spelled ages need an age word after them ("-year-old", "years of age") or before them ("aged", "she is", "turned"). */
const SPELLED_AGE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(${SPELLED_OVER_89})(?=[\s-]{1,2}(?:years?|yrs?)[\s-]{1,2}(?:old|of\sage)\b)`, 'gi'),
  new RegExp(
    String.raw`\b(?:aged|age|(?:[Ss]he|[Hh]e|who)\s(?:is|was)|turned|turns|now|died\sat|passed\saway\sat|lived\s(?:to|until|till)|(?:at|to)\sthe\sage\sof)\s{1,2}(${SPELLED_OVER_89})\b(?![\s-]{0,2}(?:percent|per\s?cent|%|minutes?|mins?|hours?|days?|weeks?|seconds?|times|mg|mL|ml|kg|mmHg))`,
    'gi',
  ),
];
/** 九旬 (in one's nineties) and 百岁 (a hundred) say the age is over 89 without a number: "九旬老人", "年近百岁". */
const CHINESE_DECADE_AGE = /(?:年(?:近|逾|过|已)?|已|近|逾)?(九旬|百岁)(?=老人|老太|老翁|高龄|老妇|老者|有余|[，,。；;\s]|$)/g;
const CHINESE_NUMERAL_AGE = /((?:九十[一二三四五六七八九]?|一百(?:零?[一二三四五六七八九十]+)?))(?=\s*(?:[余多]\s*)?(?:周岁|岁))/g;

/**
 * "Eleanor, born 1929-06-03, is 96 and still gardens", "Walter is 94 and lives alone": "is 96" said of a person — a
 * clause that opens with a listed given name or says when the subject was born. "Hb is 96 and still falling" stays.
 */
/** Found from its space and only for a number over 89: a pattern that starts with a literal is skipped through quickly. */
const IS_AGE_OVER_89 = / (?:is|was)\s{1,3}(9\d|1[0-3]\d)(?=\s{1,3}(?:and|but|now|today|this|years|at|when|with|on)\b|[,;]|\.(?!\d)|\s{0,2}$)/g;
const CLAUSE_OPENING_WORD = /(?:^|[.;!?\n]\s{0,3})([A-Z][a-z'’-]+)(?=[\s,])[^.;!?\n]*$/;
const BORN = /\bborn\b/;
const CLAUSE_ENDS = new Set(Array.from('.;!?\n'));

/** Whether the last clause of `text` (after its last . ; ! ? or line break) says "born"; read in code, as an end-anchored pattern would backtrack. */
function saysBornInLastClause(text: string): boolean {
  let start = text.length;
  while (start > 0 && !CLAUSE_ENDS.has(text.charAt(start - 1))) start--;
  return BORN.test(text.slice(start));
}

function scanAgesOfNamedPeople(text: string, detections: Detection[]): void {
  startScan(IS_AGE_OVER_89, text);
  let match: RegExpExecArray | null;
  while ((match = IS_AGE_OVER_89.exec(text)) !== null) {
    const value = match[1] ?? '';
    if (Number(value) > 130) continue;
    const clause = text.slice(Math.max(0, match.index - 80), match.index + 1);
    const opener = CLAUSE_OPENING_WORD.exec(clause)?.[1];
    if (!(opener !== undefined && GIVEN_NAMES.has(opener)) && !saysBornInLastClause(clause)) continue;
    const start = match.index + match[0].lastIndexOf(value);
    detections.push({ type: 'age', start, end: start + value.length, priority: 50 });
  }
}

function scanNumericAges(regex: RegExp, text: string, detections: Detection[]): void {
  startScan(regex, text, NEEDED_AFTER_NUMBER.get(regex));
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const value = match[1] ?? '';
    const age = Number(value);
    if (age <= OLDEST_KEPT_AGE || age > 130) continue;
    const start = match.index + match[0].lastIndexOf(value);
    // "九十岁以下患者剂量不变", "under 95 years": a threshold below the age says nothing of anyone being over 89.
    if (AGE_CEILING_AFTER.test(text.slice(start + value.length, start + value.length + 6))) continue;
    // "Temp 98F" is a temperature, not a 98-year-old woman.
    if (TEMPERATURE_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    if (THRESHOLD_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    detections.push({ type: 'age', start, end: start + value.length, priority: 50 });
  }
}

/** "高淑英 (Gao Shuying), 91 y,": an age after a Han name and its pinyin in brackets; the gloss must read as pinyin. */
const PINYIN_GLOSSED_AGE =
  /[\u4e00-\u9fa5]\s?[(（]([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,17})[)）],\s{1,2}(\d{2,3})(?=(?:\s?(?:y|yo|yrs?))?\s{0,2}(?:,|[–—-]\s|[)）]))/g;

function scanPinyinGlossedAges(text: string, detections: Detection[]): void {
  startScan(PINYIN_GLOSSED_AGE, text);
  let match: RegExpExecArray | null;
  while ((match = PINYIN_GLOSSED_AGE.exec(text)) !== null) {
    const [, surname = '', given = '', value = ''] = match;
    if (!PINYIN_GIVEN.test(surname) || !PINYIN_GIVEN.test(given) || Number(value) <= OLDEST_KEPT_AGE || Number(value) > 130) continue;
    const start = match.index + match[0].length - value.length;
    detections.push({ type: 'age', start, end: start + value.length, priority: 50 });
  }
}

export const ageDetector: PhiDetector = {
  name: 'age',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    for (const regex of NUMERIC_AGE_PATTERNS) scanNumericAges(regex, text, detections);
    if (/[(（]\d{2,3}[)）]/.test(text)) scanNamePairAges(text, detections);
    if (/[)）],\s{0,2}\d/.test(text)) scanPinyinGlossedAges(text, detections);
    scanAgesOfNamedPeople(text, detections);
    if (/九旬|百岁/.test(text)) detections.push(...scanLastGroup({ text, regex: CHINESE_DECADE_AGE, type: 'age', priority: 50 }));
    if (/ninety|hundred/i.test(text)) {
      for (const regex of SPELLED_AGE_PATTERNS) detections.push(...scanLastGroup({ text, regex, type: 'age', priority: 50 }));
    }
    startScan(CHINESE_NUMERAL_AGE, text);
    let match: RegExpExecArray | null;
    while ((match = CHINESE_NUMERAL_AGE.exec(text)) !== null) {
      if (AGE_CEILING_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 6))) continue;
      detections.push({ type: 'age', start: match.index, end: match.index + match[0].length, priority: 50 });
    }
    return detections;
  },
};
