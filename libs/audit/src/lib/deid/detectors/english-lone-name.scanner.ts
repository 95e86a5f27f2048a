import { isEcmaScriptWhiteSpace } from '@medlocal/clinical-terms';
import { isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, SURNAMES } from '../data/english-names';
import type { Detection } from '../deid.types';
import { isEnglishWord } from '../english-words';

/**
 * A given name standing alone ("Karen said…", "bed 7 Susan", "Spoke to Leon") is found by the slot it fills, not by
 * a list alone: the subject of a verb of speaking or reporting at the start of a clause, the word beside a bed
 * number, the object of a verb that introduces a person. A word in such a slot is a name when it is capitalised
 * mid-sentence or opens the clause, is no clinical word (Nausea, Lasix) and no word for a role, a relative or a
 * department (Mother, Radiology, Echo). Listed names score higher; an unlisted word counts only in the surest slots.
 */
const PRIORITY = 52;
const LISTED_SCORE = 0.7;
const UNLISTED_SCORE = 0.6;

export interface CapitalisedToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Verbs a person does as the subject of a clause; "said to be" and "reported as" are passives about a thing, and so is
 * "swallowed by" ("Penny swallowed by a toddler": the coin).
 */
const SPEECH_VERB_AFTER =
  /^ (?:swallowed(?! by\b)|ingested(?! by\b)|fell|collapsed|will (?:bring|come|collect|call|ring|visit|stay|pick)|said|says|states|stated|reports|reported|denies|denied|declined|refused|complains|complained|endorses|endorsed|admits|admitted|feels|felt|agrees|agreed|wants|wanted|requests|requested|prefers|tolerated|c\/o|was (?:given|seen|reviewed|told|advised)|is agreeable|asked|phoned|rang|arrived|attended|slept|walked|told|mentioned|explained|confirmed|texted|visited|brought|noticed|thinks|believes|worries|understands|understood|knows)\b(?! (?:to be|as)\b)/;
/**
 * A role word right before a capitalised word names the person in the role: "Ward clerk Bev", "Medical student Ayesha",
 * "Translator Ahmad", "HCA Precious", "attn Maureen". The role is lower case or opens the clause; "Nurse:" is a heading.
 */
const ROLE_BEFORE =
  /\b(?:[Cc]lerk|[Ss]tudent|[Tt]ranslator|[Ii]nterpreter|HCA|HCSW|[Hh]ealthcare\s+assistant|[Pp]hysio|[Pp]hysiotherapist|OT|SALT|[Pp]orter|[Cc]arer|[Mm]idwife|[Rr]eceptionist|[Vv]olunteer|[Hh]ousekeeper|[Nn]anny|[Dd]ietitian|[Pp]aramedic|SHO|FY[12]|F[12]|SpR|[Mm]atron|[Ss]ecretary|[Cc]oordinator|[Ss]ocial\s+worker|[Aa]ttn[.:]?|FAO:?|[Ff]riend|[Nn]eighbou?r|[Cc]olleague|[Ff]latmate|[Rr]oommate|[Hh]ousemate|[Ff]or\s+the\s+attention\s+of)\s$/;
/**
 * A sign-off before the writer's name on its own line or at the end: "Thanks, Priya", "Kind regards,\nDeclan", "— Tom",
 * and a chat message's "…bed 9? thx - Rob" (the sign-off may close a sentence's line, the name then ends the text).
 */
const SIGN_OFF_BEFORE =
  /(?:^|\n|[.!?][ \t]{1,3})[ \t]*(?:(?:[Mm]any\s+|[Ww]ith\s+)?[Tt]hanks|[Tt]hx|[Tt]hnx|[Tt]hank\s+you|[Cc]heers|(?:[Kk]ind|[Bb]est|[Ww]arm|[Ww]armest)\s+(?:regards|wishes)|[Rr]egards|[Bb]est|[Yy]ours(?:\s+(?:sincerely|faithfully|truly))?|[Ss]incerely)[,.!]?[ \t]{0,3}(?:[—–-]{1,2}[ \t]{0,2})?\n?[ \t]{0,3}$|(?:^|\n)[ \t]*[—–-]{1,2}[ \t]?$|[.!?] {1,2}[—–] ?$/;
