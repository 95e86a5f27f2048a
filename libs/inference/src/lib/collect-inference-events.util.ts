import type { InferenceEvent } from './inference.port';

export interface CollectedInference {
  thought: string;
  answer: string;
  done: Extract<InferenceEvent, { type: 'done' }> | null;
  errors: Extract<InferenceEvent, { type: 'error' }>[];
}

/** Drains an event stream into whole texts: for non-streaming callers (e.g. `/v1` with stream:false). */
export async function collectInferenceEvents({ events }: { events: AsyncIterable<InferenceEvent> }): Promise<CollectedInference> {
  const collected: CollectedInference = { thought: '', answer: '', done: null, errors: [] };
  for await (const event of events) {
    switch (event.type) {
      case 'thought':
        collected.thought += event.delta;
        break;
      case 'answer':
        collected.answer += event.delta;
        break;
      case 'done':
        collected.done = event;
        break;
      case 'error':
        collected.errors.push(event);
        break;
    }
  }
  return collected;
}
