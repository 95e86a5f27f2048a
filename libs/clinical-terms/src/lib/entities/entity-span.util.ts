import { toOriginalSpan, type NormalisedText } from '../normalise/normalise-text';

/** Original-text span (offsets and text) for a [start, end) range of normalised text. */
export function entitySpan(text: NormalisedText, start: number, end: number): { start: number; end: number; text: string } {
  const span = toOriginalSpan(text, start, end);
  return { start: span.start, end: span.end, text: text.original.slice(span.start, span.end) };
}
