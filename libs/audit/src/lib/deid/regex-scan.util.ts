import type { Detection, PhiType } from './deid.types';
import type { Opening } from './literal-presence.util';
import { firstOpeningPosition, forgetLiteralPresence, holdsAny, holdsAnyLowerCasedOpening, holdsAnyOpening, openingPositions } from './literal-presence.util';

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

/** The plain characters a regex source opens with, less the last when a quantifier makes it optional ("records?" → record). */
function leadingLiteral(body: string): string {
  let literal = '';
  for (let index = 0; index < body.length && !REGEX_SYNTAX.has(body.charAt(index)); index++) literal += body.charAt(index);
  return /^[?*{]/.test(body.slice(literal.length)) ? literal.slice(0, -1) : literal;
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
      const literal = leadingLiteral(body);
      if (literal.length === 0) return null;
      found = [{ literal: ignoreCase ? literal.toLowerCase() : literal, afterWordEdge: guarded || (boundary && ASCII_WORD_START.test(literal)) }];
    }
    openings.push(...found);
  }
  return openings;
}

const QUANTIFIER = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/;
const OPTIONAL_QUANTIFIER = /^(?:\?|\*|\{0[,}])/;
/** No quantifier, or one that allows a single round at most: ?, {1}, {0,1}, {1,1}. */
const ONCE_QUANTIFIER = /^(?:|\?|\{(?:0,)?1(?:,1)?\})\??$/;
/**
 * Characters whose lower case is found where a rule that ignores case matches them: ASCII, the Latin letters with
 * accents (é, ø, ł) and characters without case. Not µ, whose upper case is the Greek Μ that μ shares, nor İ, which
 * lower-cases to two code units.
 */
const isPositionSafe = (char: string) => {
  const code = char.charCodeAt(0);
  if (code < 128 || (code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7 && code !== 0x130)) return true;
  return char.toLowerCase() === char && char.toUpperCase() === char;
};
const isSurrogate = (char: string) => (char.charCodeAt(0) & 0xf800) === 0xd800;
/** How deep startLiteralsOf follows groups, and how many literals it lists, before it gives up on a rule. */
const MAX_GROUP_DEPTH = 8;
const MAX_START_LITERALS = 200;

/**
 * The literals at which every match of a regex source STARTS, or null when that cannot be read from the source: stricter
 * than openingsOf, whose literal only has to be in the match. A leading optional group gives its own starts and those of
 * what follows it, a leading group gives the starts of each alternative followed by the rest, a leading class of a few
 * plain characters gives one start per character ("[IO]P" → ip, op), and a leading \b or lookaround is passed over, as
 * the word-edge flag says. Lower-cased for a rule that ignores case; null where a literal holds a character with case
 * outside ASCII, whose lower case need not be where the rule matches it.
 */
