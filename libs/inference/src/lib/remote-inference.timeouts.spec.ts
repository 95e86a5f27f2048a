import { createServer, type ServerResponse } from 'node:http';
import { collectInferenceEvents } from './collect-inference-events.util';
import { InferenceErrorCode, type InferenceError } from './inference.errors';
import { createRemoteEngine } from './remote-inference.engine';
import { listenOnLoopback } from './testing/openai-sse.test-server';
import { caughtInferenceError } from './testing/caught-inference-error';

/**
 * A remote node's timing as the engine must treat it: the wait for the first byte is bounded, a stream that keeps
 * sending is never cut however long the answer runs, and a stream that goes silent ends with a clear error.
 */
type Behaviour = (response: ServerResponse) => void;

function chunk(content: string): string {
  return `data: ${JSON.stringify({ choices: [{ delta: { content }, finish_reason: null }] })}\n\n`;
}

async function startNode(behaviour: Behaviour): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => behaviour(response));
  });
  return listenOnLoopback(server);
}

const request = { messages: [{ role: 'user' as const, content: 'AKI fluids?' }], maxTokens: 64 };

describe('remote inference engine timeouts', () => {
  it('lets an answer that keeps streaming run past the first-byte limit', async () => {
    const node = await startNode((response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      let sent = 0;
      const timer = setInterval(() => {
        response.write(chunk(`w${sent} `));
        if (++sent === 12) {
          clearInterval(timer);
          response.end('data: [DONE]\n\n');
        }
      }, 100);
    });
    try {
      const engine = createRemoteEngine({ baseUrl: node.baseUrl, model: 'm', connectTimeoutMs: 400, streamIdleTimeoutMs: 5_000 });
      const result = await collectInferenceEvents({ events: engine.generate(request) });
      expect(result.errors).toEqual([]);
      expect(result.answer.trim().split(/\s+/)).toHaveLength(12);
      expect(result.done?.finishReason).toBe('stop');
    } finally {
      await node.close();
    }
  });

  it('ends a stream that goes silent with a clear error instead of waiting forever', async () => {
    const node = await startNode((response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(chunk('first '));
      // …and nothing more: a frozen node keeps the connection open.
    });
    try {
      const engine = createRemoteEngine({ baseUrl: node.baseUrl, model: 'm', connectTimeoutMs: 5_000, streamIdleTimeoutMs: 300 });
      const result = await collectInferenceEvents({ events: engine.generate(request) });
      expect(result.answer).toContain('first');
      expect(result.errors[0]?.message).toMatch(/no data for 300 ms/);
      expect(result.done?.finishReason).toBe('error');
    } finally {
      await node.close();
    }
  });

  it('ends a stream the connection closes before [DONE] with an error, not as a finished answer', async () => {
    // What a client sees when a proxy shuts down the sessions of a node its health checks marked down.
    const node = await startNode((response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(chunk('partial '));
      setTimeout(() => response.end(), 50);
    });
    try {
      const engine = createRemoteEngine({ baseUrl: node.baseUrl, model: 'm', connectTimeoutMs: 5_000, streamIdleTimeoutMs: 5_000 });
      const result = await collectInferenceEvents({ events: engine.generate(request) });
      expect(result.answer).toContain('partial');
      expect(result.errors[0]?.message).toMatch(/ended before \[DONE\]/);
      expect(result.done?.finishReason).toBe('error');
    } finally {
      await node.close();
    }
  });

  it("reads a balancer's own 503 page (no node up) as unreachable, not as a busy node", async () => {
    const node = await startNode((response) => {
      response.writeHead(503, { 'content-type': 'text/html' });
      response.end('<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n');
    });
    try {
      const engine = createRemoteEngine({ baseUrl: node.baseUrl, model: 'm', connectTimeoutMs: 5_000, streamIdleTimeoutMs: 5_000 });
      const error = await collectInferenceEvents({ events: engine.generate(request) }).then(
        () => null,
        (caught: unknown) => caught as InferenceError,
      );
      expect(error?.code).toBe(InferenceErrorCode.RemoteUnavailable);
      expect(error?.message).toMatch(/answered HTTP 503 without an inference server's JSON: no node is reachable behind it/);
      expect(error?.message).not.toContain('<html>');
    } finally {
      await node.close();
    }
  });

  it('still refuses a node that sends no first byte within the limit', async () => {
    const node = await startNode(() => {
      // Never answers.
    });
    try {
      const engine = createRemoteEngine({ baseUrl: node.baseUrl, model: 'm', connectTimeoutMs: 300, streamIdleTimeoutMs: 5_000 });
      await expect(collectInferenceEvents({ events: engine.generate(request) })).rejects.toThrow(/unreachable/);
    } finally {
      await node.close();
    }
  });

  it('counts tokens by estimate when the tokenizer does not answer within its limit', async () => {
    // A frozen node keeps the connection open; a question's prompt must not wait for it.
    let tokenizeCalls = 0;
    const node = await startNode(() => {
      tokenizeCalls++;
      // …and no answer.
    });
    try {
      const engine = createRemoteEngine({ baseUrl: node.baseUrl, model: 'm', tokenizeTimeoutMs: 200 });
      const text = 'chest pain for two hours, ST elevation V1-V4';
      const frozen = { conversationId: 'c-on-the-frozen-node' };
      expect(await engine.countTokens(text, frozen)).toBe(Math.ceil(Buffer.byteLength(text) / 3));
      expect(tokenizeCalls).toBe(1);
      // The rest of that conversation's prompt is estimated at once: one wait per conversation, not one per part.
      expect(await engine.countTokens('troponin I 8.2 ng/mL', frozen)).toBe(Math.ceil(Buffer.byteLength('troponin I 8.2 ng/mL') / 3));
      expect(tokenizeCalls).toBe(1);
      // Another conversation lives on another node: it is asked as usual (an estimate can undercount, and the node then
      // refuses the history it kept).
      await engine.countTokens(text, { conversationId: 'c-elsewhere' });
      expect(tokenizeCalls).toBe(2);
      const error = await caughtInferenceError(engine.tokenize(text));
      expect(error.code).toBe(InferenceErrorCode.RemoteUnavailable);
      expect(error.message).toMatch(/no answer within 200 ms/);
    } finally {
      await node.close();
    }
  });

  it('reuses a fresh model listing for the status every question reads, so a balanced tier is not asked per question', async () => {
    // Each question reads the status (is the model the demo?); through HAProxy a frozen node held every other one 1.5 s.
    let listings = 0;
    const node = await startNode((response) => {
      listings++;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: [{ id: 'm' }] }));
    });
    try {
      const engine = createRemoteEngine({ baseUrl: node.baseUrl, model: 'm' });
      const statuses = await Promise.all([engine.getStatus(), engine.getStatus()]);
      statuses.push(await engine.getStatus());
      expect(statuses.map((status) => status.model.loaded)).toEqual([true, true, true]);
      expect(listings).toBe(1);
    } finally {
      await node.close();
    }
  });
});
