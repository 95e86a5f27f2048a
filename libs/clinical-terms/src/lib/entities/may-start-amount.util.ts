/**
 * Whether text starting with this UTF-16 code unit may open an amount read by an anchored pattern of the form
 * `^[\s:]*\d` (a dose, a strength): an ASCII digit, a colon, or a code unit that `\s` matches. A cheap test that
 * spares running such patterns on words ("bid", "口服"). `\s` is ECMAScript white space and line terminators.
 */
export function mayStartAmount(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 58) || code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
