import { isClinicalEnglishTermWord } from '../clinical-vocabulary';
import type { Detection } from '../deid.types';
import { PINYIN_SURNAMES } from '../data/english-names';
import { HONG_KONG_GIVEN_SYLLABLES, HONG_KONG_SURNAMES, HONG_KONG_SURNAMES_ENGLISH_WORDS } from '../data/hong-kong-names';
import { PINYIN_GIVEN, PINYIN_SYLLABLE } from './pinyin.util';

/**
 * Romanised Chinese names that the mixed-case scanners do not see: Pinyin in capitals without a comma
 * ("ZHANG WEI", "LI XIAOMING"), and Hong Kong names of a surname and two given syllables in any case
 * ("Chan Tai Man", "CHAN Siu Ming", "Wong Ka-ming"). Two listed syllables after a listed surname are
 * rarely anything else; a Pinyin pair in capitals must stand alone (not inside a heading or a list of
 * capitals) and its given name must be no English word that also spells Pinyin (MAN, LONG, SHE).
 */
const PRIORITY = 50;

const PINYIN_CAPITALS_PAIR = /(?<![A-Za-z'’-])([A-Z]{2,6}) ([A-Z]{3,12})(?![A-Za-z'’-])/g;
/** English words that also spell Pinyin, in capitals in headings and shouted notes. */
const ENGLISH_PINYIN_WORDS = new Set(
  'MAN FAN BAN PAN TAN CAN RAN HANG BANG GANG SANG RANG LONG SONG PIN TIN BIN SIN HEN PEN TEN DEN MEN ZEN DIE LIE PIE TIE SHE CHE YOU OUT GUN RUN SUN FUN BUN BEN CHIN SHIN HUNG DUE SUE HUE CUE JOE ZOO TOO BOO MOO COO GOO WOO NAN GAN HAN LAN'.split(
    ' ',
  ),
);
const CAPITALS_NEIGHBOUR = /[A-Z]{2,}/;

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function scanPinyinCapitalsPair(text: string, detections: Detection[]): void {
  PINYIN_CAPITALS_PAIR.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PINYIN_CAPITALS_PAIR.exec(text)) !== null) {
    const surname = match[1] ?? '';
    const given = match[2] ?? '';
    if (!PINYIN_SURNAMES.has(titleCase(surname)) || !PINYIN_GIVEN.test(given) || ENGLISH_PINYIN_WORDS.has(given)) continue;
    if (isClinicalEnglishTermWord(given) || isClinicalEnglishTermWord(surname)) continue;
    const end = match.index + match[0].length;
    const before =
      text
        .slice(Math.max(0, match.index - 12), match.index)
        .split(/\s+/)
        .filter(Boolean)
        .pop() ?? '';
    const after =
      text
        .slice(end, end + 12)
        .trim()
        .split(/\s+/)[0] ?? '';
    if (CAPITALS_NEIGHBOUR.test(before.replace(/[^A-Za-z]/g, '')) && before === before.toUpperCase()) continue;
    if (/^[A-Z]{2,}/.test(after)) continue;
    detections.push({ type: 'name', start: match.index, end, priority: PRIORITY, score: 0.7 });
    PINYIN_CAPITALS_PAIR.lastIndex = end;
  }
}

/** Surname then two given syllables; the syllables may be joined by a hyphen ("Ka-ming"). */
const HONG_KONG_NAME = /(?<![A-Za-z'’-])([A-Z][a-z]{0,5}|[A-Z]{2,6}) ([A-Z][a-z]{0,5}|[A-Z]{2,6})[ -]([A-Za-z][a-z]{0,5}|[A-Z]{2,6})(?![A-Za-z'’-])/g;

function scanHongKongNames(text: string, detections: Detection[]): void {
  HONG_KONG_NAME.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = HONG_KONG_NAME.exec(text)) !== null) {
    const surname = match[1] ?? '';
    const titled = titleCase(surname);
    if (!HONG_KONG_SURNAMES.has(titled)) continue;
    if (surname !== surname.toUpperCase() && HONG_KONG_SURNAMES_ENGLISH_WORDS.has(titled)) continue;
    const syllables = [match[2] ?? '', match[3] ?? ''].map(titleCase);
    if (!syllables.every((syllable) => HONG_KONG_GIVEN_SYLLABLES.has(syllable))) continue;
    const end = match.index + match[0].length;
    detections.push({ type: 'name', start: match.index, end, priority: PRIORITY, score: 0.75 });
    HONG_KONG_NAME.lastIndex = end;
  }
}

/** "我叫mo xiaolan", "我是linxiaoyu": a patient who types their own name in lower-case Pinyin after 我叫 / 我是 / 名字是. */
const SELF_NAMED_PINYIN = /(?:我叫|我是|叫我|名字是|名字叫|本人)\s?([a-z]{2,6}(?: [a-z]{2,12}){0,2}|[a-z]{4,18})(?![a-z])/g;

const PINYIN_SYLLABLE_ALONE = new RegExp(`^${PINYIN_SYLLABLE}$`, 'i');

function isPinyinName(value: string): boolean {
  const parts = value.split(' ');
  // Written apart, the surname needs only be one Pinyin syllable (mo, she, ou): the slot says it is a name.
  if (parts.length > 1) return PINYIN_SYLLABLE_ALONE.test(parts[0] ?? '') && PINYIN_GIVEN.test(parts.slice(1).join(''));
  for (let cut = 1; cut <= Math.min(6, value.length - 1); cut++) {
    if (PINYIN_SURNAMES.has(titleCase(value.slice(0, cut))) && PINYIN_GIVEN.test(value.slice(cut))) return true;
  }
  return false;
}

function scanSelfNamedPinyin(text: string, detections: Detection[]): void {
  if (!/[我名本]/.test(text)) return;
  SELF_NAMED_PINYIN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SELF_NAMED_PINYIN.exec(text)) !== null) {
    const value = match[1] ?? '';
    if (!isPinyinName(value) || isClinicalEnglishTermWord(value)) continue;
    const start = match.index + match[0].length - value.length;
    detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY, score: 0.75 });
  }
}

export function scanRomanisedChineseNames(text: string): Detection[] {
  const detections: Detection[] = [];
  scanSelfNamedPinyin(text, detections);
  scanHongKongNames(text, detections);
  scanPinyinCapitalsPair(text, detections);
  return detections;
}
