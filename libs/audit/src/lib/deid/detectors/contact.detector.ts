import type { Detection, PhiDetector } from '../deid.types';
import { scanWorldPhones, withChainedPhones } from './world-phone.scanner';
import { LABEL_SEPARATOR, scanLastGroup } from '../regex-scan.util';

const DIGIT_EDGE_BEFORE = String.raw`(?<![\d+])`;
const DIGIT_EDGE_AFTER = String.raw`(?![\d])`;

/**
 * Switchboard extensions: "-8012", "转8012", "转 8012", "分机 233", "分机：12", "ext. 12", "loc. 5512" (the Philippines), "x12", "Ext 9", and after a
 * comma ("…4321, extension 31"). One space run on each side of the word, each bounded, never two side by side.
 */
const EXTENSION_WORD = String.raw`,?[ \u3000]{0,2}(?:转|分机号?|[Ee]xt(?:ension)?\.?|[Ll]oc(?:al)?\.?|[xX])[ \u3000]{0,2}(?:[:：#][ \u3000]{0,2})?`;
const EXTENSION = String.raw`(?:(?:-|${EXTENSION_WORD})\d{1,5})?`;
/** After a mobile or an international number only a worded extension: a dash there continues the number's own groups. */
const WORDED_EXTENSION = String.raw`(?:${EXTENSION_WORD}\d{1,5})?`;
/** The worded extension at the end of a matched number, left out when its digits are counted. */
const WORDED_EXTENSION_TAIL = new RegExp(`${EXTENSION_WORD}\\d{1,5}$`);
/** 138 1234 5678, 138-1234-5678, 1381-234-5678, 138.1234.5678, with +86 / 0086 / (+86) in front (kept in the span). */
const CHINESE_MOBILE = new RegExp(
  String.raw`${DIGIT_EDGE_BEFORE}((?:(?:\+|00)86[\s.-]?|[(（](?:\+|00)?86[)）]\s?)?1[3-9]\d(?:(?:[\s.-]?\d{4}){2}|\d[\s.-]\d{3}[\s.-]\d{4})${WORDED_EXTENSION})${DIGIT_EDGE_AFTER}`,
  'g',
);
/** Landlines need an area code written with a dash, space or brackets; a bare digit run is too ambiguous. */
const CHINESE_LANDLINE = new RegExp(
  String.raw`${DIGIT_EDGE_BEFORE}((?:(?:\+|00)86[\s-]?)?(?:\(0\d{2,3}\)\s?|（0\d{2,3}）|0\d{2,3}[\s-])\d{3,4}[\s-]?\d{4}${EXTENSION})${DIGIT_EDGE_AFTER}`,
  'g',
);
const INTERNATIONAL = new RegExp(
  String.raw`${DIGIT_EDGE_BEFORE}(\+[1-9]\d{0,2}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}${WORDED_EXTENSION})${DIGIT_EDGE_AFTER}`,
  'g',
);
const NORTH_AMERICAN = new RegExp(
  String.raw`${DIGIT_EDGE_BEFORE}((?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?\d{3}[-.\s]|\d{3}-\d{3}-|\d{3}\.\d{3}\.|\d{3} \d{3} )\d{4}${EXTENSION})${DIGIT_EDGE_AFTER}`,
  'g',
);
/** UK mobiles: "07700 900123", "07700-900-123", "07700900123" (the +44 form is international). */
const UK_MOBILE = new RegExp(String.raw`${DIGIT_EDGE_BEFORE}(07\d{3}(?:[\s-]?\d{6}|[\s-]\d{3}[\s-]\d{3}))${DIGIT_EDGE_AFTER}`, 'g');
/**
 * UK landlines with a four-digit area code after the trunk 0 (Ofcom's national numbering plan: 01xxx and six digits),
 * written "01768 772345", "01768 772 345" or "(01768) 772345"; three- and two-digit area codes read as Chinese landlines.
 */
const UK_LANDLINE = new RegExp(String.raw`${DIGIT_EDGE_BEFORE}((?:\(01\d{3}\)\s?|01\d{3}[\s-])\d{3}[\s-]?\d{3})${DIGIT_EDGE_AFTER}`, 'g');
/**
 * Kenyan mobiles as written at home (Communications Authority of Kenya numbering plan: 07xx and 01xx, ten digits), in
 * four and six or four, three and three: "0712 345678", "0722-456-789". Bare runs of ten digits are record numbers to
 * the grouped-number detector already.
 */
