import type { Detection, PhiDetector } from '../deid.types';
import { followedByEponymNoun, scanEnglishNamesWithoutTrigger } from './english-name-pair.scorer';

/**
 * English names are found after a person word (Mr/Dr/Patient/signed by/wife ...) or before an age
 * phrase ("John Smith, a 67-year-old"). Medical eponyms are excluded where they name a disease.
 */
const PRIORITY = 55;
const NAME_TOKEN = String.raw`(?:[A-Z]['’]|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?`;
const NAME = String.raw`((?:[A-Z]\.\s*){0,2}${NAME_TOKEN}(?:\s+[A-Z]\.)?(?:\s+${NAME_TOKEN}){0,2})`;

const TITLED = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Doctor|Nurse|Sister)\.?\s+${NAME}`, 'g');
const LABELLED = new RegExp(
  String.raw`\b(?:[Pp]atient|[Pp]t\.?|[Nn]ame|[Pp]atient\s+name|[Ss]igned\s+by|[Ee]lectronically\s+signed\s+by|[Dd]ictated\s+by|[Rr]eviewed\s+by|[Ss]een\s+by|[Rr]eferred\s+by|[Aa]ttending(?:\s+physician)?|[Cc]ontact(?:\s+person)?|[Nn]ext\s+of\s+kin|[Gg]uardian|[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Mm]other|[Ff]ather|[Bb]rother|[Ss]ister|[Ss]pouse|[Pp]artner|[Cc]aregiver|[Pp]rimary\s+care\s+physician|PCP|[Ss]urgeon|[Rr]esident|[Cc]onsultant|[Ss]ocial\s+worker|[Cc]ase\s+manager|[Pp]harmacist|[Tt]herapist|[Ww]itness|[Ii]nterpreter|[Cc]haperone|[Nn]urse|[Ss]cribe|[Aa]n(?:a)?esthe(?:tist|siologist)|[Aa]ssistant|[Pp]hysician|[Pp]rovider|[Aa]uthor|(?:[Rr]ecorded|[Ww]ritten|[Aa]pproved|[Vv]erified|[Pp]erformed)\s+by)\s*[:,-]?\s+${NAME}`,
  'g',
);
const BEFORE_AGE = new RegExp(String.raw`\b${NAME}(?=,?\s+(?:is\s+|was\s+)?an?\s+\d{1,3}[- ](?:year|yr|month)[- ]old)`, 'g');

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
]);

function acceptName(text: string, start: number, value: string): boolean {
  const firstToken = value.split(/\s+/)[0] ?? '';
  if (NOT_A_NAME.has(firstToken)) return false;
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

function scan(regex: RegExp, text: string, detections: Detection[]): void {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const greedy = match[1] ?? '';
    const skipped = leadingNonNameLength(greedy);
    const raw = greedy.slice(skipped);
    const start = match.index + match[0].length - greedy.length + skipped;
    const value = trimTrailingNonNames(raw);
    if (!acceptName(text, start, value)) continue;
    detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY });
  }
}

export const englishNameDetector: PhiDetector = {
  name: 'english-name',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    scan(TITLED, text, detections);
    scan(LABELLED, text, detections);
    scan(BEFORE_AGE, text, detections);
    detections.push(...scanEnglishNamesWithoutTrigger(text));
    return detections;
  },
};
