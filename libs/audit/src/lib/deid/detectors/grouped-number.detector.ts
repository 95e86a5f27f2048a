import { startScan } from '../regex-scan.util';
import { isValidResidentId15, isValidResidentId18, isValidSouthAfricanId, passesLuhn } from '../check-digits.util';
import type { Detection, PhiDetector } from '../deid.types';

/**
 * Identifiers written in groups — "440306 19560722 1133", "6228-4800-1234-5671", "330102.1999.0228.044X" —
 * and long bare numbers. The digits are joined and the checksum decides: GB 11643 for resident IDs,
 * Luhn for cards. Groups are bounded and a match starts only at the start of a digit run, so the scan is
 * linear in the length of the text.
 */
const GROUPED = /(?<![\d.-])(\d{1,18}(?:[ .-]\d{1,18}){1,6}[Xx]?)(?![\dA-Za-z]|[.-]\d)/g;
/** Pakistan's CNIC (NADRA): five digits of region, seven of family and person, one of sex, dashed. No clinical value has this shape. */
const CNIC_GROUPING = /^\d{5}-\d{7}-\d$/;
/** A bare run of 13-19 digits (a card pasted without spaces, "6217001234567890122"): Luhn decides. */
const BARE_CARD = /(?<![\d.,/:\-A-Za-z])([3-6]\d{12,18})(?![\d/:\-A-Za-z%]|[.,]\d)/g;
/**
 * Card-shaped groups: 4-4-4-4 (Visa, Mastercard, UnionPay), 4-4-4-4-3 (19-digit UnionPay), 4-6-5 (Amex). A phone number
 * is never written with four groups of four, so such a group that fails Luhn (a mistyped or masked card) is still a card,
 * not a phone number with a prefix in front of it ("6222 0212 3456 7890" is no "0212 3456 7890").
 */
