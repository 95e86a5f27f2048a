import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACCOUNTS_TEST_ENV, api, captureAuditEvents, loginAs, type SignedInSession } from '../support/sign-in';
import { startApi, type RunningApi } from '../support/start-api';

/**
 * An OpenAI-compatible node that streams the first words of an answer and then waits for the test to release the rest:
 * the test decides when the answer's end reaches the API.
 */
async function startHeldNode(): Promise<{ baseUrl: string; release(): void; close(): Promise<void> }> {
  let held: http.ServerResponse | undefined;
  const chunk = (content: string) => `data: ${JSON.stringify({ model: 'medgemma-1.5-4b-it', choices: [{ index: 0, delta: { content } }] })}\n\n`;
  const server = http.createServer((req, res) => {
    req.resume();
    if (req.url === '/v1/models') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[{"id":"medgemma-1.5-4b-it"}]}');
      return;
    }
    if (req.url !== '/v1/chat/completions') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(chunk('**Definition** Acute coronary syndrome '));
    held = res;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    release() {
      const stop = `data: ${JSON.stringify({ model: 'medgemma-1.5-4b-it', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`;
      held?.end(`${chunk('is myocardial ischaemia.')}${stop}data: [DONE]\n\n`);
      held = undefined;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Blocks this process (and the API inside it) the way a stopped or swapped-out instance is blocked. */
function freeze(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // Busy: nothing else runs, so what arrives meanwhile is all waiting when the event loop resumes.
  }
}

/**
 * The fleet fault an outside tester found: an instance frozen mid-answer (SIGSTOP, a swapped-out host) while its
 * clinician gives up. When it resumes, the rest of the answer and the closed connection are waiting together; the
 * answer nobody received must not be audited as delivered nor join the conversation.
 */
describe('an answer whose client left while the instance was frozen', () => {
  let node: Awaited<ReturnType<typeof startHeldNode>>;
  let sut: RunningApi;
  let clinician: SignedInSession;

  beforeAll(async () => {
    node = await startHeldNode();
    sut = await startApi({
      database: 'test-server',
      env: { ...ACCOUNTS_TEST_ENV, INFERENCE_REMOTE_URL: `${node.baseUrl}/v1`, INFERENCE_CONTEXT_SIZE: '2048' },
    });
    clinician = await loginAs(sut, 'clinician');
  });

  afterAll(async () => {
    await sut?.stop();
    await node?.close();
  });

  it('is not answered at all when the question and the close arrive together', async () => {
    // Stopped before it read the request: on resuming, the request and the end of the connection are read in one go, before
    // the route has listened for either.
    const audited = captureAuditEvents(sut);
    const created = await api(sut, 'POST', '/api/chat/conversations', { token: clinician.accessToken });
    const { id } = (await created.json()) as { id: string };
    const body = JSON.stringify({ content: 'What is heart failure?' });
    const request = http.request(new URL(`${sut.baseUrl}/api/chat/conversations/${id}/messages`), {
      method: 'POST',
      headers: { authorization: `Bearer ${clinician.accessToken}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    request.on('error', () => undefined);
    await new Promise<void>((resolve) => request.once('socket', (socket) => socket.once('connect', () => resolve())));
    request.end(body);
    request.destroy();
    freeze(400);

    const deadline = Date.now() + 15_000;
    while (!audited.some((event) => event.action === 'chat.message') && Date.now() < deadline) {
      node.release();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(audited.filter((event) => event.action === 'chat.message').map((event) => event.outcome)).toEqual(['cancelled']);
    const conversation = await api(sut, 'GET', `/api/chat/conversations/${id}`, { token: clinician.accessToken });
    expect(((await conversation.json()) as { turns: unknown[] }).turns).toEqual([]);
  });

  it('is recorded as cancelled and never joins the conversation', async () => {
    const audited = captureAuditEvents(sut);
    const created = await api(sut, 'POST', '/api/chat/conversations', { token: clinician.accessToken });
    const { id } = (await created.json()) as { id: string };
    const url = new URL(`${sut.baseUrl}/api/chat/conversations/${id}/messages`);
    const body = JSON.stringify({ content: 'What is acute coronary syndrome?' });
    const request = http.request(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${clinician.accessToken}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const firstAnswerWords = new Promise<void>((resolve, reject) => {
      request.once('error', reject);
      request.once('response', (response) => {
        let text = '';
        response.on('data', (data: Buffer) => {
          text += data.toString();
          if (text.includes('event: answer')) resolve();
        });
        response.once('error', () => undefined);
      });
    });
    request.end(body);
    await firstAnswerWords;
    // The end of the answer reaches the instance first, then the clinician's close; both wait out the freeze.
    node.release();
    request.destroy();
    freeze(400);

    const deadline = Date.now() + 15_000;
    while (!audited.some((event) => event.action === 'chat.message') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(audited.filter((event) => event.action === 'chat.message').map((event) => event.outcome)).toEqual(['cancelled']);
    const conversation = await api(sut, 'GET', `/api/chat/conversations/${id}`, { token: clinician.accessToken });
    expect(((await conversation.json()) as { turns: unknown[] }).turns).toEqual([]);
  });
});
