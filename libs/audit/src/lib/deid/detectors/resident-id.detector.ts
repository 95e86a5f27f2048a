import {
  isValidCalendarDate,
  isValidHongKongId,
  isValidResidentId15,
  isValidResidentId18,
  isValidSingaporeNric,
  passesVerhoeff,
  isValidTaiwanId,
} from '../check-digits.util';
import type { Detection, PhiDetector } from '../deid.types';
import { LABEL_SEPARATOR, NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, scanLastGroup } from '../regex-scan.util';
import { scanNordicIdentityNumbers } from './nordic-identity-number.scanner';
import { scanWorldIdentityNumbers } from './world-identity-number.scanner';

const BARE_ID = new RegExp(String.raw`${NOT_AFTER_ALNUM}(\d{17}[\dXx]|\d{15})${NOT_BEFORE_ALNUM}`, 'g');

/**
 * In an explicit ID context a mistyped check digit is still somebody's ID: context wins over the checksum,
 * in any grouping ("110105 1949 1231 0024", "440306-19850712-3418"); the whole grouped number is redacted.
 */
const LABELLED_ID = new RegExp(
  String.raw`(?:身份证(?:号码|号)?|公民身份号码|居民身份证|证件号码?|ID\s*card(?:\s*(?:no\.?|number))?|national\s+ID|resident\s+ID)${LABEL_SEPARATOR}(\d{6}(?:[ .-]?\d){11}[\dXx]|\d{6}(?:[ .-]?\d){9})${NOT_BEFORE_ALNUM}`,
  'gi',
);

/** Singapore NRIC/FIN: bare when its check letter holds, any letter after NRIC/FIN/IC. */
const SINGAPORE_NRIC = /(?<![0-9A-Za-z])([STFGM]\d{7}[A-Z])(?![0-9A-Za-z])/g;
const LABELLED_NRIC = new RegExp(String.raw`(?:\bNRIC|\bFIN|\bIC|身份证|身份證)${LABEL_SEPARATOR}([STFGMstfgm]\d{7}[A-Za-z])${NOT_BEFORE_ALNUM}`, 'g');
/** Malaysian MyKad: YYMMDD-PB-####, the first six a real date; after IC/MyKad/NRIC the dashes may be left out. */
const MYKAD = /(?<![\d-])(\d{6}-\d{2}-\d{4})(?![\d-])/g;
/** The middle and last groups of a MyKad number, found by the dash first instead of at every digit. */
const MYKAD_TAIL = /-\d{2}-\d{4}/;
const LABELLED_MYKAD = new RegExp(String.raw`(?:\bMyKad|\bIC|\bNRIC|身份证|身份證)${LABEL_SEPARATOR}(\d{12})${NOT_BEFORE_ALNUM}`, 'gi');
const hasBirthDate = (value: string) => {
  const yy = Number(value.slice(0, 2));
  return isValidCalendarDate(yy < 30 ? 2000 + yy : 1900 + yy, Number(value.slice(2, 4)), Number(value.slice(4, 6)));
};
/**
 * Hong Kong identity card with its check digit: bare when the check holds, any digit after HKID/身份證/ID card. Cards and
 * forms print it with spaces too ("A 123456 (3)", "AB 987654 3"); without brackets the check digit needs a space before it.
 */
const HONG_KONG_ID = /(?<![0-9A-Za-z])([A-Z]{1,2} ?\d{6}(?: ?[(（][0-9A][)）]| [0-9A](?![0-9A-Za-z])))/g;
const LABELLED_HONG_KONG_ID = new RegExp(
  String.raw`(?:\bHKID|\bHKIC|\bHong\s{1,2}Kong\s{1,2}(?:ID|identity)(?:\s{1,2}card)?|\b(?:ID|[Ii]dentity)\s{1,2}card|身份證(?:號碼|号码)?|身份证(?:号码|号)?)${LABEL_SEPARATOR}([A-Z]{1,2} ?\d{6} ?[(（]?[0-9A][)）]?)${NOT_BEFORE_ALNUM}`,
  'g',
);
/**
 * Macau resident identity card (BIR): eight digits, the first 1, 5 or 7, the last printed apart ("1/234567/8",
 * "5123456(7)"). No check digit is published, so the slashed form, which nothing clinical shares, is taken bare and the
 * bracketed one after its label (read in the simplified shadow: 澳門居民身份證 arrives as 澳门居民身份证).
 */
