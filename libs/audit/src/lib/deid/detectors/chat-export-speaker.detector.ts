import { clinicalTermLengthAt, isClinicalEnglishWord } from '../clinical-vocabulary';
import type { Detection, PhiDetector } from '../deid.types';
import { isEnglishWord } from '../english-words';
import { surnameLengthAt } from './chinese-name-lexicon';
import { HEADING_WORDS } from './english-lone-name.scanner';

/**
 * Senders of an exported messaging chat. WhatsApp, Signal and Telegram write every message as
 * "08/03/2024, 07:58 - priya: …" (Android) or "[12/8/24, 9:14:02 PM] Jia Hui: …" (iPhone): the slot after the date and
 * time is the contact's name as saved on the phone, in any case and script ("dan", "阿May", "becky reg"), so it is a
 * person whatever the word. A title in front (Dr, Prof) and a role after (reg, SHO, RN) stay; a phone number in the
 * slot is left to the phone rules. A sender is then looked for again in the messages of the chat ("ok，May你幫手…").
 */
const PRIORITY = 56;
const SENDER_SCORE = 0.85;
const MENTION_SCORE = 0.8;

/** Date, time and the separator before the sender; the sender and its colon are read by hand after it. */
const MESSAGE_HEAD = /^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?:\] | [-–—] )/;
/** WeChat's export: the sender, then the date and time, alone on a line; the message follows on the next lines. */
const SENDER_THEN_STAMP = /^(\S{1,12}(?: \S{1,12}){0,2}) \d{4}[/.-]\d{1,2}[/.-]\d{1,2} \d{1,2}:\d{2}(?::\d{2})?\s*$/;
/** A ward group's copied chat: "老周 23:41：那个病人呢？". */
const SENDER_TIME_COLON = /^(\S{1,12}(?: \S{1,12}){0,2}) \d{1,2}:\d{2}[:：]/;
/** WeChat's export within one day: the sender (with the real name in brackets), then the clock time, alone on a line. */
const HAN_SENDER_THEN_TIME = /^([\u4e00-\u9fa5]{1,6}(?:[(（][\u4e00-\u9fa5]{2,4}[)）])?) \d{1,2}:\d{2}(?::\d{2})?\s*$/;
/**
 * A clock time without a date before the sender: "[21:14] Kelvin 仔媽媽: …" (WhatsApp within one day), "下午 07:43 王小姐：…"
 * (LINE). Weaker than a dated head, since care records also start lines with a time ("下午 14:00 体温：38.5"), so such
 * senders count only when two lines or more have one and each reads as no record heading or clinical word.
 */
const CLOCK_HEAD = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?\] |(?:上午|下午|凌晨|早上|中午|晚上) ?\d{1,2}:\d{2} )/;
/** Words that head a dated line in a record (入院日期 2024/03/12 21:03, 手术 08:30：): never a sender. */
const RECORD_HEADING =
  /(?:日期|时间|時間|记录|記錄|手术|手術|入院|出院|转入|转出|检查|检验|医嘱|护理|体温|血压|用药|查房|会诊|Date|Time|Admitted|Discharged)$/i;
/** A Han sender: a nickname (小芳, 老周, 阿May), a name, or a parent named after the child ("小鱼儿妈妈", "仔妈妈"). */
const HAN_SENDER = /^(?:[小老阿][\u4e00-\u9fa5]|[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,4}(?:妈妈|爸爸|奶奶|爷爷|外婆|姥姥))$/;
const PARENT_OF_CHILD = /(?:妈妈|爸爸|奶奶|爷爷|外婆|姥姥)$/;
const MAX_SENDER = 40;
const CLOCK_TIME = /\d:\d\d/;
const TITLES = new Set(['Dr', 'Dr.', 'Prof', 'Prof.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Sr', 'Sister', 'Nurse']);
const ROLES = new Set(
  'reg registrar sho fy1 fy2 f1 f2 ct1 ct2 st3 rn cns spr cons consultant nurse hca intern resident md pa np ed icu ccu amu gp pharm pharmacist physio ot'.split(
    ' ',
  ),
);
/** Saved contacts that are a service, not a person. */
const SERVICES = new Set('pharmacy radiology lab labs switchboard porters porter bed manager site team ward clerk reception admin'.split(' '));
const FAMILIAR_PREFIX = /^(?:阿|Ah ?)/;
/** Latin letters with their accented forms (Latin-1 Supplement, Extended-A and B: Oisín, Māngere). */
const LATIN = String.raw`A-Za-z\u00C0-\u024F`;
const LATIN_TOKEN = new RegExp(`^[${LATIN}][${LATIN}'’-]*$`);
const LATIN_SENDER = new RegExp(`^[${LATIN}][${LATIN}'’._-]*(?: [${LATIN}][${LATIN}'’-]*){0,2}$`);
const WORD_CHAR = new RegExp(`[${LATIN}'’]`);
const HAN_NAME = /^[\u4e00-\u9fa5]{2,4}$/;

