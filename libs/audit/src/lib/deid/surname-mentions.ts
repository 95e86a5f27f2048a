import type { Detection } from './deid.types';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './detectors/chinese-surnames';
import { foldLatinDiacritics } from './latin-letter-fold.util';
import { HAN_NAME, NAME_MENTION_PRIORITY } from './repeated-name-mentions';

/**
 * A person named once (Dr. Helen Carter, Mrs Green, 张建国) is named again by the surname alone where the sentence says
 * what that person does: "Carter recommends MRI", "Green was anxious", "张诉胸痛". The repeat rule leaves surnames that
 * are English words, place words or given names opening phrases (Green, Wood, Carter), and never carries one Han
 * character; here the surname counts only before a verb of a person's clause ("Green sputum", "Wood lamp", 张力, 刘海
 * stay). Latin names are read with their diacritics folded (Wójcik), the folded text having the same length.
 */
const SURNAME_MENTION_SCORE = 0.8;

const LAST_LATIN_WORD = /([A-Z][a-z]{2,}(?:['’][A-Z][a-z]+)?)$/;
const LATIN_LETTER_OR_JOINER = /[A-Za-z'’-]/;
const PERSON_VERB_AFTER =
  /^ (?:agreed|agrees|reports|reported|said|says|states|stated|denies|denied|declined|declines|was|is|has|had|recommends|recommended|suggests|suggested|uses|walks|lives|prefers|wants|wanted|wishes|feels|felt|asked|asks|understands|understood|consented|consents|refused|refuses|remains|remained|complains|complained|tolerated|attended|called|phoned|will|would|requested|requests|explained|mentioned|told|notes|noted)\b/;
const HAN_PERSON_VERB_AFTER = /^(?:诉|自述|自诉|称|说|表示|同意|拒绝|签字|要求|否认|回答|反映)/;
/** Where a clause opens before a Han surname: the start, a mark or a space. */
const HAN_CLAUSE_BEFORE = /^(?:|[\s。；;，,：:！!？?])$/;

export function surnameMentions(text: string, found: readonly Detection[]): Detection[] {
  const names = found.filter((finding) => finding.type === 'name');
  if (names.length === 0) return [];
  const folded = /[\u00C0-\u024F]/.test(text) ? foldLatinDiacritics(text) : text;
  const latin = new Set<string>();
  const han = new Set<string>();
  for (const finding of names) {
    const value = folded.slice(finding.start, finding.end);
    if (HAN_NAME.test(value)) {
      const surname = COMPOUND_SURNAMES.has(value.slice(0, 2)) ? value.slice(0, 2) : SINGLE_SURNAMES.has(value.charAt(0)) ? value.charAt(0) : '';
      if (surname.length > 0 && surname.length < value.length) han.add(surname);
    }
    const last = LAST_LATIN_WORD.exec(value)?.[1];
    if (last !== undefined) latin.add(last);
  }
  const mentions: Detection[] = [];
  const free = (start: number, end: number): boolean => !found.some((finding) => finding.start < end && finding.end > start);
  const add = (start: number, end: number): void => {
    if (free(start, end)) mentions.push({ type: 'name', start, end, priority: NAME_MENTION_PRIORITY, score: SURNAME_MENTION_SCORE });
  };
  for (const surname of latin) {
    for (let at = folded.indexOf(surname); at >= 0; at = folded.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (LATIN_LETTER_OR_JOINER.test(folded.charAt(at - 1)) || !PERSON_VERB_AFTER.test(folded.slice(end, end + 14))) continue;
      add(at, end);
    }
  }
  for (const surname of han) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (!HAN_CLAUSE_BEFORE.test(text.charAt(at - 1)) || !HAN_PERSON_VERB_AFTER.test(text.slice(end, end + 2))) continue;
      add(at, end);
    }
  }
  return mentions;
}