const KENYAN_MOBILE = new RegExp(String.raw`${DIGIT_EDGE_BEFORE}(0[17]\d{2}(?:[\s-]\d{6}| \d{3} \d{3}|-\d{3}-\d{3}))${DIGIT_EDGE_AFTER}`, 'g');
/** Taiwan mobiles: "0912 345 678", "0912-345-678". */
const TAIWAN_MOBILE = new RegExp(String.raw`${DIGIT_EDGE_BEFORE}(09\d{2}[\s-]\d{3}[\s-]\d{3})${DIGIT_EDGE_AFTER}`, 'g');
/**
 * Australian numbers: mobiles "0412 345 678", "0498-765-432", "0412345678" (04 and eight digits) and landlines with a
 * one-digit area code in brackets or before a space ("(02) 9374 4000", "03 9123 4567"); the +61 form is international.
 */
/** Taiwanese and Japanese landlines: a two-digit area code (02 Taipei, 03 Tokyo, 06 Osaka) and two groups of four. */
/** A mobile number typed or scanned with a space between every digit, after a telephone word ("电话  1 3 9 2 6 7 3 5 4 1 8"). */
const SPACED_CHINESE_MOBILE = /(?:电话|手机|联系方式|Tel|Phone|Mobile|Ph)[\s:：]{0,4}(1 [3-9](?: \d){9})(?![ ]?\d)/g;
/**
 * Taiwan's landlines with the area code in brackets: "(06) 927-3815" (Penghu), "(082) 325-617" (Kinmen); not a range of
 * round doses in numbered brackets ("(02) 250-500 mg").
 */
const BRACKETED_AREA_LANDLINE = /(?<![\dA-Za-z+-])(\(0\d{1,3}\)\s?\d{3,4}-\d{3,4})(?![\d-])(?!\s?(?:mg|mcg|µg|g|mL|ml|IU|units?|%)\b)/g;
const notRoundRange = (value: string) => !/\d0-\d+0$/.test(value);
const TWO_DIGIT_AREA_LANDLINE = /(?<![\dA-Za-z+-])((?:0[2-9]-|\(0[2-9]\)\s?)\d{4}-\d{4})(?![\d-])/g;
const AUSTRALIAN_MOBILE = new RegExp(String.raw`${DIGIT_EDGE_BEFORE}(04\d{2}(?: \d{3} \d{3}|-\d{3}-\d{3}|\d{6}))${DIGIT_EDGE_AFTER}`, 'g');
/** Indian mobiles as written in five and five ("98450 31277", "+91 98450-31277"): ten digits opening with 6 to 9. */
const INDIAN_MOBILE = new RegExp(String.raw`${DIGIT_EDGE_BEFORE}((?:\+91[ -]?)?[6-9]\d{4}[ -]\d{5})${DIGIT_EDGE_AFTER}`, 'g');
const AUSTRALIAN_LANDLINE = new RegExp(String.raw`${DIGIT_EDGE_BEFORE}((?:\(0[2378]\)\s?|0[2378] )[2-9]\d{3}[\s-]?\d{4})${DIGIT_EDGE_AFTER}`, 'g');
const notYearPairTail = (value: string) => !/(?:19|20)\d{2}[\s-]?(?:19|20)\d{2}$/.test(value);
/**
 * Hong Kong and Singapore numbers have no area code: eight digits written 4 + 4 ("9123 4567"). Two digit runs
 * of that shape are also counts ("5000 6000 steps") or pairs of years, so those, and a unit after it, are no phone.
 */
const EIGHT_DIGIT_SPACED =
  /(?<![\d.,:/+-])([2-9]\d{3}[ -]\d{4})(?![\d.,:/]\d|\d|\s?(?:[%‰]|mg|mcg|µg|ug|ml|mL|g\b|kg|IU|iu|units?|U\b|mmol|mmHg|cells|copies|steps|cal|kcal|m\b|km|次|个|例|步|元))/g;