interface ChatLine {
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

interface Sender {
  readonly start: number;
  readonly end: number;
}

/** The sender's name within the slot: titles in front and roles after dropped; null when the slot holds no person. */
function senderName(text: string, start: number, end: number): Sender | null {
  // A clinic or a real name in brackets after the saved name ("Dr Lim Jia Hui (Raffles Medical)", "小鱼儿妈妈(陈思思)"):
  // the name is what comes before; bracketedHanName reads a name inside.
  const bracket = text.slice(start, end).search(/\s?[(（]/);
  if (bracket > 0) end = start + bracket;
  const slot = text.slice(start, end);
  if (/^[+\d(]/.test(slot) || /[\d@]/.test(slot)) return null;
  const tokens = [...slot.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: start + match.index, end: start + match.index + match[0].length }));
  while (tokens.length > 1 && TITLES.has(tokens[0]?.text ?? '')) tokens.shift();
  while (tokens.length > 1 && (ROLES.has((tokens[tokens.length - 1]?.text ?? '').toLowerCase()) || /^[(（]/.test(tokens[tokens.length - 1]?.text ?? '')))
    tokens.pop();
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || tokens.length > 4) return null;
  const name = text.slice(first.start, last.end);
  const lower = name.toLowerCase();
  if (SERVICES.has(lower) || ROLES.has(lower) || TITLES.has(name)) return null;
  if (tokens.length === 1 && (HEADING_WORDS.has(name) || HEADING_WORDS.has(name.charAt(0).toUpperCase() + name.slice(1)) || isClinicalEnglishWord(lower)))
    return null;
  return { start: first.start, end: last.end };
}

/** Words of a sender worth finding again: Latin words of two letters or more, a Han name of two to four characters. */
function mentionWords(name: string): string[] {
  const bare = name.replace(FAMILIAR_PREFIX, '');
  if (HAN_NAME.test(bare)) return [bare];
  return bare.split(/\s+/).filter((word) => word.length >= 2 && LATIN_TOKEN.test(word));
}

/** The real name a chat shows in brackets after a nickname: "小鱼儿妈妈(陈思思)". */
function bracketedHanName(text: string, start: number, end: number): Sender | null {
  const match = /[(（]([\u4e00-\u9fa5]{2,4})[)）]/.exec(text.slice(start, end));
  if (!match || surnameLengthAt(match[1] ?? '', 0) === 0) return null;
  const nameStart = start + match.index + 1;
  return { start: nameStart, end: nameStart + (match[1] ?? '').length };
}

/** A sender after a clock-only head: a Han sender as in a stamped line, or words that are no record heading or clinical term. */
function isClockSender(text: string, slot: Sender): boolean {
  const name = text.slice(slot.start, slot.end);
  if (RECORD_HEADING.test(name)) return false;
  if (/^[\u4e00-\u9fa5]+$/.test(name)) return isStampedSender(name);
  return !/[\u4e00-\u9fa5]{2}$/.test(name) || clinicalTermLengthAt(name, name.length - 2) < 2;
}

/** A sender in a stamped line: a Han name with a surname or a nickname (张磊, 小芳, 老周), or Latin words (kiki, Jun Hao). */
function isStampedSender(name: string): boolean {
  if (HAN_SENDER.test(name)) return /^[小老阿]/.test(name) || PARENT_OF_CHILD.test(name) || (surnameLengthAt(name, 0) > 0 && clinicalTermLengthAt(name, 0) < 2);
  return LATIN_SENDER.test(name);
}

const isWordChar = (char: string): boolean => WORD_CHAR.test(char);

function findMentions(text: string, lines: readonly ChatLine[], words: ReadonlySet<string>, detections: Detection[]): void {
  for (const word of words) {
    const han = HAN_NAME.test(word);
    // A name that is an English word too (Will, Hope) counts only as written in the sender slot.
    const anyCase = !han && !isEnglishWord(word);
    const needle = anyCase ? word.toLowerCase() : word;
    for (const line of lines) {
      const body = text.slice(line.bodyStart, line.bodyEnd);
      const haystack = anyCase ? body.toLowerCase() : body;
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
        if (!han && (isWordChar(body.charAt(at - 1)) || isWordChar(body.charAt(at + needle.length)))) continue;
        const start = line.bodyStart + at;
        detections.push({ type: 'name', start, end: start + needle.length, priority: PRIORITY, score: MENTION_SCORE });
      }
    }
  }
}

