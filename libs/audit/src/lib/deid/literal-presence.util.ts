/**
 * A quick "can this literal occur in this note?" for the rules that only run where one of their words is present.
 * `String.prototype.includes` reads the whole note for every absent literal, and a rule may list ten of them; this
 * reads the note once, setting a bit for each code unit and for each pair of adjacent code units (hashed to 16 bits),
 * and a literal with a code unit or a pair that is not set cannot be in the note. A hash collision only lets an absent
 * literal through to `includes`, which answers exactly; a literal that is present is never ruled out.
 */
const BITS = 1 << 16;

interface PresenceTable {
  text: string | null;
  readonly units: Int32Array;
  readonly pairs: Int32Array;
}

const asWritten: PresenceTable = { text: null, units: new Int32Array(BITS >>> 5), pairs: new Int32Array(BITS >>> 5) };
const lowerCased: PresenceTable = { text: null, units: new Int32Array(BITS >>> 5), pairs: new Int32Array(BITS >>> 5) };

function pairBit(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (BITS - 1);
}

const isSet = (bits: Int32Array, bit: number) => ((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;

function set(bits: Int32Array, bit: number): void {
  bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
}

function tableFor(table: PresenceTable, text: string): PresenceTable {
  if (table.text === text) return table;
  table.units.fill(0);
  table.pairs.fill(0);
  let previous = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    set(table.units, code);
    if (previous >= 0) set(table.pairs, pairBit(previous, code));
    previous = code;
  }
  table.text = text;
  return table;
}

function mayHold(table: PresenceTable, literal: string): boolean {
  let previous = -1;
  for (let index = 0; index < literal.length; index++) {
    const code = literal.charCodeAt(index);
    if (!isSet(table.units, code)) return false;
    if (previous >= 0 && !isSet(table.pairs, pairBit(previous, code))) return false;
    previous = code;
  }
  return true;
}

/**
 * Whether `text` holds at least one of `literals`, exactly as `includes` says, reading the note once for all of them. A
 * rule gated by it must list literals of which every match holds one, in the regex's own case.
 */
export function holdsAny(text: string, literals: readonly string[]): boolean {
  const table = tableFor(asWritten, text);
  for (const literal of literals) if (mayHold(table, literal) && text.includes(literal)) return true;
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
 * Whether `literal` occurs in `searched` where no ASCII letter or digit of `original` stands right before it. `searched` is
 * `original` or its lower-cased copy; when lower-casing changed the length (İ), offsets no longer line up and any
 * occurrence counts. The character before is read in `original`, not in the copy: the copy would take the Kelvin sign,
 * which lower-cases to "k", for a letter the guard refuses, and rule out a note the rule matches.
 */
function occursAfterWordEdge(searched: string, original: string, literal: string): boolean {
  const aligned = searched.length === original.length;
  for (let index = searched.indexOf(literal); index >= 0; index = searched.indexOf(literal, index + 1)) {
    if (index === 0 || !aligned || !isAsciiAlnum(original.charCodeAt(index - 1))) return true;
  }
  return false;
}

function holdsOpening(table: PresenceTable, searched: string, original: string, opening: Opening): boolean {
  if (!mayHold(table, opening.literal)) return false;
  return opening.afterWordEdge ? occursAfterWordEdge(searched, original, opening.literal) : searched.includes(opening.literal);
}

/** Whether `text` holds one of the openings of a case-sensitive rule, each where its rule could start. */
export function holdsAnyOpening(text: string, openings: readonly Opening[]): boolean {
  const table = tableFor(asWritten, text);
  for (const opening of openings) if (holdsOpening(table, text, text, opening)) return true;
  return false;
}

/** The same for a rule that ignores case: lower-cased openings, looked for in `lowerText`, the note lower-cased. */
export function holdsAnyLowerCasedOpening(text: string, lowerText: string, openings: readonly Opening[]): boolean {
  const table = tableFor(lowerCased, lowerText);
  for (const opening of openings) if (holdsOpening(table, lowerText, text, opening)) return true;
  return false;
}

/** Lets go of the last note: the tables keep only bits, but the note itself must not outlive its de-identification. */
export function forgetLiteralPresence(): void {
  asWritten.text = null;
  lowerCased.text = null;
}
