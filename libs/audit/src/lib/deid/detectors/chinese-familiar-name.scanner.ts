import { clinicalTermLengthAt } from '../clinical-vocabulary';
import type { Detection } from '../deid.types';
import { COMMON_GIVEN_NAME_CHARS } from './chinese-given-name-chars';
import { AMBIGUOUS_SURNAMES, HAN_CHAR, isGivenChar, isHanAt, surnameLengthAt } from './chinese-name-lexicon';
import { isOneWord, nameBoundaryAt } from './han-word-boundary.util';

/**
 * Familiar address forms: 老张, 小李 (a prefix before a bare surname) and 张奶奶, 李大爷, 王阿姨 (a kin-like address after
 * it). They name one person as surely as a full name, so the whole form is redacted: "老[姓名]" or "[姓名]阿姨" would
 * still tell a reader who knows the ward which of its patients or visitors is meant. A prefix form needs a
 * clause-opening position (or a time word or a verb that introduces a person right before it: "今早小钱送来",
 * "通知小房复查") and a follower that starts the next clause, because 老年, 小儿, 小时 and 小叶 are words. A surname that is also an everyday word (黄, 石, 金, 方, 米, 关, 区) needs more: a verb or
 * time word that only a person's clause opens with (老黄昨天…, 小石陪…, 老金诉…), never punctuation, a digit or
 * 的 (小计：, 小于5, 小区门口, 小米粥), and 和/与/、 only before another familiar form (老甘和小艾).
 */
const PRIORITY = 55;
const SCORE = 0.8;

const FAMILIAR_PREFIX = /[老小](?=[\u4e00-\u9fa5])/g;
/** Time words and verbs right before 老/小 that introduce a person: "今早小钱送来", "饭后老蓝又咳嗽", "通知小房明日复查". */
const INTRODUCER_BEFORE =
  /(?:今早|今晨|今天|今日|昨天|昨晚|昨日|上午|下午|中午|晚上|早上|夜间|刚才|后来|后|通知|告诉|告知|嘱咐|叮嘱|交代|联系|询问|陪同|叫来|找来)$/;
/** Verbs and time words a person's clause opens with: enough after any surname, even an everyday word. */
const PERSON_CLAUSE_AFTER =
  /^(?:你|您|今|昨|明天|明日|明早|明晨|明晚|上午|下午|中午|晚上|早上|夜间|已|在|说|诉|称|来|陪|拒|要求|同意|签|负责|表示|又|还|刚|让|把|帮|护士|医生|大夫|师傅|送|打电话|问|告诉|照顾|一直|轮流|交代|询问|咨询|反映|觉得|认为|每天|经常|总是)/;