export const chatExportSpeakerDetector: PhiDetector = {
  name: 'chat-speaker',
  detect(text: string): Detection[] {
    // Every shape read here stamps its messages with a clock time.
    if (!CLOCK_TIME.test(text)) return [];
    const detections: Detection[] = [];
    const lines: ChatLine[] = [];
    const words = new Set<string>();
    /** Senders of the WeChat and sender-time-colon shapes: a chat only when two lines or more have one. */
    const stampedSenders: Sender[] = [];
    for (let lineStart = 0; lineStart < text.length; ) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? text.length : newline;
      const lineHead = text.slice(lineStart, Math.min(lineEnd, lineStart + 40));
      const head = MESSAGE_HEAD.exec(lineHead);
      const anyHead = head ?? CLOCK_HEAD.exec(lineHead);
      if (anyHead) {
        const slotStart = lineStart + anyHead[0].length;
        const window = text.slice(slotStart, Math.min(lineEnd, slotStart + MAX_SENDER + 1));
        const colon = window.search(/[:：]/);
        const sender = colon > 0 ? senderName(text, slotStart, slotStart + colon) : null;
        if (sender && head) {
          detections.push({ type: 'name', start: sender.start, end: sender.end, priority: PRIORITY, score: SENDER_SCORE });
          for (const word of mentionWords(text.slice(sender.start, sender.end))) words.add(word);
        } else if (sender && isClockSender(text, sender)) {
          stampedSenders.push(sender);
        }
        if (colon > 0) lines.push({ bodyStart: slotStart + colon + 1, bodyEnd: lineEnd });
      } else if (lineEnd - lineStart <= 60) {
        const line = text.slice(lineStart, lineEnd);
        const stamped = SENDER_THEN_STAMP.exec(line) ?? SENDER_TIME_COLON.exec(line) ?? HAN_SENDER_THEN_TIME.exec(line);
        const slot = stamped?.[1] ?? '';
        const sender = stamped && !RECORD_HEADING.test(slot) ? senderName(text, lineStart, lineStart + slot.length) : null;
        if (sender && isStampedSender(text.slice(sender.start, sender.end))) {
          stampedSenders.push(sender);
          const realName = bracketedHanName(text, lineStart, lineStart + slot.length);
          if (realName) stampedSenders.push(realName);
        }
        if (stamped) lines.push({ bodyStart: lineStart + stamped[0].length, bodyEnd: lineEnd });
        else lines.push({ bodyStart: lineStart, bodyEnd: lineEnd });
      } else {
        lines.push({ bodyStart: lineStart, bodyEnd: lineEnd });
      }
      lineStart = lineEnd + 1;
    }
    if (stampedSenders.length >= 2) {
      for (const sender of stampedSenders) {
        detections.push({ type: 'name', start: sender.start, end: sender.end, priority: PRIORITY, score: SENDER_SCORE });
        for (const word of mentionWords(text.slice(sender.start, sender.end))) words.add(word);
      }
    }
    if (words.size > 0) findMentions(text, lines, words, detections);
    return detections;
  },
};
