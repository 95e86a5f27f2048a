import { isClinicalEnglishProseTermWord, isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, PINYIN_SURNAMES, SURNAMES, VIETNAMESE_MIDDLE_NAMES, VIETNAMESE_SURNAMES } from '../data/english-names';
import type { Detection } from '../deid.types';
import { holdsAny } from '../regex-scan.util';
import { scanLoneNamesInNameSlots } from './english-lone-name.scanner';
import { scanNameLists } from './english-name-list.scanner';
import { PINYIN_GIVEN, PINYIN_SYLLABLE } from './pinyin.util';
import { scanRomanisedChineseNames } from './romanised-chinese-name.scanner';
import { isEnglishWord } from '../english-words';
import { scanUnlistedNamePairs } from './english-unlisted-pair.scanner';

/**
 * English names with no title or label: a listed given name followed by a capitalised surname
 * ("John Smith was admitted", "seen with Mary Ann McDonald"), "Surname, Given" at the head of a line
 * ("Garcia, Maria - 67F"), and Pinyin names ("Wang Xiaoming"). Eponyms are guarded by what follows
 * (Parkinson disease, Austin Flint murmur, Sister Mary Joseph nodule) and drug or brand names by the
 * clinical dictionary.
 */
const PRIORITY = 52;
/** A capitalised word, allowing O'Brien, McDonald, Hernandez-Lopez and accented letters (Müller, Zoë); never starts inside a word. */
// Latin-1 and Latin Extended-A letters spelled out: a Unicode-property class (\p{L}, flag u) tripled the scan time.
const TOKEN =
  /(?<![A-Za-z\u00C0-\u017F'’-])(?:O['’]|Mc|Mac)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F]+(?:-[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F]+)?(?![A-Za-z\u00C0-\u017F])/g;
/** A word in capitals ("SMITH, JOHN" in record headers). */
const UPPER_TOKEN = /(?<![A-Za-z'’-])[A-Z]{2,}(?:['’-][A-Z]{2,})?(?![A-Za-z])/g;
/** Words before a name that introduce a person: a given name outside the lists still counts after them. */
const PERSON_VERB_BEFORE =
  /\b(?:with|to|by|from|per|and|call|called|tell|told|informed|contacted|visited|saw|see|met|ask|asked|for|phone|phoned|page|paged|notify|notified)\s$/i;
/** Words after a name that make the name an eponym: "Wilson disease", "Austin Flint murmur". */
// A year may sit between the eponym and its noun ("McDonald 2017 criteria", "Hans algorithm").
const EPONYM_NOUN =
  /^['’]?s?\s+(?:(?:19|20)\d{2}\s+)?(?:algorithm|disease|syndrome|sign|signs|score|criteria|classification|stage|staging|rule|rules|grading|system|lymphoma|sarcoma|tumou?r|palsy|purpura|phenomenon|thyroiditis|ulcer|test|scale|murmur|nodule|node|tear|respiration|breathing|maneuver|manoeuvre|catheter|procedure|operation|fracture|pattern|body|bodies|point|position|reflex|triad|esophagus|oesophagus|disorder|dementia|anomaly|block|line|tube|shunt|repair|incision|method|technique|equation|formula|index|law|cell|cells|granules|type|class|university|hospital|medical|center|centre|clinic|institute|school|college|memorial|health|foundation|street|avenue|road|boulevard|bridge|park|hall|building|award|prize|lecture|library|fund|unit|ward|wing|pavilion)\b/i;
/** Ordinary capitalised words that can follow a given name without being a surname. */
const NOT_SURNAME = new Set([
  // Titles and roles before a name ("seen by Father Kelly", "Consultant Patel"): the name is what follows them.
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Prof',
  'Father',
  'Reverend',
  'Rev',
  'Chaplain',
  'Consultant',
  'Registrar',
  'The',
  'This',
  'That',
  'And',
  'Or',
  'But',
  'With',
  'Was',
  'Is',
  'Has',
  'Had',
  'Will',
  'Would',
  'Should',
  'Can',
  'May',
  'Day',
  'Week',
  'Month',
  'Year',
  'Hospital',
  'Clinic',
  'Center',
  'Centre',
  'University',
  'Medical',
  'Health',
  'Street',
  'Avenue',
  'Road',
  'County',
  'City',
  'Department',
  'Ward',
  'Unit',
  'Service',
  'Team',
  'Disease',
  'Syndrome',
  'Scale',
  'Score',
  'Criteria',
  'Protocol',
  'Guideline',
  'Guidelines',
  'Trial',
  'Study',
  'Group',
  'Society',
  'Association',
  'College',
  'Foundation',
  'Institute',
  'Memorial',
  'General',
  'Regional',
  'Children',
  'Heart',
  'Cancer',
  'Care',
  'Home',
  'House',
  'Hall',
  'Building',
  'Floor',
  'Room',
  'Bed',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Then',
  'Also',
  'Today',
  'Yesterday',
  'Tomorrow',
  'Patient',
  'Doctor',
  'Nurse',
  'Note',
  'Plan',
]);

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null) tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

