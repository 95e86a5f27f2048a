import { isEcmaScriptWhiteSpace } from '@medlocal/clinical-terms';
import { isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { ENGLISH_CITIES } from '../data/cities';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, SURNAMES } from '../data/english-names';
import type { Detection } from '../deid.types';
import { isEnglishWord } from '../english-words';

/**
 * Full names that no list holds ("Wanjiru Kamau", "Oksana Shevchenko", "Tomasz Wiśniewski, FRCR", "Sipho Ndlovu",
 * "Muhammad Hafiz bin Abdullah"): two or three capitalised words side by side, none of them an English word (the
 * ~275,000 lower-case words of the npm package an-array-of-english-words, MIT), a clinical word (drug, brand,
 * condition, lab test, anatomy of MedLocal's dictionary), a listed town, or a proper noun that names no person
 * (a weekday, a month, a country or nationality, an app). A listed given name or surname may stand in for one of
 * the words ("Deshawn Miller", "Nadia Rahman"). Places and organisations are kept by what is around the words:
 * a capitalised word right before them that is an English word other than a role ("Hospital Sultanah Aminah",
 * "Greater Hope"), a preposition of place before ("at Toa Payoh", "in Kuala Lumpur", "from Addis"), or a place or
 * organisation noun after ("Kenyatta National Hospital", "Tygerberg Hospital").
 */
const PRIORITY = 51;
const SCORE = 0.6;