export function startLiteralsOf(source: string, ignoreCase = true): Opening[] | null {
  const starts = alternativeStarts(source, { ignoreCase, guarded: false, boundary: false, depth: 0 });
  if (starts === null || starts.length > MAX_START_LITERALS) return null;
  const seen = new Set<string>();
  return starts.filter((start) => {
    const key = `${start.afterWordEdge ? 1 : 0}${start.literal}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface StartReading {
  readonly ignoreCase: boolean;
  readonly guarded: boolean;
  readonly boundary: boolean;
  readonly depth: number;
}

function alternativeStarts(source: string, reading: StartReading): Opening[] | null {
  const starts: Opening[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const found = sequenceStarts(alternative, reading);
    if (found === null) return null;
    starts.push(...found);
  }
  return starts;
}

function sequenceStarts(sequence: string, reading: StartReading): Opening[] | null {
  if (reading.depth > MAX_GROUP_DEPTH) return null;
  let body = sequence;
  let { guarded, boundary } = reading;
  const deeper = (): StartReading => ({ ignoreCase: reading.ignoreCase, guarded, boundary, depth: reading.depth + 1 });
  for (;;) {
    if (body.startsWith('\\b')) {
      body = body.slice(2);
      boundary = true;
      continue;
    }
    if (body.startsWith('(')) {
      const close = closingParenthesis(body, 0);
      if (close < 0) return null;
      const after = body.slice(close + 1);
      const quantifier = QUANTIFIER.exec(after)?.[0] ?? '';
      const rest = after.slice(quantifier.length);
      if (/^\(\?<?[=!]/.test(body)) {
        if (quantifier !== '') return null;
        if (NOT_AFTER_ALNUM_GUARD.test(body)) guarded = true;
        body = rest;
        continue;
      }
      const innerStart = body.startsWith('(?:') ? 3 : body.startsWith('(?<') ? body.indexOf('>') + 1 : body.startsWith('(?') ? 0 : 1;
      if (innerStart === 0) return null;
      // After a group that may repeat, a second round of it may stand where what follows it would: only its own start
      // is known ("(?:ab)+cd" matches "ababcd" at "ab", not only at "abcd").
      const continuation = ONCE_QUANTIFIER.test(quantifier) ? rest : '';
      const starts: Opening[] = [];
      for (const alternative of topLevelAlternatives(body.slice(innerStart, close))) {
        const found = sequenceStarts(alternative + continuation, deeper());
        if (found === null) return null;
        starts.push(...found);
      }
      if (OPTIONAL_QUANTIFIER.test(quantifier)) {
        const found = sequenceStarts(rest, deeper());
        if (found === null) return null;
        starts.push(...found);
      }
      return starts;
    }
    if (body.startsWith('[')) return classStarts('', body, deeper());
    const literal = leadingLiteral(body);
    // A class of a few plain characters inside a word goes on with each of them ("T[ée]l" → tél, tel). (After a
    // shortened literal the next character is the plain one a quantifier made optional, never a class.)
    if (literal.length > 0 && body.charAt(literal.length) === '[') {
      const starts = classStarts(literal, body.slice(literal.length), deeper());
      if (starts !== null) return starts;
    }
    // Half of a character outside the BMP may stand for the whole of it (under the u flag) or for itself alone.
    if (literal.length === 0 || literal.split('').some(isSurrogate)) return null;
    if (reading.ignoreCase && !literal.split('').every(isPositionSafe)) return null;
    return [{ literal: reading.ignoreCase ? literal.toLowerCase() : literal, afterWordEdge: guarded || (boundary && ASCII_WORD_START.test(literal)) }];
  }
}

/**
 * The starts of `prefix` (plain characters) followed by `body`, which opens with a class: one reading per character of a
 * class of a few plain characters, or null for any other class and for an optional one.
 */
function classStarts(prefix: string, body: string, reading: StartReading): Opening[] | null {
  const close = body.indexOf(']', 1);
  const members = body.slice(1, close);
  const plain = members.split('').every((char) => !REGEX_SYNTAX.has(char) && char !== '-' && !isSurrogate(char));
  if (close < 0 || members.length === 0 || members.length > 6 || !plain) return null;
  const after = body.slice(close + 1);
  const quantifier = QUANTIFIER.exec(after)?.[0] ?? '';
  if (OPTIONAL_QUANTIFIER.test(quantifier)) return null;
  // After a repeated class only its first character is known.
  const rest = quantifier === '' ? after : '';
  const starts: Opening[] = [];
  for (const member of members.split('')) {
    const found = sequenceStarts(prefix + member + rest, reading);
    if (found === null) return null;
    starts.push(...found);
  }
  return starts;
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

/** Per regex, the literals every match starts with (startLiteralsOf its source), or null when they cannot be read. */
const startLiterals = new WeakMap<RegExp, readonly Opening[] | null>();
const WORD_CHARACTER = /[A-Za-z\u0080-\uffff]/;
/** Per regex, a sticky copy that tries one position only. */
const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * Every position in `text` where a match of `regex` can start, ascending (empty when it cannot match at all), or null
 * when the regex gives no literals to find them by and must be run over the whole note.
 */
export function matchStarts(text: string, regex: RegExp): number[] | null {
  const starts = startLiteralsFor(regex);
  if (starts === null) return null;
  if (!regex.ignoreCase) return openingPositions(text, null, starts);
  const lower = lowerCased(text);
  // Lower-casing changed the length (İ): positions no longer line up.
  return lower.length === text.length ? openingPositions(text, lower, starts) : null;
}

/** The first of matchStarts (text.length + 1 when there is none), or null when they cannot be known. */
function firstMatchStart(text: string, regex: RegExp): number | null {
  const starts = startLiteralsFor(regex);
  if (starts === null) return null;
  const lower = regex.ignoreCase ? lowerCased(text) : null;
  if (lower !== null && lower.length !== text.length) return null;
  const first = firstOpeningPosition(text, lower, starts);
  return first < 0 ? text.length + 1 : first;
}

function startLiteralsFor(regex: RegExp): readonly Opening[] | null {
  let starts = startLiterals.get(regex);
  if (starts === undefined) {
    // Under the u or v flag a rule that ignores case also matches letters whose lower case is elsewhere (ſ for s).
    starts = regex.ignoreCase && (regex.unicode || regex.flags.includes('v')) ? null : startLiteralsOf(regex.source, regex.ignoreCase);
    // A start of one character, or of digits and marks only ("0", "1/"), occurs too often in a note to try the rule at
    // each: V8 scans for it faster than one try per place.
    if (starts !== null && !starts.every(({ literal }) => literal.length >= 2 && WORD_CHARACTER.test(literal))) starts = null;
    startLiterals.set(regex, starts);
  }
  return starts;
}

/** A copy of a regex that matches only where it is told to (the y flag): tried at each start matchStarts gives. */
export function stickyCopyOf(regex: RegExp): RegExp {
  let sticky = stickyCopies.get(regex);
  if (sticky === undefined) {
    sticky = new RegExp(regex.source, regex.sticky ? regex.flags : regex.flags + 'y');
    stickyCopies.set(regex, sticky);
  }
  return sticky;
}

/**
 * Readies a global regex for an exec loop over `text`: from the first place a match can start (matchStarts), from the
 * start when those cannot be known, or past the end when mayMatch rules the regex out, so the loop's first exec finds
 * nothing without reading the note. `needs` is a cheap regex that every note the rule matches in also matches (a rare
 * part of the rule, such as what a lookahead demands): without a match, the rule is not run.
 */
export function startScan(regex: RegExp, text: string, needs?: RegExp): void {
  if (needs !== undefined && !needs.test(text)) {
    regex.lastIndex = text.length + 1;
    return;
  }
  regex.lastIndex = firstMatchStart(text, regex) ?? (mayMatch(text, regex) ? 0 : text.length + 1);
}

/**
 * The matches of a global regex over `text`, as its own exec loop finds them when it moves on to `next(match)` after
 * each (the end of the match, by default), but tried only where a match can start (matchStarts) when that is known.
 * `onMatch` returns where the search goes on; a match the loop would not find is never handed on.
 */
function eachMatch(regex: RegExp, text: string, onMatch: (match: RegExpExecArray) => number, ruleOut = true): void {
  const starts = matchStarts(text, regex);
  if (starts === null) {
    if (ruleOut && !mayMatch(text, regex)) return;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) regex.lastIndex = onMatch(match);
    return;
  }
  const sticky = stickyCopyOf(regex);
  let from = 0;
  let tried = -1;
  for (const start of starts) {
    if (start < from || start === tried) continue;
    tried = start;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match !== null) from = onMatch(match);
  }
  regex.lastIndex = 0;
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
  eachMatch(
    regex,
    text,
    (match) => {
      const value = match[group];
      if (value !== undefined && (accept === undefined || accept(value))) {
        const start = match.index + match[0].indexOf(value);
        onSpan(start, start + value.length);
      }
      return match.index + match[0].length;
    },
    false,
  );
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
  eachMatch(regex, text, (match) => {
    const matchEnd = match.index + match[0].length;
    if (match[0].length === 0) return matchEnd + 1;
    const value = lastDefinedGroup(match);
    if (value.length === 0) return matchEnd;
    if (accept && !accept(value, match)) return retryInsideRejected ? match.index + 1 : matchEnd;
    const end = matchEnd - trailingLength(match, value);
    detections.push({ type, start: end - value.length, end, priority });
    return matchEnd;
  });
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