/** What else may follow 老张 / 小李 when the surname is no everyday word: a clause boundary, 的, a conjunction, a digit. */
const AFTER_PREFIXED_SURNAME = /^(?:$|[\s,，.。;；:：、!！?？()（）"”'’]|要|的|和|与|也|都|打|一起|[\dA-Za-z])/;
/** 和/与/、 after an everyday-word surname only when another familiar form follows: "老甘和小艾". */
const BEFORE_ANOTHER_FAMILIAR_FORM = /^[和与跟、][老小][\u4e00-\u9fa5]/;
const FAMILIAR_SUFFIX =
  /(?:奶奶|爷爷|大爷|大妈|大娘|大叔|大婶|叔叔|伯伯|大伯|婶婶|阿姨|阿婆|阿公|阿叔|阿伯|阿婶|婆婆|姥姥|姥爷|老伯|老太太|老太|[姐哥叔姨婶伯嫂舅])/g;
/** Kin and address words that name nobody on their own: "阿姨", "阿婆" (阿 is a surname too, 姨 is not a given name). */
const KIN_ADDRESS_WORD = /^(?:阿姨|阿婆|阿公|阿叔|阿伯|阿婶|阿爸|阿妈|阿哥|阿姐|阿妹|阿弟|阿嫂|阿舅)$/;

export function isKinAddressWord(word: string): boolean {
  return KIN_ADDRESS_WORD.test(word);
}

/**
 * Whether ICU reads the surname at `start` as the end of a word that opens before it ("照顾奶奶", "邻居阿姨"): then the
 * character is part of that word and the kin word after it addresses nobody by surname.
 */
function joinsWordBefore(text: string, start: number): boolean {
  for (let from = Math.max(0, start - 2); from < start; from++) {
    if (isHanAt(text, from) && isOneWord({ text, start: from, end: start + 1 })) return true;
  }
  return false;
}
/** A carer or workmate named by a kin title right after the role: "护工何姐", "保姆刘姨". */
const CARER_ROLE_BEFORE = /(?:护工|保姆|陪护|同事|邻居|室友|保洁|司机|月嫂|阿姨)$/;
/** Characters that open a kin word, not a surname, before a one-character kin title: 师姐, 干哥, 阿姨. */
const KIN_WORD_OPENERS = /[师干阿]/;
/** Characters that are prepositions before an address form, not surnames: "向阿姨", "和奶奶". */
const PREPOSITION_CHARS = /[与和及由经向给让叫请嘱被把将对时同为跟]/;

function isClauseOpening(text: string, index: number): boolean {
  const previous = text.charAt(index - 1);
  return index === 0 || !HAN_CHAR.test(previous) || /[请给由和与让叫跟同被嘱问对向找]/.test(previous);
}

/** The item after another familiar form in a list ("老高、老白均已出院"): the list says it is a person too. */
function followsFamiliarListItem(text: string, prefixIndex: number): boolean {
  return text.charAt(prefixIndex - 1) === '、' && /[老小]/.test(text.charAt(prefixIndex - 3)) && surnameLengthAt(text, prefixIndex - 2) === 1;
}

/**
 * After a preposition ("和小何商量", "与小方沟通") the familiar form is the object and any verb may follow, as long as
 * ICU reads the surname as a word of its own and a word of two or more characters after it ("与小米一起" is millet).
 */
function verbAfterPrepositionObject(text: string, prefixIndex: number): boolean {
  if (!/[和与跟同向给找让叫请由对]/.test(text.charAt(prefixIndex - 1))) return false;
  const end = prefixIndex + 2;
  return nameBoundaryAt({ text, start: prefixIndex, surnameEnd: prefixIndex + 1, end }) === 'word' && clinicalTermLengthAt(text, end) < 2;
}

function followsPrefixedSurname(text: string, start: number, surname: string): boolean {
  const after = text.slice(start + 1, start + 5);
  if (PERSON_CLAUSE_AFTER.test(after)) return true;
  if (followsFamiliarListItem(text, start - 1)) return AFTER_PREFIXED_SURNAME.test(after) || /^[均都等]/.test(after);
  if (!AMBIGUOUS_SURNAMES.has(surname)) return AFTER_PREFIXED_SURNAME.test(after) || verbAfterPrepositionObject(text, start - 1);
  if (BEFORE_ANOTHER_FAMILIAR_FORM.test(after) && surnameLengthAt(text, start + 3) === 1) return true;
  return verbAfterPrepositionObject(text, start - 1);
}

function scanPrefixed(text: string, detections: Detection[]): void {
  FAMILIAR_PREFIX.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = FAMILIAR_PREFIX.exec(text)) !== null) {
    const start = match.index + 1;
    if (surnameLengthAt(text, start) !== 1) continue;
    const surname = text.charAt(start);
    if (PREPOSITION_CHARS.test(surname)) continue;
    if (!isClauseOpening(text, match.index) && !INTRODUCER_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    if (!followsPrefixedSurname(text, start, surname)) continue;
    if (clinicalTermLengthAt(text, match.index) >= 2 || clinicalTermLengthAt(text, start) >= 2) continue;
    detections.push({ type: 'name', start: match.index, end: start + 1, priority: PRIORITY, score: SCORE });
  }
}

function scanSuffixed(text: string, detections: Detection[]): void {
  FAMILIAR_SUFFIX.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = FAMILIAR_SUFFIX.exec(text)) !== null) {
    const start = match.index - 1;
    if (start < 0 || surnameLengthAt(text, start) !== 1) continue;
    const surname = text.charAt(start);
    if (PREPOSITION_CHARS.test(surname)) continue;
    if (match[0].length === 1) {
      // "刘姐", "石哥": a one-character kin title, after a clause opening or an introducing word; an everyday-word
      // surname also needs what a person's clause opens with ("找石哥签字"), and ICU must not join the pair (师姐).
      if (KIN_WORD_OPENERS.test(surname)) continue;
      // After 的 or a pronoun the kin title addresses someone too: "隔壁床的荣哥", "我们叫他蔡伯".
      const afterOwnerOrPronoun = /[的他她我你]/.test(text.charAt(start - 1)) || CARER_ROLE_BEFORE.test(text.slice(Math.max(0, start - 2), start));
      if (!isClauseOpening(text, start) && !afterOwnerOrPronoun && !INTRODUCER_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
      if (nameBoundaryAt({ text, start, surnameEnd: start + 1, end: match.index + 1 }) === 'none') continue;
      if (AMBIGUOUS_SURNAMES.has(surname) && !PERSON_CLAUSE_AFTER.test(text.slice(match.index + 1, match.index + 5))) continue;
    } else {
      // The surname must not end a word ICU reads before it (照顾奶奶, 邻居阿姨, 由于阿姨, 后来奶奶). Inside a clause
      // ("隔壁床杭爷爷咳嗽", "护工通知王阿姨复查") it must not be an everyday word either, unless a verb introduces it.
      if (joinsWordBefore(text, start)) continue;
      if (!isClauseOpening(text, start)) {
        const introduced = INTRODUCER_BEFORE.test(text.slice(Math.max(0, start - 2), start));
        if (!introduced && AMBIGUOUS_SURNAMES.has(surname)) continue;
        if (clinicalTermLengthAt(text, start) >= 2) continue;
      }
    }
    detections.push({ type: 'name', start, end: match.index + match[0].length, priority: PRIORITY, score: SCORE });
  }
}

