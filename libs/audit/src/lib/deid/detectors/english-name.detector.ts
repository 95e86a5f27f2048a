import { isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, SURNAMES } from '../data/english-names';
import type { Detection, PhiDetector } from '../deid.types';
import { mayMatch, startScan } from '../regex-scan.util';
import { followedByEponymNoun, scanEnglishNamesWithoutTrigger } from './english-name-pair.scorer';
import { scanEnglishSlotNames } from './english-slot-name.scanner';
import { scanCapitalisedSurnameNames } from './capitalised-surname-name.scanner';
import { continuesLowerCaseName, scanLowerCaseNames } from './english-lower-case-name.scanner';
import { isEnglishWord } from '../english-words';
import { REGION_NAMES } from '../data/region-names';
import { HEADING_WORDS } from './english-lone-name.scanner';

/**
 * English names are found after a person word (Mr/Dr/Patient/signed by/wife ...) or before an age
 * phrase ("John Smith, a 67-year-old"). Medical eponyms are excluded where they name a disease.
 */
const PRIORITY = 55;
// Latin-1 letters spelled out (Müller, Zoë); a Unicode-property class would slow every scan.
// Latin Extended-A (ć, ś, ł, ő: Marković, Wiśniewski, Łukasz) in both classes: its capitals and small letters alternate.
const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F`;
const LOWER = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F`;
// A glottal stop or an elision inside a name ("Taufa'ahau", "Ng'ang'a"), but not a possessive ("Patient's").
const NAME_TOKEN = String.raw`(?:[A-Z]['’]|Mc|Mac|Di|De|Du|Le|La|Van|Von|Del)?[${UPPER}][${LOWER}]+(?:['’][${LOWER}]{2,})?(?:-(?:Mc|Mac)?[${UPPER}][${LOWER}]+)?`;
/** "R. van der Berg", "Ana de la Cruz", "Omar bin Said": lower-case particles inside a surname. */
/** Filipino "dela Cruz", Welsh "ap Rhys", Malay "binti Kamarudin" too. */
const SURNAME_PARTICLE = String.raw`(?:(?:van|von|de|del|dela|della|delos|der|den|da|di|du|dos|das|la|le|ter|ten|bin|binti|bte|ibn|al|el|ap|ab)[ \t]+){0,2}`;
/** Irish surnames open with Ó, Ní, Nic, Uí or a separate Mac ("Dr Ó Súilleabháin", "Máire Ní Bhriain"). */
// Detectors read the text with its diacritics folded (Ó as O, Ní as Ni), so both spellings are matched.
const IRISH_PARTICLE = String.raw`(?:Ó|O|Ní|Ni|Nic|Uí|Ui|Mac)[ \t]+`;
/** A name never runs across a line break: in a form the next line opens with its own label ("Provider: Mayo Clinic↵Date"). */
const NAME = String.raw`((?:[A-Z]\.[ \t]*){0,2}${NAME_TOKEN}(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:${SURNAME_PARTICLE}|${IRISH_PARTICLE})${NAME_TOKEN}){0,2}|(?:[A-Z]\.[ \t]*){1,2}${SURNAME_PARTICLE}${NAME_TOKEN}|${IRISH_PARTICLE}${NAME_TOKEN})`;