/** Capitalised proper nouns outside the word list that name no person. */
export const NOT_A_PERSON_PROPER: ReadonlySet<string> = new Set(
  `Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun January February
  March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Christmas Easter Ramadan Eid Diwali Hanukkah Passover Lent Advent Xmas NHS GP ICU
  Africa African Asia Asian Europe European America American Americas Arabia Arabian Saudi Emirates Emirati Dubai Qatar
  Kuwait Oman Bahrain Yemen Iraq Iraqi Iran Iranian Syria Syrian Jordan Jordanian Lebanon Lebanese Israel Israeli
  Palestine Palestinian Egypt Egyptian Libya Libyan Tunisia Algeria Morocco Moroccan Sudan Sudanese Ethiopia Ethiopian
  Eritrea Eritrean Somalia Somali Kenya Kenyan Uganda Ugandan Tanzania Tanzanian Rwanda Nigeria Nigerian Ghana Ghanaian
  Cameroon Congo Congolese Angola Zambia Zimbabwe Zimbabwean Malawi Mozambique Botswana Namibia Sahara Senegal
  Britain British England Scotland Scottish Wales Welsh Ireland Irish Ulster London Europe France German Germany Spain
  Spanish Italy Italian Portugal Portuguese Greece Greek Poland Polish Ukraine Ukrainian Russia Russian Romania Romanian
  Bulgaria Bulgarian Hungary Hungarian Czech Slovak Serbia Serbian Croatia Croatian Bosnia Albania Albanian Kosovo
  Lithuania Lithuanian Latvia Latvian Estonia Sweden Swedish Norway Norwegian Denmark Danish Finland Finnish Iceland
  Netherlands Dutch Belgium Belgian Switzerland Swiss Austria Austrian Turkey Turkish Cyprus Georgia Armenia Armenian
  Azerbaijan Kazakhstan Uzbekistan Afghanistan Afghan Pakistan Pakistani India Indian Bangladesh Bangladeshi Nepal
  Nepali Nepalese Bhutan Sri Lanka Lankan Tamil Punjabi Gujarati Bengali Hindi Urdu Sikh Hindu Muslim Islam Islamic
  China Chinese Japan Japanese Korea Korean Taiwan Taiwanese Hong Kong Macau Mongolia Vietnam Vietnamese Thailand Thai
  Cambodia Laos Myanmar Burma Malaysia Malaysian Singapore Singaporean Indonesia Indonesian Philippines Filipino Brunei
  Australia Australian Zealand Maori Fiji Samoa Tonga Canada Canadian Mexico Mexican Brazil Brazilian Argentina Chile
  Peru Colombia Venezuela Cuba Cuban Jamaica Jamaican Haiti Caribbean Latino Latina Hispanic Pacific Atlantic
  Kuala Lumpur Jakarta Manila Bangkok Hanoi Saigon Seoul Tokyo Osaka Beijing Shanghai Mumbai Delhi Karachi Lahore Dhaka
  Lagos Nairobi Accra Kampala Addis Ababa Cairo Riyadh Jeddah Doha Tehran Baghdad Kabul Istanbul Ankara Warsaw Krakow
  Kyiv Kiev Moscow Bucharest Sofia Budapest Prague Vienna Zagreb Belgrade Lisbon Madrid Barcelona Paris Berlin Rome Milan
  Johor Penang Sabah Sarawak Selangor Kedah Perak Kelantan Pahang Jurong Tampines Yishun Woodlands Bedok Punggol
  WhatsApp Whatsapp TikTok Tiktok Instagram Snapchat Facebook Twitter YouTube Youtube Zoom Teams Skype Uber Deliveroo
  Amazon Tesco Asda Sainsbury Sainsburys Lidl Aldi Morrisons Waitrose Costa Starbucks Bupa Aviva Pfizer Moderna
  AstraZeneca Novavax Covid COVID Coronavirus Omicron Delta`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Particles inside a name: "Muhammad Hafiz bin Abdullah", "Noura bint Faisal", "Ludwig van Beethoven", and the Irish
 * "Feargal Ó Ceallaigh", "Róisín Ní Bhriain", "Aoife Nic Giolla" (O, Ni and Ui as the deidentifier reads them, diacritics folded).
 */
const PARTICLES = new Set('bin binti bint ibn van von de del della da dos das di le la al el ben Ó Ní Nic Uí Mac O Ni Ui'.split(' '));
/** Roles and titles written before a name in capitals ("Midwife Bronwyn Ellis", "Victim Shanice Campbell"). */
const ROLE_BEFORE =
  /^(?:Midwife|Victim|Witness|Nurse|Sister|Matron|Officer|Constable|Sergeant|Detective|Pastor|Father|Imam|Rabbi|Reverend|Rev|Chaplain|Consultant|Registrar|Doctor|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Patient|Pt|Mum|Mom|Dad|Mother|Father|Wife|Husband|Son|Daughter|Brother|Sister|Partner|Carer|Interpreter|Translator|Therapist|Physio|Dietitian|Pharmacist|Surgeon|Anaesthetist|Paramedic|Porter|Receptionist|Clerk|Secretary|Student|Teacher|Student|Worker|Officer|Manager|Coordinator|Signed|Seen|Reported|Requested|Referred|Dictated|Witnessed|Attended|Name|Re|Dear|Hi|Hello|Thanks|From|To|Cc|By|Contact|Referral|Letter|Hey)$/;
/** Prepositions of place before a pair: it is a place there ("at Toa Payoh", "in Kuala Lumpur", "from Addis"). */
const PLACE_PREPOSITION_BEFORE =
  /\b(?:at|in|near|into|via|outside|inside|towards?|around|across|through|from|of|on|visiting|lives|living|born|moved|travelled|traveled|flew|returned)\s$/i;
/** "Handover from", "a call from", "letter from": what comes from there is a person, not a place. */
const PERSON_FROM_BEFORE = /\b(?:handover|handed over|call|phone call|phoned|rang|letter|message|email|e-mail|text|update|advice|referral)\s(?:from|by)\s$/i;
/** Organisation and place nouns after a pair: "Kenyatta National Hospital", "Tygerberg Hospital", "Toa Payoh Lor 8". */
const PLACE_NOUN_AFTER =
  /^[\s'’s]*(?:Hospital|Clinic|Centre|Center|Medical|Health|University|College|School|Academy|Institute|Trust|Foundation|Group|Ltd|Limited|Inc|Plc|LLP|Corp|Company|Bank|Church|Mosque|Temple|Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Close|Park|Square|Place|Court|Gardens|Estate|Village|Town|City|County|District|Province|State|Region|Valley|Hill|Hills|River|Lake|Bay|Beach|Island|Islands|Mountains?|Airport|Station|Market|Mall|Plaza|Tower|House|Hall|Hotel|Restaurant|Café|Cafe|Bar|Pharmacy|Surgery|Practice|Prison|Lor|Jalan|Blk|Block|Ave|Crescent|Terrace|Team|Unit|Ward|Syndrome|Disease|Sign|Score|Test)\b/;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A capitalised word of letters (Latin-1 and Latin Extended-A), with O'/Mc/Al- openings and one hyphen. */
const CAPITALISED =
  /(?<![A-Za-z\u00C0-\u017F'’.-])(?:O['’]|Mc|Mac|Al-|El-)?[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F]+(?:-[A-Za-z\u00C0-\u017F][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F]+)?(?![A-Za-z\u00C0-\u017F'’])/g;

function words(text: string): Word[] {
  const found: Word[] = [];
  CAPITALISED.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CAPITALISED.exec(text)) !== null) found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return found;
}

const isListed = (word: string) => (GIVEN_NAMES.has(word) && !AMBIGUOUS_GIVEN_NAMES.has(word)) || SURNAMES.has(word);

/** A class or grade written as a Roman numeral and a letter (Forrest Ib, Gustilo IIIa), never part of a name. */
const ROMAN_GRADE = /^(?:I{1,3}|IV|VI{0,3}|IX|X)[a-d]$/;
/** Patronymics ("Yerlan Nurlanovich", "Olga Petrovna"): the word names a person, so a clinical word after it is no eponym. */
const PATRONYMIC = /(?:ovich|evich|ovna|evna|ich|uly|qyzy|kyzy)$/;

/** Whether every part of a (hyphenated, Al-) word is outside the word list, the clinical dictionary and the place names. */
function isUnknownWord(word: string): boolean {
  const parts = word.replace(/^(?:Al|El)-/, '').split('-');
  if (NOT_A_PERSON_PROPER.has(word) || ENGLISH_CITIES.has(word)) return false;
  return parts.every(
    (part) =>
      part.length >= 2 &&
      !ROMAN_GRADE.test(part) &&
      /[aeiouyà-ÿ\u0100-\u017F]/i.test(part) &&
      !NOT_A_PERSON_PROPER.has(part) &&
      !isEnglishWord(part) &&
      !isClinicalEnglishWord(part) &&
      !isClinicalEnglishTermWord(part),
  );
}

type Kind = 'unknown' | 'listed' | 'word' | null;
/** Words recur across a text and across texts: what each is gets remembered (bounded, cleared when full). */
const kindCache = new Map<string, Kind>();
function nameLike(word: string): Kind {
  let kind = kindCache.get(word);
  if (kind === undefined) {
    if (kindCache.size > 20000) kindCache.clear();
    kind = classify(word);
    kindCache.set(word, kind);
  }
  return kind;
}

function classify(word: string): Kind {
  if (NOT_A_PERSON_PROPER.has(word) || ENGLISH_CITIES.has(word)) return null;
  if (isUnknownWord(word)) return 'unknown';
  if (isClinicalEnglishWord(word) || isClinicalEnglishTermWord(word)) return null;
  if (isListed(word)) return 'listed';
  return 'word';
}

/**
 * Two words: both name-like, one outside every list. Three or four ("Muhammad Hafiz bin Abdullah", "María José
 * Ramírez"): at least two outside every list, and at most one ordinary English word among them.
 */
type RunVerdict = 'name' | 'name-in-person-slot' | 'words-in-clause-slot' | 'no';
function runVerdict(kinds: readonly Kind[], endsInListedSurname: boolean): RunVerdict {
  if (kinds.includes(null)) return 'no';
  const unknown = kinds.filter((kind) => kind === 'unknown').length;
  const ordinary = kinds.filter((kind) => kind === 'word').length;
  // "Heather Walker declined", "Daphne Cartwright, 91,": two words of the lists or the dictionary, only where a person stands.
  if (unknown === 0 && kinds.length === 2) return 'words-in-clause-slot';
  if (unknown === 0 || ordinary > 1) return 'no';
  // "seeing Aroha Ngata": after a verb whose object is a person, one of the two may be an English word.
  if (kinds.length === 2) return ordinary === 0 ? 'name' : 'name-in-person-slot';
  if (unknown >= 2 && kinds[0] !== 'word' && kinds[kinds.length - 1] !== 'word') return 'name';
  // "Nana Akua Mensah has…": opening the clause or after such a verb, closed by a listed surname.
  return endsInListedSurname ? 'name-in-person-slot' : 'no';
}

/**
 * After a verb whose object is a person, or (three words or more) opening a clause; a role opening the run ("Midwife
 * Bronwyn Ellis") is left for the run after it. Two words opening a clause count before what a person does ("Piers
 * Anstruther was reviewed", "Daphne Cartwright, 91,").
 */
function inPersonSlot(text: string, run: readonly Word[]): boolean {
  const first = run[0] as Word;
  const last = run[run.length - 1] as Word;
  const lead = text.slice(Math.max(0, first.start - 14), first.start);
  if (ROLE_BEFORE.test(first.text)) return false;
  if (PERSON_OBJECT_BEFORE.test(lead)) return true;
  if (!CLAUSE_START_BEFORE.test(lead)) return false;
  return run.length >= 3 || PERSON_PREDICATE_AFTER.test(text.slice(last.end, last.end + 14));
}

/**
 * Two words opening a clause, the first no role: before what a person does when both are listed and the second as a
 * surname ("Cole Bishop was seen"; "Owner Terry is" stays), before an age between commas whatever they are ("Daphne
 * Cartwright, 91,").
 */
function inClauseSlot(text: string, first: Word, last: Word): boolean {
  const lead = text.slice(Math.max(0, first.start - 4), first.start);
  if (!CLAUSE_START_BEFORE.test(lead) || ROLE_BEFORE.test(first.text)) return false;
  const after = text.slice(last.end, last.end + 14);
  return AGE_AFTER.test(after) || (SURNAMES.has(last.text) && nameLike(first.text) === 'listed' && PERSON_PREDICATE_AFTER.test(after));
}

/** A verb whose object is a person ("Thank you for seeing", "reviewed", "noted by", "seen with") right before the run. */
const PERSON_OBJECT_BEFORE =
  /\b(?:seeing|see|saw|reviewing|reviewed|examined|assessed|visited|met|by|(?:together|along|discussed|spoke|liaised) with|told|informed|called|phoned|rang|contacted|paged|bleeped|asked)\s$/i;
/** What a person does or is, right after the name: "was reviewed", "declined", ", 91,". */
const PERSON_PREDICATE_AFTER =
  /^(?: (?:was|is|has|had|reports|reported|denies|denied|declined|attended|rang|phoned|called|asked|consented|agreed|refused|complains|complained|presented|states|stated|said|says|needs|wants|lives|lived|took|gave|brought|came|arrived|remains|feels|felt|returned|prefers|wishes|requested)\b|, \d{1,3}(?:,| ?(?:y|yo|years?|M|F)\b))/;
const AGE_AFTER = /^, \d{1,3}(?:,| ?(?:y|yo|years?|M|F)\b)/;
/** A drug and its dose: "Fostair Nexthaler 100/6", "Fultium D3 800 units". */
const DOSE_AFTER = /^ \d+(?:[./]\d+)?\s?(?:mg|mcg|micrograms?|g|mL|ml|units?|iu|IU|%|\/\d|puffs?)?(?![A-Za-z])/;
/** The start of the text, a line or a sentence. */
const CLAUSE_START_BEFORE = /(?:^|[\n.;!?] {1,3}|\n)$/;

/** A lower-case clinical word right after the pair makes it an eponym: "Ziehl Neelsen stain", "Kikuchi Fujimoto disease". */
const EPONYM_NOUN_AFTER =
  /^ (?:stain|staining|agar|medium|reaction|disease|syndrome|sign|test|score|scale|criteria|classification|procedure|operation|manoeuvre|maneuver|fracture|reflex|cell|cells|body|bodies|nodes?|tumou?r|lymphoma|sarcoma|palsy|forceps|catheter|tube|repair|technique|method|line|shunt)\b/i;
/** Words of the dictionary's terms that name nothing ("and", "for" in "Mehdi Rostami and Leyla", "Ottoline Marchbanks for signature"). */
const FUNCTION_WORDS = new Set('and for the with had not his her from did got per when all both'.split(' '));
function eponymAfter(text: string, end: number): boolean {
  if (EPONYM_NOUN_AFTER.test(text.slice(end, end + 16))) return true;
  const next = /^ ([a-z]{3,})\b/.exec(text.slice(end, end + 24));
  return next !== null && !FUNCTION_WORDS.has(next[1] ?? '') && isClinicalEnglishTermWord(next[1] ?? '');
}

/** The longest middle of a gap that joins: two particles and the space between them. */
const LONGEST_JOINING_MIDDLE = 2 * Math.max(...[...PARTICLES].map((particle) => particle.length)) + 1;

/** The gap between two words of one name: a space, or a space-separated particle ("bin", "de la"). */
function joins(text: string, left: Word, right: Word): boolean {
  // Most gaps run across a clause or a sentence: their middle, read in place, is too long for two particles.
  let middleStart = left.end;
  while (middleStart < right.start && isEcmaScriptWhiteSpace(text.charCodeAt(middleStart))) middleStart++;
  let middleEnd = right.start;
  while (middleEnd > middleStart && isEcmaScriptWhiteSpace(text.charCodeAt(middleEnd - 1))) middleEnd--;
  if (middleEnd - middleStart > LONGEST_JOINING_MIDDLE) return false;
  const gap = text.slice(left.end, right.start);
  if (gap === ' ') return true;
  const inner = gap.trim().split(' ');
  return gap.startsWith(' ') && gap.endsWith(' ') && inner.length <= 2 && inner.every((word) => PARTICLES.has(word));
}

export function scanUnlistedNamePairs(text: string): Detection[] {
  const detections: Detection[] = [];
  // Cheap necessary condition: a word's last letter, a space (a particle between), a capital. Fixed width before the
  // space, so it scans in linear time (a leading capital and a repeat of letters would backtrack on long runs).
  if (!/[a-z\u00DF-\u017F] [a-z]{0,5} ?[A-Z\u00C0-\u00DE\u0100-\u017F]/.test(text)) return detections;
  const found = words(text);
  for (let i = 0; i + 1 < found.length; i++) {
    // The longest run of joined words starting here, at most four.
    let j = i;
    while (j + 1 < found.length && j - i < 3 && joins(text, found[j] as Word, found[j + 1] as Word)) j++;
    if (j === i) continue;
    const run = found.slice(i, j + 1);
    const kinds = run.map((word) => nameLike(word.text));
    const first = run[0] as Word;
    const last = run[run.length - 1] as Word;
    const previous = found[i - 1];
    const skip = () => {
      i = j;
    };
    // "Faith Okoro", "Poppy Whitlock": a given name that is also a word, then a word of no list or dictionary ("Van Gogh":
    // van is a particle there).
    const ambiguousGiven = run.length === 2 && first.text !== 'Van' && AMBIGUOUS_GIVEN_NAMES.has(first.text) && kinds[1] === 'unknown';
    const verdict = ambiguousGiven ? 'name' : runVerdict(kinds, SURNAMES.has(last.text));
    // The slot is read only for a run that needs it: most runs are no name at all.
    if (
      verdict === 'no' ||
      (verdict === 'name-in-person-slot' && !inPersonSlot(text, run)) ||
      (verdict === 'words-in-clause-slot' && !inClauseSlot(text, first, last))
    ) {
      // A run with an ordinary word in it is a title, an organisation or a place; go on after its first word.
      continue;
    }
    // A capitalised English word right before the run that is no role makes it an organisation or a place.
    if (previous && text.slice(previous.end, first.start) === ' ' && !ROLE_BEFORE.test(previous.text)) {
      skip();
      continue;
    }
    const before = text.slice(Math.max(0, first.start - 20), first.start);
    if (
      (PLACE_PREPOSITION_BEFORE.test(before) && !PERSON_FROM_BEFORE.test(before)) ||
      PLACE_NOUN_AFTER.test(text.slice(last.end, last.end + 14)) ||
      (!PATRONYMIC.test(last.text) && eponymAfter(text, last.end)) ||
      DOSE_AFTER.test(text.slice(last.end, last.end + 16))
    ) {
      skip();
      continue;
    }
    // A capitalised word right after the run that is no name part ("Toa Payoh Lor", "Kahale Beach") continues a place.
    if (/^ [A-Z]/.test(text.slice(last.end, last.end + 2)) && !/^ (?:[A-Z]{2,}\b|[A-Z]\.|III?\b|IV\b|Jr\b|Sr\b)/.test(text.slice(last.end, last.end + 5))) {
      skip();
      continue;
    }
    // A generational suffix closes the name ("Bartholomew Fitzgerald III").
    const suffix = /^ (?:III?|IV|Jr\.?|Sr\.?)(?![A-Za-z])/.exec(text.slice(last.end, last.end + 5));
    detections.push({ type: 'name', start: first.start, end: last.end + (suffix ? suffix[0].length : 0), priority: PRIORITY, score: SCORE });
    skip();
  }
  return detections;
}
