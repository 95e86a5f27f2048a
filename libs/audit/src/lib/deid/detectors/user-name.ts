import { isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { isEnglishWord } from '../english-words';

/**
 * Devices, systems and techniques written in lower case where a user name could stand ("tech: doppler", "typed by
 * dictaphone", "操作者 ecmo"): words no English word list holds.
 */
const DEVICE_AND_SYSTEM_WORDS = new Set(
  `doppler dictaphone hickman picc ecmo ivus iabp cobas syngo vitek maldi sysmex epic cerner meditech pacs ris lis his emr ehr
  voluson vivid carestream horos osirix impella lvad bipap cpap optiflow airvo`
    .split(/\s+/)
    .filter(Boolean),
);

/** A user name as systems write them: lower case only, four characters or more, no English, clinical or device word. */
export function isUserName(value: string): boolean {
  if (value.length < 4 || !/^[a-z][a-z0-9._-]+$/.test(value) || DEVICE_AND_SYSTEM_WORDS.has(value)) return false;
  const word = value.replace(/(?<![0-9._-])[0-9._-]+$/, '');
  return /[0-9._-]/.test(value.slice(1)) || (!isEnglishWord(word) && !isClinicalEnglishWord(word) && !isClinicalEnglishTermWord(word));
}