/** Two tokens next to each other: one space, or a middle initial ("John A. Smith"). */
function adjacent(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  return gap === ' ' || /^ [A-Z]\. ?$/.test(gap);
}

/** "José" → "Jose": the lists are written without accents. */
const withoutAccents = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const ACCENTED = /[\u00C0-\u017F]/;

/** A listed given name (accents aside: José, Sofía), or a hyphenated pair of them ("Mary-Ann", "Jean-Paul"). */
const isListedGivenName = (token: string) => GIVEN_NAMES.has(token) || (ACCENTED.test(token) && GIVEN_NAMES.has(withoutAccents(token)));

function isGivenName(token: string): boolean {
  if (isListedGivenName(token)) return true;
  const hyphen = token.indexOf('-');
  return hyphen > 0 && GIVEN_NAMES.has(token.slice(0, hyphen)) && GIVEN_NAMES.has(token.slice(hyphen + 1));
}

/** "Mei-Ling", "Xiao-Hong": a Chinese given name of two syllables written with a hyphen (Taiwan, Hong Kong, the diaspora). */
const HYPHENATED_PINYIN_GIVEN = new RegExp(`^${PINYIN_SYLLABLE}-${PINYIN_SYLLABLE}$`, 'i');
/** Lower-case particles between a given name and a surname ("Maria da Silva", "Ludwig van Beethoven"). */
const SURNAME_PARTICLE_GAP = / (?:da|de|del|della|di|do|dos|das|du|van|von|der|den|la|le) $/;

