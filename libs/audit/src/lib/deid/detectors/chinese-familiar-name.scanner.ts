import { clinicalTermLengthAt } from '../clinical-vocabulary';
import type { Detection } from '../deid.types';
import { AMBIGUOUS_SURNAMES, HAN_CHAR, surnameLengthAt } from './chinese-name-lexicon';

/**
 * Familiar address forms: 老张, 小李 (a prefix before a bare surname) and 张奶奶, 李大爷 (a kin-like address after
 * it). They name one person as surely as a full name, and the surname is the identifying part, so only it is
 * redacted. A prefix form needs a clause-opening position and a follower that starts the next clause, because
 * 老年, 小儿, 小时 and 小叶 are words; everyday-word surnames (时, 师, 米, 关) are never taken after 老/小.
 */
const PRIORITY = 55;
const SCORE = 0.8;

const FAMILIAR_PREFIX = /(?<![\u4e00-\u9fa5])[老小](?=[\u4e00-\u9fa5])|(?<=[请给由和与让叫跟同被嘱问对向找])[老小](?=[\u4e00-\u9fa5])/g;
/** What may follow 老张 / 小李: a clause boundary, a verb or time word that opens the next clause, a title. */
const AFTER_PREFIXED_SURNAME =
  /^(?:$|[\s,，.。;；:：、!！?？()（）]|今|昨|明天|已|在|说|诉|称|来|陪|拒|要|同意|签|负责|表示|的|和|与|也|又|都|还|刚|让|把|帮|护士|医生|大夫|师傅|送|打|问|告诉|照顾|[\dA-Za-z])/;
const FAMILIAR_SUFFIX = /(?:奶奶|爷爷|大爷|大妈|大娘|大叔|大婶|叔叔|伯伯|大伯|婶婶|阿婆|阿公|婆婆|姥姥|姥爷|老伯|老太太|老太)/g;
/** Characters that are prepositions before an address form, not surnames: "向阿姨", "和奶奶". */
const PREPOSITION_CHARS = /[与和及由经向给让叫请嘱被把将对时同为跟]/;

function isClauseOpening(text: string, index: number): boolean {
  const previous = text.charAt(index - 1);
  return index === 0 || !HAN_CHAR.test(previous) || /[请给由和与让叫跟同被嘱问对向找]/.test(previous);
}

function scanPrefixed(text: string, detections: Detection[]): void {
  FAMILIAR_PREFIX.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = FAMILIAR_PREFIX.exec(text)) !== null) {
    const start = match.index + 1;
    if (surnameLengthAt(text, start) !== 1) continue;
    const surname = text.charAt(start);
    if (AMBIGUOUS_SURNAMES.has(surname) || PREPOSITION_CHARS.test(surname)) continue;
    if (!AFTER_PREFIXED_SURNAME.test(text.slice(start + 1, start + 4))) continue;
    if (clinicalTermLengthAt(text, match.index) >= 2 || clinicalTermLengthAt(text, start) >= 2) continue;
    detections.push({ type: 'name', start, end: start + 1, priority: PRIORITY, score: SCORE });
  }
}

function scanSuffixed(text: string, detections: Detection[]): void {
  FAMILIAR_SUFFIX.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = FAMILIAR_SUFFIX.exec(text)) !== null) {
    const start = match.index - 1;
    if (start < 0 || surnameLengthAt(text, start) !== 1 || !isClauseOpening(text, start)) continue;
    if (PREPOSITION_CHARS.test(text.charAt(start))) continue;
    detections.push({ type: 'name', start, end: match.index, priority: PRIORITY, score: SCORE });
  }
}

export function scanFamiliarNames(text: string): Detection[] {
  const detections: Detection[] = [];
  scanPrefixed(text, detections);
  scanSuffixed(text, detections);
  return detections;
}
