const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/**
 * A Chinese resident identity number with the check character GB 11643-1999 prescribes
 * (ISO 7064 MOD 11-2: weighted sum of the first 17 digits, mod 11, mapped through 1 0 X 9 8 7 6 5 4 3 2).
 */
export function residentIdWithCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('A resident id starts with 17 digits');
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index], 0);
  return first17 + CHECK_CHARACTERS[sum % 11];
}
