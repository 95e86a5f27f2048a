import type { RunningApi } from './start-api';
import { readSse, type SseEvent } from './sse';

/** A question posted to a conversation as the console posts it; the response is left unread. */
export function postQuestion(sut: RunningApi, params: { token: string; conversationId: string; body: unknown }): Promise<Response> {
  return fetch(`${sut.baseUrl}/api/chat/conversations/${params.conversationId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${params.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(params.body),
  });
}

/** A question answered in full: accepted (200), streamed and ended with `done`; its events, meta first. */
export async function askAnswered(sut: RunningApi, params: { token: string; conversationId: string; body: unknown }): Promise<SseEvent[]> {
  const response = await postQuestion(sut, params);
  expect(response.status).toBe(200);
  const events = await readSse(response);
  expect(events.at(-1)?.event, JSON.stringify(events.at(-1))).toBe('done');
  return events;
}
