import { AsyncLocalStorage } from 'node:async_hooks';
import { startApi, type RunningApi } from './support/start-api';
import { spawnApi, type SpawnedApi } from './support/spawn-api';

const SERVICE_KEY = 'svc-node-logging-key-0123456789abcdef';
const QUESTION_MARKER = 'Quokka-marker-7391 chest pain since this morning';
const completion = (stream: boolean) => ({
  method: 'POST',
  headers: { authorization: `Bearer ${SERVICE_KEY}`, 'content-type': 'application/json' },
  body: JSON.stringify({ messages: [{ role: 'user', content: QUESTION_MARKER }], max_tokens: 6, seed: 5, stream }),
});

describe('an inference node handles requests without per-request async context', () => {
  let node: RunningApi;
  let contextRuns: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    // Once any AsyncLocalStorage runs, Node 20 installs promise hooks for the whole process: every
    // promise of every generated token then pays for them on the event loop between decode steps.
    contextRuns = vi.spyOn(AsyncLocalStorage.prototype, 'run');
    node = await startApi({ env: { MEDLOCAL_ROLE: 'inference-node', MEDLOCAL_API_KEYS: SERVICE_KEY, INFERENCE_THREADS: '1', INFERENCE_PARALLEL: '1' } });
  });

  afterAll(async () => {
    contextRuns?.mockRestore();
    await node?.stop();
  });

  it('streams and answers with no AsyncLocalStorage ever entered', async () => {
    const streamed = await fetch(`${node.baseUrl}/v1/chat/completions`, completion(true));
    expect(streamed.status).toBe(200);
    expect(await streamed.text()).toContain('[DONE]');
    const answered = await fetch(`${node.baseUrl}/v1/chat/completions`, completion(false));
    expect(answered.status).toBe(200);
    expect((await fetch(`${node.baseUrl}/api/health`)).status).toBe(200);
    expect(contextRuns).not.toHaveBeenCalled();
  });
});

describe('an inference node’s request log', () => {
  let node: SpawnedApi;

  beforeAll(async () => {
    node = await spawnApi({ MEDLOCAL_MODE: 'demo', MEDLOCAL_ROLE: 'inference-node', MEDLOCAL_API_KEYS: SERVICE_KEY, INFERENCE_PARALLEL: '1' });
  });

  afterAll(async () => {
    expect(await node?.stop()).toBe(0);
  });

  it('logs each request by id, method, path and status, and never the key or the question', async () => {
    const answered = await fetch(`${node.baseUrl}/v1/chat/completions?note=${encodeURIComponent(QUESTION_MARKER)}`, completion(false));
    expect(answered.status).toBe(200);
    await answered.text();
    const refused = await fetch(`${node.baseUrl}/v1/models`, { headers: { authorization: 'Bearer not-the-key' } });
    expect(refused.status).toBe(401);
    await vi.waitFor(() => expect(requestLines(node.output()).map((line) => line.res?.statusCode)).toEqual(expect.arrayContaining([200, 401])), {
      timeout: 10_000,
    });
    const lines = requestLines(node.output());
    const answerLine = lines.find((line) => line.res?.statusCode === 200);
    expect(answerLine).toMatchObject({ level: 30, req: { method: 'POST', path: '/v1/chat/completions', id: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
    expect(lines.find((line) => line.res?.statusCode === 401)).toMatchObject({ level: 40, req: { method: 'GET', path: '/v1/models' } });
    const output = node.output();
    expect(output).not.toContain('Quokka');
    expect(output).not.toContain(SERVICE_KEY);
    expect(output).not.toContain('not-the-key');
  });
});

interface RequestLogLine {
  readonly level: number;
  readonly req?: { readonly id?: string; readonly method?: string; readonly path?: string };
  readonly res?: { readonly statusCode?: number };
}

function requestLines(output: string): RequestLogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as RequestLogLine)
    .filter((line) => line.req?.path?.startsWith('/v1/'));
}
