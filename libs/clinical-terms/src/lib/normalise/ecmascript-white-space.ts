/**
 * Whether this UTF-16 code unit is what `\s` matches and `String.prototype.trim` removes: ECMAScript WhiteSpace and
 * LineTerminator. Hot loops test code units with it instead of slicing and running a regex.
 */
export function isEcmaScriptWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
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
