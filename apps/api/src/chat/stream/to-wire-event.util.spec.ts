import { toWireEvent } from './to-wire-event.util';

describe(toWireEvent.name, () => {
  it('sends the event type as the SSE event name and everything else as its data', () => {
    expect(toWireEvent({ event: { type: 'answer', delta: '高血压' } })).toEqual({ type: 'answer', data: { delta: '高血压' } });
    expect(toWireEvent({ event: { type: 'error', statusCode: 503, code: 'QUEUE_FULL', message: 'busy', retryAfterSeconds: 2 } })).toEqual({
      type: 'error',
      data: { statusCode: 503, code: 'QUEUE_FULL', message: 'busy', retryAfterSeconds: 2 },
    });
  });
});
