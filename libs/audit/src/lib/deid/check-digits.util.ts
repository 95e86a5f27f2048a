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