const TITLED = new RegExp(
  String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Mdm|Mme|Dr|Dra|Sr|Sra|Srta|Prof|Profa|Professor|Doctor|Nurse|Sister|Encik|Puan|Cik|Smt|Shri)\.?\s+${NAME}`,
  'g',
);
const LABELLED = new RegExp(
  String.raw`\b(?:[Pp]atient|[Pp]t\.?|[Nn]ame|[Pp]atient\s+name|[Ss]igned\s+by|[Ee]lectronically\s+signed\s+by|[Dd]ictated\s+by|[Rr]eviewed\s+by|[Ss]een\s+by|[Rr]eferred\s+by|[Aa]ttending(?:\s+physician)?|[Cc]ontact(?:\s+person)?|[Nn]ext\s+of\s+kin|[Gg]uardian|[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Gg]rand(?:son|daughter|mother|father|ma|pa)|[Nn]iece|[Nn]ephew|[Aa]unt|[Uu]ncle|[Cc]ousin|[Ss]tep(?:son|daughter|mother|father)|[Ff]ianc[ée]e?|[Gg]irlfriend|[Bb]oyfriend|[Mm]other|[Ff]ather|[Bb]rother|[Ss]ister|[Ss]pouse|[Pp]artner|[Cc]aregiver|[Pp]rimary\s+care\s+physician|PCP|[Ss]urgeon|[Rr]esident|[Cc]onsultant|[Ss]ocial\s+worker|[Cc]ase\s+manager|[Pp]harmacist|[Tt]herapist|[Ww]itness|[Ii]nterpreter|[Cc]haperone|[Nn]urse|[Ss]cribe|[Aa]n(?:a)?esthe(?:tist|siologist)|[Aa]ssistant|[Pp]hysician|[Pp]rovider|[Aa]uthor|(?:[Rr]ecorded|[Ww]ritten|[Aa]pproved|[Vv]erified|[Pp]erformed|[Rr]eported|[Tt]ranscribed|[Cc]hecked|[Pp]repared|[Cc]ompleted|[Ss]ubmitted|[Ee]xamined|[Aa]ssessed|[Ss]upervised|[Tt]riaged|[Cc]onfirmed|[Aa]uthori[sz]ed)\s+by)\s*[:,-]?\s+${NAME}`,
  'g',
);
/**
 * The person a claim, a policy or a death certificate is about, after its field label and a colon, written either way
 * round ("Member: Delacroix, Thibodeaux J.", "Plan member: Gagnon-Whitehorse, Jacqueline", "Claimant: Aroha
 * Ngata-McKenzie", "Deceased: Johannes Petrus Botha").
 */
const HOLDER_LABELLED = new RegExp(
  String.raw`\b(?:[Pp]lan\s+member|[Mm]ember|[Ii]nsured|[Cc]laimant|[Bb]eneficiary|[Dd]eceased|[Pp]olicy\s?holder|[Ss]ubscriber|[Ee]nroll?ee)[ \t]{0,2}:[ \t]{1,3}(${NAME_TOKEN},[ \t]${NAME_TOKEN}(?:[ \t]${NAME_TOKEN}){0,2}(?:[ \t][A-Z]\.?(?![A-Za-z]))?|${NAME})`,
  'g',
);
/**
 * Form fields for parts of a name and roles whose word is written before the person ("Surname: Okonkwo-Adeyemi", "Other
 * names: …", "Handed over by Chloe", "Paramedics: Sharn Hickey", "Physio: Ngaire", "Officer Kowalski", "Genetic counsellor:
 * Harpreet Sandhu-Gill", "Parents: Viliami"). A role word also
 * heads its own notes ("Physio: Mobilised with frame"), so a value that opens with an everyday word counts only when that
 * word is a listed name.
 */
const ROLE_LABELLED = new RegExp(
  String.raw`\b(?:[Ss]urname|[Ll]ast\s+name|[Ff]amily\s+name|[Ff]irst\s+names?|[Gg]iven\s+names?|[Ff]orenames?|[Oo]ther\s+names|[Hh]anded\s+over\s+(?:by|to)|[Pp]aramedics?|[Pp]hysio(?:therapist)?|[Dd]ietitian|[Mm]idwife|[Oo]fficer|[Cc]onstable|[Ss]ergeant|[Dd]etective|[Cc]rew|[Cc]ounsel{1,2}or|[Cc]o-?ordinator|[Kk]ey\s+worker|[Pp]arents?)\s{0,2}[:,-]?\s{1,3}${NAME}`,
  'g',
);
/** "Bed 16: Kylie-Ann O'Driscoll, DKA": a handover line names the patient after the bed, before a comma, a dash or a bracket. */
const BED_SLOT_NAME = new RegExp(String.raw`\b[Bb]ed[ \t]?\d{1,3}[A-Za-z]?[ \t]?[:–—-][ \t]{1,2}${NAME}(?=,|[ \t][-–—][ \t]|[ \t]?\()`, 'g');
/** "to Sione RN", "by Chloe RN", "to Leilani Fonoti-Smith RN": a name with a nursing credential after it. */
const NAME_THEN_NURSING_CREDENTIAL = new RegExp(
  String.raw`\b(?:by|to|from|with|and|per)[ \t]{1,2}(${NAME_TOKEN}(?:[ \t]${NAME_TOKEN})?)[ \t](?:RN|RGN|RM|EN|HCA|CNS|NP)\b`,
  'g',
);

/** A value after a role word: it opens with no everyday or clinical word, unless a listed name or a surname makes it a name. */
function nameAfterRole(value: string): boolean {
  const first = value.split(/[\s-]+/)[0] ?? '';
  const lower = first.toLowerCase();
  if (NOT_A_NAME.has(first) || isClinicalEnglishWord(lower) || isClinicalEnglishTermWord(lower)) return false;
  if (!isEnglishWord(lower) || GIVEN_NAMES.has(first) || SURNAMES.has(first)) return true;
  // "Sharn Hickey": two capitalised words after a role are a given name and a surname, whatever a dictionary holds.
  const tokens = value.split(/\s+/);
  return (
    tokens.length >= 2 &&
    tokens.every((token) => !NOT_A_NAME.has(token) && !isClinicalEnglishWord(token.toLowerCase()) && !isClinicalEnglishTermWord(token.toLowerCase()))
  );
}

function scanRoleLabelledNames(text: string, detections: Detection[]): void {
  for (const regex of [ROLE_LABELLED, BED_SLOT_NAME, NAME_THEN_NURSING_CREDENTIAL]) {
    if (!mayMatch(text, regex)) continue;
    startScan(regex, text);
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      const greedy = match[1] ?? '';
      // A form's next field follows after a run of spaces ("Surname: Okonkwo   Other names: …").
      const value = trimTrailingNonNames(greedy.split(/[ \t]{2,}/)[0] ?? '');
      if (!nameAfterRole(value)) continue;
      const start = match.index + match[0].lastIndexOf(greedy);
      detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY, score: 0.8 });
    }
  }
}

const BEFORE_AGE = new RegExp(String.raw`\b${NAME}(?=,?\s+(?:is\s+|was\s+)?an?\s+\d{1,3}[- ](?:year|yr|month)[- ]old)`, 'g');

/** "Dr. K.", "Mr J.S.", "Dr K and …": a title before initials alone still points at one person. */
const TITLED_INITIALS =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s{1,2}((?:[A-Z]\.\s?){0,2}[A-Z]\.|[A-Z](?=\s(?:and|or|to|has|had|was|is|reviewed|said|saw|will|in|at|on)\b|[,;)]|\s\((?:single|one)[- ]letter\b|$))(?![A-Za-z])/g;
/**
 * Initials alone ("Discussed with J.S. (daughter)", "J.S. said"): two or three dotted capitals, after a word that
 * introduces a person or before a relative in brackets or a verb of speaking. E. coli, S. aureus, p.o. and q.i.d.
 * have one capital or none; U.S., U.K., A.M. and P.M. are places and times.
 */
const DOTTED_INITIALS = /(?<![A-Za-z.])([A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?)(?![A-Za-z])/g;
const NOT_INITIALS =
  /^(?:U\.\s?S\.|U\.\s?K\.|A\.\s?M\.|P\.\s?M\.|N\.\s?B\.|E\.\s?U\.|U\.\s?N\.|D\.\s?C\.|B\.\s?C\.|A\.\s?D\.|P\.\s?S\.|M\.\s?D\.|R\.\s?N\.|D\.\s?O\.|O\.\s?D\.|O\.\s?S\.|O\.\s?U\.)$/;
const PERSON_BEFORE_INITIALS =
  /\b(?:with|by|per|to|and|from|told|informed|called|contacted|saw|visited\s+by|spoke\s+to|discussed\s+with|wife|husband|son|daughter|mother|father|sister|brother|partner|friend|carer|caregiver|neighbou?r|NOK|patient|pt)\s{1,2}$/i;
const PERSON_AFTER_INITIALS =
  /^\s{0,2}(?:,\s?\d{1,3}\s?[MF]\b|\(initials\b|\((?:wife|husband|son|daughter|mother|father|sister|brother|partner|friend|carer|caregiver|neighbou?r|NOK|next\s+of\s+kin|patient|pt|GP|RN|nurse|niece|nephew|grandson|granddaughter)\b|(?:said|says|reports|reported|states|stated|called|phoned|visited|agreed|declined|confirmed)\b)/i;
/**
 * "Okafor, Chinedu Emeka" and "Hernandez, Maria Luisa, 74F": surname, comma, given and middle name, at a record head or
 * after a label, and closing the field (end of line, a comma before an age or a date of birth, a bracket). A list of
 * conditions ("Hypertension, Diabetes Mellitus and CKD") runs on and is kept.
 */
const LAST_FIRST_MIDDLE = new RegExp(
  String.raw`\b(${NAME_TOKEN},\s${NAME_TOKEN}(?:\s(?:${NAME_TOKEN}|[A-Z]\.)){1,2})(?=\s*$|\s*\n|\s*\(|,\s{0,2}(?:\d{1,3}\s?(?:[MF]\b|y|yo|years?)|DOB|D\.O\.B|born|aged?|MRN|NHS)|\s{0,2}[;|])`,
  'gm',
);
const NAME_FIELD_LABEL = /\b(?:Patient(?:\s+name)?|Pt|Name|Full\s+name|Re|NOK|Next\s+of\s+kin|Contact|Surname)\s{0,2}[:：-]?\s{0,3}$/i;
const AGE_OR_BIRTH_AFTER = /^,\s{0,2}(?:\d{1,3}\s?(?:[MF]\b|y|yo|years?)|DOB|D\.O\.B|born|aged?|MRN|NHS)/;

/**
 * What a bracket after a name says the person is: a relative, a carer, a member of staff ("Linda (wife)", "Priya (eldest
 * daughter)", "Fern (endoscopy nurse)", "Betty and Frank (neighbours)", "Jenny（保姆）", "Lily（患者英文名）").
 */
const PERSON_IN_BRACKET = String.raw`[(（](?:(?:eldest|elder|older|younger|youngest|oldest|middle|only|twin|staff|ward|charge|endoscopy|theatre|scrub|district|community|practice|night|day|agency|bank|student|specialist|senior|junior|home|live-in|family|paid|main|primary)\s)?(?:wife|husband|son|daughter|mother|father|sister|brother|partner|friend|carer|caregiver|neighbou?r|NOK|next\s+of\s+kin|niece|nephew|grandson|granddaughter|aunt|uncle|cousin|fianc[ée]e?|nurse|HCA|physio|interpreter|translator|nanny|housekeeper|cleaner|landlord|landlady|colleague|flatmate|roommate|housemate|stepson|stepdaughter|guardian|midwife|paramedic|porter|pharmacist|registrar|SHO|consultant)s?\b|[(（](?:保姆|护工|陪护|家属|患者|病人|女儿|儿子|妻子|丈夫|母亲|父亲|朋友|同事|邻居|室友|英文名|小名|昵称|乳名|护士|翻译)`;
/**
 * Where every match of the two rules below ends: the last small letter of a name, a space or none, and a person in
 * brackets. Most notes with a bracket have none ("马丽（女儿）": no Latin name before it), and looking for it costs less
 * than trying a name at every capital.
 */
const WORD_BEFORE_PERSON_IN_BRACKET = new RegExp(String.raw`[${LOWER}]\s?(?:${PERSON_IN_BRACKET})`);
/** "Linda (wife) called", "Tom (son) will collect": a capitalised name right before a relative in brackets. */
const NAME_BEFORE_BRACKETED_RELATIVE = new RegExp(String.raw`\b(${NAME_TOKEN})(?=\s?${PERSON_IN_BRACKET})`, 'g');
/** "Betty and Frank (neighbours)": the first of two names joined by "and" before such a bracket. */
const FIRST_OF_PAIR_BEFORE_BRACKET = new RegExp(String.raw`\b(${NAME_TOKEN})(?=\s(?:and|&)\s${NAME_TOKEN}\s?${PERSON_IN_BRACKET})`, 'g');
/** "Ambulance crew (Dave and Sue)", "parents (Tom, Ann)": names in brackets after a group of people. */
const NAMES_IN_BRACKET_AFTER_GROUP = new RegExp(
  String.raw`\b(?:crew|paramedics|parents|neighbou?rs|friends|carers|visitors|family|children|kids|sons|daughters|siblings|grandchildren|relatives|colleagues|staff)\s?\((${NAME_TOKEN})(?:,\s?|\s(?:and|&)\s)(${NAME_TOKEN})\)`,
  'gi',
);
/**
 * Two capitalised words at the head of a record or line that something only a person has follows: age and sex
 * ("Wojciech Kowalczyk, 58M", "Katarzyna NOWAK, 33F"), a role in brackets ("Olumide Adeyemi (staff nurse)"),
 * post-nominal letters ("Siddharth Iyer MD PhD"), a dash before a handover note ("Anna-Lise Sorensen — transfer").
 */
const HEAD_PAIR = String.raw`(${NAME_TOKEN}\s(?:${NAME_TOKEN}|[A-Z]{2,}(?:-[A-Z]{2,})?))`;
const PAIR_WITH_PERSON_AFTER = new RegExp(
  String.raw`(?:^|(?<=\n|[.;:]\s))[ \t]*${HEAD_PAIR}(?=,\s?\d{1,3}\s?(?:[MF]|yo|y\/o|yrs?|years?)\b|\s?${PERSON_IN_BRACKET}|,?\s(?:MD|PhD|MBBS|MBChB|MB\sBS|FRCP|FRCS|FRCPath|MRCP|MRCS|RN|RGN|NP|PA-C|DO|FRACP|FACP|FACS|DNP|APRN|CNS|BSc|MSc|MPH)\b|\s[—–]\s)`,
  'g',
);

const RELATIVE_WORD =
  /^(?:Mother|Father|Mum|Mom|Dad|Wife|Husband|Son|Daughter|Sister|Brother|Partner|Friend|Carer|Caregiver|Patient|Spouse|Guardian|Neighbou?r|Niece|Nephew|Aunt|Uncle|Cousin|Grand[a-z]+|Step[a-z]+|Family|Relative|Relatives|Parents?|Children|Child)$/;

function isPersonToken(text: string, start: number, value: string): boolean {
  return (
    !NOT_A_NAME.has(value) && !RELATIVE_WORD.test(value) && !isClinicalEnglishTermWord(value) && !isClinicalEnglishWord(value) && acceptName(text, start, value)
  );
}

function scanNamesBesideBrackets(text: string, detections: Detection[]): void {
  if (!/[(（]/.test(text)) return;
  startScan(FIRST_OF_PAIR_BEFORE_BRACKET, text, WORD_BEFORE_PERSON_IN_BRACKET);
  let match: RegExpExecArray | null;
  while ((match = FIRST_OF_PAIR_BEFORE_BRACKET.exec(text)) !== null) {
    const value = match[1] ?? '';
    if (isPersonToken(text, match.index, value))
      detections.push({ type: 'name', start: match.index, end: match.index + value.length, priority: PRIORITY, score: 0.8 });
  }
  startScan(NAMES_IN_BRACKET_AFTER_GROUP, text);
  while ((match = NAMES_IN_BRACKET_AFTER_GROUP.exec(text)) !== null) {
    const whole = match[0];
    for (const value of [match[1] ?? '', match[2] ?? '']) {
      const start = match.index + whole.indexOf(value, whole.indexOf('('));
      if (isPersonToken(text, start, value)) detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY, score: 0.8 });
    }
  }
}

function scanPairsWithPersonAfter(text: string, detections: Detection[]): void {
  PAIR_WITH_PERSON_AFTER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PAIR_WITH_PERSON_AFTER.exec(text)) !== null) {
    const value = match[1] ?? '';
    const start = match.index + match[0].length - value.length;
    const words = value.split(/\s/);
    if (words.some((word) => !isPersonToken(text, start, word) || EPONYMS.has(word))) continue;
    detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY, score: 0.8 });
  }
}

function scanNameBeforeRelative(text: string, detections: Detection[]): void {
  if (!/[(（]/.test(text)) return;
  startScan(NAME_BEFORE_BRACKETED_RELATIVE, text, WORD_BEFORE_PERSON_IN_BRACKET);
  let match: RegExpExecArray | null;
  while ((match = NAME_BEFORE_BRACKETED_RELATIVE.exec(text)) !== null) {
    const value = match[1] ?? '';
    // A listed given name that is also a clinical word (Frank, Grace) is a person before "(neighbour)".
    const clinical = isClinicalEnglishWord(value) || (isClinicalEnglishTermWord(value) && !GIVEN_NAMES.has(value));
    if (NOT_A_NAME.has(value) || RELATIVE_WORD.test(value) || clinical || !acceptName(text, match.index, value)) continue;
    detections.push({ type: 'name', start: match.index, end: match.index + value.length, priority: PRIORITY, score: 0.8 });
  }
}

/** One or two initials and a surname: "R. Gagnon", "M. J. Okafor", "K. O'Donnell", "A. Smith-Jones". */
const INITIALS_AND_SURNAME = String.raw`(?:[A-Z]\.[ \t]?){1,2}[A-Z][a-z]*(?:['’][A-Z])?[a-z]+(?:-[A-Z][a-z]+)?`;

/**
 * A line that signs a note with an initial, a surname and a credential: "R. Gagnon, RPh", "J. Alvarez, LCSW",
 * "K. O'Donnell RN", "— M. J. Okafor, MD". The credential says a person signed; the surname needs no list.
 */
const CREDENTIALS =
  'GMC|NMC|HCPC|RGN|RMN|MBChB|FRCP|FRCS|FRCR|MRCP|MRCGP|FRACP|FACEM|RN|RPh|LCSW|LICSW|LPN|LVN|NP|FNP|APRN|CNS|CNM|CRNA|PA-C|PA|MD|DO|MBBS|PharmD|RD|RDN|PT|DPT|OT|OTR|SLP|RRT|MSW|LMSW|LMFT|LPC|PsyD|PhD|BSN|MSN|DNP|CNA|EMT|Paramedic';
const CREDENTIAL_SIGN_OFF = new RegExp(String.raw`^[ \t]{0,4}(?:[-–—][ \t]?)?(${INITIALS_AND_SURNAME}),?[ \t](?:${CREDENTIALS})\b[^\n]{0,40}$`, 'gm');
/** The same sign-off after the last sentence of a one-line note: "1:1 sitter requested. K. Mbeki RN #44871". */
const CREDENTIAL_SIGN_OFF_AFTER_SENTENCE = new RegExp(String.raw`[.;][ \t]{1,2}(${INITIALS_AND_SURNAME}),?[ \t](?:${CREDENTIALS})\b[^\n]{0,40}$`, 'gm');

/** "Re: Kylie Bennett, DOB 12/08/1979": the subject line of a clinic letter names the patient before their identifiers. */
const LETTER_SUBJECT_NAME = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:Re|RE|Subject|Patient)(?:[ \t]{0,2}:)?[ \t]{1,3}(${NAME_TOKEN}(?:[ \t]+${NAME_TOKEN}){1,2})(?=,?[ \t]*(?:DOB|D\.O\.B|born|NHS|MRN|Hosp|Medicare|NHI|CHI|IHI|UR|aged?\b|\(|\d))`,
  'g',
);

/** "Triage RN: J. Whitcombe", "per deputy R. Salazar", "HCA K. Oduya": a role, then an initial and a surname. */
const ROLE_THEN_INITIAL = new RegExp(
  String.raw`\b(?:RN|RGN|EN|HCA|NA|CNA|LPN|RPh|PharmD|nurse|midwife|deputy|officer|constable|sergeant|detective|paramedic|EMT|pharmacist|porter|interpreter|chaplain|social\s+worker)(?:[ \t]{0,2}:)?[ \t]{1,2}(${INITIALS_AND_SURNAME})(?![A-Za-z'’])`,
  'g',
);

/**
 * "Electronically signed: A. Mason", "W/o S. Venkataraman" (wife of), "Witness: K. Oduya", "| V. Krishnamurthy |": a
 * signature, a relation or a table cell of its own, then an initial and a surname.
 */
const SLOT_THEN_INITIAL = new RegExp(
  String.raw`\b(?:[Ss]igned|[Ss]ignature|[Ww]itness|[Vv]erified\s+by|[Aa]uthori[sz]ed\s+by|[Dd]ictated\s+by|[Rr]eported\s+by|[WSDC]\/[Oo]|[Cc]opy\s+to|[Cc]c)(?:[ \t]{0,2}:)?[ \t]{1,3}(${INITIALS_AND_SURNAME})(?![A-Za-z'’])`,
  'g',
);
/**
 * "result phoned to ward 15:40 by K. Dlamini": an initial and a surname after "by" and a verb of what people do, closing the
 * clause ("growth by E. Coli", "treated by S. Maltophilia protocol" stay).
 */
const AGENT_INITIAL = new RegExp(
  String.raw`\b(?:phoned|rung|called|relayed|seen|reviewed|checked|witnessed|taken|entered|given|performed|reported|examined|assessed|signed|written|dictated|completed|administered|verified|confirmed|received|collected|drawn|done)\b[^\n.;]{0,40}?(?<!(?:caused|produced|mediated|infected|colonised|colonized|grown|isolated)[ \t])\bby[ \t]{1,2}(${INITIALS_AND_SURNAME})(?=[ \t]*(?:$|[.,;)\n]))`,
  'gm',
);
const CELL_INITIAL = new RegExp(String.raw`(?:^|[|｜])[ \t]{0,3}(${INITIALS_AND_SURNAME})[ \t]{0,3}(?=[|｜]|$)`, 'gm');

/** "E. Coli", "S. Aureus": a genus initial before a species written capitalised is an organism, not an initial and surname. */
function isSurnameAfterInitials(value: string): boolean {
  return isSurnameWord(value.slice(value.search(/[A-Z][a-z]/)).split('-')[0] ?? '');
}

/** A capitalised word that can be a surname: a listed one, or one no English word list holds, and no clinical word. */
export function isSurnameWord(surname: string): boolean {
  const lower = surname.toLowerCase();
  if (isClinicalEnglishWord(lower) || isClinicalEnglishTermWord(lower)) return false;
  return SURNAMES.has(surname) || !isEnglishWord(lower);
}

/**
 * A meeting's or a letter's line of people: "Present: B. Okafor (chair), L. Brennan, Holly Marsh", "Attendees: Dr R. Osei;
 * S. Lindqvist (CNS)", "cc: …". Each item is taken only when it is wholly a name (a title, then an initial and a surname,
 * or two or three capitalised words that a name list holds or no English word list does), so "Present: E. Coli in urine"
 * and "Present: bilateral crackles" stay.
 */
const PEOPLE_LINE =
  /(?:^|\n)[ \t]*(?:Present|Attendees|Attendance|In attendance|Attended by|Members present|Participants|Panel|Cc|CC|cc|Copies to|Copy to)[ \t]*:[ \t]*([^\n]{3,300})/g;
const ITEM_TITLE = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sr|Sister|Nurse)\.?[ \t]+)?/;
const ITEM_ROLE = /(?<![ \t])[ \t]*\([^()\n]{1,40}\)[ \t]*$/;
const INITIALS_AND_SURNAME_WHOLE = new RegExp(`^${INITIALS_AND_SURNAME}$`);
const CAPITALISED_NAME_WHOLE = /^[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t][A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}$/;

function isPeopleLineName(item: string): boolean {
  if (INITIALS_AND_SURNAME_WHOLE.test(item)) return isSurnameAfterInitials(item);
  if (!CAPITALISED_NAME_WHOLE.test(item)) return false;
  const words = item.split(/[ \t]/);
  if (words.some((word) => isClinicalEnglishWord(word.toLowerCase()) || isClinicalEnglishTermWord(word.toLowerCase()))) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return (GIVEN_NAMES.has(first) || !isEnglishWord(first.toLowerCase())) && (SURNAMES.has(last) || !isEnglishWord(last.toLowerCase()));
}

function scanPeopleLines(text: string, detections: Detection[]): void {
  startScan(PEOPLE_LINE, text);
  let match: RegExpExecArray | null;
  while ((match = PEOPLE_LINE.exec(text)) !== null) {
    const list = match[1] ?? '';
    let at = match.index + match[0].length - list.length;
    for (const raw of list.split(/([;,]|[ \t]and[ \t])/)) {
      const itemStart = at;
      at += raw.length;
      const title = ITEM_TITLE.exec(raw.trimStart())?.[0] ?? '';
      const item = raw.trimStart().slice(title.length).replace(ITEM_ROLE, '').trimEnd();
      if (item.length === 0 || !isPeopleLineName(item)) continue;
      const start = itemStart + (raw.length - raw.trimStart().length) + title.length;
      detections.push({ type: 'name', start, end: start + item.length, priority: PRIORITY, score: 0.8 });
    }
  }
}

/** Names in the slots a letter or a signature gives them: credential sign-offs, a role before an initial, a subject line. */
function scanCredentialSignOffs(text: string, detections: Detection[]): void {
  for (const regex of [
    CREDENTIAL_SIGN_OFF,
    CREDENTIAL_SIGN_OFF_AFTER_SENTENCE,
    ROLE_THEN_INITIAL,
    LETTER_SUBJECT_NAME,
    SLOT_THEN_INITIAL,
    CELL_INITIAL,
    AGENT_INITIAL,
  ]) {
    startScan(regex, text);
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      const value = match[1] ?? '';
      // "Re: Follow Up 12 weeks": a subject of words only is no name.
      if (regex === LETTER_SUBJECT_NAME && value.split(/[ \t]+/).every((word) => isEnglishWord(word))) continue;
      if (
        (regex === SLOT_THEN_INITIAL || regex === CELL_INITIAL || regex === CREDENTIAL_SIGN_OFF_AFTER_SENTENCE || regex === AGENT_INITIAL) &&
        !isSurnameAfterInitials(value)
      )
        continue;
      const start = match.index + match[0].lastIndexOf(value);
      detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY, score: 0.85 });
    }
  }
}

/**
 * Words of forms and prescriptions that take a name's place at the head of a line or in a list and name no one: Malay
 * referral letters' labels (Tarikh, Kepada, Sejarah, Ubat) and the department they address (Pakar Perubatan, Jabatan
 * Perubatan), a prescription's Sig and Prescriber, a portal's "Book here".
 */
const FORM_WORDS = new Set(
  `Tarikh Kepada Daripada Sejarah Masalah Ubat Ubatan Rawatan Umur Jantina Pakar Perubatan Jabatan Pemeriksaan Ujian Alahan
  Cadangan Rujukan Keputusan Tandatangan Katil Wad Klinik Sig Prescriber Prescribed Book Booked Rebook Acct Access URN MRN`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Two heading words or more are a table's header row ("URN⇥DOB⇥Phone⇥Access"; one alone may be a surname: Mrs Ward), and
 * a state's name written out is no person ("Andhra Pradesh"; Victoria and Georgia are given names too).
 */
const REGION_NAME_SET = new Set(REGION_NAMES.split('|').filter((name) => !GIVEN_NAMES.has(name)));
function isFormWordsOnly(span: string): boolean {
  const words = span.split(/[\s,]+/);
  return REGION_NAME_SET.has(span) || words.every((word) => FORM_WORDS.has(word) || (words.length > 1 && HEADING_WORDS.has(word)));
}

/** A title that a pair rule read as the first word of a name ("Mdm Chua was seen"): the name is what follows it. */
const LEADING_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Mdm|Madam|Dr|Prof)\.? (?=[A-Z])/;
function withoutLeadingTitle(text: string, detection: Detection): Detection {
  const title = LEADING_TITLE.exec(text.slice(detection.start, detection.end));
  return title ? { ...detection, start: detection.start + title[0].length } : detection;
}

/** A maiden name after née (or the German geb.): "Lorraine Brandt (née Kessler)", "Jane Smith nee O'Hara". */
const MAIDEN_NAME = /(?<![A-Za-z])(?:née|nee|geb\.|geborene)\s{1,2}((?:[A-Z]['’]|Mc|Mac)?[A-Z][a-z\u00DF-\u00FF]+(?:-[A-Z][a-z\u00DF-\u00FF]+)?)(?![A-Za-z])/g;

function scanInitials(text: string, detections: Detection[]): void {
  startScan(TITLED_INITIALS, text);
  let match: RegExpExecArray | null;
  while ((match = TITLED_INITIALS.exec(text)) !== null) {
    const value = match[1] ?? '';
    const start = match.index + match[0].length - value.length;
    detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY });
  }
  if (!/[A-Z]\.\s?[A-Z]\./.test(text)) return;
  DOTTED_INITIALS.lastIndex = 0;
  while ((match = DOTTED_INITIALS.exec(text)) !== null) {
    const value = match[1] ?? '';
    if (NOT_INITIALS.test(value)) continue;
    const end = match.index + value.length;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (!PERSON_BEFORE_INITIALS.test(before) && !PERSON_AFTER_INITIALS.test(text.slice(end, end + 24))) continue;
    detections.push({ type: 'name', start: match.index, end, priority: PRIORITY, score: 0.8 });
  }
}

/**
 * "mrs jones called", "pls tell dr singh", "dr chen on bleep": a title in lower case (portal messages, texts) before a
 * lower-case word that is a listed surname or no English word at all (nor a clinical one: "mr angiography", "ms relapse").
 */
const LOWER_CASE_TITLED = /(?<![A-Za-z])(?:mr|mrs|ms|miss|dr)\.? ([a-z]{2,14})(?![A-Za-z])/g;
function scanLowerCaseTitled(text: string, detections: Detection[]): void {
  startScan(LOWER_CASE_TITLED, text);
  let match: RegExpExecArray | null;
  while ((match = LOWER_CASE_TITLED.exec(text)) !== null) {
    const value = match[1] ?? '';
    if (!canBeSurnameAfterTitle(value)) continue;
    const start = match.index + match[0].length - value.length;
    // "mrs dela cruz": a surname of two words runs on through the next that is a listed surname or no English word.
    const next = / ([a-z]{3,14})(?![A-Za-z])/.exec(text.slice(start + value.length, start + value.length + 16));
    const more = next?.index === 0 && next[1] && continuesLowerCaseName(next[1]) ? next[0].length : 0;
    detections.push({ type: 'name', start, end: start + value.length + more, priority: PRIORITY, score: 0.7 });
  }
}

/** A lower-case word after a title that is a listed surname, or no English or clinical word at all. */
function canBeSurnameAfterTitle(value: string): boolean {
  const titled = value.charAt(0).toUpperCase() + value.slice(1);
  if (isClinicalEnglishTermWord(value) || isClinicalEnglishWord(value) || NOT_A_NAME.has(titled)) return false;
  return !isEnglishWord(value) || (SURNAMES.has(titled) && !AMBIGUOUS_GIVEN_NAMES.has(titled));
}

/**
 * "REF: DR. S. PATEL", "MRS OKAFOR": a title in capitals, as order and report headers print them, before capital initials
 * and a surname read as the lower-case title's are ("MR ANGIOGRAPHY", "MS RELAPSE" and "DR MRI" stay).
 */
const UPPER_CASE_TITLED = /(?<![A-Za-z])(?:MR|MRS|MS|MISS|DR|PROF)(\.?)[ \t]{1,2}((?:[A-Z]\.[ \t]?){0,2})([A-Z][A-Z'’-]{1,20})(?![A-Za-z])/g;
function scanUpperCaseTitled(text: string, detections: Detection[]): void {
  startScan(UPPER_CASE_TITLED, text);
  for (let match = UPPER_CASE_TITLED.exec(text); match !== null; match = UPPER_CASE_TITLED.exec(text)) {
    const initials = match[2] ?? '';
    const surname = match[3] ?? '';
    // "Azure XT DR MRI": a device model's DR (dual chamber) before an acronym; a title without its dot or an initial
    // needs a surname of four letters or more.
    if (!match[1] && !initials && surname.length < 4) continue;
    if (!canBeSurnameAfterTitle(surname.toLowerCase())) continue;
    const start = match.index + match[0].length - initials.length - surname.length;
    detections.push({ type: 'name', start, end: match.index + match[0].length, priority: PRIORITY, score: 0.7 });
  }
}

function scanLastFirstMiddle(text: string, detections: Detection[]): void {
  if (!/[a-z],\s[A-Z][a-z]+\s[A-Z]/.test(text)) return;
  LAST_FIRST_MIDDLE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = LAST_FIRST_MIDDLE.exec(text)) !== null) {
    const value = match[1] ?? '';
    const end = match.index + value.length;
    const labelled = NAME_FIELD_LABEL.test(text.slice(Math.max(0, match.index - 20), match.index));
    if (!labelled && !AGE_OR_BIRTH_AFTER.test(text.slice(end, end + 12))) continue;
    const tokens = value.split(/[\s,]+/);
    if (tokens.some((token) => NOT_A_NAME.has(token) || EPONYMS.has(token) || isClinicalEnglishWord(token))) continue;
    // The given and middle names must not be words of a condition ("Asthma, Severe Persistent").
    if (tokens.slice(1).some((token) => isClinicalEnglishTermWord(token))) continue;
    if (!acceptName(text, match.index, value)) continue;
    detections.push({ type: 'name', start: match.index, end: match.index + value.length, priority: PRIORITY, score: 0.8 });
  }
}

/**
 * A wristband's or a list's "BROWN, Kylie — DOB …", "MCKENZIE, Brodie, 34M": a surname in capitals, a comma and one given
 * name, then the date of birth or the age. The date of birth or age after it says a person is named, so neither word
 * needs a list; a clinical word in either ("COPD, Asthma") is no name.
 */
const UPPER_SURNAME_FIRST =
  /\b([A-Z]{3,20}(?:[-'’][A-Z]{2,20})?,\s[A-Z][a-z]{1,20})(?=\s{1,2}[-–—|]\s{1,2}(?:DOB|D\.O\.B|born|aged?)\b|,\s{0,2}(?:DOB\b|D\.O\.B|born\b|aged?\b|\d{1,3}\s?(?:[MF]\b|y\b|yo\b|yrs?\b|years?\b)))/g;

function scanUpperSurnameFirst(text: string, detections: Detection[]): void {
  if (!/[A-Z]{3},\s[A-Z][a-z]/.test(text)) return;
  startScan(UPPER_SURNAME_FIRST, text);
  let match: RegExpExecArray | null;
  while ((match = UPPER_SURNAME_FIRST.exec(text)) !== null) {
    const value = match[1] ?? '';
    const [surname = '', given = ''] = value.split(/,\s/);
    const titled = surname.charAt(0) + surname.slice(1).toLowerCase();
    if (NOT_A_NAME.has(titled) || NOT_A_NAME.has(given) || EPONYMS.has(titled)) continue;
    if ([surname.toLowerCase(), given.toLowerCase()].some((word) => isClinicalEnglishWord(word) || isClinicalEnglishTermWord(word))) continue;
    detections.push({ type: 'name', start: match.index, end: match.index + value.length, priority: PRIORITY, score: 0.8 });
  }
}

/** Disease eponyms: in "Parkinson disease" the word names a disease, not a person in the record. */
const EPONYMS = new Set([
  'Parkinson',
  'Crohn',
  'Hashimoto',
  'Alzheimer',
  'Graves',
  'Cushing',
  'Addison',
  'Wilson',
  'Down',
  'Hodgkin',
  'Huntington',
  'Kawasaki',
  'Raynaud',
  'Sjogren',
  'Sjögren',
  'Guillain',
  'Barre',
  'Bell',
  'Marfan',
  'Turner',
  'Tourette',
  'Meniere',
  'Paget',
  'Wernicke',
  'Korsakoff',
  'Kaposi',
  'Burkitt',
  'Ewing',
  'Wilms',
  'Lyme',
  'Babinski',
  'Murphy',
  'Homans',
  'Kernig',
  'Brudzinski',
  'Glasgow',
  'Child',
  'Pugh',
  'Wells',
  'Apgar',
  'Gleason',
  'Whipple',
  'Cushings',
  'Behcet',
  'Behçet',
  'Takayasu',
  'Stevens',
  'Johnson',
  'Reiter',
  'Still',
  'Legionnaires',
]);
const EPONYM_FOLLOWERS =
  /^(?:['’]s\b|\s+(?:disease|syndrome|sign|score|criteria|classification|lymphoma|sarcoma|tumou?r|palsy|phenomenon|thyroiditis|ulcer|test|scale))/i;

/** Capitalised words that follow "Patient"/"Name" without being a name. */
const NOT_A_NAME = new Set([
  // "Claimant: Patient Himself": a pronoun after a role word.
  'Himself',
  'Herself',
  'Themselves',
  'The',
  'This',
  'That',
  'He',
  'She',
  'They',
  'His',
  'Her',
  'Was',
  'Is',
  'Has',
  'Had',
  'Will',
  'Presents',
  'Presented',
  'Denies',
  'Reports',
  'Reported',
  'States',
  'Underwent',
  'Received',
  'History',
  'Information',
  'Education',
  'Care',
  'Safety',
  'Portal',
  'Name',
  'ID',
  'Age',
  'Sex',
  'Male',
  'Female',
  'Admitted',
  'Discharged',
  'Complains',
  'Notes',
  'Status',
  'Consent',
  'Unknown',
  'Not',
  'No',
  'None',
  'With',
  'Without',
  'And',
  'Or',
  'In',
  'On',
  'At',
  'To',
  'For',
  'Physician',
  'Doctor',
  'Nurse',
  'Hospital',
  'Clinic',
  'Department',
  'Ward',
  'Emergency',
  'Internal',
  'General',
  'Medicine',
  'Surgery',
  'Cardiology',
  'Nephrology',
  'Oncology',
  'Pediatrics',
  'Team',
  'Service',
  'Staff',
  'Today',
  'Patient',
  'Pt',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Dra',
  'Sra',
  'Srta',
  'Profa',
  'Smt',
  'Shri',
  'Prof',
  'Also',
  'Then',
  'Once',
  'Last',
  'Next',
  'Daily',
  'Precautions',
  'Isolation',
  'Orders',
  'Order',
  'Set',
  'Group',
  'List',
  'Identifier',
  'Population',
  'Tablet',
  'Dose',
  'Report',
  'Record',
  'Number',
  'Summary',
  // Roles and departments written after a title ("Consultant Respiratory Physician", "Dr Haematology on call",
  // "Nurse Endoscopy") and a priest's title, which stays outside the name after it ("Seen by Father Kelly").
  'Consultant',
  'Registrar',
  'Father',
  'Reverend',
  'Rev',
  'Chaplain',
  'Respiratory',
  'Haematology',
  'Hematology',
  'Endoscopy',
  'Gastroenterology',
  'Neurology',
  'Radiology',
  'Rheumatology',
  'Urology',
  'Dermatology',
  'Endocrinology',
  'Pulmonology',
  'Psychiatry',
  'Geriatrics',
  'Orthopaedics',
  'Orthopedics',
  'Anaesthetics',
  'Anesthesiology',
  'Obstetrics',
  'Gynaecology',
  'Gynecology',
  'Paediatrics',
  'Pathology',
  'Microbiology',
  'Ophthalmology',
  'Palliative',
  'Critical',
  'Intensive',
  'Acute',
  'Stroke',
  'Renal',
  'Vascular',
  'Thoracic',
  'Colorectal',
  'Breast',
  'Maternity',
  'Theatre',
  'Theatres',
  'Cardiologist',
  'Haematologist',
  'Hematologist',
  'Gastroenterologist',
  'Neurologist',
  'Radiologist',
  'Oncologist',
  'Nephrologist',
  'Rheumatologist',
  'Urologist',
  'Dermatologist',
  'Endocrinologist',
  'Microbiologist',
  'Pathologist',
  'Psychiatrist',
  'Geriatrician',
  'Paediatrician',
  'Pediatrician',
  'Obstetrician',
  'Gynaecologist',
  'Anaesthetist',
  'Intensivist',
  'Surgeon',
  // Services a patient is seen by ("Seen by Speech Therapy", "Seen by Tissue Viability", "Reviewed by Social Work").
  'Speech',
  'Occupational',
  'Physiotherapy',
  'Physio',
  'Dietetics',
  'Therapy',
  'Podiatry',
  'Orthotics',
  'Audiology',
  'Pharmacy',
  'Social',
  'Liaison',
  'Tissue',
  'Continence',
  'Psychology',
  'Outreach',
  'Frailty',
  'Safeguarding',
  'Chaplaincy',
]);

/** A specialist's title after a role word ("Consultant Histopathologist", "Senior Neuroradiologist"), listed or not. */
const PROFESSION_WORD = /^[A-Z][a-z]{3,}(?:ologist|ician|iatrist)$/;

function acceptName(text: string, start: number, value: string): boolean {
  const firstToken = value.split(/\s+/)[0] ?? '';
  if (NOT_A_NAME.has(firstToken) || PROFESSION_WORD.test(firstToken)) return false;
  const after = text.slice(start + value.length, start + value.length + 24);
  if (EPONYMS.has(firstToken.replace(/['’]s$/, '')) && EPONYM_FOLLOWERS.test(after)) return false;
  // "Sister Mary Joseph nodule", "Austin Flint murmur": a title-like word before an eponym, not a person.
  return !followedByEponymNoun(text, start + value.length);
}

/** Drops trailing words that are ordinary capitalised words ("John Smith Was") from a greedy match. */
function trimTrailingNonNames(value: string): string {
  const tokens = value.split(/(\s+)/);
  while (tokens.length > 1 && NOT_A_NAME.has(tokens[tokens.length - 1] ?? '')) tokens.splice(-2, 2);
  return tokens.join('');
}

/** Length of leading ordinary words ("Patient ", "The ") that a greedy name match swallowed. */
function leadingNonNameLength(value: string): number {
  const leading = /^(\S+)(\s+)/.exec(value);
  if (!leading || !NOT_A_NAME.has(leading[1] ?? '')) return 0;
  const skipped = leading[0].length;
  return skipped + leadingNonNameLength(value.slice(skipped));
}

/** A holder's field also takes a plan or an answer ("Member: Medicare Advantage", "Insured: Yes"): one word at least must be a listed name or no everyday word. */
function scanHolders(text: string, detections: Detection[]): void {
  const found: Detection[] = [];
  scan(HOLDER_LABELLED, text, found);
  for (const holder of found) {
    const words = text
      .slice(holder.start, holder.end)
      .split(/[ \t,.]+/)
      .filter((word) => word.length > 1);
    if (words.some((word) => GIVEN_NAMES.has(word) || SURNAMES.has(word) || !isEnglishWord(word.toLowerCase()))) detections.push(holder);
  }
}

function scan(regex: RegExp, text: string, detections: Detection[]): void {
  if (!mayMatch(text, regex)) return;
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const greedy = match[1] ?? '';
    // "…colorectal surgeon↵Specimen: …": a label word ending one line does not name what opens the next, unless a colon says so.
    const gap = match[0].slice(0, match[0].length - greedy.length);
    if (gap.includes('\n') && !/[:：]/.test(gap)) continue;
    const skipped = leadingNonNameLength(greedy);
    const raw = greedy.slice(skipped);
    const start = match.index + match[0].length - greedy.length + skipped;
    const value = trimTrailingNonNames(raw);
    if (!acceptName(text, start, value) || FACILITY_LAST_WORD.test(value)) continue;
    detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY });
  }
}

/** "Provider: Mayo Clinic", "Referred by: Oakwood Surgery": after a label a facility is no person. */
const FACILITY_LAST_WORD = /[ \t](?:Clinic|Hospital|Surgery|Practice|Cent(?:re|er)|Infirmary|Hospice|Pharmacy|Health|Medical|Group|Partners)$/;

/** "T.J. Bennett": initials right before a found surname belong to the name. */
const INITIALS_BEFORE = /(?<![A-Za-z.])(?:[A-Z]\.\s?){1,3}$/;
/** "by T.J. Bennett": a capitalised word right after initials found on their own is the surname they abbreviate for. */
const ONLY_INITIALS = /^(?:[A-Z]\.\s?){1,3}$/;
const SURNAME_AFTER_INITIALS = new RegExp(String.raw`^ ?((?:O['’]|Mc|Mac)?[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?)(?![A-Za-z\u00C0-\u017F])`);
/** "Smith, J." after a label: the initial after a lone surname and a comma is the rest of the name. */
const INITIAL_AFTER_SURNAME = /^, ?[A-Z]\.(?![A-Za-z])/;
/** "Ma. Cristina": the Philippine short form of María before a given name belongs to the name. */
const MARIA_BEFORE = /(?<![A-Za-z])Ma\.\s$/;
/** "Cristina dela Cruz", "Jose delos Santos": a surname that opens with a particle, right after a found given name. */
const PARTICLE_SURNAME_AFTER = new RegExp(String.raw`^ ((?:dela|de la|delos|de los|del|de|dos|da|van|von)[ \t]+${NAME_TOKEN})(?![A-Za-z\u00C0-\u017F'’])`);
/** "María José Fernández", "Ana Sofia Costa": a third capitalised word right after a found pair, when it is a person token. */
const THIRD_NAME_AFTER = new RegExp(String.raw`^ (${SURNAME_PARTICLE}${NAME_TOKEN})(?![A-Za-z\u00C0-\u017F'’])`);
/** "Drs. Okafor, Lindqvist and Haddad": each surname after a plural title. */
const PLURAL_TITLE_LIST = new RegExp(String.raw`\bDrs\.?\s{1,2}(${NAME_TOKEN}(?:,\s{1,2}${NAME_TOKEN}){0,6}(?:,?\s{1,2}(?:and|&)\s{1,2}${NAME_TOKEN})?)`, 'g');
const LIST_TOKEN = new RegExp(NAME_TOKEN, 'g');

function scanPluralTitleLists(text: string, detections: Detection[]): void {
  if (!text.includes('Drs')) return;
  startScan(PLURAL_TITLE_LIST, text);
  let match: RegExpExecArray | null;
  while ((match = PLURAL_TITLE_LIST.exec(text)) !== null) {
    const list = match[1] ?? '';
    const listStart = match.index + match[0].length - list.length;
    LIST_TOKEN.lastIndex = 0;
    let token: RegExpExecArray | null;
    while ((token = LIST_TOKEN.exec(list)) !== null) {
      const start = listStart + token.index;
      if (isPersonToken(text, start, token[0])) detections.push({ type: 'name', start, end: start + token[0].length, priority: PRIORITY, score: 0.85 });
    }
  }
}
/** "Robert Jenkins Jr.", "Bartholomew Fitzgerald III": a generational suffix closes the name. */
const SUFFIX_AFTER = /^,? (?:Jr|Sr)\.?(?![A-Za-z])|^ (?:II|III|IV)(?![A-Za-z])/;
/**
 * "LOPEZ, ANA M", "BROWN, Michael J": a middle initial closing a surname-first name at the end of its field; a form's
 * next field may follow after two spaces or a label ("WHITLOCK, EUGENE T  DOB: …").
 */
const MIDDLE_INITIAL_AFTER = /^ [A-Z]\.?(?=[ \t]*(?:$|[\n;,)|])|[ \t]{2}|[ \t](?:DOB|D\.O\.B|MRN|Sex|Age|born)\b)/;
/** "Mei-Ling Tsai (Ling)", "Sofía (Sofi)": the name a person goes by, in brackets after their name. */
const BRACKETED_NICKNAME_AFTER = /^ ?[(（]([A-Z][a-z\u00DF-\u00FF]{1,14})[)）]/;
/** "Bobby (Robert Jenkins Jr.)": the name a person goes by, before their full name in brackets. */
const NICKNAME_BEFORE_BRACKET = /(?<![A-Za-z\u00C0-\u017F'’-])([A-Z][a-z\u00DF-\u00FF]{1,14}) ?[(（]$/;

/** "Pt (Hollis, Edna)": a surname written first, before the given name that closes the brackets. */
const SURNAME_FIRST_IN_BRACKETS = /[(（]([A-Z][a-z'’-]{1,20}),\s{1,2}$/;

function isNickname(text: string, start: number, value: string): boolean {
  return isPersonToken(text, start, value) && !EPONYMS.has(value);
}

/** What a found name carries with it: initials before, a suffix or middle initial after, a nickname in brackets beside it. */
function completeNames(text: string, detections: Detection[]): void {
  const found = detections.length;
  for (let index = 0; index < found; index++) {
    const name = detections[index] as Detection;
    if (name.type !== 'name') continue;
    const initials = INITIALS_BEFORE.exec(text.slice(Math.max(0, name.start - 9), name.start));
    const suffix = SUFFIX_AFTER.exec(text.slice(name.end, name.end + 5));
    const middle = text.slice(name.start, name.end).includes(',') ? MIDDLE_INITIAL_AFTER.exec(text.slice(name.end, name.end + 8)) : null;
    const surname = ONLY_INITIALS.test(text.slice(name.start, name.end)) ? SURNAME_AFTER_INITIALS.exec(text.slice(name.end, name.end + 24)) : null;
    const value = text.slice(name.start, name.end);
    const third = !surname && !suffix && /^\S+ \S+$/.test(value) ? THIRD_NAME_AFTER.exec(text.slice(name.end, name.end + 40)) : null;
    const thirdLength = third && isPersonToken(text, name.end + 1, (third[1] ?? '').split(/\s+/).pop() ?? '') ? third[0].length : 0;
    const initialAfter = /^[^\s,]+$/.test(value) ? INITIAL_AFTER_SURNAME.exec(text.slice(name.end, name.end + 5)) : null;
    const surnameLength =
      (surname && isPersonToken(text, name.end + 1, surname[1] ?? '') ? surname[0].length : 0) || thirdLength || (initialAfter?.[0].length ?? 0);
    const maria = !initials && MARIA_BEFORE.test(text.slice(Math.max(0, name.start - 4), name.start)) ? 4 : 0;
    const particleSurname = /^\S+$/.test(value) && !surnameLength ? PARTICLE_SURNAME_AFTER.exec(text.slice(name.end, name.end + 32)) : null;
    const start = name.start - (initials?.[0].length ?? maria);
    const end = name.end + (surnameLength || particleSurname?.[0].length || suffix?.[0].length || middle?.[0].length || 0);
    if (start !== name.start || end !== name.end) detections.push({ ...name, start, end });
    const nickname = BRACKETED_NICKNAME_AFTER.exec(text.slice(name.end, name.end + 20));
    if (nickname) {
      const value = nickname[1] ?? '';
      const nicknameStart = name.end + nickname[0].indexOf(value);
      if (isNickname(text, nicknameStart, value))
        detections.push({ type: 'name', start: nicknameStart, end: nicknameStart + value.length, priority: PRIORITY, score: 0.7 });
    }
    const bracketed = /^[)）]/.test(text.charAt(name.end)) ? SURNAME_FIRST_IN_BRACKETS.exec(text.slice(Math.max(0, name.start - 26), name.start)) : null;
    if (bracketed) {
      const surname = bracketed[1] ?? '';
      const surnameStart = name.start - bracketed[0].length + 1;
      if (isPersonToken(text, surnameStart, surname))
        detections.push({ type: 'name', start: surnameStart, end: surnameStart + surname.length, priority: PRIORITY, score: 0.7 });
    }
    const before = NICKNAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, name.start - 18), name.start));
    if (before) {
      const value = before[1] ?? '';
      const nicknameStart = name.start - before[0].length;
      if (isNickname(text, nicknameStart, value))
        detections.push({ type: 'name', start: nicknameStart, end: nicknameStart + value.length, priority: PRIORITY, score: 0.7 });
    }
  }
}

/** "St. Jude", "Saint Anthony": one word after St. or Saint names a saint (a valve maker, a wort, a patron), no person. */
const SAINT_BEFORE = /(?<![A-Za-z])(?:St\.?|Saint)\s$/;
function isSaint(text: string, detection: Detection): boolean {
  return SAINT_BEFORE.test(text.slice(Math.max(0, detection.start - 7), detection.start)) && !/\s/.test(text.slice(detection.start, detection.end));
}

export const englishNameDetector: PhiDetector = {
  name: 'english-name',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    scan(TITLED, text, detections);
    scan(LABELLED, text, detections);
    scanHolders(text, detections);
    scanRoleLabelledNames(text, detections);
    // A name before an age needs "-old" or " old" after the age.
    if (text.includes('old')) scan(BEFORE_AGE, text, detections);
    scanInitials(text, detections);
    scan(MAIDEN_NAME, text, detections);
    scanCredentialSignOffs(text, detections);
    if (/(?:Present|Attendees|[Aa]ttendance|Attended by|Participants|Panel|[Cc][Cc]|Cop(?:y|ies) to)[ \t]*:/.test(text)) scanPeopleLines(text, detections);
    scanNameBeforeRelative(text, detections);
    scanNamesBesideBrackets(text, detections);
    scanPairsWithPersonAfter(text, detections);
    scanLastFirstMiddle(text, detections);
    scanUpperSurnameFirst(text, detections);
    scanLowerCaseTitled(text, detections);
    if (/\b(?:MRS?|MS|MISS|DR|PROF)\b/.test(text)) scanUpperCaseTitled(text, detections);
    scanPluralTitleLists(text, detections);
    detections.push(...scanEnglishNamesWithoutTrigger(text));
    detections.push(...scanEnglishSlotNames(text));
    detections.push(...scanCapitalisedSurnameNames(text));
    detections.push(...scanLowerCaseNames(text, (word) => EPONYMS.has(word)));
    completeNames(text, detections);
    return detections
      .filter((detection) => !isFormWordsOnly(text.slice(detection.start, detection.end)) && !isSaint(text, detection))
      .map((detection) => withoutLeadingTitle(text, detection));
  },
};
