import type { ChatStreamEvent } from '@medlocal/contracts';
import type { SseMessage } from './sse-parser';

const KNOWN_EVENTS = new Set<ChatStreamEvent['type']>(['meta', 'thought', 'answer', 'done', 'error']);

/** Turns one SSE message into a typed chat event; unknown event names and broken JSON give null (ignored, never fatal). */
export function decodeChatEvent(message: SseMessage): ChatStreamEvent | null {
  if (!KNOWN_EVENTS.has(message.event as ChatStreamEvent['type'])) return null;
  let data: unknown;
  try {
    data = JSON.parse(message.data);
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object') return null;
  if ((message.event === 'thought' || message.event === 'answer') && typeof (data as { delta?: unknown }).delta !== 'string') return null;
  return { type: message.event, data } as ChatStreamEvent;
}