const SIGN_OFF_AFTER = /^[ \t]*(?:$|\n|,|\(|（)/;
/** A speaker at the start of a chat or handover line: "Karen: can you check…", "Raj: K+ 5.9". */
const SPEAKER_BEFORE = /(?:^|\n)[ \t]*$/;
const SPEAKER_AFTER = /^[ \t]?[:：][ \t]/;
/** Line headings that take the speaker's slot. */
export const HEADING_WORDS = new Set(
  `Plan Impression Allergies Allergy Diagnosis Diagnoses Assessment History Bloods Obs Meds Medications Medication Social
  Examination Exam Subjective Objective Note Notes Comment Comments Summary Investigations Results Result Issues Issue Background
  Situation Recommendation Recommendations Action Actions Review Outcome Time Date Reason Indication Request Problem Problems
  Findings Conclusion Advice Follow Discharge Admission Presenting Complaint Impression Differential Management Treatment Tasks
  Task Jobs Job Todo Update Handover Ward Bay Bed Room Subject From To Re Cc Bcc Sent Attachments Priority Status Location
  Consent Risk Risks Goals Goal Family Carer Mobility Diet Skin Pain Sleep Mood Cognition Vitals Weight Height Temp Pulse Resp
  Sats Fluids Output Input Urine Stool Bowels Lines Drains Wound Wounds Observations Question Answer Reply Response Q A
  Name Address Residence Alamat Insured Insurer Provider Patient Member Policy Claim Group Surgeon Assistant Anaesthetist
  Anesthetist Procedure Referral Referrer Occupation Employer Phone Tel Mobile Email Contact Kin NOK GP DOB Sex Gender Age
  Ethnicity Religion Language Nationality Insurance Signature Signed Consultant Specialty Department Hospital Clinic Service
  Team Source Type Dx Hx Rx Aadhaar Medicare Specimen Sample Report Reporter Requester Dictated Transcribed`
    .split(/\s+/)
    .filter(Boolean),
);
/** "Bay 3 bed 2 – Agnes, NBM": a handover line names the patient after the bed and a dash, before a comma. */
const BED_DASH_BEFORE = /\bbed\s?\d{1,3}[A-Za-z]?\s?[–—-]\s?$/i;
const COMMA_AFTER = /^,/;
/** "Gerald, 90, was found": a capitalised word opening the clause, with an age between commas after it. */
const AGE_BETWEEN_COMMAS_AFTER = /^,\s?\d{1,3},\s/;
/** The start of a clause: the text, a line, a sentence, a label, or after a comma ("On review, Olga states"). */
const CLAUSE_START_BEFORE = /(?:^|[\n.;!?:] {1,3}|[\n:]|, )$/;
/** A clause start or an opening quote ('Text: "Rohan here, …"'). */
const CLAUSE_OR_QUOTE_START_BEFORE = /(?:^|[\n.;!?:] {1,3}|[\n:]|, |["“])$/;
/** "Raj, can you check bed 12?": a name called by the writer, before a request. */
const VOCATIVE_AFTER = /^, (?:can|could|would|will|please|pls|are|did|have) /;
/** "Prakash here, K 6.8": a writer naming themselves at the start of a message. */
const SELF_NAMING_AFTER = /^ here[,.:!]/;
/** "Anh's ferritin 8", "Henrik's potassium": a result owned by the person who opens the clause. */
const POSSESSIVE_RESULT_AFTER =
  /^['’]s (?:ferritin|ha?emoglobin|Hb|potassium|sodium|creatinine|INR|glucose|lactate|troponin|CRP|bloods|labs|results?|obs|sats|weight|temperature|BP|blood pressure|bilirubin|platelets|white count)\b/;
/** Any of these before a listed given name; "Spoke to Leon", "seen with Tom". */
const PERSON_VERB_BEFORE =
  /\b(?:with|to|by|from|per|call|called|tell|told|informed|contacted|visited|saw|see|met|ask|asked|phone|phoned|page|paged|notify|notified)\s$/i;
/**
 * Only these before an unlisted word or a given name that is also a word (Grace, Hope): "Discussed with Kwabena",
 * "Per Grace"; "controlled with Keppra" and "referred to Radiology" are no one.
 */
const STRICT_PERSON_VERB_BEFORE =
  /\b(?:per|told|informed|contacted|visited|met|paged|phoned|(?:spoke|speaking|talked)\s(?:to|with)|discussed\s(?:\w+\s){0,2}with|seen\s(?:together\s)?with|reviewed\swith|together\swith|along\swith)\s$/i;
/** "Sarah's mother called": a name owning a relative or carer. */
const POSSESSIVE_KIN_AFTER =
  /^['’]s (?:mother|father|mum|mom|dad|wife|husband|son|daughter|sister|brother|partner|spouse|carer|caregiver|friend|neighbou?r|aunt|uncle|niece|nephew|grand(?:mother|father|son|daughter)|parents?|family|boyfriend|girlfriend|fianc[ée]e?)\b/;
/** "son (David)", "wife (Mary)": a relative with the name in brackets after it. */
const KIN_BRACKET_BEFORE =
  /\b(?:mother|father|mum|mom|dad|wife|husband|son|daughter|sister|brother|partner|spouse|carer|caregiver|friend|neighbou?r|aunt|uncle|niece|nephew|cousin|grand(?:mother|father|son|daughter)|parent|guardian|boyfriend|girlfriend|fianc[ée]e?|stepson|stepdaughter|step-?(?:mother|father))\s?\($/i;
const BRACKET_CLOSE_AFTER = /^\s?\)/;
const BED_BEFORE = /\bbed\s?(?:no\.?\s?|#\s?)?\d{1,3}[A-Za-z]?\s?[:,\-–—]?\s$/i;
const BED_AFTER = /^,?\s(?:in\s)?bed\s?(?:no\.?\s?|#\s?)?\d{1,3}\b/i;

/** Capitalised words that fill the same slots without naming a person: roles, relatives, departments, pronouns, records. */
export const NOT_A_PERSON: ReadonlySet<string> = new Set(
  `Patient Pt Pts Mother Father Mum Mom Dad Wife Husband Son Daughter Sister Brother Aunt Uncle Niece Nephew Cousin Grandmother
  Grandfather Grandson Granddaughter Parent Parents Family Partner Spouse Carer Caregiver Guardian Relative Relatives Friend
  Neighbour Neighbor Staff Nursing Nurse Nurses Team Doctor Doctors Physician Surgeon Registrar Resident Consultant Attending
  Intern Student Pharmacist Pharmacy Dietitian Dietician Physio Physiotherapy Therapist Interpreter Translator Chaplain Paramedics
  Ambulance Police Teacher School Radiology Cardiology Neurology Oncology Surgery Medicine Pathology Histology Microbiology
  Cytology Imaging Echo Ultrasound Scan Biopsy Culture Lab Labs Laboratory Chart Note Notes Report Reports Record Records History
  Collateral Literature Study Guideline Guidelines Protocol Policy Trust Board Ward Unit Service Clinic Hospital Triage Theatre Theatres Everyone
  Someone Somebody Nobody Anyone Everybody None All Both Each Either Neither He She They It We You Who Which This That These
  Those Himself Herself Themselves Myself Yourself Self There Here Then Today Yesterday Tomorrow Tonight Overnight Also Now Later Initially Previously Subsequently However
  Otherwise Unfortunately Apparently Reportedly Allegedly Daily Mane Nocte Foley Doppler Gram Holter Epley Valsalva Whipple`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Hi Mel,", "Dear Kat,", "Thanks Dev!": the word after a greeting, closed by a comma or an exclamation mark. */
const GREETING_BEFORE = /(?:^|[\s.>:])(?:Hi|Hello|Hey|Dear|Morning|Thanks|Cheers)\s$/;
const GREETING_AFTER = /^\s?[,!]/;
/** "Dear Colleague,", "Dear Sir,": a greeting that names no one. */
const ADDRESSING_NO_ONE = /^(?:Colleagues?|Sir|Sirs|Madam|All|Team|Everyone|Everybody|Doctor|Doctors|Friend|Friends|Nurse|Nurses|Both|There)$/;

type Slot =
  | 'vocative'
  | 'self-naming'
  | 'possessive-result'
  | 'greeting'
  | 'speech'
  | 'bed'
  | 'bed-dash'
  | 'verb'
  | 'strict-verb'
  | 'possessive'
  | 'kin-bracket'
  | 'role'
  | 'sign-off'
  | 'speaker'
  | 'age-commas';

/**
 * Each slot reads the text after the token first: those rules are anchored at its start and answer at once, while a rule
 * anchored at the end of `before` is tried at each of its characters. The role and verb rules end in whitespace, so they
 * are read only after a token that follows one.
 */
function slotOf(text: string, token: CapitalisedToken): Slot | null {
  const before = text.slice(Math.max(0, token.start - 32), token.start);
  const after = text.slice(token.end, token.end + 32);
  const afterWhiteSpace = isEcmaScriptWhiteSpace(text.charCodeAt(token.start - 1));
  if (COMMA_AFTER.test(after) && BED_DASH_BEFORE.test(before)) return 'bed-dash';
  if (GREETING_AFTER.test(after) && GREETING_BEFORE.test(before)) return ADDRESSING_NO_ONE.test(token.text) ? null : 'greeting';
  if (BED_AFTER.test(after) || BED_BEFORE.test(before)) return 'bed';
  if (SPEAKER_AFTER.test(after) && SPEAKER_BEFORE.test(before)) return HEADING_WORDS.has(token.text) ? null : 'speaker';
  if (SIGN_OFF_AFTER.test(after) && SIGN_OFF_BEFORE.test(before)) return 'sign-off';
  if (afterWhiteSpace && ROLE_BEFORE.test(before)) return 'role';
  if (AGE_BETWEEN_COMMAS_AFTER.test(after) && CLAUSE_START_BEFORE.test(before)) return 'age-commas';
  if (BRACKET_CLOSE_AFTER.test(after) && KIN_BRACKET_BEFORE.test(before)) return 'kin-bracket';
  if (SPEECH_VERB_AFTER.test(after) && CLAUSE_START_BEFORE.test(before)) return 'speech';
  if (VOCATIVE_AFTER.test(after) && CLAUSE_START_BEFORE.test(before)) return 'vocative';
  if (SELF_NAMING_AFTER.test(after) && CLAUSE_OR_QUOTE_START_BEFORE.test(before)) return 'self-naming';
  if (POSSESSIVE_RESULT_AFTER.test(after) && CLAUSE_START_BEFORE.test(before)) return 'possessive-result';
  if (POSSESSIVE_KIN_AFTER.test(after)) return 'possessive';
  if (afterWhiteSpace && STRICT_PERSON_VERB_BEFORE.test(before)) return 'strict-verb';
  if (afterWhiteSpace && PERSON_VERB_BEFORE.test(before)) return 'verb';
  return null;
}

/** Job titles and specialties after a role: "Consultant Histopathologist", "SpR Endocrinology", "Lead Practitioner". */
const PROFESSION_ENDING = /(?:ist|ian|eon|ner|ology|ics|iatry|ery)$/;

function isPersonWord(word: string): boolean {
  return !NOT_A_PERSON.has(word) && !isClinicalEnglishTermWord(word) && !isClinicalEnglishWord(word);
}

function anotherSpeakerLine(text: string, tokens: readonly CapitalisedToken[], token: CapitalisedToken, guards: NameSlotGuards): boolean {
  return tokens.some(
    (other) =>
      other !== token &&
      other.text !== token.text &&
      SPEAKER_BEFORE.test(text.slice(Math.max(0, other.start - 8), other.start)) &&
      SPEAKER_AFTER.test(text.slice(other.end, other.end + 3)) &&
      !HEADING_WORDS.has(other.text) &&
      !guards.notAName(other.text) &&
      isPersonWord(other.text),
  );
}

/** What the pair scorer knows of ordinary capitalised words and eponyms ("Sjögren syndrome", "Austin Flint murmur"). */
export interface NameSlotGuards {
  readonly notAName: (word: string) => boolean;
  readonly followedByEponymNoun: (text: string, end: number) => boolean;
}

export function scanLoneNamesInNameSlots(text: string, tokens: readonly CapitalisedToken[], guards: NameSlotGuards): Detection[] {
  const detections: Detection[] = [];
  for (const token of tokens) {
    const slot = slotOf(text, token);
    if (
      slot === null ||
      HEADING_WORDS.has(token.text) ||
      guards.notAName(token.text) ||
      !isPersonWord(token.text) ||
      guards.followedByEponymNoun(text, token.end)
    )
      continue;
    // "with Mary Joseph nodule", "Susan Smith": a capitalised word after it belongs to a longer name or term;
    // "sacubitril/valsartan", "Piperacillin-tazobactam": a slash or hyphen joins it to a drug.
    if (/^\s?[A-Z]/.test(text.slice(token.end, token.end + 2)) || /[-/]/.test(text.charAt(token.end)) || text.charAt(token.start - 1) === '/') continue;
    const listedGiven = GIVEN_NAMES.has(token.text) && !AMBIGUOUS_GIVEN_NAMES.has(token.text);
    const listed = listedGiven || (slot !== 'bed' && SURNAMES.has(token.text) && !AMBIGUOUS_GIVEN_NAMES.has(token.text));
    // Beside a bed number only a listed given name ("bed 3 Foley in situ" names a catheter), or a word that opens a
    // line or sentence and is labelled with its bed right after it ("Kwesi, bed 9, slept well").
    if (
      slot === 'bed' &&
      !listedGiven &&
      !(BED_AFTER.test(text.slice(token.end, token.end + 32)) && CLAUSE_START_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start)))
    )
      continue;
    if (slot === 'verb' && !listedGiven) continue;
    // "Received:", "Specimen:", "Consultant Histopathologist": a report's field labels and job titles are words; a name
    // outside the lists in these slots is not ("Kwame:", "Consultant Oyelaran").
    if (!listed && isEnglishWord(token.text) && (slot === 'speaker' || (slot === 'role' && PROFESSION_ENDING.test(token.text)))) continue;
    // A speaker outside the lists counts only in a chat: another line of the text opens with a speaker too.
    if (slot === 'speaker' && !listedGiven && !anotherSpeakerLine(text, tokens, token, guards)) continue;
    if (!listed && (token.text.length < 3 || !/[aeiouy]/i.test(token.text))) continue;
    detections.push({ type: 'name', start: token.start, end: token.end, priority: PRIORITY, score: listed ? LISTED_SCORE : UNLISTED_SCORE });
  }
  return detections;
}
