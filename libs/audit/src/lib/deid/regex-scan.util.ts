import type { Detection, PhiType } from './deid.types';
import type { Opening } from './literal-presence.util';
import { forgetLiteralPresence, holdsAny, holdsAnyLowerCasedOpening, holdsAnyOpening } from './literal-presence.util';

/**
 * A rule whose every match contains one of some literals is skipped when the note holds none of them (holdsAny, read
 * once per note in literal-presence.util): most rules find nothing in most notes.
 */
export { holdsAny } from './literal-presence.util';

const REGEX_SYNTAX = new Set(Array.from('\\()[]{}?*+.|^$'));

/** Index of the parenthesis closing the group opened at `open`, minding escapes and classes; -1 when unbalanced. */
function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let index = open; index < source.length; index++) {
    const char = source.charAt(index);
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index;
  }
  return -1;
}

/** The top-level alternatives of a regex source: "a|(?:b|c)d" → a, (?:b|c)d. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source.charAt(index);
    if (char === '\\') index++;
    else if (char === '(' || char === '[') {
      const close = char === '(' ? closingParenthesis(source, index) : source.indexOf(']', index + 1);
      if (close < 0) return [source];
      index = close;
    } else if (char === '|') {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** Lookbehinds that say no letter or digit comes before: NOT_AFTER_ALNUM and its spellings. */
const NOT_AFTER_ALNUM_GUARD = /^\(\?<!\[(?:A-Za-z0-9|0-9A-Za-z|A-Za-z\\d|\\dA-Za-z)\]\)/;
const ASCII_WORD_START = /^[a-z0-9_]/i;

/**
 * The openings of a regex source: literals of which every match holds one, read from the start of each alternative
 * ("住院号|MRN|medical\s+record" → 住院号, mrn, medical), lower-cased for a rule that ignores case (the default). A leading \b or
 * lookaround is passed over, a leading optional group is skipped, a leading group gives its own alternatives, and a
 * character a quantifier makes optional is left out ("records?" → record). Null where an alternative opens with a
 * class or an escape: then no literal is needed by every match. Each opening also says whether the rule
 * wants no letter or digit right before it (a leading \b before a word character, or a (?<![A-Za-z0-9]) guard).
 */