const isSurnameLike = (token: string) => SURNAMES.has(token) || SURNAMES.has(token.replace(/['’]/g, ''));
function plausibleSurname(token: string): boolean {
  if (NOT_SURNAME.has(token) || (GIVEN_NAMES.has(token) && !isSurnameLike(token))) return isSurnameLike(token);
  return !isClinicalEnglishWord(token);
}

export function followedByEponymNoun(text: string, end: number): boolean {
  return EPONYM_NOUN.test(text.slice(end, end + 24));
}

function hyphenatedInto(text: string, token: Token): boolean {
  return text.charAt(token.end) === '-' && /[A-Z]/.test(text.charAt(token.end + 1));
}

/** "Keisha Washington" after "seen with": an unlisted given name, a listed surname, a verb that introduces a person. */
function unlistedGivenBeforeSurname(text: string, given: Token, surname: Token): boolean {
  if (GIVEN_NAMES.has(given.text) || NOT_SURNAME.has(given.text) || !isSurnameLike(surname.text) || isClinicalEnglishWord(given.text)) return false;
  return PERSON_VERB_BEFORE.test(text.slice(Math.max(0, given.start - 12), given.start));
}

/** "Call Mike at …", "spoke with Linda.": a listed, unambiguous given name alone right after a verb that introduces a person. */
function scanLoneGivenName(text: string, tokens: readonly Token[], detections: Detection[], taken: ReadonlySet<number>): void {
  for (const token of tokens) {
    if (taken.has(token.start) || !GIVEN_NAMES.has(token.text) || AMBIGUOUS_GIVEN_NAMES.has(token.text) || isSurnameLike(token.text)) continue;
    if (!PERSON_VERB_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))) continue;
    // The next word must not continue a capitalised name or term ("with Mary Joseph nodule", "to Ella Smith").
    if (/^\s?[A-Z]/.test(text.slice(token.end, token.end + 2)) || followedByEponymNoun(text, token.end)) continue;
    detections.push({ type: 'name', start: token.start, end: token.end, priority: PRIORITY, score: 0.55 });
  }
}

/**
 * A listed, unambiguous given name standing alone anywhere in prose ("Agnes is NBM", "Deirdre to chase"): in clinical
 * notes a capitalised given name mid-text names a person far more often than anything else. Not a word that is also a
 * surname (Thomas, Wilson: the pair rules read those), an ambiguous given name (Grace, Will, Frank), a clinical word or
 * an eponym before its noun; a capitalised word after it makes a longer name or term, left to the pair rules.
 */
function scanListedGivenNameAnywhere(text: string, tokens: readonly Token[], detections: Detection[], taken: ReadonlySet<number>): void {
  for (const token of tokens) {
    if (taken.has(token.start) || !isListedGivenName(token.text) || AMBIGUOUS_GIVEN_NAMES.has(token.text) || isSurnameLike(token.text)) continue;
    if (NOT_SURNAME.has(token.text) || isClinicalEnglishWord(token.text) || isClinicalEnglishTermWord(token.text)) continue;
    // Hazel, Ginger, Penny, Olive: a given name that is also an English word needs a slot that says it is a person.
    if (isEnglishWord(token.text)) continue;
    if (/^\s?[A-Z]/.test(text.slice(token.end, token.end + 2)) || /[-/]/.test(text.charAt(token.end)) || followedByEponymNoun(text, token.end)) continue;
    // "St John's wort"; a field of a comma-separated row ("Hypertension, Mary, 3") is no prose.
    if (/^['’]s\s+wort/i.test(text.slice(token.end, token.end + 8))) continue;
    if (/,\s?$/.test(text.slice(Math.max(0, token.start - 2), token.start)) && text.charAt(token.end) === ',') continue;
    detections.push({ type: 'name', start: token.start, end: token.end, priority: PRIORITY, score: 0.55 });
  }
}

/** Given + (middle) + surname pairs; returns scored detections. */
function scanGivenSurname(text: string, tokens: readonly Token[], detections: Detection[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const given = tokens[i];
    let surname = tokens[i + 1];
    if (!given || !surname) continue;
    // "Maria da Silva": a listed surname after a particle.
    if (
      isGivenName(given.text) &&
      !AMBIGUOUS_GIVEN_NAMES.has(given.text) &&
      SURNAME_PARTICLE_GAP.test(text.slice(given.end, surname.start)) &&
      isSurnameLike(surname.text) &&
      !followedByEponymNoun(text, surname.end)
    ) {
      detections.push({ type: 'name', start: given.start, end: surname.end, priority: PRIORITY, score: 0.8 });
      i++;
      continue;
    }
    if (!adjacent(text, given, surname)) continue;
    if (
      HYPHENATED_PINYIN_GIVEN.test(given.text) &&
      (isSurnameLike(surname.text) || PINYIN_SURNAMES.has(surname.text)) &&
      !followedByEponymNoun(text, surname.end)
    ) {
      detections.push({ type: 'name', start: given.start, end: surname.end, priority: PRIORITY, score: 0.75 });
      i++;
      continue;
    }
    if (!isGivenName(given.text)) {
      if (unlistedGivenBeforeSurname(text, given, surname) && !followedByEponymNoun(text, surname.end)) {
        detections.push({ type: 'name', start: given.start, end: surname.end, priority: PRIORITY, score: 0.55 });
        i++;
      }
      continue;
    }
    const third = tokens[i + 2];
    // "Mary Ann McDonald": a second given name before the surname.
    let consumed = 2;
    if (third && GIVEN_NAMES.has(surname.text) && adjacent(text, surname, third) && isSurnameLike(third.text)) {
      surname = third;
      consumed = 3;
    }
    if (!plausibleSurname(surname.text) || hyphenatedInto(text, surname) || followedByEponymNoun(text, surname.end)) continue;
    const listedSurname = isSurnameLike(surname.text);
    if (AMBIGUOUS_GIVEN_NAMES.has(given.text) && !listedSurname) continue;
    const score = listedSurname ? 0.9 : 0.6;
    detections.push({ type: 'name', start: given.start, end: surname.end, priority: PRIORITY, score });
    i += consumed - 1;
  }
}

/** At the start of the text or a line, or after a label colon, allowing up to three spaces. */
function startsRecordLine(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && start - index <= 3 && (text.charAt(index) === ' ' || text.charAt(index) === '\t')) index--;
  return index < 0 || '\n:：;'.includes(text.charAt(index));
}

const FIELD_SEPARATOR = /[,\t|]/;

/**
 * A field of a comma-, tab- or bar-separated row ("MRN 123, Doe, Jane, F, 1961-07-14", "2,Brown,Michael,1950-02-01",
 * '1042,"Doe, Jane",F'): a separator (or the start of the line) right before the surname and a separator right after the
 * given name, either of them behind a quote, and a digit somewhere on the line (an ID, a date, an age), which lists of
 * diagnoses or of words in prose seldom hold.
 */
function isRowField(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && start - before <= 3 && text.charAt(before) === ' ') before--;
  if (text.charAt(before) === '"') before--;
  const atLineStart = before < 0 || text.charAt(before) === '\n';
  if (!atLineStart && !FIELD_SEPARATOR.test(text.charAt(before))) return false;
  let after = end;
  while (after < text.length && after - end < 3 && text.charAt(after) === ' ') after++;
  if (text.charAt(after) === '"') after++;
  const closedByLineEnd = after >= text.length || '\r\n'.includes(text.charAt(after));
  if (!FIELD_SEPARATOR.test(text.charAt(after)) && (atLineStart || !closedByLineEnd)) return false;
  // Look no further than 80 characters either way, so that a long line of such pairs stays linear.
  const window = text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80));
  const startInWindow = start - Math.max(0, start - 80);
  const lineStart = window.lastIndexOf('\n', startInWindow) + 1;
  const lineEnd = window.indexOf('\n', startInWindow);
  return /\d/.test(window.slice(lineStart, lineEnd < 0 ? window.length : lineEnd));
}

