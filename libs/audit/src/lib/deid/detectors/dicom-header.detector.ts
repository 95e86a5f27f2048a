import type { Detection, PhiDetector, PhiType } from '../deid.types';

/**
 * DICOM headers dumped to text and pasted into a note or a ticket: dcmdump's "(0010,0010) PN [WANG^LI]  # 8, 1
 * PatientName" and pydicom's "(0010, 0010) Patient's Name   PN: 'WANG^LI'". Every element names its meaning by its tag,
 * so the values are read by tag, not by shape: a patient's name in capitals with no title, a serial number or a study
 * number that no label would explain. Tags and value representations follow DICOM PS3.6 (data dictionary) and PS3.5
 * §6.2 (PN: family^given^middle^prefix^suffix, groups of other scripts after "="). The values of the attributes that
 * PS3.15 Annex E (Basic Application Level Confidentiality Profile) removes are the ones read here.
 */
const PRIORITY = 66;
/**
 * One element: the tag, then the value representation and the value in brackets (dcmdump; dcm4che's dump puts the length
 * between, "PN #20 [..]") or in quotes after the keyword (pydicom; double quotes where the value holds an apostrophe).
 * Read wherever it stands, as a ticket quotes one element inside a sentence too.
 */
const ELEMENT =
  /\(([0-9A-Fa-f]{4}),[ \t]?([0-9A-Fa-f]{4})\)[ \t]+(?:([A-Z]{2})[ \t]+(?:#\d{1,6}[ \t]+)?\[([^\]\r\n]*)\]|[^\r\n:]{0,60}?\b([A-Z]{2}):[ \t]*(?:'([^'\r\n]*)'|"([^"\r\n]*)"))/g;
/** What an anonymiser writes where a name was, and what a phantom or a daily QA scan is called: no person. */
const NO_PERSON = /^(?:ANONYMI[SZ]ED|ANONYMOUS|ANON|REMOVED|UNKNOWN|NONE|N\/A|PATIENT|匿名|已匿名化|未知|无)$|PHANTOM|^Q[AC]\b|^TEST\b|水模|模体|质控/i;
/** Equipment's own dates (calibration, last service: group 0018) are the machine's, not the person's. */
const EQUIPMENT_GROUP = '0018';

/** What the value of an identifying attribute is, by tag (group and element, upper case); any PN element is a name, any DA a date. */
const ATTRIBUTE_TYPES: Readonly<Record<string, PhiType>> = {
  '0008,0050': 'other-id', // Accession Number
  '0008,0080': 'organization', // Institution Name
  '0008,0081': 'address', // Institution Address
  '0010,0020': 'mrn', // Patient ID
  '0010,0021': 'organization', // Issuer of Patient ID
  '0010,0030': 'date', // Patient's Birth Date
  '0010,1000': 'other-id', // Other Patient IDs
  '0010,1040': 'address', // Patient's Address
  '0010,2154': 'phone', // Patient's Telephone Numbers
  '0018,1000': 'device', // Device Serial Number
  '0020,000D': 'other-id', // Study Instance UID
  '0020,000E': 'other-id', // Series Instance UID
  '0020,0010': 'other-id', // Study ID
  '0040,0253': 'other-id', // Performed Procedure Step ID
};
/** Patient's Age (AS, "091Y"): an identifier only past 89, as Safe Harbor counts ages. */
const PATIENT_AGE = '0010,1010';
const OLDEST_AGE_KEPT = 89;
/** PN components past the middle name are a prefix and a suffix ("Dr", "Jr"): titles, not the person. */
const NAME_PARTS_READ = 3;

export const dicomHeaderDetector: PhiDetector = {
  name: 'dicom-header',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    ELEMENT.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = ELEMENT.exec(text)) !== null) {
      const tag = `${match[1]},${match[2]}`.toUpperCase();
      const representation = match[3] ?? match[5] ?? '';
      const value = match[4] ?? match[6] ?? match[7] ?? '';
      // The value ends right before the closing bracket or quote that ends the match.
      const valueStart = match.index + match[0].length - 1 - value.length;
      if (value.trim() === '' || value.split(/[\^=]/).some((part) => NO_PERSON.test(part.trim()))) continue;
      if (representation === 'PN') {
        detections.push(...personNameParts(value, valueStart));
      } else if ((representation === 'DA' || representation === 'DT') && !tag.startsWith(EQUIPMENT_GROUP)) {
        // Every date of the record (study, series, birth, procedure step) is a date of the person's care or life.
        detections.push(trimmed('date', value, valueStart));
      } else if (tag === PATIENT_AGE) {
        const years = /^0*(\d{1,3})Y$/.exec(value.trim());
        if (years && Number(years[1]) > OLDEST_AGE_KEPT) detections.push(trimmed('age', value, valueStart));
      } else {
        const type = ATTRIBUTE_TYPES[tag];
        if (type) detections.push(trimmed(type, value, valueStart));
      }
    }
    return detections;
  },
};

/** Each name component of a PN value, in every script group ("DAWA^ZHUOMA=达瓦^卓玛"), without the prefix and suffix. */
function personNameParts(value: string, valueStart: number): Detection[] {
  const parts: Detection[] = [];
  let groupStart = 0;
  for (const group of value.split('=')) {
    let componentStart = groupStart;
    group.split('^').forEach((component, index) => {
      if (index < NAME_PARTS_READ && component.trim() !== '') parts.push(trimmed('name', component, valueStart + componentStart));
      componentStart += component.length + 1;
    });
    groupStart += group.length + 1;
  }
  return parts;
}

/** The value without the padding DICOM and the dump put around it. */
function trimmed(type: PhiType, value: string, valueStart: number): Detection {
  const lead = value.length - value.trimStart().length;
  return { type, start: valueStart + lead, end: valueStart + value.trimEnd().length, priority: PRIORITY };
}
