import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InferenceError, InferenceErrorCode } from '../inference.errors';
import type { ChatMessage, InferenceEngine } from '../inference.port';
import { openAiStreamPayloads } from '../openai-stream.util';

/**
 * Test-only OpenAI-compatible server over a real engine: `/v1/chat/completions` (SSE, thought
 * as `reasoning_content`), `/v1/models`, `/tokenize`. Closing the client connection aborts the
 * generation, as a real inference node must.
 */
export async function startOpenAiTestServer({ engine, modelId }: { engine: InferenceEngine; modelId: string }): Promise<{
  baseUrl: string;
  close(): Promise<void>;
}> {
  const server = createServer((req, res) => {
    handle(engine, modelId, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: String(error) } }));
    });
  });
  return listenOnLoopback(server);
}

/** Listens on a free loopback port; `baseUrl` is the `/v1` root a remote engine is pointed at. */
export async function listenOnLoopback(server: Server): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

async function handle(engine: InferenceEngine, modelId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET' && req.url === '/v1/models') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ object: 'list', data: [{ id: modelId, object: 'model' }] }));
    return;
  }
  if (req.method === 'POST' && req.url === '/tokenize') {
    const body = await readJson(req);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ tokens: await engine.tokenize(String(body['content'])) }));
    return;
  }
  if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
    res.writeHead(404).end();
    return;
  }
  const body = await readJson(req);
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const id = `chatcmpl-${Date.now()}`;
  const send = (payload: unknown): void => {
    if (!res.headersSent) res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(`data: ${JSON.stringify(payload)}\n\n`);
  };
  const context = { id, created: Math.floor(Date.now() / 1000), model: modelId, includeUsage: true };
  try {
    const events = engine.generate(
      {
        messages: body['messages'] as ChatMessage[],
        maxTokens: body['max_tokens'] as number | undefined,
        sampling: {
          temperature: body['temperature'] as number | undefined,
          topK: body['top_k'] as number | undefined,
          topP: body['top_p'] as number | undefined,
          seed: body['seed'] as number | undefined,
        },
        grammar: body['grammar'] as string | undefined,
        grammarCoversThought: body['grammar_covers_thought'] === true,
      },
      controller.signal,
    );
    for await (const event of events) {
      for (const payload of openAiStreamPayloads(event, context)) send(payload);
    }
    if (!res.destroyed) res.end('data: [DONE]\n\n');
  } catch (error) {
    if (!(error instanceof InferenceError) || res.headersSent) throw error;
    const status = error.code === InferenceErrorCode.QueueFull ? 429 : error.code === InferenceErrorCode.PromptTooLong ? 400 : 500;
    res.writeHead(status, {
      'content-type': 'application/json',
      ...(error.details.retryAfterSeconds ? { 'retry-after': String(error.details.retryAfterSeconds) } : {}),
    });
    res.end(JSON.stringify({ error: { message: error.message, code: error.code } }));
  }
}
