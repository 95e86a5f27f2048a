import { deidentify } from './deidentifier';
import type { PhiType } from './deid.types';

/** The classes of the findings that cover all of `value` where it stands at `at` in `text` (its first occurrence by default). */
export function typesCovering(text: string, value: string, at = text.indexOf(value)): PhiType[] {
  const { findings } = deidentify(text, { referenceYear: 2026 });
  return findings.filter((finding) => finding.start <= at && at + value.length <= finding.end).map((finding) => finding.type);
}
