import { verhoeffValid } from '@medlocal/clinical-terms';

/** Weights of GB 11643-1999 (ISO 7064 MOD 11-2): 2^(17-i) mod 11 for positions 1..17. */
const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const GB11643_CHECK_CHARS = '10X98765432';

export function computeResidentIdCheckChar(first17Digits: string): string {
  if (!/^\d{17}$/.test(first17Digits)) throw new RangeError('need exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17Digits[i]) * (GB11643_WEIGHTS[i] ?? 0);
  return GB11643_CHECK_CHARS.charAt(sum % 11);
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** A birth date written with a two-digit year (identity numbers): the century is not written, so either will do. */
export function isValidTwoDigitYearDate(yy: number, month: number, day: number): boolean {
  return isValidCalendarDate(1900 + yy, month, day) || isValidCalendarDate(2000 + yy, month, day);
}

/** 18-character PRC resident ID: valid birth date (positions 7-14) and GB 11643 check character. */
export function isValidResidentId18(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const year = Number(value.slice(6, 10));
  if (year < 1880 || year > 2100) return false;
  if (!isValidCalendarDate(year, Number(value.slice(10, 12)), Number(value.slice(12, 14)))) return false;
  return computeResidentIdCheckChar(value.slice(0, 17)) === value.charAt(17).toUpperCase();
}

/** Legacy 15-digit ID (before 1999): 6-digit area, YYMMDD birth date in the 1900s, 3-digit sequence; no check digit. */
export function isValidResidentId15(value: string): boolean {
  if (!/^\d{15}$/.test(value)) return false;
  if (value[0] === '0') return false;
  return isValidCalendarDate(1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12)));
}

/**
 * South African identity number (Identification Act 68 of 1997, as Home Affairs issues it): YYMMDD date of
 * birth, four-digit sequence, citizenship digit (0 citizen, 1 permanent resident; 2 refugee), one digit, then a
 * Luhn check digit over the thirteen.
 */
export function isValidSouthAfricanId(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  if (!'012'.includes(value.charAt(10))) return false;
  // The century is not written: a date valid in either century will do (29 February needs a leap year).
  if (!isValidTwoDigitYearDate(Number(value.slice(0, 2)), Number(value.slice(2, 4)), Number(value.slice(4, 6)))) return false;
  return passesLuhn(value);
}

/** Luhn (ISO/IEC 7812-1) check used by bank cards and IMEIs. Non-digits are ignored so grouped forms work. */
export function passesLuhn(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function computeLuhnCheckDigit(payloadDigits: string): string {
  for (let candidate = 0; candidate <= 9; candidate++) {
    if (passesLuhn(payloadDigits + candidate)) return String(candidate);
  }
  throw new RangeError('unreachable: one Luhn digit always fits');
}

/**
 * Singapore NRIC/FIN (ICA): a prefix letter (S/T citizens and PRs, F/G/M foreigners), seven digits and a check letter
 * from the weights 2 7 6 5 4 3 2 (plus 4 for T and G, 3 for M) modulo 11.
 */
export function isValidSingaporeNric(value: string): boolean {
  const id = value.toUpperCase();
  if (!/^[STFGM]\d{7}[A-Z]$/.test(id)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(id[i + 1]) * (weights[i] ?? 0);
  const prefix = id.charAt(0);
  if (prefix === 'T' || prefix === 'G') sum += 4;
  if (prefix === 'M') sum += 3;
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : prefix === 'F' || prefix === 'G' ? 'XWUTRQPNMLK' : 'KLJNPQRTUWX';
  return table.charAt(sum % 11) === id.charAt(8);
}

/**
 * Hong Kong identity card: one or two letters, six digits and a check digit (0-9 or A), often in brackets
 * ("K372190(6)", "A 123456 (3)"); weights 9..2 over the letters (A=10 … Z=35, a missing first letter counts 36) and
 * digits, modulo 11; spaces are ignored. Checked against the worked examples A123456(3), E364912(5) and AB987654(3) of
 * "Hong Kong ID Formula (HKID Number Check Digit)", computerterminal.blogspot.hk, 2013.
 */
export function isValidHongKongId(value: string): boolean {
  const match = /^([A-Z]{1,2})(\d{6})[(（]?([0-9A])[)）]?$/.exec(value.toUpperCase().replace(/\s/g, ''));
  if (!match) return false;
  const letters = match[1] ?? '';
  const chars = [...(letters.length === 1 ? ' ' + letters : letters), ...(match[2] ?? '')];
  let sum = 0;
  chars.forEach((char, i) => {
    const n = char === ' ' ? 36 : /[A-Z]/.test(char) ? char.charCodeAt(0) - 55 : Number(char);
    sum += n * (9 - i);
  });
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? 'A' : String(check)) === match[3];
}

/**
 * Taiwan national identification number (and the resident certificate's, whose second character is 8 or 9): the
 * letter's two-digit code (A=10 … H=17, I=34, J=18 … N=22, O=35, P=23 … V=29, W=32, X=30, Y=31, Z=33) weighted 1 and 9,
 * the next eight digits weighted 8 to 1, the check digit 1; the sum is a multiple of 10 (Ministry of the Interior,
 * 國民身分證統一編號 編碼原則). Checked against the ministry's worked example A123456789.
 */
const TAIWAN_LETTER_CODES = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
export function isValidTaiwanId(value: string): boolean {
  if (!/^[A-Z][1289]\d{8}$/.test(value)) return false;
  const code = TAIWAN_LETTER_CODES.indexOf(value.charAt(0)) + 10;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 1; i <= 8; i++) sum += Number(value.charAt(i)) * (9 - i);
  return (sum + Number(value.charAt(9))) % 10 === 0;
}