/**
 * 阿 + a given name ("阿强今天陪父亲来", "通知阿芳明早复查"): southern Chinese call a person by one given character
 * after 阿, and the pair is the name. 阿 also opens drug and disease words (阿司匹林, 阿托品, 阿尔茨海默) and kin words
 * (阿姨, 阿婆), so the pair needs a clause opening before it and a person's verb or time word after it, and must not
 * begin a dictionary term.
 */
const A_PREFIX = /阿(?=[\u4e00-\u9fa5])/g;
const A_KIN = /[姨婆公爸妈伯叔哥姐弟妹嫂舅奶爷]/;

function scanAPrefixed(text: string, detections: Detection[]): void {
  A_PREFIX.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = A_PREFIX.exec(text)) !== null) {
    const given = text.charAt(match.index + 1);
    if (A_KIN.test(given) || !isGivenChar(given) || !COMMON_GIVEN_NAME_CHARS.has(given)) continue;
    if (!isClauseOpening(text, match.index) && !INTRODUCER_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    if (!PERSON_CLAUSE_AFTER.test(text.slice(match.index + 2, match.index + 6))) continue;
    if (clinicalTermLengthAt(text, match.index) >= 2) continue;
    detections.push({ type: 'name', start: match.index, end: match.index + 2, priority: PRIORITY, score: SCORE });
  }
}

/**
 * A parent who signs a message by the child's pet name ("小雨妈妈：", "我是小杰爸爸，"): 小 and one given-name character,
 * then the parent word and the end of the clause. 小儿, 小孩 hold no given-name character there.
 */
const CHILD_PET_NAME_PARENT = /小(?=[\u4e00-\u9fa5](?:妈妈|爸爸|奶奶|爷爷|外婆|姥姥|家长)\s{0,2}[:：，,])/g;

function scanChildPetNameParents(text: string, detections: Detection[]): void {
  CHILD_PET_NAME_PARENT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CHILD_PET_NAME_PARENT.exec(text)) !== null) {
    const given = text.charAt(match.index + 1);
    if (!isGivenChar(given) || !COMMON_GIVEN_NAME_CHARS.has(given)) continue;
    if (!isClauseOpening(text, match.index) && text.charAt(match.index - 1) !== '是') continue;
    if (clinicalTermLengthAt(text, match.index) >= 2) continue;
    detections.push({ type: 'name', start: match.index, end: match.index + 2, priority: PRIORITY, score: SCORE });
  }
}

export function scanFamiliarNames(text: string): Detection[] {
  const detections: Detection[] = [];
  scanPrefixed(text, detections);
  if (text.includes('小')) scanChildPetNameParents(text, detections);
  if (text.includes('阿')) scanAPrefixed(text, detections);
  scanSuffixed(text, detections);
  return detections;
}
