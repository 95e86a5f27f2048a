import { isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { isEnglishWord } from '../english-words';

/** Months and weekdays: they follow "in", "from" and "to" as often as a place does. */
export const CALENDAR_WORD = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`;
/** Seasons of fasting and feasts: "in Ramadan" is a time, as "in March" is. */
const FESTIVAL_WORD = 'Ramadan|Christmas|Easter|Lent|Advent|Diwali|Deepavali|Eid|Passover|Hanukkah|Navratri|Thanksgiving';
const NOT_A_TOWN = new RegExp(String.raw`^(?:${CALENDAR_WORD}|${FESTIVAL_WORD}|Today|Tonight|Tomorrow|Yesterday)$`);

/** Words that can only be a place here, a town no list holds: no calendar word, no English word, no clinical word. */
export function isUnlistedTown(words: readonly string[]): boolean {
  return words.every(
    (word) => !NOT_A_TOWN.test(word) && !isEnglishWord(word.toLowerCase()) && !isClinicalEnglishWord(word) && !isClinicalEnglishTermWord(word),
  );
}
