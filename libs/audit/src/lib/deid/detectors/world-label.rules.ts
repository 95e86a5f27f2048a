import type { Detection } from '../deid.types';
import { NOT_BEFORE_ALNUM, scanLastGroup } from '../regex-scan.util';
import { digitCount, YEAR_DATE_OR_FRACTION, type LabelRule } from './label-rule';

/**
 * Rooms and beds, and clinicians' registration numbers, by the words notes outside the English- and
 * Chinese-speaking world put in front of them.
 */

/**
 * A number that a range, a unit of time or a count word follows is a stay or a count ("sala 3 días", "Zimmer 2-3 Tage",
 * "Ward 3 beds free"), not a room.
 */
const NOT_A_COUNT = String.raw`(?![-–~]\s?\d|\s?(?:(?:days?|d|weeks?|hours?|h|días?|dias?|jours?|Tage?n?|dagen|dagar|hari|gün|beds?|patients?|pts|camas?|lits?|Betten)\b|[天日周床张人]|小时))`;

export const WORLD_LABEL_RULES: readonly LabelRule[] = [
  {
    // Room and bed words of German (Zimmer), French (chambre), Spanish and Portuguese (habitación, leito, quarto, sala),
    // Italian (stanza), Dutch (kamer), Swedish (sal), Indonesian (kamar), Turkish (oda) and traditional Chinese (病房 as
    // a room, 病床, 床號): "Zimmer 412", "leito 812-B", "Habitación 508-2", "病房：B052". A ward alone (Station 4B, afdeling
    // F6-Zuid, Ward 7B) names part of the hospital, not a patient, and stays, as in English.
    type: 'bed',
    labels: String.raw`\bzimmer|\bchambre|\bhabitaci[oó]n|\bleito|\bquarto|\bstanza|\bkamar|\bsala|\bsal(?=\s{1,2}\d)|\bkamer|\boda|(?<![\dA-Za-z])(?:病房|病床|床號)`,
    value: String.raw`([A-Z]{1,2}\d{1,3}[A-Z]?|\d{1,4}-[A-Z0-9]{1,2}${NOT_A_COUNT}|\d{1,4}[A-Za-z]{0,2}${NOT_A_COUNT})${NOT_BEFORE_ALNUM}`,
    priority: 58,
    check: (value) => /\d/.test(value),
  },
  {
    // Clinicians' registration numbers by their registers: Hong Kong (MCHK), the Philippines (PRC), Canada (CPSO,
    // CPSBC, CMQ), Kenya (KMPDC), Nigeria (MDCN), Poland (PWZ), Indonesia (STR, SIP), Mexico (cédula profesional),
    // Turkey (diploma tescil), Egypt (syndicate), Saudi Arabia (SCFHS), Australia (AHPRA), South Asia (BMDC, PMDC,
    // SLMC), South Africa (HPCSA), Brazil (CRM-UF, COREN), France (RPPS), the Netherlands (BIG), Germany (LANR, EFN),
    // Korea (면허번호), Taiwan (證書字號), Singapore (MCR), Ireland (MCRN), British Columbia's billing numbers (MSP), the UK's pharmacists (GPhC), India's state councils (RMC Reg.,
    // KMC Reg.), a registered nurse's or pharmacist's number (RN, RPh), Medicare provider numbers, and "Reg. No.": four digits or more.
    type: 'license',
    labels: String.raw`\bMCHK(?:\s+Reg(?:istration)?\.?)?|\bReg(?:istration)?\.?\s+No\.?|\bPRC\s+Lic(?:en[cs]e)?\.?|\bCPSO|\bCPSBC|\bCMQ|\bKMPDC(?:\s+reg(?:istration)?\.?)?|\bMDCN(?:\s+Folio)?|\bPWZ|\bSTR|\bSIP|\bC[ée]d(?:ula)?\.?\s+Prof(?:esional)?\.?|\bdiploma\s+tescil(?:\s+no)?|\b(?:syndicate|sendika)\s+(?:no\.?|number)|\bSCFHS|\bAHPRA|\bBMDC|\bPMDC|\bSLMC|\bHPCSA|\bCRM-[A-Z]{2}|\bCOREN(?:-[A-Z]{2})?|\bRPPS|\bBIG(?:-nummer|\s+nummer)?|\bLANR|\bEFN|면허번호|[醫医][師师][證证][書书]|[證证][書书]字[號号]|(?<![\u4e00-\u9fa5])[證证][號号]|\bMCRN|\bMCR(?:\s+No\.?)?|\bMSP(?:\s+(?:No\.?|#|number))?|\bGPhC(?:\s+(?:Reg(?:istration)?\.?\s+)?No\.?)?|\b[A-Z]{1,4}MC\s+Reg(?:istration)?\.?(?:\s+No\.?)?|\bRN(?=\s\d{5,7}(?!\d))|\bRPh(?=\s\d{4,7}(?!\d))|\bprovider\s+(?:no\.?|number|#)`,
    value: String.raw`((?:[A-Z]{2,5}[ /-])?[A-Za-z0-9](?:[A-Za-z0-9/.-]{0,24}[A-Za-z0-9])?)${NOT_BEFORE_ALNUM}`,
    priority: 60,
    check: (value) => digitCount(value) >= 4 && !YEAR_DATE_OR_FRACTION.test(value),
  },
];

/** Taiwan's certificate numbers written whole: 醫字第034512號, 醫檢字第 007731 號, 護字第…號. */
// Detectors read traditional characters in their simplified shadow (號 as 号), so both are matched.
const TAIWAN_CERTIFICATE = /([\u4e00-\u9fa5]{1,3}字第 ?\d{4,8} ?[號号])/g;

export function scanWorldRegisterShapes(text: string): Detection[] {
  return [...(text.includes('字第') ? scanLastGroup({ text, regex: TAIWAN_CERTIFICATE, type: 'license', priority: 60 }) : [])];
}
