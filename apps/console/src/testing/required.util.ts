/** For specs: the value, or a failure naming what was missing (instead of a non-null assertion). */
export function required<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what} to be present`);
  return value;
}
