import { deidentify } from '@medlocal/audit';

/** A hospital department code as HIS exports write it ("CARD", "0301", "ICU-2"): ASCII, no spaces. */
const CODE_SHAPE = /^[A-Za-z0-9_-]{1,32}$/;
/**
 * Department codes carry few digits; phone numbers (11), resident ID numbers (18), record numbers
 * and dates carry many, in any grouping ("138-0013-8000"). More than this many is not a code.
 */
const MAX_DIGITS = 4;
/** More distinct codes than any hospital has departments means the column holds something else. */
export const MAX_DISTINCT_DEPARTMENTS = 200;

/**
 * Decides what of a `departmentColumn` value may be kept. The column is meant for department
 * codes, but a researcher may point it at any column, and whatever is kept is stored with each
 * document and shown in results. So a value is kept only when it is a department MedLocal knows,
 * or has the strict shape of a code, passes the de-identifier with no finding and has at most
 * four digits; anything else (a name, an ID or phone number, free text, a NUL) is dropped (the
 * document counts under an unknown department) and counted.
 */
export class DepartmentCodeFilter {
  private readonly accepted = new Set<string>();
  private droppedCount = 0;

  constructor(private readonly knownCodes: ReadonlySet<string>) {}

  /** The value to store, or null when the value was dropped. */
  keep(value: string | null): string | null {
    if (value === null) return null;
    if (this.knownCodes.has(value) || this.accepted.has(value)) return value;
    if (this.accepted.size < MAX_DISTINCT_DEPARTMENTS && looksLikeCode(value)) {
      this.accepted.add(value);
      return value;
    }
    this.droppedCount += 1;
    return null;
  }

  get dropped(): number {
    return this.droppedCount;
  }
}

function looksLikeCode(value: string): boolean {
  if (!CODE_SHAPE.test(value)) return false;
  if ((value.match(/[0-9]/g)?.length ?? 0) > MAX_DIGITS) return false;
  return deidentify(value).findings.length === 0;
}
