/**
 * ICD-11 MMS stem code: chapter character (1-9, A-Z without I/O), a letter (not I/O), a digit,
 * a character (not I/O), then optionally "." and one or two characters ("BA41", "5A11",
 * "2C25.0", "BA41.Z"). Extension codes (chapter X, "XA7RE3") are not concept codes.
 */
const ICD11_STEM = /^[1-9A-HJ-NP-WYZ][A-HJ-NP-Z][0-9][0-9A-HJ-NP-Z](?:\.[0-9A-HJ-NP-Z]{1,2})?$/;

export function isIcd11StemCode(code: string): boolean {
  return ICD11_STEM.test(code);
}

/** WHO ICD-10: "I21", "I21.4", "E11.9"; the tail also admits national 5th/6th characters. */
const ICD10 = /^[A-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?$/;

export function isIcd10Code(code: string): boolean {
  return ICD10.test(code);
}

/**
 * 国家临床版 2.0 (China clinical edition) codes extend WHO codes: "E11.900", "I21.401",
 * and forms with an "x" block for local additions: "A01.000x002", "I10.x00x002".
 */
const CHINA_CLINICAL_ICD10 = /^([A-Z][0-9]{2})(?:\.([0-9x])([0-9x]{0,2})(?:x[0-9]{3})?)?$/;

export function isChinaClinicalIcd10Code(code: string): boolean {
  return CHINA_CLINICAL_ICD10.test(code);
}

/** The WHO ICD-10 category an extended code refines: E11.900 -> E11.9, I10.x00x002 -> I10. */
export function toWhoIcd10Parent(code: string): string | null {
  const match = CHINA_CLINICAL_ICD10.exec(code);
  if (match === null) return null;
  const [, category, fourth] = match;
  if (category === undefined) return null;
  if (fourth === undefined || fourth === 'x') return category;
  return `${category}.${fourth}`;
}

/** ATC at any level: A, A10, A10B, A10BA, A10BA02. */
const ATC = /^[A-Z](?:[0-9]{2}(?:[A-Z](?:[A-Z](?:[0-9]{2})?)?)?)?$/;

export function isAtcCode(code: string): boolean {
  return ATC.test(code);
}

// Verhoeff tables (dihedral group D5), as used by SNOMED CT identifiers.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
// Each row of the position table is the previous row permuted by row 1 (p[i][j] = p[1][p[i-1][j]]).
const VERHOEFF_P: readonly (readonly number[])[] = (() => {
  const rows: number[][] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  ];
  for (let i = 2; i < 8; i++) rows.push(rows[i - 1].map((value) => rows[1][value]));
  return rows;
})();

export function verhoeffValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let check = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    check = VERHOEFF_D[check][VERHOEFF_P[i % 8][digit]];
  }
  return check === 0;
}

/**
 * SNOMED CT concept id: 6–18 digits, no leading zero, partition "00" or "10" (concepts, core
 * or extension), Verhoeff check digit last.
 */
export function isSnomedConceptId(id: string): boolean {
  if (!/^[1-9][0-9]{5,17}$/.test(id)) return false;
  const partition = id.slice(-3, -1);
  return (partition === '00' || partition === '10') && verhoeffValid(id);
}

/** LOINC: digits, "-", a mod-10 (Luhn) check digit ("2160-0", "4548-4"). */
export function isLoincCode(code: string): boolean {
  const match = /^([0-9]{1,7})-([0-9])$/.exec(code);
  if (match === null) return false;
  const body = match[1];
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10 === Number(match[2]);
}