export function openingsOf(source: string, ignoreCase = true, afterGuard = false): Opening[] | null {
  const openings: Opening[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    let body = alternative;
    let guarded = afterGuard;
    let boundary = false;
    let found: Opening[] | null = null;
    while (found === null) {
      if (body.startsWith('\\b')) {
        body = body.slice(2);
        boundary = true;
        continue;
      }
      if (body.startsWith('(')) {
        const close = closingParenthesis(body, 0);
        if (close < 0) return null;
        const lookaround = /^\((?:\?<?[=!])/.test(body);
        const optional = /^(?:\?|\*|\{0,)/.test(body.slice(close + 1));
        if (lookaround || optional) {
          if (NOT_AFTER_ALNUM_GUARD.test(body)) guarded = true;
          // What follows a skipped optional group may come after its text, not after the guard.
          if (optional && !lookaround) guarded = boundary = false;
          body = body.slice(close + 1).replace(/^(?:\?|\*|\{0,\d*\})\??/, '');
          continue;
        }
        const inner = openingsOf(body.slice(body.startsWith('(?:') ? 3 : 1, close), ignoreCase, guarded);
        if (inner === null) return null;
        // A \b in front of the group guards each inner opening that starts with a word character.
        found = boundary ? inner.map((o) => ({ literal: o.literal, afterWordEdge: o.afterWordEdge || ASCII_WORD_START.test(o.literal) })) : inner;
        break;
      }
      let literal = '';
      for (let index = 0; index < body.length && !REGEX_SYNTAX.has(body.charAt(index)); index++) literal += body.charAt(index);
      if (/^[?*{]/.test(body.slice(literal.length))) literal = literal.slice(0, -1);
      if (literal.length === 0) return null;
      found = [{ literal: ignoreCase ? literal.toLowerCase() : literal, afterWordEdge: guarded || (boundary && ASCII_WORD_START.test(literal)) }];
    }
    openings.push(...found);
  }
  return openings;
}

/** Per regex, the literals every match opens with (openingsOf its source), or null when it has none. */
const openingLiterals = new WeakMap<RegExp, readonly Opening[] | null>();
/**
 * The note being de-identified, lower-cased, for rules that ignore case: the detectors of one note ask for it many
 * times. The de-identifier forgets it when the note is done (forgetNote), so no clinical text stays behind.
 */
let lowerCasedNote = { text: '', lower: '' };

export function lowerCased(text: string): string {
  if (lowerCasedNote.text !== text) lowerCasedNote = { text, lower: text.toLowerCase() };
  return lowerCasedNote.lower;
}

/** Lets go of the note and what was read from it, once its de-identification is done. */
export function forgetNote(): void {
  lowerCasedNote = { text: '', lower: '' };
  forgetLiteralPresence();
}

/** False only when the regex cannot match: the text holds none of the literals its matches open with. */
export function mayMatch(text: string, regex: RegExp): boolean {
  let openings = openingLiterals.get(regex);
  if (openings === undefined) {
    openings = openingsOf(regex.source, regex.ignoreCase);
    openingLiterals.set(regex, openings);
  }
  if (openings === null) return true;
  return regex.ignoreCase ? holdsAnyLowerCasedOpening(text, lowerCased(text), openings) : holdsAnyOpening(text, openings);
}

/**
 * Readies a global regex for an exec loop over `text`: from the start, or past the end when mayMatch rules it out, so
 * the loop's first exec finds nothing without reading the note. `needs` is a cheap regex that every note the rule
 * matches in also matches (a rare part of the rule, such as what a lookahead demands): without a match, the rule is not run.
 */
export function startScan(regex: RegExp, text: string, needs?: RegExp): void {
  regex.lastIndex = (needs === undefined || needs.test(text)) && mayMatch(text, regex) ? 0 : text.length + 1;
}

/**
 * Runs a global regex over the text and hands on the span of capture group `group` of each match (where that
 * group took part and `accept`, if given, takes its value). The value is looked up inside the match, so context
 * before it needs no `d` flag.
 */
export function scanGroupSpans(
  regex: RegExp,
  text: string,
  group: number,
  onSpan: (start: number, end: number) => void,
  accept?: (value: string) => boolean,
): void {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const value = match[group];
    if (value === undefined || (accept && !accept(value))) continue;
    const start = match.index + match[0].indexOf(value);
    onSpan(start, start + value.length);
  }
}

/**
 * Runs a global regex over the text and turns each match into a detection of its LAST capture group
 * (or the whole match when there is none). Putting the value last lets context words sit in front of it
 * without needing the slower `d` flag.
 */
export function scanLastGroup(params: {
  text: string;
  regex: RegExp;
  type: PhiType;
  priority: number;
  accept?: (value: string, match: RegExpExecArray) => boolean;
  /**
   * After a rejected match, look again from the character after its start instead of after its end. Label
   * rules need it: in "病历号MRN 88442211" the first label takes "MRN" as its value, which is rejected, and
   * the second label must still be seen.
   */
  retryInsideRejected?: boolean;
  /** Literals of which every match holds one (same case as the regex): without any, the regex is not run. */
  needsAny?: readonly string[];
}): Detection[] {
  const { text, regex, type, priority, accept, retryInsideRejected = false, needsAny } = params;
  const detections: Detection[] = [];
  if (needsAny && !holdsAny(text, needsAny)) return detections;
  if (!mayMatch(text, regex)) return detections;
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const value = lastDefinedGroup(match);
    if (value.length === 0) continue;
    if (accept && !accept(value, match)) {
      if (retryInsideRejected) regex.lastIndex = match.index + 1;
      continue;
    }
    const end = match.index + match[0].length - trailingLength(match, value);
    detections.push({ type, start: end - value.length, end, priority });
  }
  return detections;
}

function lastDefinedGroup(match: RegExpExecArray): string {
  for (let i = match.length - 1; i >= 1; i--) {
    const group = match[i];
    if (group !== undefined) return group;
  }
  return match[0];
}

/** The value group normally ends the match; lookaheads add nothing, so trailing text is only a final suffix group. */
function trailingLength(match: RegExpExecArray, value: string): number {
  const whole = match[0];
  return whole.endsWith(value) ? 0 : whole.length - (whole.lastIndexOf(value) + value.length);
}

/** The same label in the other language, in brackets: "病历号（MRN）：", "MRN (病案号) ". */
const LABEL_ALIAS = String.raw`(?:[(（][A-Za-z\u4e00-\u9fa5][A-Za-z\u4e00-\u9fa5. ]{0,15}[)）]\s*)?`;

/**
 * Separators people put between a label and its value: "住院号：", "MRN #", "No. ", "为", and the en or em dash
 * that word processors make of a typed hyphen ("WeChat ID – mei_lin").
 * Every whitespace run is followed by something that cannot be whitespace: two optional parts with
 * `\s*` on both sides let the engine split one run of spaces three ways, which made "MRN" + 3,000
 * spaces + "!" cubic (37 s for one message).
 */
export const LABEL_SEPARATOR = String.raw`(?:\s*${LABEL_ALIAS}(?:(?:号码|编号|号|No\.?|Number|num\.?|#|ID)\s*)?(?:(?:为|是|:|：|#|=|-|–|—|is\b|was\b)\s*)?)`;

/** Digit/letter boundaries so a value is never cut out of a longer token. */
export const NOT_AFTER_ALNUM = String.raw`(?<![0-9A-Za-z])`;
export const NOT_BEFORE_ALNUM = String.raw`(?![0-9A-Za-z])`;
