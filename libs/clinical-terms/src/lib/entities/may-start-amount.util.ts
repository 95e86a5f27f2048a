import { isEcmaScriptWhiteSpace } from '../normalise/ecmascript-white-space';

/**
 * Whether text starting with this UTF-16 code unit may open an amount read by an anchored pattern of the form
 * `^[\s:]*\d` (a dose, a strength): an ASCII digit, a colon, or a code unit that `\s` matches. A cheap test that
 * spares running such patterns on words ("bid", "口服"). `\s` is ECMAScript white space and line terminators.
 */
export function mayStartAmount(code: number): boolean {
  return (code >= 48 && code <= 58) || isEcmaScriptWhiteSpace(code);
}
