import type { Detection } from '../deid.types';
import { isEnglishWord } from '../english-words';

/**
 * Names with the family name in capitals, as Hong Kong, Japanese, French, Philippine and many hospital systems write
 * them ("Mr. LAU Kwok Wing", "Patient: SATO Hanako", "Mme Jeanne-Marie LE GOFF", "Pt: Jack THOMPSON", "Name: DELA
 * CRUZ-SANTOS, Ma. Cristina"), and "Surname, Given" after a field that holds a person (From: Tse, Winnie). Read only
 * after a title, a person's field or a sign-off, so capitals that are abbreviations (ICU, CT, MO) stay.
 */

const PRIORITY = 55;
const SCORE = 0.8;

/** A capitalised word of a given name or surname: Kwok, Jeanne-Marie, O'Neill, Ève. */
const CAPITALISED = String.raw`[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?`;
/** A surname in capitals: LAU, LE, GOFF, CRUZ-SANTOS, O'NEILL. */
const CAPITALS = String.raw`[A-ZÀ-Þ]{2,}(?:[-'’][A-ZÀ-Þ]{2,})*`;
const WORD = String.raw`(?:${CAPITALS}|${CAPITALISED})`;
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Madam|Mdm|Dr|Prof|Mme|Mlle|Sr|Sra|Dra|Herr|Frau|née|né|nee|ne|Pt|Patient|Patiente|Paciente|Name|Nom|Nombre|Sincerely|Regards|Verified\s+by|Reported\s+by|Handover\s+by|Signed)`;
/** After a title: up to four words of which at least one is in capitals, then perhaps ", Given" after capitals first. */
const TITLED_CAPITALS_NAME = new RegExp(
  String.raw`(?<![\p{L}])${TITLE}\.?\s{0,2}[:：,]?\s{1,2}(${WORD}(?:\s${WORD}){0,3}(?:,\s(?:Ma\.\s)?${CAPITALISED}(?:\s${CAPITALISED})?)?)(?![\p{L}])`,
  'gu',
);
/** "From: Tse, Winnie", "Patient: Tremblay, Marie-Ève": a surname, a comma and a given name in a person's field. */
const FIELD_LAST_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(?:From|To|Cc|Patient|Pt|Name|Nom|Paciente|Client|Resident)\s{0,2}[:：]\s{0,2}(${CAPITALISED}(?:\s${CAPITALISED})?,\s${CAPITALISED}(?:\s${CAPITALISED})?)(?![\p{L}])`,
  'gu',
);

const LEADING_TITLE = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Madam|Mdm|Dr|Prof|Mme|Mlle|Sr|Sra|Dra|Herr|Frau)\.?\s)+/;

/** Capitals that are abbreviations, not surnames. */
const ABBREVIATIONS = new Set(
  'ICU HDU CCU ED ER AE GP MO MD RN CT MRI ECG EKG DOB NHS OT PT IV PO BD TDS QDS PRN NBM NKDA HN ID MRN POD AM PM USA UK HK PRC FY SHO SPR REG HO MBBS FRCP FRCS PHD CEO HR VIP ENT OPD IPD DNR CPR NOK ASAP AKI CKD COPD CHF DVT PE UTI TB HIV HBV HCV FBC CBC LFT RFT INR CRP ESR BP HR RR SOB NAD OK NB PS CC RE FW FYI TBC TBA NA NIL'.split(
    ' ',
  ),
);

const hasCapitalsSurname = (name: string): boolean =>
  name.split(/[\s,]+/).some((word) => /^[A-ZÀ-Þ]{2,}(?:[-'’][A-ZÀ-Þ]{2,})*$/u.test(word) && !ABBREVIATIONS.has(word));

export function scanCapitalisedSurnameNames(text: string): Detection[] {
  const detections: Detection[] = [];
  if (/[A-Z]{2}/.test(text)) {
    TITLED_CAPITALS_NAME.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = TITLED_CAPITALS_NAME.exec(text)) !== null) {
      const whole = match[1] ?? '';
      // "Patiente : Mme Jeanne-Marie LE GOFF", "Handover by Dr KWOK": a second title opens the name and stays.
      const title = LEADING_TITLE.exec(whole)?.[0] ?? '';
      const name = trimAbbreviations(whole.slice(title.length));
      if (!name || !hasCapitalsSurname(name)) continue;
      const start = match.index + match[0].lastIndexOf(whole) + title.length;
      detections.push({ type: 'name', start, end: start + name.length, priority: PRIORITY, score: SCORE });
    }
  }
  FIELD_LAST_FIRST.lastIndex = 0;
  let field: RegExpExecArray | null;
  while ((field = FIELD_LAST_FIRST.exec(text)) !== null) {
    const name = field[1] ?? '';
    const surname = name.split(',')[0] ?? '';
    // "Patient: Male, Chinese" and "Name: Unknown, Adult" are descriptions: the surname must be no English word.
    if (surname.split(/\s/).some((word) => isEnglishWord(word.toLowerCase()))) continue;
    const start = field.index + field[0].lastIndexOf(name);
    detections.push({ type: 'name', start, end: start + name.length, priority: PRIORITY, score: SCORE });
  }
  return detections;
}

/** "LAU Kwok Wing MBBS" → "LAU Kwok Wing": abbreviations after the name are post-nominals, not part of it. */
function trimAbbreviations(name: string): string {
  const words = name.split(' ');
  while (words.length > 0 && ABBREVIATIONS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}
