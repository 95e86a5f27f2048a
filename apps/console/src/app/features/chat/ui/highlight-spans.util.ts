export interface HighlightSegment {
  readonly text: string;
  /** Index into the flags given, or null for unflagged text. */
  readonly flag: number | null;
}

/**
 * Cuts `text` into plain and flagged segments for `<mark>` rendering. Spans are clamped to the
 * text; where spans overlap, the one starting first wins so every character appears once.
 */
export function splitBySpans({ text, spans }: { text: string; spans: readonly { start: number; end: number }[] }): HighlightSegment[] {
  const ordered = spans
    .map((span, index) => ({ start: Math.max(0, Math.min(span.start, text.length)), end: Math.max(0, Math.min(span.end, text.length)), index }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const span of ordered) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    if (start > cursor) segments.push({ text: text.slice(cursor, start), flag: null });
    segments.push({ text: text.slice(start, span.end), flag: span.index });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), flag: null });
  return segments;
}
