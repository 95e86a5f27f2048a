/**
 * MedLocal end to end: clinical questions per second through the whole pipeline (HTTP -> terms ->
 * prompt -> llama.cpp -> SSE -> audit) with 1, 4 and 16 concurrent clinicians on the demo model,
 * and the OpenAI-compatible stream against raw node-llama-cpp, measured side by side in one run.
 * Run: node tools/run-ts.mjs tools/bench/e2e.bench.ts   (needs the built API: npx nx build api)
 * Writes bench-results/e2e.json: [{metric, value, unit, goal}].
 * E2E_BENCH_QUESTIONS=… questions per clinician per level (default 3), E2E_BENCH_PARALLEL=… sequences.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDemoModel } from '@medlocal/demo-model';
import { RawLlamaRunner, type BenchResult, type BenchSetup } from './inference-engine.bench';
import { freePort, healthy, median, round, startProcess, waitUntil } from './support/processes';

const WORKSPACE_ROOT = process.cwd();
const BUILT_API = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
const ADMIN = { username: 'bench.admin', password: 'Bench-Admin-2026!secure' };
const API_KEY = 'bench-api-key-0123456789abcdef';
const LEVELS = [1, 4, 16] as const;
const QUESTIONS_PER_CLINICIAN = Number(process.env['E2E_BENCH_QUESTIONS'] ?? 3);
const PARALLEL = Number(process.env['E2E_BENCH_PARALLEL'] ?? 4);
const STREAM_TOKENS = 256;
const STREAM_REPEATS = 7;
const QUESTIONS = [
  '65岁男性,突发胸痛2小时,V1-V4 ST段抬高,肌钙蛋白I 8.2ng/mL,如何处理?',
  '78岁女性,eGFR 28,房颤,利伐沙班15mg qd,出血风险如何评估?',
  'A 58-year-old man with HbA1c 9.1% on metformin 1000 mg bid: next step?',
  '慢阻肺急性加重,SpO2 86%,如何给氧?',
];
const STREAM_MESSAGES = [
  { role: 'system' as const, content: 'You are a clinical assistant. Answer with definition, mechanism, differential and recommendation.' },
  { role: 'user' as const, content: 'A 65 years old male patient, blood pressure 160/100 mmHg, creatinine 1.8 mg/dL. What is the cause and the treatment?' },
];

interface RunningApi {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

interface StreamMeasure {
  generatedTokens: number;
  firstTokenMs: number;
  /** Decode rate: tokens after the first over the time after the first. */
  tokensPerSecond: number;
}

