import { isValidArgentineCuil, isValidCodiceFiscale, isValidNewZealandNhi, isValidSouthAfricanId, isValidTwoDigitYearDate } from '../check-digits.util';
import type { Detection } from '../deid.types';
import { scanLastGroup } from '../regex-scan.util';

/**
 * National and health identity numbers whose shape, check character or embedded birth date is precise enough to take
 * them without a label: the Italian codice fiscale and the New Zealand NHI by their check characters, the Argentine
 * CUIL in its dashed form by its mod-11 digit, a bare South African ID by its birth date and Luhn digit, the Mexican RFC
 * of a person by its birth date, the Ghana Card by its GHA prefix, and the Sri Lankan NIC of before 2016 by its day of
 * the year (001-366, 501-866 for women) and closing V or X.
 */
const CODICE_FISCALE = /(?<![A-Za-z0-9])([A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z])(?![A-Za-z0-9])/g;
const NEW_ZEALAND_NHI = /(?<![A-Za-z0-9])([A-HJ-NP-Z]{3}\d{4})(?![A-Za-z0-9])/g;
const ARGENTINE_CUIL = /(?<![\d-])((?:20|23|24|27|30|33|34)-\d{8}-\d)(?![\d-])/g;
const SOUTH_AFRICAN_ID = /(?<![\d.,/-])(\d{13})(?![\d/-]|[.,]\d)/g;
const MEXICAN_RFC = /(?<![A-Za-z0-9])([A-Z&]{4}\d{6}[A-Z0-9]{3})(?![A-Za-z0-9])/g;
const GHANA_CARD = /(?<![A-Za-z0-9-])(GHA-\d{9}-\d)(?![\d-])/g;
const SRI_LANKAN_OLD_NIC =
  /(?<![A-Za-z0-9])(\d{2}(?:00[1-9]|0[1-9]\d|[12]\d{2}|3[0-5]\d|36[0-6]|50[1-9]|5[1-9]\d|[67]\d{2}|8[0-5]\d|86[0-6])\d{4}[VX])(?![A-Za-z0-9])/g;

const hasRfcBirthDate = (value: string) => isValidTwoDigitYearDate(Number(value.slice(4, 6)), Number(value.slice(6, 8)), Number(value.slice(8, 10)));

export function scanWorldIdentityNumbers(text: string): Detection[] {
  return [
    ...scanLastGroup({ text, regex: CODICE_FISCALE, type: 'id-card', priority: 55, accept: isValidCodiceFiscale }),
    ...scanLastGroup({ text, regex: NEW_ZEALAND_NHI, type: 'id-card', priority: 55, accept: isValidNewZealandNhi }),
    ...scanLastGroup({ text, regex: ARGENTINE_CUIL, type: 'social-security', priority: 55, accept: isValidArgentineCuil }),
    ...scanLastGroup({ text, regex: SOUTH_AFRICAN_ID, type: 'id-card', priority: 55, accept: isValidSouthAfricanId }),
    ...scanLastGroup({ text, regex: MEXICAN_RFC, type: 'other-id', priority: 55, accept: hasRfcBirthDate }),
    ...scanLastGroup({ text, regex: GHANA_CARD, type: 'id-card', priority: 55 }),
    ...scanLastGroup({ text, regex: SRI_LANKAN_OLD_NIC, type: 'id-card', priority: 55 }),
  ];
}
