export interface SseEvent {
  readonly event: string;
  readonly data: Record<string, unknown>;
}

/** Reads a whole `text/event-stream` answer into its events (comments and frames cut off before their data skipped). */
export async function readSse(response: Response): Promise<SseEvent[]> {
  return parseSse(await response.text());
}

export function parseSse(text: string): SseEvent[] {
  const frames = text.split('\n\n').filter((frame) => frame.trim() && !frame.startsWith(':'));
  const events: SseEvent[] = [];
  frames.forEach((frame, index) => {
    const lines = frame.split('\n');
    const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length) ?? 'message';
    const data = lines
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice('data: '.length))
      .join('\n');
    // A connection closed mid-frame (a process that stopped) leaves an incomplete last frame: it was never sent whole.
    if (index === frames.length - 1 && !text.endsWith('\n\n')) {
      try {
        events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
      } catch {
        return;
      }
      return;
    }
    events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
  });
  return events;
}
