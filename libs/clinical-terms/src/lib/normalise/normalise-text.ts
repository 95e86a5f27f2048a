import { TRADITIONAL_TO_SIMPLIFIED } from './traditional-to-simplified';

/**
 * Normalised text plus, for every UTF-16 unit of it, the span of the original text it came
 * from, so hits found in normalised text can be reported at their original offsets.
 */
export interface NormalisedText {
  readonly original: string;
  /** Width-folded, punctuation-unified, case kept (for case-sensitive abbreviations). */
  readonly cased: string;
  /** `cased`, lower-cased unit by unit (same length). */
  readonly folded: string;
  readonly originalStart: Int32Array;
  readonly originalEnd: Int32Array;
}

const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

/** Replacements NFKC does not make but clinical text needs. */
const EXTRA: Readonly<Record<string, string>> = {
  µ: 'μ', // micro sign -> Greek mu, one spelling for units
  '×': '×',
  '℃': '°C',
  '℉': '°F',
  '。': '。',
  '、': '、',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '―': '-',
  '－': '-',
  '〜': '~',
  '～': '~',
  '【': '[',
  '】': ']',
  '《': '"',
  '》': '"',
  '「': '"',
  '」': '"',
  '\u00a0': ' ',
  '\u3000': ' ',
};

const cache = new Map<number, string>();

function normaliseCodePoint(codePoint: number, char: string): string {
  const cached = cache.get(codePoint);
  if (cached !== undefined) return cached;
  const simplified = TRADITIONAL_TO_SIMPLIFIED.get(codePoint);
  let result: string;
  if (simplified !== undefined) result = String.fromCodePoint(simplified);
  else if (EXTRA[char] !== undefined) result = EXTRA[char];
  else result = char.normalize('NFKC');
  cache.set(codePoint, result);
  return result;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** 1 = normalises to itself, 2 = changes; by UTF-16 unit below the surrogates. */
const identityCache = new Uint8Array(0xd800);

function isIdentity(code: number): boolean {
  let known = identityCache[code];
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = SUPERSCRIPT_DIGITS[char] === undefined && normaliseCodePoint(code, char) === char ? 1 : 2;
    identityCache[code] = known;
  }
  return known === 1;
}

function foldCase(cased: string): string {
  const lower = cased.toLowerCase();
  if (lower.length === cased.length) return lower;
  // A few characters change length when lower-cased (İ); keep those as they are.
  let folded = '';
  for (let i = 0; i < cased.length; i++) {
    const unit = cased[i].toLowerCase();
    folded += unit.length === 1 ? unit : cased[i];
  }
  return folded;
}

function identityOffsets(length: number): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { starts, ends };
}

/**
 * One pass over the text. Full-width forms become ASCII, µ becomes μ, ℃ becomes °C, a
 * superscript exponent after a digit becomes "^n" (10⁹ -> 10^9, so it is not read as 109)
 * and elsewhere a plain digit (m² -> m2), and common traditional characters become simplified.
 */
export function normaliseText(original: string): NormalisedText {
  if (!NON_ASCII.test(original)) {
    const { starts, ends } = identityOffsets(original.length);
    return { original, cased: original, folded: foldCase(original), originalStart: starts, originalEnd: ends };
  }
  const parts: string[] = [];
  let starts = new Int32Array(original.length + 16);
  let ends = new Int32Array(original.length + 16);
  let length = 0;
  const ensure = (extra: number) => {
    if (length + extra <= starts.length) return;
    const grownStarts = new Int32Array((length + extra) * 2);
    const grownEnds = new Int32Array((length + extra) * 2);
    grownStarts.set(starts);
    grownEnds.set(ends);
    starts = grownStarts;
    ends = grownEnds;
  };
  let previousOriginalWasDigit = false;
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      // Copy a run of ASCII in one slice.
      let runEnd = i + 1;
      while (runEnd < original.length && original.charCodeAt(runEnd) < 0x80) runEnd++;
      parts.push(original.slice(i, runEnd));
      ensure(runEnd - i);
      for (let k = i; k < runEnd; k++) {
        starts[length] = k;
        ends[length] = k + 1;
        length++;
      }
      previousOriginalWasDigit = isAsciiDigit(original.charCodeAt(runEnd - 1));
      i = runEnd;
      continue;
    }
    // A run of characters that normalise to themselves (most CJK) is copied in one slice.
    if (code < 0xd800 && isIdentity(code)) {
      let runEnd = i + 1;
      while (runEnd < original.length) {
        const next = original.charCodeAt(runEnd);
        if (next < 0x80 || next >= 0xd800 || !isIdentity(next)) break;
        runEnd++;
      }
      parts.push(original.slice(i, runEnd));
      ensure(runEnd - i);
      for (let k = i; k < runEnd; k++) {
        starts[length] = k;
        ends[length] = k + 1;
        length++;
      }
      previousOriginalWasDigit = false;
      i = runEnd;
      continue;
    }
    const codePoint = original.codePointAt(i) ?? code;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = width === 1 ? original[i] : original.slice(i, i + 2);
    const superscript = SUPERSCRIPT_DIGITS[char];
    let replacement: string;
    if (superscript !== undefined) {
      replacement = previousOriginalWasDigit ? `^${superscript}` : superscript;
      previousOriginalWasDigit = false;
    } else {
      replacement = normaliseCodePoint(codePoint, char);
      previousOriginalWasDigit = replacement.length === 1 && isAsciiDigit(replacement.charCodeAt(0));
    }
    parts.push(replacement);
    ensure(replacement.length);
    for (let k = 0; k < replacement.length; k++) {
      starts[length] = i;
      ends[length] = i + width;
      length++;
    }
    i += width;
  }
  const cased = parts.join('');
  return {
    original,
    cased,
    folded: foldCase(cased),
    originalStart: starts.subarray(0, length),
    originalEnd: ends.subarray(0, length),
  };
}

/** True when no character changes (ASCII and most CJK): a dictionary load then needs no offset maps. */
function normalisesToItself(term: string): boolean {
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (code >= 0x80 && (code >= 0xd800 || !isIdentity(code))) return false;
  }
  return true;
}

/** Two white-space characters in a row, or one that is not a plain space. */
const WHITE_SPACE_TO_COLLAPSE = /\s\s|[^\S ]/;

/** The normalised form used for dictionary surface forms (same rules, case folded). */
export function normaliseTerm(term: string): string {
  const trimmed = term.trim();
  const folded = normalisesToItself(trimmed) ? foldCase(trimmed) : normaliseText(trimmed).folded;
  // Most terms have only single spaces: nothing to collapse, no copy made.
  return WHITE_SPACE_TO_COLLAPSE.test(folded) ? folded.replace(/\s+/g, ' ') : folded;
}

/** Maps a [start, end) span of normalised text back to the original text. */
export function toOriginalSpan(text: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < text.originalStart.length ? text.originalStart[start] : text.original.length;
    return { start: at, end: at };
  }
  return { start: text.originalStart[start], end: text.originalEnd[end - 1] };
}