/** "Garcia, Maria" at the head of a record line, after a label colon or as two fields of a row. */
function scanSurnameCommaGiven(text: string, tokens: readonly Token[], detections: Detection[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const surname = tokens[i];
    const given = tokens[i + 1];
    if (!surname || !given || !GIVEN_NAMES.has(given.text)) continue;
    if (!/^, ?$/.test(text.slice(surname.end, given.start))) continue;
    const listed = isSurnameLike(surname.text);
    // A middle initial ("Smith, John A.") is part of the name: left behind it narrows who this is.
    const end = given.end + (/^ [A-Z]\./.test(text.slice(given.end, given.end + 3)) ? 3 : 0);
    const atLineHead = listed && startsRecordLine(text, surname.start);
    // In a row an unlisted surname counts beside an unambiguous given name ("123, Doe, Jane, F"), unless it is a word of a
    // clinical term ("12, Chest, Paul, 3"); abbreviations do not count there (DOE is dyspnoea on exertion and a surname).
    const inRow =
      !atLineHead &&
      isRowField(text, surname.start, end) &&
      (listed || (!AMBIGUOUS_GIVEN_NAMES.has(given.text) && plausibleSurname(surname.text) && !isClinicalEnglishProseTermWord(surname.text)));
    if (!atLineHead && !inRow) continue;
    detections.push({ type: 'name', start: surname.start, end, priority: PRIORITY, score: 0.8 });
  }
}

/** "Nguyen Van Minh", "Tran Thi Lan": a Vietnamese surname, a middle name and a given name; "Pham Minh" with a middle name only. */
function scanVietnamese(text: string, tokens: readonly Token[], detections: Detection[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const surname = tokens[i];
    const middle = tokens[i + 1];
    if (!surname || !middle || !VIETNAMESE_SURNAMES.has(surname.text) || !adjacent(text, surname, middle)) continue;
    if (!VIETNAMESE_MIDDLE_NAMES.has(middle.text)) continue;
    const given = tokens[i + 2];
    const last = given && adjacent(text, middle, given) && !NOT_SURNAME.has(given.text) && !isClinicalEnglishWord(given.text) ? given : middle;
    if (followedByEponymNoun(text, last.end)) continue;
    detections.push({ type: 'name', start: surname.start, end: last.end, priority: PRIORITY, score: 0.8 });
    i += last === middle ? 1 : 2;
  }
}

