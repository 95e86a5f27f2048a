import { deidentify } from '../../../index';
import type { PhiType } from '../deid.types';

/** What the dev-set specs read: the findings for a text, with the reference year they were written for. */
export const findingsOf = (text: string) => deidentify(text, { referenceYear: 2026 }).findings;

/** Where `part` first occurs in `text`; a case whose part is not in its text is a mistake in the case. */
function offsetOf(text: string, part: string): number {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in the text`);
  return at;
}

/** Whether every character of `part` (its first occurrence in `text`) lies inside a finding. */
export function covered(text: string, part: string): boolean {
  const at = offsetOf(text, part);
  const findings = findingsOf(text);
  for (let index = at; index < at + part.length; index++) {
    if (!findings.some((f) => f.start <= index && index < f.end)) return false;
  }
  return true;
}

/** Whether no finding touches `part` (its first occurrence in `text`). */
export function untouched(text: string, part: string): boolean {
  const at = offsetOf(text, part);
  return findingsOf(text).every((f) => f.end <= at || f.start >= at + part.length);
}

/** Whether one finding of `type` covers all of `part` (its first occurrence in `text`). */
export function coveredAs(text: string, part: string, type: PhiType): boolean {
  const at = offsetOf(text, part);
  return findingsOf(text).some((f) => f.type === type && f.start <= at && at + part.length <= f.end);
}
