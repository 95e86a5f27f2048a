import { startScan } from '../regex-scan.util';
import { clinicalTermLengthAt } from '../clinical-vocabulary';
import type { Detection } from '../deid.types';
import { COMMON_GIVEN_NAME_CHARS } from './chinese-given-name-chars';
import { spelledBySound } from './chinese-name-slot.scanner';
import { AMBIGUOUS_SURNAMES, HAN_CHAR, isGivenChar, isHanAt, surnameLengthAt } from './chinese-name-lexicon';
import { isOneWord } from './han-word-boundary.util';

/**
 * Names that a slot gives away without a person word:
 * - the sender of a group-chat message: "【心内科值班群】李航：3床…", "谁在？ 赵晨：我来了" — a listed surname and one or two
 *   given characters before a colon, where a chat line starts (after the group's bracket, a line break, or a sentence
 *   end and a space); headings that open with a surname character (方法：, 白班：) are words ICU knows;
 * - a surname and a term of address (于老师, 应科长, 申警官, 罗Sir, 黄sir): the surname is the identifier, as in 王医生;
 * - a surname and a familiar term (房东何伯, 阿妈梁太, 莫仔, 莫太): Cantonese 太 (Mrs), 仔 (boy) and 伯 (uncle), after a
 *   clause opening or a kin or role word; the whole form is redacted, as 老张 and 王阿姨 are.
 */
const PRIORITY = 55;
const SCORE = 0.8;
const HAN = '\\u4e00-\\u9fa5';

const SPEAKER = new RegExp(`(?:^|\\n|[】\\]]\\s{0,2}|[。？！?!]\\s{1,3})[ \\t]*([${HAN}]{2,4})(?=[:：])`, 'g');

/**
 * "古丽米拉：收到", "库尔班：[图片]": a Uyghur, Mongolian or Tibetan name spelled by sound, read as a speaker only in a chat
 * where someone with a surname speaks too (李振华：…): a list of countries, drugs or eponyms spelled by sound (马来西亚：,
 * 沙库巴曲：, 阿斯伯格：) has headings, not speakers.
 */
function soundNameSpeakerLength(text: string, start: number, run: string): number {
  if (run.length >= 3 && spelledBySound(run) && clinicalTermLengthAt(text, start) < 2 && !isOneWord({ text, start, end: start + run.length }))
    return run.length;
  return 0;
}

function speakerLength(text: string, start: number, run: string): number {
  const surname = surnameLengthAt(text, start);
  const given = run.length - surname;
  if (surname === 0 || given < 1 || given > 2) return 0;
  if (!Array.from(run.slice(surname)).every(isGivenChar) || clinicalTermLengthAt(text, start) >= 2) return 0;
  // "方法：", "白班：", "常规：": a heading ICU reads as a word, unless every given character is a common one (李航).
  const common = Array.from(run.slice(surname)).every((char) => COMMON_GIVEN_NAME_CHARS.has(char));
  if (!common && isOneWord({ text, start, end: start + run.length })) return 0;
  return run.length;
}

/** Titles of office and address after a surname: the surname alone is redacted (于[姓名]老师 would be 于老师 → [姓名]老师). */
const TITLE_AFTER_SURNAME = /(?:科长|处长|局长|所长|站长|股长|组长|队长|警官|警长|老师|[Ss][Ii][Rr](?![A-Za-z]))/g;
/** Familiar terms after a surname: 何伯, 梁太, 莫仔. */
const FAMILIAR_AFTER_SURNAME = new RegExp(`([${HAN}])([伯太仔])`, 'g');
/** Words right before a familiar form that say a person follows. */
const PERSON_BEFORE =
  /(?:房东|房客|邻居|同事|家属|阿妈|阿爸|老公|老婆|老豆|老母|丈夫|妻子|街坊|病友|同房|隔离床|社工|护工|保姆|工友|朋友|老板|叫|找|请|问|同|和|与|跟|由|给|向|话|讲|通知|联系)$/;
/** Adjectives after 太 (too): 太多, 太高 — "血压太高" is no one. */
const TOO_WHAT = /[多少大小高低久长快慢过晚早热冷重轻差贵远近早晚胖瘦累忙紧松烫凉甜咸硬软急]/;

function isClauseOpening(text: string, index: number): boolean {
  return index === 0 || !isHanAt(text, index - 1);
}

/** Whether ICU joins the surname character to the one before it into a word (对于, 相应, 理应). */
function joinsWordBefore(text: string, start: number): boolean {
  return start > 0 && isHanAt(text, start - 1) && isOneWord({ text, start: start - 1, end: start + 1 });
}

export function scanSpeakersAndAddressTerms(text: string): Detection[] {
  const detections: Detection[] = [];
  if (/[:：]/.test(text)) {
    startScan(SPEAKER, text);
    const speakers: { run: string; start: number }[] = [];
    let match: RegExpExecArray | null;
    while ((match = SPEAKER.exec(text)) !== null) {
      const run = match[1] ?? '';
      speakers.push({ run, start: match.index + match[0].length - run.length });
    }
    const lengths = speakers.map(({ run, start }) => speakerLength(text, start, run));
    const someoneWithSurnameSpeaks = lengths.some((length) => length > 0);
    speakers.forEach(({ run, start }, index) => {
      const length = (lengths[index] ?? 0) || (someoneWithSurnameSpeaks ? soundNameSpeakerLength(text, start, run) : 0);
      if (length > 0) detections.push({ type: 'name', start, end: start + length, priority: PRIORITY, score: SCORE });
    });
  }
  startScan(TITLE_AFTER_SURNAME, text);
  let match: RegExpExecArray | null;
  while ((match = TITLE_AFTER_SURNAME.exec(text)) !== null) {
    // The title is found first (one pass), then the character before it is read as the surname.
    const start = match.index - 1;
    if (start < 0 || surnameLengthAt(text, start) !== 1 || joinsWordBefore(text, start)) continue;
    // "副科长", "带教老师": a role word that ends in a surname character is no surname.
    if (start > 0 && isHanAt(text, start - 1) && isOneWord({ text, start, end: start + 3 })) continue;
    detections.push({ type: 'name', start, end: start + 1, priority: PRIORITY, score: SCORE });
  }
  startScan(FAMILIAR_AFTER_SURNAME, text);
  while ((match = FAMILIAR_AFTER_SURNAME.exec(text)) !== null) {
    const start = match.index;
    const surname = match[1] ?? '';
    const term = match[2] ?? '';
    FAMILIAR_AFTER_SURNAME.lastIndex = start + 1;
    if (surnameLengthAt(text, start) !== 1) continue;
    // After a kin or role word even an everyday-word surname is one ("房东何伯"); at a clause opening it is not (高太).
    const personBefore = PERSON_BEFORE.test(text.slice(Math.max(0, start - 3), start));
    if (!personBefore && (!isClauseOpening(text, start) || AMBIGUOUS_SURNAMES.has(surname))) continue;
    const next = text.charAt(start + 2);
    if (term === '太' && TOO_WHAT.test(next)) continue;
    // The pair must stand on its own: 伯父, 太阳, 仔细 are words.
    if (term !== '太' && HAN_CHAR.test(next) && isOneWord({ text, start: start + 1, end: start + 3 })) continue;
    if (clinicalTermLengthAt(text, start) >= 2) continue;
    detections.push({ type: 'name', start, end: start + 2, priority: PRIORITY, score: SCORE });
  }
  return detections;
}