/** "ZHANG Wei", "Wei ZHANG": passports and Chinese records write the Pinyin surname in capitals. */
const PINYIN_CAPITAL_SURNAME = /(?<![A-Za-z])(?:([A-Z]{2,9}) ([A-Z][a-z]{1,12})|([A-Z][a-z]{1,12}) ([A-Z]{2,9}))(?![A-Za-z])/g;

function scanPinyinCapitalSurname(text: string, detections: Detection[]): void {
  PINYIN_CAPITAL_SURNAME.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PINYIN_CAPITAL_SURNAME.exec(text)) !== null) {
    const surname = titleCase(match[1] ?? match[4] ?? '');
    const given = match[2] ?? match[3] ?? '';
    if (!PINYIN_SURNAMES.has(surname) || !PINYIN_GIVEN.test(given) || NOT_SURNAME.has(given) || isClinicalEnglishWord(given)) continue;
    detections.push({ type: 'name', start: match.index, end: match.index + match[0].length, priority: PRIORITY, score: 0.75 });
  }
}

/** "拼音：NIU TIEZHU", "Pinyin: ZHANG XIAO MING": a Pinyin name in capitals as the value of a Pinyin field. */
const PINYIN_FIELD_CAPITALS = /(?:拼音|Pinyin|PINYIN)\s{0,2}(?:[Nn]ame|姓名)?\s{0,2}[:：]?\s{0,3}([A-Z]{1,9}(?: [A-Z]{1,9}){1,2})(?![A-Za-z])/g;

function scanPinyinFieldCapitals(text: string, detections: Detection[]): void {
  if (!holdsAny(text, ['拼音', 'Pinyin', 'PINYIN'])) return;
  PINYIN_FIELD_CAPITALS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PINYIN_FIELD_CAPITALS.exec(text)) !== null) {
    const value = match[1] ?? '';
    const [surname = '', ...given] = value.split(' ');
    if (!PINYIN_SURNAMES.has(titleCase(surname)) || !PINYIN_GIVEN.test(given.join(''))) continue;
    const start = match.index + match[0].length - value.length;
    detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY, score: 0.85 });
  }
}

/** "Wang Xiaoming", "Chen Jing": a Pinyin surname and a one-to-three-syllable Pinyin given name. */
function scanPinyin(text: string, tokens: readonly Token[], detections: Detection[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const surname = tokens[i];
    const given = tokens[i + 1];
    if (!surname || !given || !PINYIN_SURNAMES.has(surname.text) || !adjacent(text, surname, given)) continue;
    if (!PINYIN_GIVEN.test(given.text) || NOT_SURNAME.has(given.text) || isClinicalEnglishWord(given.text)) continue;
    if (followedByEponymNoun(text, given.end)) continue;
    detections.push({ type: 'name', start: surname.start, end: given.end, priority: PRIORITY, score: 0.7 });
    i++;
  }
}

const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

/** "JOHN SMITH", "SMITH, JOHN": both words must be listed, since headings are in capitals too. */
function scanUpperCase(text: string, detections: Detection[]): void {
  const tokens: Token[] = [];
  UPPER_TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = UPPER_TOKEN.exec(text)) !== null) tokens.push({ text: titleCase(match[0]), start: match.index, end: match.index + match[0].length });
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i];
    const second = tokens[i + 1];
    if (!first || !second) continue;
    const gap = text.slice(first.end, second.start);
    const givenFirst = gap === ' ' && GIVEN_NAMES.has(first.text) && !AMBIGUOUS_GIVEN_NAMES.has(first.text) && isSurnameLike(second.text);
    const surnameFirst = /^, ?$/.test(gap) && isSurnameLike(first.text) && GIVEN_NAMES.has(second.text) && !AMBIGUOUS_GIVEN_NAMES.has(second.text);
    if (!givenFirst && !surnameFirst) continue;
    if (followedByEponymNoun(text, second.end)) continue;
    detections.push({ type: 'name', start: first.start, end: second.end, priority: PRIORITY, score: 0.8 });
    i++;
  }
}

