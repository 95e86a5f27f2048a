import { copyFile, mkdtemp, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDemoModel } from '@medlocal/demo-model';
import { UnavailableInferenceEngine } from '../../src/inference/unavailable-inference.engine';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { startApi, type RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, api, loginAs, type SignedInSession } from '../support/sign-in';
import { askAndRead, egressRefusalLines, egressRefusalsSince, openConversation } from './support/fault-kit';

interface ModelStatusBody {
  model: { loaded: boolean; error: string | null; file: string };
}

const CHAT_ENV = { ...ACCOUNTS_TEST_ENV, INFERENCE_CONTEXT_SIZE: '2048', INFERENCE_MAX_ANSWER_TOKENS: '200', INFERENCE_THOUGHT_BUDGET_TOKENS: '32' };

async function modelStatus(baseUrl: string, session: SignedInSession): Promise<ModelStatusBody['model']> {
  const response = await fetch(`${baseUrl}/api/status`, { headers: { authorization: `Bearer ${session.accessToken}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as ModelStatusBody).model;
}

describe(`${UnavailableInferenceEngine.name}: a GGUF model that llama.cpp fails to load`, () => {
  let folder: string;
  let sut: RunningApi;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'medlocal-bad-model-'));
    // A real GGUF header over data cut short: the file check passes, llama.cpp's load fails.
    const badModel = path.join(folder, 'medgemma.gguf');
    await copyFile(await ensureDemoModel(path.join(folder, 'generated')), badModel);
    await truncate(badModel, 4096);
    sut = await startApi({ env: { ...CHAT_ENV, MODEL_PATH: badModel } });
  });

  afterAll(async () => {
    expect(egressRefusalsSince(0)).toEqual([]);
    await sut?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('starts anyway; status names the file and the reason; health is down', async () => {
    const admin = await loginAs(sut, 'admin');
    expect(await modelStatus(sut.baseUrl, admin)).toMatchObject({
      loaded: false,
      error: expect.stringMatching(/medgemma\.gguf: llama\.cpp could not load it/),
    });
    const health = await fetch(`${sut.baseUrl}/api/health`);
    // The reason is in status (above) and the log; the health answer is only up or down.
    expect(health.status).toBe(503);
  });

  it('refuses questions with a clear 503 while sign-in and terms keep working', async () => {
    const clinician = await loginAs(sut, 'clinician');
    const refused = await askAndRead({
      baseUrl: sut.baseUrl,
      token: clinician.accessToken,
      conversationId: await openConversation(sut.baseUrl, clinician.accessToken),
      content: '房颤抗凝怎么选?',
    });
    expect({ status: refused.status, error: refused.error }).toEqual({
      status: 503,
      error: { statusCode: 503, error: 'Service Unavailable', code: 'MODEL_LOAD_FAILED', message: expect.stringMatching(/could not load it/) },
    });
    const terms = await api(sut, 'POST', '/api/terms/extract', { token: clinician.accessToken, body: { text: '急性心肌梗死,肌钙蛋白I 8.2ng/mL' } });
    expect(terms.status).toBe(200);
    expect(((await terms.json()) as { concepts: unknown[] }).concepts.length).toBeGreaterThan(0);
  });
});

describe('the model file changing under a running MedLocal (spawned process)', () => {
  let folder: string;
  let modelCopy: string;
  let sut: SpawnedApi;
  let clinician: SignedInSession;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'medlocal-model-trouble-'));
    modelCopy = path.join(folder, 'model.gguf');
    await copyFile(await ensureDemoModel(path.join(folder, 'generated')), modelCopy);
    sut = await spawnApi({ ...CHAT_ENV, MEDLOCAL_MODE: 'demo', MODEL_PATH: modelCopy });
    clinician = await loginAs({ baseUrl: sut.baseUrl } as RunningApi, 'clinician');
  });

  afterAll(async () => {
    if (sut) {
      expect(egressRefusalLines(sut.output())).toEqual([]);
      expect(await sut.stop()).toBe(0);
    }
    await rm(folder, { recursive: true, force: true });
  });

  async function askOnce(): Promise<string | undefined> {
    const outcome = await askAndRead({
      baseUrl: sut.baseUrl,
      token: clinician.accessToken,
      conversationId: await openConversation(sut.baseUrl, clinician.accessToken),
      content: 'CKD G3a: metformin dose?',
    });
    const last = outcome.events.at(-1);
    return last?.event === 'done' ? 'done' : JSON.stringify(last ?? outcome.error);
  }

  it('survives the file being truncated in place (read into memory, not mapped), keeps answering, and reports it', async () => {
    expect(await askOnce()).toBe('done');
    // `cp new.gguf model.gguf` truncates first: with a mapped model this was SIGBUS for the whole API.
    await truncate(modelCopy, 1000);
    expect(await askOnce()).toBe('done');
    await expect
      .poll(async () => (await modelStatus(sut.baseUrl, clinician)).error, { timeout: 15_000, interval: 500 })
      .toMatch(/model\.gguf: is 1000 bytes|changed on disk/);
    expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(503);
    expect(sut.child.exitCode).toBeNull();
  });

  it('keeps answering from memory after the file is deleted, and status says it was deleted', async () => {
    await unlink(modelCopy);
    expect(await askOnce()).toBe('done');
    await expect
      .poll(async () => (await modelStatus(sut.baseUrl, clinician)).error, { timeout: 15_000, interval: 500 })
      .toMatch(/: not found \(deleted while loaded\); the model already in memory keeps answering/);
    expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(503);
    const session = await loginAs({ baseUrl: sut.baseUrl } as RunningApi, 'clinician');
    expect(session.accessToken).toEqual(expect.any(String));
  });
});

describe('a MODEL_PATH that is missing or not a GGUF file', () => {
  it.each([
    ['missing', async (file: string) => file],
    ['not a GGUF file', async (file: string) => (await writeFile(file, 'this is a download error page, not a model\n'.repeat(20)), file)],
  ])('stops start-up with one line naming the path and why (%s)', async (_case, prepare) => {
    const { spawnSync } = await import('node:child_process');
    const { BUILT_API } = await import('../support/spawn-api');
    const folder = await mkdtemp(path.join(tmpdir(), 'medlocal-no-model-'));
    const modelPath = await prepare(path.join(folder, 'medgemma.gguf'));
    const run = spawnSync(process.execPath, [BUILT_API], {
      env: { PATH: process.env['PATH'] ?? '', MEDLOCAL_MODE: 'demo', DATA_DIR: folder, PORT: '1', MODEL_PATH: modelPath, LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    await rm(folder, { recursive: true, force: true });
    expect(run.status).toBe(1);
    const failure = run.stderr.split('\n').find((line) => line.startsWith('MedLocal failed to start'));
    expect(failure).toContain(modelPath);
  });
});
