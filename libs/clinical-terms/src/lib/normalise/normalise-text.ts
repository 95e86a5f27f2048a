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
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};

/** Replacements NFKC does not make but clinical text needs. */
const EXTRA: Readonly<Record<string, string>> = {
  'µ': 'μ', // micro sign -> Greek mu, one spelling for units
  '×': '×',
  '℃': '°C',
  '℉': '°F',
  '。': '。',
  '、': '、',
  '‘': "'", '’': "'", '“': '"', '”': '"',
  '–': '-', '—': '-', '―': '-', '－': '-', '〜': '~', '～': '~',
  '【': '[', '】': ']', '《': '"', '》': '"', '「': '"', '」': '"',
  '\u00a0': ' ', '\u3000': ' ',
};

const cache = new Map<number, string>();

function normaliseCodePoint(codePoint: number, char: string): string {
  const cached = cache.get(codePoint);
  if (cached !== undefined) return cached;
  const simplified = TRADITIONAL_TO_SIMPLIFIED.get(codePoint);
  let result: string;
  if (simplified !== undefined) result = String.fromCodePoint(simplified);
  else if (EXTRA[char] !== undefined) result = EXTRA[char]!;
  else result = char.normalize('NFKC');
  cache.set(codePoint, result);
  return result;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * One pass over the text. Full-width forms become ASCII, µ becomes μ, ℃ becomes °C, a
 * superscript exponent after a digit becomes "^n" (10⁹ -> 10^9, so it is not read as 109)
 * and elsewhere a plain digit (m² -> m2), and common traditional characters become simplified.
 */
export function normaliseText(original: string): NormalisedText {
  const casedParts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let previousOriginalWasDigit = false;
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      casedParts.push(original[i]!);
      starts.push(i);
      ends.push(i + 1);
      previousOriginalWasDigit = isAsciiDigit(code);
      i += 1;
      continue;
    }
    const codePoint = original.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = original.slice(i, i + width);
    const superscript = SUPERSCRIPT_DIGITS[char];
    let replacement: string;
    if (superscript !== undefined) {
      replacement = previousOriginalWasDigit ? `^${superscript}` : superscript;
      previousOriginalWasDigit = false;
    } else {
      replacement = normaliseCodePoint(codePoint, char);
      previousOriginalWasDigit = replacement.length === 1 && isAsciiDigit(replacement.charCodeAt(0));
    }
    for (let k = 0; k < replacement.length; k++) {
      casedParts.push(replacement[k]!);
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  const foldedParts = casedParts.map((unit) => {
    const lower = unit.toLowerCase();
    return lower.length === 1 ? lower : unit;
  });
  return {
    original,
    cased: casedParts.join(''),
    folded: foldedParts.join(''),
    originalStart: Int32Array.from(starts),
    originalEnd: Int32Array.from(ends),
  };
}

/** The normalised form used for dictionary surface forms (same rules, case folded). */
export function normaliseTerm(term: string): string {
  return normaliseText(term.trim()).folded.replace(/\s+/g, ' ');
}

/** Maps a [start, end) span of normalised text back to the original text. */
export function toOriginalSpan(text: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < text.originalStart.length ? text.originalStart[start]! : text.original.length;
    return { start: at, end: at };
  }
  return { start: text.originalStart[start]!, end: text.originalEnd[end - 1]! };
}
