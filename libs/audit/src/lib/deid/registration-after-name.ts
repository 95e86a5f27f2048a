import { isClinicalEnglishTermWord, isClinicalEnglishWord } from './clinical-vocabulary';
import type { Detection } from './deid.types';

/**
 * A clinician signs with the register that licenses them after their name: "Dr Sione Fifita (MCNZ 45821)", "Kerry-Ann
 * Docherty, SSSC 1209543", "R.Ph. (OCP #612345)", "(MMC Reg. No. 2009/04/1187)", "(MDCN/R/87234)". Registers are many and
 * local, so none is listed: on the line of a name that was found, a capitalised acronym of two to five letters, an optional
 * "reg."/"No."/"#", then a number of five digits or more (or four with letters or parts) is that person's registration.
 * A laboratory acronym stays ("(BNP 1200 ng/L)"): no clinical dictionary word, no unit or percent after the value.
 */
const REACH = 80;
const PRIORITY = 45;
const SCORE = 0.8;
const REGISTRATION = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:([A-Z]{2,5})(?:\s{0,2}(?:[Rr]eg(?:istration)?\.?|[Nn]o\.?|[Nn]umber|#))*\s{0,2}[#:]?\s{0,2}` +
    String.raw`([A-Z]{0,2}\d{4,8}[A-Z]?(?:\/\d{1,6}){0,2})|([A-Z]{2,5}(?:\/[A-Z]{1,4}){1,2}\/\d{4,8}))(?![A-Za-z0-9]|\/\d|[.,]\d|\s?(?:%|[a-zµμ]{1,4}\/|mmol|mg|ng|pg|IU|U\/|g\/|mL|ml|cm|mm|kg))`,
  'g',
);

function isRegistration(acronym: string | undefined, value: string): boolean {
  if (acronym !== undefined && (isClinicalEnglishTermWord(acronym) || isClinicalEnglishWord(acronym))) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 5 || (digits >= 4 && /[A-Z/]/.test(value));
}

export function registrationNumbersAfterNames(text: string, found: readonly Detection[]): Detection[] {
  const registrations: Detection[] = [];
  let scannedTo = 0;
  for (const finding of found) {
    if (finding.type !== 'name' || finding.end < scannedTo) continue;
    const lineEnd = text.indexOf('\n', finding.end);
    const windowEnd = Math.min(lineEnd === -1 ? text.length : lineEnd, finding.end + REACH);
    const window = text.slice(finding.end, windowEnd);
    scannedTo = windowEnd;
    REGISTRATION.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = REGISTRATION.exec(window)) !== null) {
      const whole = match[3];
      const value = whole ?? match[2] ?? '';
      if (!isRegistration(whole ? undefined : match[1], value)) continue;
      const start = finding.end + match.index + match[0].length - value.length;
      registrations.push({ type: 'license', start, end: start + value.length, priority: PRIORITY, score: SCORE });
    }
  }
  return registrations;
}