const MACAU_ID_SLASHED = /(?<![\d/.])([157]\/\d{6}\/\d)(?![\d/])/g;
const LABELLED_MACAU_ID = new RegExp(
  String.raw`(?:澳门(?:特别行政区)?(?:非?永久性)?(?:居民)?身份证(?:号码|编号|号)?|身份证(?:号码|号)?|\bBIRM?|\bMaca[ou]\s{1,2}(?:resident\s{1,2})?ID(?:\s{1,2}card)?)${LABEL_SEPARATOR}([157]\d{6}[(（]\d[)）])`,
  'g',
);
/**
 * Taiwan national ID (國民身分證統一編號): a letter for the place of first registration, 1/2 (or 8/9 for a resident
 * certificate) and eight digits; after its label (身分證字號, 身份证号) whatever its check digit says.
 */
const LABELLED_TAIWAN_ID = new RegExp(
  String.raw`(?:身[份分]证(?:统一编号|字号|号码|号)?|统一证号|居留证(?:号码|号)?|\bROC\s+ID|\bTaiwan\s+ID)${LABEL_SEPARATOR}([A-Z][1289]\d{8})${NOT_BEFORE_ALNUM}`,
  'g',
);
/** The same number written bare, where its check digit holds (one code of this shape in ten passes by chance). */
const TAIWAN_ID = /(?<![0-9A-Za-z])([A-Z][1289]\d{8})(?![0-9A-Za-z])/g;
/** Aadhaar: twelve digits in fours, not starting 0 or 1; bare only when the Verhoeff check holds. */
const AADHAAR = /(?<![\d-])([2-9]\d{3} \d{4} \d{4})(?![\d-]|\s\d)/g;
const LABELLED_AADHAAR = new RegExp(String.raw`(?:\bAadhaa?r|\bUIDAI?|\bUID)${LABEL_SEPARATOR}(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d])`, 'gi');
/** Indian PAN, a tax number (`other-id`): five letters (the fourth says who holds it: P a person, C a company ...), four digits and a letter. */
const INDIAN_PAN = /(?<![0-9A-Za-z])([A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z])(?![0-9A-Za-z])/g;

export const residentIdDetector: PhiDetector = {
  name: 'resident-id',
  detect(text: string): Detection[] {
    return [
      ...scanLastGroup({
        text,
        regex: BARE_ID,
        type: 'id-card',
        priority: 50,
        accept: (value) => (value.length === 18 ? isValidResidentId18(value) : isValidResidentId15(value)),
      }),
      ...scanLastGroup({ text, regex: LABELLED_ID, type: 'id-card', priority: 60 }),
      ...scanLastGroup({ text, regex: SINGAPORE_NRIC, type: 'id-card', priority: 55, accept: isValidSingaporeNric }),
      ...scanLastGroup({ text, regex: LABELLED_NRIC, type: 'id-card', priority: 60 }),
      ...scanLastGroup({ text, regex: LABELLED_TAIWAN_ID, type: 'id-card', priority: 60 }),
      ...scanLastGroup({ text, regex: TAIWAN_ID, type: 'id-card', priority: 55, accept: isValidTaiwanId }),
      ...(MYKAD_TAIL.test(text) ? scanLastGroup({ text, regex: MYKAD, type: 'id-card', priority: 55, accept: hasBirthDate }) : []),
      ...scanLastGroup({ text, regex: LABELLED_MYKAD, type: 'id-card', priority: 60, accept: hasBirthDate }),
      ...scanLastGroup({ text, regex: HONG_KONG_ID, type: 'id-card', priority: 55, accept: isValidHongKongId }),
      ...scanLastGroup({ text, regex: LABELLED_HONG_KONG_ID, type: 'id-card', priority: 60 }),
      ...scanLastGroup({ text, regex: MACAU_ID_SLASHED, type: 'id-card', priority: 55 }),
      ...scanLastGroup({ text, regex: LABELLED_MACAU_ID, type: 'id-card', priority: 60 }),
      // Its shape alone (one twelve-digit number in ten passes Verhoeff) yields to a label: 就诊卡号 3301 0288 1275 is a card.
      ...scanLastGroup({ text, regex: AADHAAR, type: 'id-card', priority: 55, accept: passesVerhoeff }),
      ...scanLastGroup({ text, regex: LABELLED_AADHAAR, type: 'id-card', priority: 70 }),
      ...scanLastGroup({ text, regex: INDIAN_PAN, type: 'other-id', priority: 55 }),
      ...scanNordicIdentityNumbers(text),
      ...scanWorldIdentityNumbers(text),
    ];
  },
};