async function startApi(modelPath: string): Promise<RunningApi> {
  if (!existsSync(BUILT_API)) throw new Error(`${BUILT_API} is missing: run "npx nx build api" first`);
  const dataDir = await mkdtemp(join(tmpdir(), 'medlocal-e2e-bench-'));
  const port = await freePort();
  const server = startProcess(process.execPath, [BUILT_API], {
    MEDLOCAL_MODE: 'demo',
    MODEL_PATH: modelPath,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    MEDLOCAL_API_KEYS: API_KEY,
    INFERENCE_GPU: 'cpu',
    INFERENCE_THREADS: '1',
    INFERENCE_PARALLEL: String(PARALLEL),
    INFERENCE_QUEUE_MAX: '64',
    // Room for the prompt, a 64-token thought and a 512-token answer per sequence.
    INFERENCE_CONTEXT_SIZE: '2048',
    INFERENCE_THOUGHT_BUDGET_TOKENS: '64',
    INFERENCE_MAX_ANSWER_TOKENS: '512',
    LOGIN_RATE_LIMIT_PER_IP: '100000',
    CHAT_MAX_CONVERSATIONS_PER_USER: '100',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntil('MedLocal API', healthy(baseUrl), server);
  return {
    baseUrl,
    child: server.child,
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function call(api: RunningApi, method: string, path: string, token?: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${api.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function signIn(api: RunningApi, username: string, password: string): Promise<string> {
  const response = await call(api, 'POST', '/api/auth/login', undefined, { username, password });
  const body = (await response.json()) as { accessToken?: string };
  if (!response.ok || !body.accessToken) throw new Error(`sign-in of ${username} answered ${response.status}`);
  return body.accessToken;
}

/** A clinician created through the admin API, first sign-in done (one-time password changed). */
async function createClinician(api: RunningApi, adminToken: string, index: number): Promise<string> {
  const username = `bench.clinician.${index}`;
  const initial = `Initial-Bench-${index}-xZ9!`;
  const password = `Changed-Bench-${index}-qW7#`;
  const created = await call(api, 'POST', '/api/admin/users', adminToken, { username, displayName: `Bench ${index}`, roles: ['clinician'], password: initial });
  if (created.status !== 201) throw new Error(`creating ${username} answered ${created.status}: ${await created.text()}`);
  const first = await signIn(api, username, initial);
  const changed = await call(api, 'POST', '/api/auth/password', first, { currentPassword: initial, newPassword: password });
  if (changed.status !== 204) throw new Error(`password change of ${username} answered ${changed.status}`);
  return signIn(api, username, password);
}

/** One question in a fresh conversation; resolves when the `done` event (sent after the audit commit) arrives. */
async function askOnce(api: RunningApi, token: string, question: string): Promise<{ firstAnswerMs: number }> {
  const started = performance.now();
  const created = await call(api, 'POST', '/api/chat/conversations', token);
  const { id } = (await created.json()) as { id: string };
  const response = await call(api, 'POST', `/api/chat/conversations/${id}/messages`, token, { content: question });
  if (response.status !== 200 || !response.body) throw new Error(`question answered ${response.status}: ${await response.text()}`);
  let text = '';
  let firstAnswerMs = Number.NaN;
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    text += decoder.decode(chunk as Uint8Array, { stream: true });
    if (Number.isNaN(firstAnswerMs) && /event: (answer|thought)/.test(text)) firstAnswerMs = performance.now() - started;
  }
  if (!text.includes('event: done')) throw new Error(`question ended without done: ${text.slice(-300)}`);
  await call(api, 'DELETE', `/api/chat/conversations/${id}`, token);
  return { firstAnswerMs };
}

async function measureClinicians(api: RunningApi, tokens: string[], concurrent: number): Promise<{ questionsPerSecond: number; firstAnswerMedianMs: number }> {
  const firstAnswers: number[] = [];
  const started = performance.now();
  await Promise.all(
    tokens.slice(0, concurrent).map(async (token, clinician) => {
      for (let question = 0; question < QUESTIONS_PER_CLINICIAN; question += 1) {
        const { firstAnswerMs } = await askOnce(api, token, QUESTIONS[(clinician + question) % QUESTIONS.length] as string);
        firstAnswers.push(firstAnswerMs);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { questionsPerSecond: (concurrent * QUESTIONS_PER_CLINICIAN) / seconds, firstAnswerMedianMs: median(firstAnswers) };
}

/** `/v1/chat/completions` with `stream: true`, timed by the client as an integrating system sees it. */
async function httpStream(api: RunningApi, seed: number): Promise<StreamMeasure> {
  const started = performance.now();
  const response = await fetch(`${api.baseUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      messages: STREAM_MESSAGES,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: STREAM_TOKENS,
      temperature: 0.8,
      top_k: 40,
      top_p: 0.95,
      seed,
    }),
  });
  if (response.status !== 200 || !response.body) throw new Error(`/v1/chat/completions answered ${response.status}: ${await response.text()}`);
  let firstTokenAt = Number.NaN;
  let generatedTokens = 0;
  let buffer = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end).replace(/^data: /, '');
      buffer = buffer.slice(end + 2);
      if (frame === '[DONE]') continue;
      const payload = JSON.parse(frame) as { choices: { delta: { content?: string; reasoning_content?: string } }[]; usage?: { completion_tokens: number } };
      const delta = payload.choices[0]?.delta;
      if (Number.isNaN(firstTokenAt) && (delta?.content || delta?.reasoning_content)) firstTokenAt = performance.now();
      if (payload.usage) generatedTokens = payload.usage.completion_tokens;
    }
  }
  const endedAt = performance.now();
  return { generatedTokens, firstTokenMs: firstTokenAt - started, tokensPerSecond: ((generatedTokens - 1) * 1000) / (endedAt - firstTokenAt) };
}

async function rawStream(runner: RawLlamaRunner, setup: BenchSetup): Promise<StreamMeasure> {
  const started = performance.now();
  const run = await runner.generate(setup, 1);
  const endedAt = started + run.totalMs;
  const firstTokenAt = started + run.firstTokenMs;
  return {
    generatedTokens: run.generatedTokens,
    firstTokenMs: run.firstTokenMs,
    tokensPerSecond: ((run.generatedTokens - 1) * 1000) / (endedAt - firstTokenAt),
  };
}

/** Alternates raw and HTTP runs after one warm-up each; the best of `repeats` counts (the host is shared). */
async function measureStreams(api: RunningApi, modelPath: string): Promise<{ raw: StreamMeasure; http: StreamMeasure; seed: number }> {
  const setup: BenchSetup = { modelPath, threads: 1, contextSize: 2048, maxTokens: STREAM_TOKENS, seed: 1, messages: STREAM_MESSAGES };
  const runner = await RawLlamaRunner.create(setup, 1);
  try {
    // Random weights sometimes sample end-of-turn early: pick a seed that runs both paths to the limit.
    for (let seed = 1; seed <= 40; seed += 1) {
      const [raw, http] = [await rawStream(runner, { ...setup, seed }), await httpStream(api, seed)];
      if (raw.generatedTokens >= STREAM_TOKENS && http.generatedTokens >= STREAM_TOKENS) {
        setup.seed = seed;
        break;
      }
    }
    const raws: StreamMeasure[] = [];
    const https: StreamMeasure[] = [];
    for (let repeat = 0; repeat < STREAM_REPEATS; repeat += 1) {
      raws.push(await rawStream(runner, setup));
      https.push(await httpStream(api, setup.seed));
    }
    const best = (runs: StreamMeasure[]): StreamMeasure => ({
      generatedTokens: median(runs.map((r) => r.generatedTokens)),
      firstTokenMs: Math.min(...runs.map((r) => r.firstTokenMs)),
      tokensPerSecond: Math.max(...runs.map((r) => r.tokensPerSecond)),
    });
    return { raw: best(raws), http: best(https), seed: setup.seed };
  } finally {
    await runner.close();
  }
}

async function main(): Promise<void> {
  const modelPath = await ensureDemoModel(join(WORKSPACE_ROOT, 'tmp', 'bench-models'));
  const api = await startApi(modelPath);
  const results: BenchResult[] = [];
  try {
    const adminToken = await signIn(api, ADMIN.username, ADMIN.password);
    const clinicians: string[] = [];
    for (let index = 0; index < Math.max(...LEVELS); index += 1) clinicians.push(await createClinician(api, adminToken, index));
    await askOnce(api, clinicians[0] as string, QUESTIONS[0] as string); // warm-up: template load, first grammar

    for (const level of LEVELS) {
      const measured = await measureClinicians(api, clinicians, level);
      results.push(
        {
          metric: `e2e questions/s, ${level} concurrent clinician(s) (demo model, parallel ${PARALLEL})`,
          value: round(measured.questionsPerSecond),
          unit: 'questions/s',
          goal: 'reference',
        },
        {
          metric: `e2e time to first streamed token, median, ${level} concurrent`,
          value: round(measured.firstAnswerMedianMs, 1),
          unit: 'ms',
          goal: 'reference',
        },
      );
    }

    const streams = await measureStreams(api, modelPath);
    results.push(
      { metric: 'raw node-llama-cpp decode tokens/s (1 stream)', value: round(streams.raw.tokensPerSecond, 0), unit: 'tokens/s', goal: 'reference' },
      { metric: '/v1/chat/completions stream decode tokens/s (1 stream)', value: round(streams.http.tokensPerSecond, 0), unit: 'tokens/s', goal: 'reference' },
      { metric: 'HTTP stream / raw tokens/s', value: round(streams.http.tokensPerSecond / streams.raw.tokensPerSecond), unit: 'x', goal: '>= 0.9' },
      // What one token costs on the HTTP path (SSE framing, JSON, socket, client) whatever the model: on
      // a GPU server decoding tens of tokens/s this, not the demo model's ratio, decides the overhead.
      {
        metric: 'HTTP stream cost per token',
        value: round(1e6 / streams.http.tokensPerSecond - 1e6 / streams.raw.tokensPerSecond, 0),
        unit: 'µs',
        goal: 'reference',
      },
      { metric: 'raw first token', value: round(streams.raw.firstTokenMs, 1), unit: 'ms', goal: 'reference' },
      { metric: '/v1/chat/completions first token (client side)', value: round(streams.http.firstTokenMs, 1), unit: 'ms', goal: 'reference' },
      { metric: 'HTTP stream first-token overhead', value: round(streams.http.firstTokenMs - streams.raw.firstTokenMs, 1), unit: 'ms', goal: '<= 25' },
    );
  } finally {
    await api.stop();
  }
  for (const row of results) console.log(`${row.metric}: ${row.value} ${row.unit} (goal ${row.goal})`);
  const outputDirectory = join(WORKSPACE_ROOT, 'bench-results');
  mkdirSync(outputDirectory, { recursive: true });
  writeFileSync(join(outputDirectory, 'e2e.json'), `${JSON.stringify(results, null, 2)}\n`);
}

if (process.argv[1]?.endsWith('e2e.bench.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