const YEAR_PAIR = /^(?:19|20)\d{2}[ -](?:19|20)\d{2}$/;
/** Round counts ("5000 6000", "2500 4000") end in zeros; a subscriber number seldom does. */
const ROUND_PAIR = /000$|^\d{2}00[ -]\d{2}00$/;
const isEightDigitPhone = (value: string) => !YEAR_PAIR.test(value) && !ROUND_PAIR.test(value);
/**
 * Pagers and internal extensions are short: "pager 4412", "分机 8012", "bleep 233"; after 分机 even one digit ("分机号 7"),
 * while the English words need three ("Ext 5/5" is a strength grade).
 */
const SHORT_LABELLED = /(?:(?:分机号?|短号)\s{0,3}[:：#]?\s{0,3}(\d{1,6})|(?:pager|bleep|beeper|ext\.?|extension)\s{0,3}[:：#]?\s{0,3}(\d{3,6}))(?!\d)/gi;
/**
 * Any digit run after an explicit phone/fax label (English, Chinese, Nordic tlf/Telefon/puh, Portuguese Telefone/Celular,
 * "ph", "my number is"), however it is grouped, a form's double spaces included; a lone trailing digit ("… 3天前") is not
 * part of it. Five digits at least, so "pH 7.35" stays, and no pair of years ("PH 2009 2015", past history).
 */
const LABELLED_PHONE = new RegExp(
  String.raw`(?:电话|手机|座机|联系方式|传真|分机|连络电话|Tel\.?|T[ée]l\.?|Telephone|T[ée]l[ée]phone|Telefone?|Tel[ée]fono|Tfno\.?|M[óo]vil|Handy|Telefonnummer|Tlf\.?|Puh\.?|Puhelin|Celular|Phone|Mobile|연락처|전화(?:번호)?|\bMob\b\.?|Cell|Fax|pager|\bcall\s?back(?:\s+(?:no\.?|number))?|\bPh\b\.?|\b(?:my|her|his|their|your|our)\s(?:phone\s|mobile\s|cell\s|home\s|work\s)?number\s(?:is|was))${LABEL_SEPARATOR}(\+?[\d(（][\d()（）]*(?:(?:[\s-]|[ \t]{2})?[\d()（）]{2,}){0,5}${EXTENSION})${DIGIT_EDGE_AFTER}`,
  'gi',
);

// The lookbehinds make every pattern start only at the beginning of a run, which keeps long
// digit or dotted runs linear instead of quadratic.
const EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
const URL_WITH_SCHEME = /((?:https?|ftp):\/\/[^\s<>"'，。；、）)】]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[^\s<>"'，。；、）)】]*)?)/gi;
const BARE_DOMAIN = /(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|edu|gov|cn|io|info|hk|uk)(?:\/[^\s<>"'，。；、）)】]*)?)(?![\w@])/g;
const IPV4 = /(?<![\d.])((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?![\d.]*\d)/g;
/** Loose shape first (hex groups and colons), then `isIpv6` decides; one regex for all "::" placements. */
const IPV6_CANDIDATE = /(?<![0-9A-Za-z:])((?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4})(?![0-9A-Za-z:])/g;
/** Two colons with at most four hex digits between them, which every IPv6 candidate holds: most notes have none. */
const IPV6_COLONS = /:[0-9A-Fa-f]{0,4}:/;

export function isIpv6(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const [headText = '', tailText = ''] = halves;
  const head = groups(headText);
  const tail = groups(tailText);
  if (![...head, ...tail].every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group))) return false;
  const count = head.length + tail.length;
  // Without "::" it must be all 8 groups, which keeps clock times like 10:30:00 out.
  return halves.length === 2 ? count <= 7 && count >= 1 : count === 8;
}

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', ']', "'", '"']);

/**
 * How many punctuation characters end the value. A scan from the end, not `/[.!?]+$/`: the regex retries its
 * run from every position, which is quadratic on a URL of 200,000 '!' followed by one other character.
 */
function trimTrailingPunctuation(value: string): number {
  let end = value.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(value[end - 1] ?? '')) end--;
  return value.length - end;
}

function shrinkEnd(detections: Detection[], text: string): Detection[] {
  return detections.map((d) => ({ ...d, end: d.end - trimTrailingPunctuation(text.slice(d.start, d.end)) }));
}

/** "0912 345 678（台湾）": a bracket after the number opens the next phrase, and a closing one with no opening one closes an earlier phrase. */
function trimOpenBrackets(detections: Detection[], text: string): Detection[] {
  return detections.map((d) => {
    let end = d.end;
    for (;;) {
      const last = text.charAt(end - 1);
      const value = text.slice(d.start, end);
      const opens = (value.match(/[(（]/g) ?? []).length;
      const closes = (value.match(/[)）]/g) ?? []).length;
      if (last === '(' || last === '（' || ((last === ')' || last === '）') && closes > opens)) end--;
      else break;
    }
    return end === d.end ? d : { ...d, end };
  });
}

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

/** 8 to 15 digits (E.164) in the number itself, not counting a worded extension after it. */
function isInternationalNumber(value: string): boolean {
  const digits = digitCount(value.replace(WORDED_EXTENSION_TAIL, ''));
  return digits >= 8 && digits <= 15;
}

export const contactDetector: PhiDetector = {
  name: 'contact',
  detect(text: string): Detection[] {
    return withChainedPhones(text, [
      ...scanWorldPhones(text),
      ...scanLastGroup({ text, regex: CHINESE_MOBILE, type: 'phone', priority: 40 }),
      ...scanLastGroup({ text, regex: CHINESE_LANDLINE, type: 'phone', priority: 40 }),
      ...scanLastGroup({ text, regex: INTERNATIONAL, type: 'phone', priority: 35, accept: isInternationalNumber }),
      ...scanLastGroup({ text, regex: NORTH_AMERICAN, type: 'phone', priority: 35 }),
      ...trimOpenBrackets(
        scanLastGroup({ text, regex: LABELLED_PHONE, type: 'phone', priority: 45, accept: (v) => digitCount(v) >= 5 && notYearPairTail(v) }),
        text,
      ),
      ...scanLastGroup({ text, regex: UK_MOBILE, type: 'phone', priority: 40 }),
      ...scanLastGroup({ text, regex: UK_LANDLINE, type: 'phone', priority: 40 }),
      ...scanLastGroup({ text, regex: KENYAN_MOBILE, type: 'phone', priority: 40 }),
      ...scanLastGroup({ text, regex: TAIWAN_MOBILE, type: 'phone', priority: 40 }),
      ...scanLastGroup({ text, regex: TWO_DIGIT_AREA_LANDLINE, type: 'phone', priority: 40 }),
      ...scanLastGroup({ text, regex: BRACKETED_AREA_LANDLINE, type: 'phone', priority: 38, accept: notRoundRange }),
      ...scanLastGroup({ text, regex: SPACED_CHINESE_MOBILE, type: 'phone', priority: 40 }),
      ...scanLastGroup({ text, regex: AUSTRALIAN_MOBILE, type: 'phone', priority: 40 }),
      ...scanLastGroup({ text, regex: INDIAN_MOBILE, type: 'phone', priority: 40 }),
      ...scanLastGroup({ text, regex: AUSTRALIAN_LANDLINE, type: 'phone', priority: 40, accept: notYearPairTail }),
      ...scanLastGroup({ text, regex: EIGHT_DIGIT_SPACED, type: 'phone', priority: 30, accept: isEightDigitPhone }),
      ...scanLastGroup({ text, regex: SHORT_LABELLED, type: 'phone', priority: 45 }),
      ...scanLastGroup({ text, regex: EMAIL, type: 'email', priority: 60 }),
      ...shrinkEnd(scanLastGroup({ text, regex: URL_WITH_SCHEME, type: 'url', priority: 55 }), text),
      ...shrinkEnd(scanLastGroup({ text, regex: BARE_DOMAIN, type: 'url', priority: 30 }), text),
      ...scanLastGroup({ text, regex: IPV4, type: 'ip', priority: 50 }),
      ...(IPV6_COLONS.test(text) ? scanLastGroup({ text, regex: IPV6_CANDIDATE, type: 'ip', priority: 50, accept: isIpv6 }) : []),
    ]);
  },
};
