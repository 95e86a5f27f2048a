import type { ChatStreamEvent as WireChatStreamEvent } from '@medlocal/contracts';
import type { ChatStreamEvent } from './chat-stream-event';

/**
 * The Server-Sent Event a chat event goes out as: `event: <type>`, the rest as `data`. The shape
 * clients decode is owned by @medlocal/contracts; each branch `satisfies` it, so a field the API
 * drops, renames or retypes fails the build instead of the console.
 */
export function toWireEvent({ event }: { event: ChatStreamEvent }): WireChatStreamEvent {
  switch (event.type) {
    case 'meta': {
      const { type, ...data } = event;
      return { type, data } satisfies WireChatStreamEvent;
    }
    case 'thought':
    case 'answer': {
      const { type, ...data } = event;
      return { type, data } satisfies WireChatStreamEvent;
    }
    case 'done': {
      const { type, ...data } = event;
      return { type, data } satisfies WireChatStreamEvent;
    }
    case 'error': {
      const { type, ...data } = event;
      return { type, data } satisfies WireChatStreamEvent;
    }
  }
}
