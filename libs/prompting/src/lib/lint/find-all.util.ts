import type { TextSpan } from './lint-flag.model';

export interface FoundMatch extends TextSpan {
  text: string;
  groups: (string | undefined)[];
}

/** Every match of a pattern (a global copy is made, so callers may pass any flags). */
export function findAll({ text, pattern }: { text: string; pattern: RegExp }): FoundMatch[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const global = new RegExp(pattern.source, flags);
  const found: FoundMatch[] = [];
  for (const match of text.matchAll(global)) {
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, text: match[0], groups: match.slice(1) });
  }
  return found;
}

/** True when the characters either side of the span are not ASCII letters or digits. */
export function isStandaloneWord(text: string, span: TextSpan): boolean {
  const isWordChar = (character: string | undefined) => character !== undefined && /[A-Za-z0-9]/.test(character);
  return !isWordChar(text[span.start - 1]) && !isWordChar(text[span.end]);
}

export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