/**
 * "CHEN, XIAOMING", "WONG, KA MAN", "KOWALCZYK, AGNIESZKA": wristbands, labels and forms write the surname in
 * capitals, a comma, then the given name(s) in capitals. Capital abbreviations are written the same way
 * ("HTN, DM, CKD"), so a pair inside a longer list of capitals is never a name, and each word must be
 * pronounceable (a vowel, no three-consonant opening such as NST). One listed part is enough; with neither
 * listed, both parts need four letters and the pair must open a record line or follow a label or an
 * identifying word (band, labelled, for), or be followed by an age and sex ("67M").
 */
const CAPITALS_COMMA_NAME = /(?<![A-Za-z'’-])((?:[A-Z]['’])?[A-Z]{2,}(?:-[A-Z]{2,})?), ?([A-Z]{2,}(?:-[A-Z]{2,})?(?: [A-Z]{2,}){0,2})(?![A-Za-z'’-])/g;
/** "SMITH, John", "CHEN, Xiaoming": the surname in capitals, the given name in mixed case. */
/** "BROWN, Michael J": a middle initial closing the name is part of it. */
const CAPITALS_COMMA_MIXED_GIVEN = /(?<![A-Za-z'’-])((?:[A-Z]['’])?[A-Z]{2,}(?:-[A-Z]{2,})?), ?([A-Z][a-z]{1,14})(?![A-Za-z'’-])(?: [A-Z]\.?(?![A-Za-z'’-]))?/g;
/** "NOWAK Katarzyna" style: a listed surname in capitals before a listed given name. */
const CAPITALS_SURNAME_GIVEN = /(?<![A-Za-z'’-])([A-Z]{2,}(?:['’-][A-Z]{2,})?) ([A-Z][a-z]{1,14})(?![A-Za-z'’-])/g;
const VOWEL = /[AEIOUY]/;
const CONSONANT_OPENING = /^[^AEIOUY]{3}/;
const NAME_CLUSTERS = /^(?:SCH|STR|SHR|CHR|THR|SPR|SPL|SCR|PHR)/;
/** Capital words of record headings and common clinical abbreviations that happen to be pronounceable. */
const CAPITAL_NOT_NAME = new Set([
  'ASSESSMENT',
  'PLAN',
  'HISTORY',
  'EXAMINATION',
  'EXAM',
  'DIAGNOSIS',
  'IMPRESSION',
  'FINDINGS',
  'MEDICATIONS',
  'ALLERGIES',
  'NOTE',
  'NOTES',
  'SUMMARY',
  'DISCHARGE',
  'ADMISSION',
  'PROCEDURE',
  'REPORT',
  'RESULTS',
  'LABS',
  'VITALS',
  'NAME',
  'DATE',
  'PATIENT',
  'DOCTOR',
  'NURSE',
  'WARD',
  'UNIT',
  'BED',
  'ROOM',
  'MALE',
  'FEMALE',
  'AGE',
  'SEX',
  'NONE',
  'NIL',
  'UNKNOWN',
  'STEMI',
  'NSTEMI',
  'COVID',
  'AIDS',
  'GERD',
  'ARDS',
  'NIDDM',
  'IDDM',
  'CABG',
  'TAVI',
  'TAVR',
  'ERCP',
  'TURP',
  'PEG',
  'MRSA',
  'VRE',
  'ESBL',
  'SARS',
  'MERS',
  'NICE',
  'WHO',
  'KDIGO',
  'GOLD',
  'GINA',
  'NYHA',
  'ASA',
  'AKI',
  'CKD',
  'COPD',
  'ICU',
  'HDU',
  'NPO',
  'PRN',
  'STAT',
  'NEGATIVE',
  'POSITIVE',
  'NORMAL',
  'ABNORMAL',
  'LEFT',
  'RIGHT',
  'BILATERAL',
  'URGENT',
  'ROUTINE',
  'ALERT',
  'ALLERGY',
  'WARNING',
  'CAUTION',
  'HIGH',
  'LOW',
  'RISK',
  'FALLS',
  'DNR',
  'DNACPR',
  'FULL',
  'CODE',
  'YES',
  'NO',
]);
const LIST_OF_CAPITALS_AFTER = /^\s?(?:,|and|or|&|\/)\s?[A-Z]{2,}(?![a-z])/;
const IDENTIFYING_WORD_BEFORE = /\b(?:band|wristband|bracelet|label|labelled|labeled|for|patient|pt|name|re|from|of)\s$/i;
const AGE_SEX_AFTER = /^,?\s?(?:\d{1,3}\s?(?:[MFmf]\b|y|yo|yrs?\b|岁)|\(\d{1,3}\)|DOB|MRN)/;

const isCapital = (char: string) => char >= 'A' && char <= 'Z';

/** Whether a capital word and a comma come right before `start` ("HTN, DM, CKD"); a scan in code, since an end-anchored regex retries from every position. */
function followsListOfCapitals(text: string, start: number): boolean {
  let index = start - 1;
  if (text.charAt(index) === ' ') index--;
  if (text.charAt(index) !== ',') return false;
  index--;
  if (text.charAt(index) === ' ') index--;
  return isCapital(text.charAt(index)) && isCapital(text.charAt(index - 1));
}

function pronounceable(word: string): boolean {
  return VOWEL.test(word) && (!CONSONANT_OPENING.test(word) || NAME_CLUSTERS.test(word));
}

const isListedSurname = (capitals: string) => {
  const word = titleCase(capitals);
  return isSurnameLike(word) || PINYIN_SURNAMES.has(word) || VIETNAMESE_SURNAMES.has(word);
};
const isListedGiven = (capitals: string) => {
  const word = titleCase(capitals);
  return GIVEN_NAMES.has(word) && !AMBIGUOUS_GIVEN_NAMES.has(word);
};

function capitalsCommaScore(text: string, match: RegExpExecArray): number {
  const surname = match[1] ?? '';
  const givenWords = (match[2] ?? '').split(' ');
  const words = [surname, ...givenWords];
  if (words.some((word) => CAPITAL_NOT_NAME.has(word) || !pronounceable(word) || isClinicalEnglishWord(word))) return 0;
  const end = match.index + match[0].length;
  if (followsListOfCapitals(text, match.index)) return 0;
  if (LIST_OF_CAPITALS_AFTER.test(text.slice(end, end + 12))) return 0;
  const listedSurname = isListedSurname(surname);
  const firstGiven = givenWords[0] ?? '';
  if (listedSurname && (isListedGiven(firstGiven) || PINYIN_GIVEN.test(givenWords.join('')))) return 0.85;
  if (listedSurname || isListedGiven(firstGiven)) return givenWords.length <= 2 ? 0.75 : 0;
  if (surname.length < 4 || firstGiven.length < 4 || givenWords.length > 1) return 0;
  if (isClinicalEnglishTermWord(surname) || isClinicalEnglishTermWord(firstGiven)) return 0;
  const inContext =
    startsRecordLine(text, match.index) ||
    IDENTIFYING_WORD_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index)) ||
    AGE_SEX_AFTER.test(text.slice(end, end + 8));
  return inContext ? 0.65 : 0;
}