const CARD_GROUPING = /^[3-6]\d{3}(?:([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|([ -])\d{6}\2\d{5})$/;
/** A bare run of 8-12 digits that no other detector explains: in clinical text it is a record or account number, not a value. */
const LONG_BARE_NUMBER = /(?<![\d.,/:\-A-Za-z])(\d{8,12})(?![\d/:\-A-Za-z%]|[.,]\d)/g;
/**
 * A short letter prefix and six or more digits, or a year and a serial: "ZY20240088", "MZ-2024001234", "OP-2024-000871"
 * (hospital record numbers), with the check digit some print in brackets after it ("HN24071234(5)").
 */
const PREFIXED_CODE = /(?<![A-Za-z0-9-])([A-Z]{1,4}-?(?:\d{6,12}|(?:19|20)\d{2}-\d{4,8})(?:\([0-9A-Z]\))?)(?![A-Za-z0-9]|-\d)/g;
/**
 * Code systems whose numbers are clinical content, not identifiers of a person; a list of codes after one label too
 * ("SNOMED CT 22298006, 49436004"), each perhaps with its term in brackets ("38341003 (hypertensive disorder), …").
 */
const CODE_LABEL_BEFORE =
  /(?:SNOMED(?:\s*CT)?|LOINC|NDC|ICD(?:-?\d+)?|ATC|CPT|HCPCS|RxNorm|RxCUI|UMLS|CUI|PMID|PMCID|DOI|NCT|ISRCTN|ChiCTR|ClinVar|dbSNP|OMIM|HGNC|国药准字|批准文号|批号|lot|protocol|ethics|IRB|伦理批件|伦理审查|批件|方案|版本|version|标准|型号|model)\s{0,2}(?:code|编码|编号|号|no\.?|number)?\s{0,2}[:：#]?\s{0,2}(?:[A-Z]{0,2}\d[\d.-]{0,15}(?:\s{0,2}[(（][^()（）\n]{1,60}[)）])?\s{0,2}[,，、/;]\s{0,2}){0,8}$/i;
const CODE_PREFIXES = /^(?:NCT|PMID|PMC|ISRCTN|CAS|CYP|HLA|BRCA|EGFR|ALK|ROS|KRAS|HER|ICD|ATC|SNOMED|LOINC|VCV|RCV|SCV)/;
/** Units after a number make it a measurement ("12345678 copies/mL"). */
const UNIT_AFTER = /^\s*(?:copies|IU|U\/|个|次|mg|g\b|ml|mL|L\b|μ|u|cells|\/)/;

const digitsOf = (value: string) => value.replace(/[ .-]/g, '');

function scanGrouped(text: string, detections: Detection[]): void {
  startScan(GROUPED, text);
  let match: RegExpExecArray | null;
  while ((match = GROUPED.exec(text)) !== null) {
    const value = match[1] ?? '';
    const start = match.index;
    const end = start + value.length;
    const digits = digitsOf(value);
    if (digits.length === 18 && isValidResidentId18(digits)) {
      detections.push({ type: 'id-card', start, end, priority: 58, score: 0.95 });
    } else if (digits.length === 15 && /^\d+$/.test(digits) && isValidResidentId15(digits) && value.split(/[ .-]/).every((g) => g.length >= 3)) {
      detections.push({ type: 'id-card', start, end, priority: 52, score: 0.7 });
    } else if (CNIC_GROUPING.test(value)) {
      detections.push({ type: 'id-card', start, end, priority: 56, score: 0.85 });
    } else if (digits.length === 13 && value.split(/[ .-]/)[0]?.length === 6 && isValidSouthAfricanId(digits)) {
      // Written as the date of birth, then the rest: "800101 5009 087".
      detections.push({ type: 'id-card', start, end, priority: 57, score: 0.85 });
    } else if (/^\d+$/.test(digits) && digits.length >= 13 && digits.length <= 19 && /^[3-6]/.test(digits) && passesLuhn(digits)) {
      // Grouped as cards are and passing Luhn, it is a card even after an account label ("打款账户 6217 0012 …").
      detections.push({ type: 'bank-card', start, end, priority: CARD_GROUPING.test(value) ? 56 : 46, score: 0.85 });
    } else if (CARD_GROUPING.test(value)) {
      detections.push({ type: 'bank-card', start, end, priority: 46, score: 0.6 });
    }
  }
}

function scanBareCards(text: string, detections: Detection[]): void {
  if (!/\d{13}/.test(text)) return;
  startScan(BARE_CARD, text);
  let match: RegExpExecArray | null;
  while ((match = BARE_CARD.exec(text)) !== null) {
    const value = match[1] ?? '';
    if (value.length === 18 || !passesLuhn(value)) continue;
    if (CODE_LABEL_BEFORE.test(text.slice(Math.max(0, match.index - 120), match.index))) continue;
    if (UNIT_AFTER.test(text.slice(match.index + value.length, match.index + value.length + 8))) continue;
    detections.push({ type: 'bank-card', start: match.index, end: match.index + value.length, priority: 46, score: 0.8 });
  }
}

function scanBare(regex: RegExp, text: string, detections: Detection[], prefixCheck: boolean): void {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const value = match[1] ?? '';
    const start = match.index;
    const end = start + value.length;
    if (CODE_LABEL_BEFORE.test(text.slice(Math.max(0, start - 120), start))) continue;
    // One group of a longer grouped number ("440306 19560722 1134") is judged with its neighbours, above.
    if (/\d[ .-]$/.test(text.slice(Math.max(0, start - 2), start)) || /^[ .-]\d/.test(text.slice(end, end + 2))) continue;
    if (prefixCheck && CODE_PREFIXES.test(value)) continue;
    if (UNIT_AFTER.test(text.slice(end, end + 8))) continue;
    detections.push({ type: 'mrn', start, end, priority: 20, score: 0.6 });
  }
}

export const groupedNumberDetector: PhiDetector = {
  name: 'grouped-number',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    scanGrouped(text, detections);
    scanBareCards(text, detections);
    scanBare(LONG_BARE_NUMBER, text, detections, false);
    scanBare(PREFIXED_CODE, text, detections, true);
    return detections;
  },
};
