import type { TextSpan } from './lint-flag.model';

/**
 * Sentence spans: Chinese and English end punctuation, semicolons and line breaks end a
 * sentence; a full stop only when white space or the end follows, so "1.5 mg" stays whole.
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    const next = text[index + 1];
    const ends = /[。！？!?；;\n]/.test(character) || (character === '.' && (next === undefined || /\s/.test(next)));
    if (ends) {
      spans.push({ start, end: index + 1 });
      start = index + 1;
    }
  }
  if (start < text.length) {
    spans.push({ start, end: text.length });
  }
  return spans;
}