function scanCapitalsCommaName(text: string, detections: Detection[]): void {
  CAPITALS_COMMA_NAME.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CAPITALS_COMMA_NAME.exec(text)) !== null) {
    const score = capitalsCommaScore(text, match);
    if (score === 0 || followedByEponymNoun(text, match.index + match[0].length)) continue;
    detections.push({ type: 'name', start: match.index, end: match.index + match[0].length, priority: PRIORITY, score });
  }
}

function scanCapitalsCommaMixedGiven(text: string, detections: Detection[]): void {
  CAPITALS_COMMA_MIXED_GIVEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CAPITALS_COMMA_MIXED_GIVEN.exec(text)) !== null) {
    const surname = match[1] ?? '';
    const given = match[2] ?? '';
    if (CAPITAL_NOT_NAME.has(surname) || !pronounceable(surname) || NOT_SURNAME.has(given) || isClinicalEnglishWord(given)) continue;
    const pinyin = PINYIN_SURNAMES.has(titleCase(surname)) && PINYIN_GIVEN.test(given);
    if (!pinyin && !(GIVEN_NAMES.has(given) && !AMBIGUOUS_GIVEN_NAMES.has(given))) continue;
    if (followsListOfCapitals(text, match.index) || followedByEponymNoun(text, match.index + match[0].length)) continue;
    detections.push({ type: 'name', start: match.index, end: match.index + match[0].length, priority: PRIORITY, score: 0.75 });
  }
}

