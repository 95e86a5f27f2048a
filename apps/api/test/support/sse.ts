export interface SseEvent {
  readonly event: string;
  readonly data: Record<string, unknown>;
}

/** Reads a whole `text/event-stream` answer into its events (comments skipped). */
export async function readSse(response: Response): Promise<SseEvent[]> {
  return parseSse(await response.text());
}

export function parseSse(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .filter((frame) => frame.trim() && !frame.startsWith(':'))
    .map((frame) => {
      const lines = frame.split('\n');
      const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length) ?? 'message';
      const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice('data: '.length)).join('\n');
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}
