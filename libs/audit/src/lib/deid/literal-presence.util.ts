/**
 * Where the literals of the rules occur in a note, read once per note: a rule that only runs where one of its words is
 * present asks whether it is (and, when every match starts at one, where), and a rule may list ten words. This indexes
 * the note in one pass: each pair of adjacent code units, hashed to a bucket, heads a chain of the positions where a pair
 * of that bucket starts, in ascending order, and a bit per code unit says which ones the note holds. A literal is looked
 * for only along the chain of its first pair, each place compared in full, so a hash collision costs a comparison and
 * never a wrong answer; a literal of one code unit is found by its bit and by indexOf.
 */
const BUCKETS = 1 << 12;
const UNIT_BITS = 1 << 16;

interface NoteIndex {
  text: string | null;
  readonly heads: Int32Array;
  next: Int32Array;
  readonly units: Int32Array;
}

const newIndex = (): NoteIndex => ({ text: null, heads: new Int32Array(BUCKETS), next: new Int32Array(0), units: new Int32Array(UNIT_BITS >>> 5) });
const asWritten = newIndex();
const lowerCased = newIndex();

function bucketOf(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (BUCKETS - 1);
}

function indexFor(index: NoteIndex, text: string): NoteIndex {
  if (index.text === text) return index;
  index.heads.fill(-1);
  index.units.fill(0);
  if (index.next.length < text.length) index.next = new Int32Array(Math.max(text.length, 2 * index.next.length));
  const { heads, next, units } = index;
  let following = -1;
  for (let position = text.length - 1; position >= 0; position--) {
    const code = text.charCodeAt(position);
    units[code >>> 5] = (units[code >>> 5] ?? 0) | (1 << (code & 31));
    if (following >= 0) {
      const bucket = bucketOf(code, following);
      next[position] = heads[bucket] ?? -1;
      heads[bucket] = position;
    }
    following = code;
  }
  index.text = text;
  return index;
}

const holdsUnit = (index: NoteIndex, code: number) => ((index.units[code >>> 5] ?? 0) & (1 << (code & 31))) !== 0;

/** Whether `literal` is written at `position` of `searched`, compared code unit by code unit. */
function isAt(searched: string, literal: string, position: number): boolean {
  if (position + literal.length > searched.length) return false;
  for (let offset = 0; offset < literal.length; offset++) if (searched.charCodeAt(position + offset) !== literal.charCodeAt(offset)) return false;
  return true;
}

/** The first position of `literal` in the indexed note (`index.text`, indexed just before), or -1. */
function firstOccurrence(index: NoteIndex, literal: string): number {
  const searched = index.text ?? '';
  if (literal.length < 2) return literal.length === 1 && !holdsUnit(index, literal.charCodeAt(0)) ? -1 : searched.indexOf(literal);
  const first = literal.charCodeAt(0);
  const second = literal.charCodeAt(1);
  if (!holdsUnit(index, first) || !holdsUnit(index, second)) return -1;
  return occurrenceFrom(index, literal, index.heads[bucketOf(first, second)] ?? -1);
}

/** The next position of `literal` after `position`, one of its positions, or -1. */
function nextOccurrence(index: NoteIndex, literal: string, position: number): number {
  if (literal.length < 2) {
    // indexOf gives the text's length for an empty literal from any place past it: never a place twice.
    const next = (index.text ?? '').indexOf(literal, position + 1);
    return next > position ? next : -1;
  }
  return occurrenceFrom(index, literal, index.next[position] ?? -1);
}

/** The first place on a pair chain, from `position` on, where `literal` is written. */
function occurrenceFrom(index: NoteIndex, literal: string, position: number): number {
  const searched = index.text ?? '';
  const next = index.next;
  let at = position;
  while (at >= 0 && !isAt(searched, literal, at)) at = next[at] ?? -1;
  return at;
}

/**
 * Whether `text` holds at least one of `literals`, exactly as `includes` says, reading the note once for all of them. A
 * rule gated by it must list literals of which every match holds one, in the regex's own case.
 */
export function holdsAny(text: string, literals: readonly string[]): boolean {
  const index = indexFor(asWritten, text);
  for (const literal of literals) if (firstOccurrence(index, literal) >= 0) return true;
  return false;
}