function scanCapitalsSurnameGiven(text: string, detections: Detection[]): void {
  CAPITALS_SURNAME_GIVEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CAPITALS_SURNAME_GIVEN.exec(text)) !== null) {
    const surname = match[1] ?? '';
    const given = match[2] ?? '';
    if (CAPITAL_NOT_NAME.has(surname) || !isListedSurname(surname) || !GIVEN_NAMES.has(given) || AMBIGUOUS_GIVEN_NAMES.has(given)) continue;
    if (followedByEponymNoun(text, match.index + match[0].length)) continue;
    detections.push({ type: 'name', start: match.index, end: match.index + match[0].length, priority: PRIORITY, score: 0.75 });
  }
}

/**
 * "Children: Tom, Grace and Emily", "his sons Jack and Harry", "Contacts: Oliver (son), Sophie (niece)": after a
 * word for relatives or contacts, a list of listed given names (even those that are also words, such as Grace
 * or Jack: the kin word says they are people). The list stops at the first word that is not a listed given name.
 */
const RELATIVES_WORD =
  /\b(?:children|child|kids|sons?|daughters?|grand(?:children|sons?|daughters?|kids)|siblings|brothers?|sisters?|nephews?|nieces?|cousins?|relatives|family|(?:emergency\s)?contacts?|next\sof\skin|NOK|friends?|neighbou?rs?|carers?|caregivers?|parents|wife|husband|partner|spouse)(?:\s?\(\d{1,2}\))?\s?[:：-]?\s?(?=[A-Z])/gi;
/** One list item: the name, an optional "(son)" and the separator after it. */
const RELATIVE_ITEM = /([A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?)(?![A-Za-z])(\s?\([a-z][a-z -]{0,20}\))?(\s?(?:,|;|&|\/)\s?(?:and\s)?|\sand\s)?/y;

function scanRelativesList(text: string, detections: Detection[]): void {
  RELATIVES_WORD.lastIndex = 0;
  let kin: RegExpExecArray | null;
  while ((kin = RELATIVES_WORD.exec(text)) !== null) {
    let index = kin.index + kin[0].length;
    for (;;) {
      RELATIVE_ITEM.lastIndex = index;
      const item = RELATIVE_ITEM.exec(text);
      const name = item?.[1];
      if (!item || !name || !isGivenName(name) || isClinicalEnglishWord(name)) break;
      const end = index + name.length;
      // "Sister Mary Joseph nodule": a capitalised word right after the name makes it part of a longer name or term.
      if (followedByEponymNoun(text, end) || (item[2] === undefined && item[3] === undefined && /^ [A-Z]/.test(text.slice(end, end + 2)))) break;
      detections.push({ type: 'name', start: index, end, priority: PRIORITY, score: 0.7 });
      if (item[3] === undefined) break;
      index += item[0].length;
    }
    RELATIVES_WORD.lastIndex = Math.max(RELATIVES_WORD.lastIndex, index);
  }
}

export function scanEnglishNamesWithoutTrigger(text: string): Detection[] {
  const detections: Detection[] = [];
  scanUpperCase(text, detections);
  scanCapitalsCommaName(text, detections);
  scanCapitalsCommaMixedGiven(text, detections);
  scanCapitalsSurnameGiven(text, detections);
  scanRelativesList(text, detections);
  scanPinyinCapitalSurname(text, detections);
  scanPinyinFieldCapitals(text, detections);
  detections.push(...scanRomanisedChineseNames(text));
  detections.push(...scanUnlistedNamePairs(text));
  const tokens = tokenize(text);
  // One capitalised word is enough for a lone name ("seen with Tom in clinic").
  detections.push(...scanLoneNamesInNameSlots(text, tokens, { notAName: (word) => NOT_SURNAME.has(word), followedByEponymNoun }));
  detections.push(...scanNameLists(text, tokens, { notAName: (word) => NOT_SURNAME.has(word) }));
  scanListedGivenNameAnywhere(text, tokens, detections, new Set(detections.map((d) => d.start)));
  if (tokens.length < 2) return detections;
  scanGivenSurname(text, tokens, detections);
  scanSurnameCommaGiven(text, tokens, detections);
  scanPinyin(text, tokens, detections);
  scanVietnamese(text, tokens, detections);
  scanLoneGivenName(text, tokens, detections, new Set(detections.map((d) => d.start)));
  return detections;
}
