import { SINGLE_SURNAMES } from './detectors/chinese-surnames';
import { isClinicalEnglishWord } from './clinical-vocabulary';
import type { Detection } from './deid.types';
import { AMBIGUOUS_GIVEN_NAMES } from './data/english-names';
import { followedByEponymNoun } from './detectors/english-name-pair.scorer';
import { isEnglishWord } from './english-words';

/**
 * A person named once with context is often named again without it: "Mrs Beryl Ashcroft (DOB …) … Beryl lives alone",
 * "太太陈李美玲 … 陈李美玲说". Every other mention of a word of a name already found is a name too. Only words that can
 * be names here are carried: Latin words of three letters or more that are no clinical word, in any case where they
 * are no English word, capitalised only where they are (Beryl), and never the given names that often open a phrase
 * (May, Will, Grace) or clinical words (Parkinson); and Han names of two to four characters.
 */
const REPEATED_NAME_SCORE = 0.8;
/** Below every detector's own reading: a repeat never takes a span another rule gave a type. */
export const NAME_MENTION_PRIORITY = 30;

const LATIN_WORD = /[A-Za-z][A-Za-z'’]*[A-Za-z]/g;
const LATIN_LETTER = /[A-Za-z]/;
/**
 * A repeat before another capitalised word that is not itself a name found here is part of some other name (Ross River);
 * not across a line break, where a name signing a message alone ends its line ("Orla\nDr Orla Quinn").
 */
const CAPITALISED_WORD_AFTER = /^[ \t]{1,2}([A-Z][A-Za-z'’]*)/;
/** A Han name as the name detectors find one: two to four characters, nothing else. */
export const HAN_NAME = /^[\u4e00-\u9fa5]{2,4}$/;
/** What makes two characters of a given name part of a place or a day instead: 建国路, 国庆节, 振兴街, 新华村. */
const PLACE_OR_DAY_AFTER_GIVEN_NAME = /[路街道巷弄门村镇乡区县市省州桥园里节日楼院厂站店馆]/;
/** Surnames that are also the words of wards, buildings and addresses: never spread. */
const PLACE_WORDS = new Set(
  'Ward Bay Bed Unit Room Wing House Hall Lodge Court Street Road Lane Park Green Hill Centre Center Clinic Surgery Practice Home Manor Grove View Way Close Place Square Gardens Bridge Mill Field Wood Church Chapel Cross Gate Tower Block Floor Level Suite Theatre'.split(
    ' ',
  ),
);

export function repeatedNameMentions(text: string, found: readonly Detection[]): Detection[] {
  /** Lower-cased: words that are no English word match in any case ("jessica" in a chat). */
  const latinNames = new Set<string>();
  /** Listed names that are English words too (Beryl, Rose) match only capitalised, as written in the name. */
  const capitalisedNames = new Set<string>();
  const hanNames = new Set<string>();
  for (const finding of found) {
    if (finding.type !== 'name') continue;
    const value = text.slice(finding.start, finding.end);
    if (HAN_NAME.test(value)) hanNames.add(value);
    for (const word of value.match(LATIN_WORD) ?? []) {
      const bare = word.replace(/['’]s$/i, '');
      const carried = carriedLatinWord(bare);
      if (carried === 'any-case') latinNames.add(bare.toLowerCase());
      else if (carried === 'capitalised') capitalisedNames.add(bare);
    }
  }
  if (latinNames.size === 0 && capitalisedNames.size === 0 && hanNames.size === 0) return [];
  const taken = new Uint8Array(text.length);
  for (const finding of found) taken.fill(1, finding.start, finding.end);
  const free = (start: number, end: number): boolean => taken.subarray(start, end).every((flag) => flag === 0);
  const mentions: Detection[] = [];
  const add = (start: number, end: number): void => {
    if (!free(start, end)) return;
    mentions.push({ type: 'name', start, end, priority: NAME_MENTION_PRIORITY, score: REPEATED_NAME_SCORE });
    taken.fill(1, start, end);
  };
  if (latinNames.size > 0 || capitalisedNames.size > 0) {
    // One lower-cased copy and a native search per name: far cheaper than reading every word of the note.
    const lower = text.toLowerCase();
    const isName = (word: string): boolean => latinNames.has(word.toLowerCase()) || capitalisedNames.has(word);
    for (const name of [...latinNames, ...[...capitalisedNames].map((word) => word.toLowerCase())]) {
      for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (LATIN_LETTER.test(text.charAt(at - 1)) || /['’]/.test(text.charAt(at - 1)) || LATIN_LETTER.test(text.charAt(end))) continue;
        if (!isName(text.slice(at, end))) continue;
        // "Graves disease", "Parkinson's", "Cushing syndrome": the eponym, not the person.
        if (followedByEponymNoun(text, end)) continue;
        const next = CAPITALISED_WORD_AFTER.exec(text.slice(end, end + 24))?.[1];
        if (next !== undefined && !isName(next.replace(/['’]s$/i, ''))) continue;
        add(at, end);
      }
    }
  }
  for (const name of hanNames) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) add(at, at + name.length);
  }
  // "曹秀琴 … 秀琴由兒子送達": the given name alone, where a three-character name with a one-character surname was found;
  // not where the two characters open a road, a place or a festival's word (王建国 and 建国路, 李国庆 and 国庆节).
  for (const name of hanNames) {
    if (name.length !== 3 || !SINGLE_SURNAMES.has(name.charAt(0))) continue;
    const given = name.slice(1);
    for (let at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + given.length)) {
      if (!PLACE_OR_DAY_AFTER_GIVEN_NAME.test(text.charAt(at + 2))) add(at, at + 2);
    }
  }
  return mentions;
}

function carriedLatinWord(word: string): 'any-case' | 'capitalised' | null {
  if (word.length < 3 || !/^[A-Z]/.test(word)) return null;
  // All capitals of four letters or fewer are abbreviations as often as surnames (LEE is both; ICU never is a name).
  if ((word.length <= 4 && word === word.toUpperCase()) || isClinicalEnglishWord(word)) return null;
  if (!isEnglishWord(word)) return 'any-case';
  // An English word that is a name here (Beryl, Baker) spreads only capitalised; never one that often opens a phrase,
  // nor one that also names a place in a hospital or a street (Rowan Ward's "Ward", Mr Hall's "Hall").
  return AMBIGUOUS_GIVEN_NAMES.has(word) || PLACE_WORDS.has(word) ? null : 'capitalised';
}