/**
 * A literal every match of one alternative of a rule opens with. `afterWordEdge`: the rule also demands that no letter or
 * digit stands right before it (a leading \b before a word character, or a (?<![A-Za-z0-9]) guard), so the literal inside
 * a longer word ("line" in "guideline" for "Line ID") does not count as present.
 */
export interface Opening {
  readonly literal: string;
  readonly afterWordEdge: boolean;
}

const isAsciiAlnum = (code: number) => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);

/**
 * Whether the opening occurs in the indexed note (`original`, or its lower-cased copy), where its rule could start: with
 * no ASCII letter or digit of `original` right before it when the opening says so. When lower-casing changed the length
 * (İ), offsets no longer line up and any occurrence counts. The character before is read in `original`, not in the copy:
 * the copy would take the Kelvin sign, which lower-cases to "k", for a letter the guard refuses, and rule out a note the
 * rule matches.
 */
function holdsOpening(index: NoteIndex, original: string, opening: Opening): boolean {
  if ((index.text ?? '').length !== original.length) return firstOccurrence(index, opening.literal) >= 0;
  return guardedOccurrence(index, original, opening, firstOccurrence(index, opening.literal)) >= 0;
}

/**
 * The first place, from `position` (one of the opening's places, or -1) on, where its rule could start: with no ASCII
 * letter or digit of `original` right before it when the opening says so. `original` lines up with the indexed note.
 */
function guardedOccurrence(index: NoteIndex, original: string, { literal, afterWordEdge }: Opening, position: number): number {
  let at = position;
  while (afterWordEdge && at > 0 && isAsciiAlnum(original.charCodeAt(at - 1))) at = nextOccurrence(index, literal, at);
  return at;
}

/** Whether `text` holds one of the openings of a case-sensitive rule, each where its rule could start. */
export function holdsAnyOpening(text: string, openings: readonly Opening[]): boolean {
  const index = indexFor(asWritten, text);
  for (const opening of openings) if (holdsOpening(index, text, opening)) return true;
  return false;
}

/** The same for a rule that ignores case: lower-cased openings, looked for in `lowerText`, the note lower-cased. */
export function holdsAnyLowerCasedOpening(text: string, lowerText: string, openings: readonly Opening[]): boolean {
  const index = indexFor(lowerCased, lowerText);
  for (const opening of openings) if (holdsOpening(index, text, opening)) return true;
  return false;
}

/**
 * Every place in the note where one of `openings` occurs, where its rule could start (no ASCII letter or digit of `text`
 * before an opening that says so), ascending. `lowerText` is the note lower-cased, for a rule that ignores case, and must
 * line up with `text`; null for a rule that does not. A rule whose every match starts at one of its openings is tried only
 * there, instead of at every character of the note.
 */
export function openingPositions(text: string, lowerText: string | null, openings: readonly Opening[]): number[] {
  const index = lowerText === null ? indexFor(asWritten, text) : indexFor(lowerCased, lowerText);
  const positions: number[] = [];
  let sorted = true;
  for (const opening of openings) {
    const { literal } = opening;
    for (
      let position = guardedOccurrence(index, text, opening, firstOccurrence(index, literal));
      position >= 0;
      position = guardedOccurrence(index, text, opening, nextOccurrence(index, literal, position))
    ) {
      if (positions.length > 0 && position <= (positions[positions.length - 1] ?? 0)) sorted = false;
      positions.push(position);
    }
  }
  return sorted ? positions : positions.sort((a, b) => a - b);
}

/** The first of openingPositions, or -1 when there is none: found without listing the others. */
export function firstOpeningPosition(text: string, lowerText: string | null, openings: readonly Opening[]): number {
  const index = lowerText === null ? indexFor(asWritten, text) : indexFor(lowerCased, lowerText);
  let first = -1;
  for (const opening of openings) {
    const position = guardedOccurrence(index, text, opening, firstOccurrence(index, opening.literal));
    if (position >= 0 && (first < 0 || position < first)) first = position;
  }
  return first;
}

/** Lets go of the last note: the tables keep only bits, but the note itself must not outlive its de-identification. */
export function forgetLiteralPresence(): void {
  asWritten.text = null;
  lowerCased.text = null;
}