/** Verhoeff check (used by Aadhaar, UIDAI; the same check as SNOMED CT ids); non-digits are ignored so grouped forms work. */
export function passesVerhoeff(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 2 && verhoeffValid(digits);
}

/**
 * Swedish personnummer (Skatteverket, SKV 704): [YY]YYMMDD, "-" ("+" from the year a holder turns 100), a three-digit
 * birth number and a Luhn check digit over the last ten digits. A coordination number (samordningsnummer) adds 60 to the day.
 */
export function isValidSwedishPersonnummer(value: string): boolean {
  const match = /^(?:(?:18|19|20)(\d{2})|(\d{2}))(\d{2})(\d{2})[-+]?(\d{4})$/.exec(value);
  if (!match) return false;
  const yy = match[1] ?? match[2] ?? '';
  const [month, writtenDay] = [Number(match[3]), Number(match[4])];
  const day = writtenDay > 60 ? writtenDay - 60 : writtenDay;
  if (!isValidTwoDigitYearDate(Number(yy), month, day)) return false;
  return passesLuhn(`${yy}${match[3]}${match[4]}${match[5]}`);
}

/**
 * Norwegian fødselsnummer (Skatteetaten): DDMMYY, a three-digit individual number and two mod-11 check digits with
 * the weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2. A D-number adds 40 to the day.
 */
export function isValidNorwegianFodselsnummer(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{11}$/.test(digits)) return false;
  const writtenDay = Number(digits.slice(0, 2));
  const day = writtenDay > 40 ? writtenDay - 40 : writtenDay;
  if (!isValidTwoDigitYearDate(Number(digits.slice(4, 6)), Number(digits.slice(2, 4)), day)) return false;
  const checkDigit = (weights: readonly number[]) => {
    const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
    const check = 11 - (sum % 11);
    return check === 11 ? 0 : check;
  };
  const first = checkDigit([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const second = checkDigit([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return first === Number(digits[9]) && second === Number(digits[10]);
}

/** Check characters of the Finnish identity code, indexed by the nine digits modulo 31. */
const FINNISH_CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * Finnish personal identity code (henkilötunnus, Digital and Population Data Services Agency): DDMMYY, a century
 * sign ("+" 1800s; "-", Y, X, W, V, U 1900s; A, B, C, D, E, F 2000s), a three-digit individual number and a check
 * character: the nine digits as one number modulo 31.
 */
export function isValidFinnishHenkilotunnus(value: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})([-+ABCDEFUVWXY])(\d{3})([0-9A-Y])$/.exec(value.toUpperCase());
  if (!match) return false;
  const sign = match[4] ?? '';
  const century = sign === '+' ? 1800 : '-UVWXY'.includes(sign) ? 1900 : 2000;
  if (!isValidCalendarDate(century + Number(match[3]), Number(match[2]), Number(match[1]))) return false;
  return FINNISH_CHECK_CHARS.charAt(Number(`${match[1]}${match[2]}${match[3]}${match[5]}`) % 31) === match[6];
}

/** Values of the characters in odd positions of an Italian codice fiscale (Ministerial Decree of 23 December 1976). */
const CODICE_FISCALE_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23] as const;

/**
 * Italian codice fiscale of a person: six letters of surname and name, the birth year, a month letter, the day (plus 40
 * for women), the place code and a check letter from the odd/even tables modulo 26. Digits may be replaced by letters
 * (omocodia), which the tables read alike.
 */
export function isValidCodiceFiscale(value: string): boolean {
  const code = value.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const char = code.charAt(i);
    const index = /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (CODICE_FISCALE_ODD[index] ?? 0) : index;
  }
  return String.fromCharCode(65 + (sum % 26)) === code.charAt(15);
}

/** Letters of a New Zealand NHI number and their values: A-Z without I and O, 1 to 24. */
const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** New Zealand NHI number, the format issued until 2025 (Te Whatu Ora): three letters, three digits and a mod-11 check digit. */
export function isValidNewZealandNhi(value: string): boolean {
  const nhi = value.toUpperCase();
  if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(nhi)) return false;
  const values = [...nhi.slice(0, 3)].map((letter) => NHI_LETTERS.indexOf(letter) + 1).concat([...nhi.slice(3, 6)].map(Number));
  const remainder = values.reduce((sum, n, i) => sum + n * (7 - i), 0) % 11;
  if (remainder === 0) return false;
  return (11 - remainder) % 10 === Number(nhi.charAt(6));
}

/** Argentine CUIL/CUIT (AFIP): a two-digit kind (20, 23, 24, 27 persons; 30, 33, 34 companies), the DNI and a mod-11 digit. */
export function isValidArgentineCuil(value: string): boolean {
  const digits = value.replace(/[-\s.]/g, '');
  if (!/^(?:20|23|24|27|30|33|34)\d{9}$/.test(digits)) return false;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const remainder = weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0) % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(digits[10]);
}
