import { startScan } from '../regex-scan.util';
import type { Detection } from '../deid.types';
import { isEnglishWord } from '../english-words';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './chinese-surnames';

/**
 * Handles people go by on social platforms and forums, read by their shape: an @-mention in a chat or a post
 * ("@呼吸科-孔维 麻烦看一下", "admin @kidneywarrior_tom"), a Reddit user ("u/ChronicMigraineMike"), a Discord tag
 * ("nightowl#4821") and a forum nickname given with 网名/昵称 ("熊猫（网名）", "网名“小熊猫2019”"). Each scan starts
 * from a literal ('@', 'u/', '#', 网名) so notes without one cost an indexOf.
 */
const PRIORITY = 60;
const HAN = String.raw`\u4e00-\u9fa5`;
const HAN_CHAR = new RegExp(`[${HAN}]`);

/** The name after '@': Han characters, Latin letters, digits, '_', '-', '.', '·'; it starts with a letter, a Han character or '_'. */
const MENTION = new RegExp(String.raw`@([${HAN}A-Za-z_][${HAN}A-Za-z0-9_.·-]{0,23})`, 'y');
/** An '@' glued to a word or a number is an email, a dose time or a rate ("x@163.com", "95%@吸氧", "2L@"): no mention. */
const GLUED_BEFORE_AT = /[A-Za-z0-9_.%+\-/°]/;
/** A platform or a chat named in the note makes a plain Latin mention a handle ("@johnsmith" on Twitter). */
const PLATFORM_WORD =
  /Telegram|Twitter|Instagram|TikTok|Reddit|Discord|Facebook|Snapchat|Threads|WhatsApp|Signal|YouTube|Mastodon|Bluesky|group\s?chat|微博|抖音|小红书|微信|[群帖]/i;

/** "@Aisyah pls review": a chat mention of a colleague by a given name that is no English word ("@Team", "@All" are). */
function isNameMention(value: string): boolean {
  return /^[A-Z][a-z]{2,14}$/.test(value) && !isEnglishWord(value);
}

/** WeChat's and DingTalk's mention of everyone in the group: nobody's name or handle. */
const EVERYONE_MENTION = /^(?:所有人|全体成员|全体|大家|全员|各位)/;
/** "@郝静怡", "@欧阳志明": a colleague mentioned by a Chinese name, a listed surname and one or two characters more. */
const HAN_NAME_MENTION = /^[\u4e00-\u9fa5]{2,4}$/;

function isHanNameMention(value: string): boolean {
  if (!HAN_NAME_MENTION.test(value)) return false;
  const compound = COMPOUND_SURNAMES.has(value.slice(0, 2));
  return (compound && value.length >= 3) || (!compound && value.length <= 3 && SINGLE_SURNAMES.has(value.charAt(0)));
}

function plausibleMention(value: string, text: string): boolean {
  if (HAN_CHAR.test(value)) return true;
  if (value.length < 4) return false;
  return /_/.test(value) || (/\d/.test(value) && /[A-Za-z]{3}/.test(value)) || PLATFORM_WORD.test(text);
}

const TRAILING_PUNCTUATION = new Set(['.', '·', '-']);

/** A mention without the dots and dashes that end its sentence ("@zhang_wei." → "@zhang_wei"), trimmed in code, not by an end-anchored pattern. */
function withoutTrailingPunctuation(value: string): string {
  let end = value.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(value.charAt(end - 1))) end--;
  return value.slice(0, end);
}

function scanMentions(text: string, detections: Detection[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const before = text.charAt(at - 1);
    if (before !== '' && GLUED_BEFORE_AT.test(before)) continue;
    MENTION.lastIndex = at;
    const match = MENTION.exec(text);
    if (match === null) continue;
    const value = withoutTrailingPunctuation(match[1] ?? '');
    const end = match.index + 1 + value.length;
    // A Han run that goes on past the longest name is a sentence typed after the '@', not a name.
    if (match[0].length === 25 && HAN_CHAR.test(text.charAt(end))) continue;
    if (EVERYONE_MENTION.test(value)) continue;
    // The name is the identifier; the '@' before it is the chat's, as a gold set annotates a mention.
    if (isHanNameMention(value)) detections.push({ type: 'name', start: match.index + 1, end, priority: PRIORITY });
    else if (isNameMention(value)) detections.push({ type: 'name', start: match.index, end, priority: PRIORITY });
    else if (plausibleMention(value, text)) detections.push({ type: 'account', start: match.index, end, priority: PRIORITY });
  }
}

