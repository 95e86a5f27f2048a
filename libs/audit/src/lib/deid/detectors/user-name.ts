import { isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { isEnglishWord } from '../english-words';

/** A user name as systems write them: lower case only, four characters or more, no English or clinical word. */
export function isUserName(value: string): boolean {
  if (value.length < 4 || !/^[a-z][a-z0-9._-]+$/.test(value)) return false;
  const word = value.replace(/[0-9._-]+$/, '');
  return /[0-9._-]/.test(value.slice(1)) || (!isEnglishWord(word) && !isClinicalEnglishWord(word) && !isClinicalEnglishTermWord(word));
}
