import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectInferenceEvents } from './collect-inference-events.util';
import { CONVERSATION_HEADER, RemoteInferenceEngine, createRemoteEngine } from './remote-inference.engine';

/** An OpenAI-compatible endpoint that answers one fixed chunk and remembers what each request carried. */
async function startRecordingServer(): Promise<{ baseUrl: string; requests: { headers: http.IncomingHttpHeaders; body: string }[]; close(): Promise<void> }> {
  const requests: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push({ headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: 'ok' }, finish_reason: 'stop' }] })}\n\n`);
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v1`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe(`${RemoteInferenceEngine.name} conversation header`, () => {
  let server: Awaited<ReturnType<typeof startRecordingServer>>;
  let sut: RemoteInferenceEngine;

  beforeAll(async () => {
    server = await startRecordingServer();
    sut = createRemoteEngine({ baseUrl: server.baseUrl, model: 'medlocal-demo' });
  });

  afterAll(() => server.close());

  it(`names the conversation in ${CONVERSATION_HEADER} so a balancer keeps its turns on one node`, async () => {
    const conversationId = '4f1c2a8e-7b9d-4e3f-a1c5-0d2e6b7f8a91';
    const events = await collectInferenceEvents({ events: sut.generate({ conversationId, messages: [{ role: 'user', content: '65岁男性,胸痛2小时' }] }) });
    expect(events.answer).toBe('ok');
    const [request] = server.requests.slice(-1);
    expect(request.headers[CONVERSATION_HEADER.toLowerCase()]).toBe(conversationId);
  });

  it('carries nothing but the id: no question text in any header', async () => {
    await collectInferenceEvents({ events: sut.generate({ conversationId: 'c-1', messages: [{ role: 'user', content: 'ST-elevation V1-V4' }] }) });
    const [request] = server.requests.slice(-1);
    expect(Object.values(request.headers).join('\n')).not.toContain('ST-elevation');
    expect(request.body).toContain('ST-elevation');
  });

  it('sends no conversation header for a one-off request', async () => {
    await collectInferenceEvents({ events: sut.generate({ messages: [{ role: 'user', content: 'one-off' }] }) });
    const [request] = server.requests.slice(-1);
    expect(request.headers[CONVERSATION_HEADER.toLowerCase()]).toBeUndefined();
  });

  it('names the conversation when it counts a prompt’s tokens, so the count is asked of the node that will answer', async () => {
    // Without it the balancer spread POST /tokenize over every node, and a frozen node held questions of conversations
    // that live on healthy ones (found by an outside test).
    const conversationId = '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
    await sut.countTokens('肌钙蛋白I 8.2ng/mL', { conversationId });
    const [request] = server.requests.slice(-1);
    expect(request.headers[CONVERSATION_HEADER.toLowerCase()]).toBe(conversationId);
    await sut.countTokens('no conversation');
    expect(server.requests.slice(-1)[0]?.headers[CONVERSATION_HEADER.toLowerCase()]).toBeUndefined();
  });
});