/**
 * "u/ChronicMigraineMike", "/u/throwaway_42": a Reddit user. A dose unit (5 u/kg, 0.1 u/hour, IU/L) has a number or a
 * letter before it and a lower-case unit after it; a user name needs a capital, a digit or '_', or Reddit named nearby.
 */
const REDDIT_USER = /u\/([A-Za-z0-9_-]{3,20})(?![\w/])/g;

function scanRedditUsers(text: string, detections: Detection[]): void {
  startScan(REDDIT_USER, text);
  let match: RegExpExecArray | null;
  while ((match = REDDIT_USER.exec(text)) !== null) {
    const name = match[1] ?? '';
    const start = text.charAt(match.index - 1) === '/' ? match.index - 1 : match.index;
    const whole = text.slice(start, match.index + match[0].length);
    if (/\w/.test(text.charAt(start - 1)) || /\d\s{0,2}$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    if (!/[A-Z0-9_]/.test(name) && !/reddit/i.test(text)) continue;
    detections.push({ type: 'account', start, end: start + whole.length, priority: PRIORITY });
  }
}

/** "nightowl#4821": a Discord name and its four-digit tag, read only where Discord is named. */
const DISCORD_TAG = /(?<![\w#.])([A-Za-z0-9_.]{2,32}#\d{4})(?!\d)/g;

function scanDiscordTags(text: string, detections: Detection[]): void {
  startScan(DISCORD_TAG, text);
  let match: RegExpExecArray | null;
  while ((match = DISCORD_TAG.exec(text)) !== null) {
    detections.push({ type: 'account', start: match.index, end: match.index + match[0].length, priority: PRIORITY });
  }
}

/**
 * A forum nickname before "（网名）"/"（昵称）" ("熊猫（网名）在论坛上"), read back to the clause start and past the
 * words that introduce a person (患者, 其, 网友); and one after 网名/昵称 in quotes or as a Latin word ("网名“小熊猫2019”",
 * "昵称：panda_jk").
 */
const NICKNAME_LABEL_AFTER = /[（(](?:网名|昵称|网络昵称|论坛昵称)[)）]/g;
const NICKNAME_BEFORE = new RegExp(String.raw`([${HAN}A-Za-z0-9_]{1,12})$`);
const PERSON_INTRO = /^(?:.*?(?:患者|家属|网友|用户|其|一位|名为|叫做|叫))/;
const NICKNAME_AFTER_LABEL = new RegExp(
  String.raw`(?:网名|昵称)\s{0,2}(?:[:：是为叫]|叫做)?\s{0,2}(?:[“"「『]([^”"」』\n]{1,20})[”"」』]|([A-Za-z][A-Za-z0-9_.-]{2,30}))`,
  'g',
);

function scanNicknames(text: string, detections: Detection[]): void {
  let match: RegExpExecArray | null;
  startScan(NICKNAME_LABEL_AFTER, text);
  while ((match = NICKNAME_LABEL_AFTER.exec(text)) !== null) {
    const run = NICKNAME_BEFORE.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[1] ?? '';
    const nickname = run.replace(PERSON_INTRO, '');
    if (nickname.length < 2) continue;
    detections.push({ type: 'account', start: match.index - nickname.length, end: match.index, priority: PRIORITY });
  }
  startScan(NICKNAME_AFTER_LABEL, text);
  while ((match = NICKNAME_AFTER_LABEL.exec(text)) !== null) {
    const value = match[1] ?? match[2] ?? '';
    if (value.trim().length < 2) continue;
    const start = match.index + match[0].lastIndexOf(value);
    detections.push({ type: 'account', start, end: start + value.length, priority: PRIORITY });
  }
}

export function scanSocialHandles(text: string): Detection[] {
  const detections: Detection[] = [];
  if (text.includes('@')) scanMentions(text, detections);
  if (text.includes('u/')) scanRedditUsers(text, detections);
  if (text.includes('#') && /discord/i.test(text)) scanDiscordTags(text, detections);
  if (text.includes('网名') || text.includes('昵称')) scanNicknames(text, detections);
  return detections;
}
