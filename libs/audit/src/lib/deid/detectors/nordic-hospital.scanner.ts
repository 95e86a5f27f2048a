import type { Detection } from '../deid.types';
import { startScan } from '../regex-scan.util';

/**
 * Hospitals named the Nordic way, where the kind of hospital is part of one word or follows the place:
 * "Rikshospitalet", "Rigshospitalet", "Oslo universitetssykehus", "Karolinska universitetssjukhuset",
 * "Tampereen yliopistollinen sairaala". A kind word alone ("sykehuset", "universitetssykehus-nivå") names none.
 */
const NORDIC_HOSPITAL_WORD = /sykehus|sjukhus|sygehus|hospitalet|sairaala/i;
const NORDIC_HOSPITAL = new RegExp(
  String.raw`(?<![\p{L}-])(` +
    // A capitalised word with the kind at its end: "Rikshospitalet", "Haukeland universitetssjukehus" (the place before it too).
    String.raw`(?:\p{Lu}\p{Ll}+[ \t])?\p{Lu}\p{Ll}*(?:sykehus(?:et)?|sjukhus(?:et)?|sygehus(?:et)?|hospitalet|sairaala)` +
    // A capitalised place, then the kind in lower case: "Oslo universitetssykehus", "Tampereen yliopistollinen sairaala".
    String.raw`|\p{Lu}\p{Ll}+[ \t](?:\p{Ll}+(?:sykehus(?:et)?|sjukhus(?:et)?|sygehus(?:et)?)|sykehus(?:et)?|sjukhus(?:et)?|sygehus(?:et)?|(?:yliopistollinen|keskus|alue)?[ \t]?sairaala)` +
    String.raw`)(?![\p{L}-])`,
  'gu',
);
/** Capitalised words that open a sentence in these languages, never part of a hospital's name ("Innlagt", "Ved"). */
const LEADING_NORDIC_WORD = /^(?:Ved|På|Til|Fra|Från|Fra|Innlagt|Indlagt|Inlagd|Overført|Överförd|Henvist|Remiss|Lähete|Se|Og|Och|Eller)[ \t]/;

export function scanNordicHospitals(text: string, detections: Detection[], priority: number): void {
  startScan(NORDIC_HOSPITAL, text, NORDIC_HOSPITAL_WORD);
  let match: RegExpExecArray | null;
  while ((match = NORDIC_HOSPITAL.exec(text)) !== null) {
    let value = match[1] ?? '';
    let start = match.index;
    const leading = LEADING_NORDIC_WORD.exec(value);
    if (leading) {
      start += leading[0].length;
      value = value.slice(leading[0].length);
    }
    detections.push({ type: 'organization', start, end: start + value.length, priority });
  }
}
