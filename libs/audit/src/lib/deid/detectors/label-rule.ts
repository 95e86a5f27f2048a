import type { PhiType } from '../deid.types';

/** An identifier that is only recognisable by the word in front of it (住院号, MRN, 医保卡号 ...). */
export interface LabelRule {
  readonly type: PhiType;
  readonly labels: string;
  readonly value: string;
  readonly priority: number;
  /** Shortest value taken, where the label word also counts things ("标本2份"). */
  readonly minValueLength?: number;
  /** Fewest digits the value holds, where the label also names things that carry short codes (biopsy T2, IL-6). */
  readonly minDigits?: number;
  /** A check of the value beyond its shape, where the label word also stands before years, dates and amounts. */
  readonly check?: (value: string) => boolean;
}

export const digitCount = (value: string): number => value.replace(/\D/g, '').length;

/** A year (2024), a date (2024-03-05, 05/03/2024) or a fraction (2/3) is no reference or registration number. */
export const YEAR_DATE_OR_FRACTION = /^(?:(?:19|20)\d{2}|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?)$/;
