/**
 * MedLocal against llama.cpp's own server, side by side: `llama-server` built natively from the llama.cpp source
 * node-llama-cpp ships (support/llama-server-build.ts), and a MedLocal inference node (`MEDLOCAL_ROLE=inference-node`),
 * both on loopback with the same GGUF, the same threads and 4 parallel slots, both asked through their
 * OpenAI-compatible `/v1/chat/completions` with `stream: true` and the same sampling (temperature 0.8, top-k 40,
 * top-p 1, same seed). The engine code is the same; what differs is the build and the wrapper.
 *
 * Per configuration (weights x threads): time to first token for a ~500-token prompt, single-stream decode tokens/s,
 * and 4- and 8-way aggregate tokens/s. Every repetition starts both servers afresh (one process's speed can stray from
 * the next one's by more than the margin measured), and within it the systems alternate per measurement, the order
 * flipping per repetition, so a shared host's load drifts onto both; both sides of a pair get the same seeds. Medians
 * are reported, and MedLocal ÷ llama-server as a speed ratio (≥ 1: MedLocal as fast or faster; for the first token,
 * llama-server's time over MedLocal's); the verdict is read by the median of the per-repetition ratios
 * (support/parity.ts).
 *
 * Model: the demo generator's `peer` shape (random weights, 32,768-token vocabulary, ~20 ms per token on one core in
 * F16, text-only output so streams never end early and stay valid UTF-8), in F16 and in Q4_K_M made from it with the
 * built `llama-quantize` (the demo writer has no k-quants). Made once into tmp/bench-models/.
 *
 * Run: npm run bench:peer [-- --quick | --model-only]   (needs the built API: npx nx build api; the first run builds llama-server,
 * several minutes on two cores, then reuses it while bundle, CMake options and compiler are unchanged)
 * Writes bench-results/peer.json (with a GPU: peer-cuda.json). Settings: PEER_BENCH_REPS (5; --quick 1), PEER_BENCH_TOKENS per stream (64; --quick 32),
 * PEER_BENCH_THREADS (`1,<cores>`), PEER_BENCH_WEIGHTS (`f16,q4_k_m`), PEER_BENCH_SERVER_ARGS (extra llama-server
 * arguments, e.g. `-fa off`), PEER_BENCH_JOBS (build jobs, 2).
 *
 * On a GPU server: PEER_BENCH_GPU=cuda builds llama-server with CUDA (PEER_BENCH_CUDA_ARCHITECTURES, `native`) and runs
 * both sides with every layer on the GPU (MedLocal: INFERENCE_GPU=cuda, INFERENCE_GPU_LAYERS=max; node-llama-cpp must
 * have a CUDA build, see tools/bench/gpu-kit/); PEER_BENCH_SHAPE=gpu uses the demo generator's `gpu` shape
 * (MedGemma's vocabulary, ~1.9 G parameters). PEER_BENCH_LLAMA_SERVER_DIR takes llama-server and llama-quantize already
 * built there (the GPU kit builds them with node-llama-cpp's bindings, on the very same ggml libraries, which also saves
 * a second CUDA compile), PEER_BENCH_LLAMA_SOURCE names the source tree they were built from (for its commit).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { DEMO_MODEL_DEFAULT_SEED, DEMO_MODEL_SHAPES, ensureDemoModel } from '@medlocal/demo-model';
import { BUILT_API, startInferenceNode } from './support/inference-node';
import { ensureLlamaServer, type LlamaServerBuild } from './support/llama-server-build';
import { meetsParity, PARITY_GOAL, parityRatios } from './support/parity';
import { freePort, healthy, median, round, startProcess, waitUntil, type StartedProcess } from './support/processes';

const WORKSPACE_ROOT = process.cwd();
const MODELS = join(WORKSPACE_ROOT, 'tmp/bench-models');
const QUICK = process.argv.includes('--quick');
/** Write the F16 model, then stop (the GPU kit runs this while node-llama-cpp compiles). */
const MODEL_ONLY = process.argv.includes('--model-only');
const REPS = Number(process.env['PEER_BENCH_REPS'] ?? (QUICK ? 1 : 5));
/**
 * Single-stream decode is timed from this content event to the last, over the tokens between them. The first event
 * arrives once the prompt is evaluated and the first token sampled, and both sides send it, and the last, at once
 * (MedLocal holds the writes between them for up to 20 ms, `coalesced-writes.ts`; a later start event would begin its
 * clock late by that hold and flatter it).
 */
const DECODE_FROM_EVENT = 1;
const TOKENS = Number(process.env['PEER_BENCH_TOKENS'] ?? (QUICK ? 32 : 64));
const CORES = os.availableParallelism();
const THREADS = (process.env['PEER_BENCH_THREADS'] ?? [...new Set([1, CORES])].join(',')).split(',').map(Number);
const WEIGHTS = (process.env['PEER_BENCH_WEIGHTS'] ?? 'f16,q4_k_m').split(',') as Weights[];
const SERVER_ARGS = (process.env['PEER_BENCH_SERVER_ARGS'] ?? '').split(' ').filter(Boolean);
const GPU = parseGpu(process.env['PEER_BENCH_GPU']);
/** CPU and GPU results are kept apart: one does not overwrite the other. */
const RESULT_FILE = GPU ? `bench-results/peer-${GPU}.json` : 'bench-results/peer.json';
const SHAPE = parseShape(process.env['PEER_BENCH_SHAPE']);
const SLOTS = 4;
const CONTEXT_PER_SLOT = 2048;
const SERVICE_KEY = `peer-bench-key-${randomUUID()}`;
const SAMPLING = { temperature: 0.8, top_k: 40, top_p: 1 } as const;

type Weights = 'f16' | 'q4_k_m';
type ShapeName = keyof typeof DEMO_MODEL_SHAPES;

function parseGpu(value: string | undefined): 'cuda' | null {
  if (value === undefined || value === '' || value === 'cpu') return null;
  if (value === 'cuda') return 'cuda';
  throw new Error(`PEER_BENCH_GPU must be cuda or cpu, not ${value}`);
}

function parseShape(value: string | undefined): ShapeName {
  const name = value || 'peer';
  if (!(name in DEMO_MODEL_SHAPES)) throw new Error(`PEER_BENCH_SHAPE must be one of ${Object.keys(DEMO_MODEL_SHAPES).join(', ')}, not ${name}`);
  return name as ShapeName;
}
type System = 'llama-server' | 'medlocal';
const SYSTEMS: readonly System[] = ['llama-server', 'medlocal'];

interface StreamResult {
  ok: boolean;
  firstMs: number;
  /** When the DECODE_FROM_EVENT-th content event arrived. */
  decodeFromMs: number;
  lastMs: number;
  endMs: number;
  contentEvents: number;
  /** llama-server's own decode time per token (its final chunk's `timings`); NaN from MedLocal. */
  serverMsPerToken: number;
  completionTokens: number;
  promptTokens: number;
  error?: string;
}

interface Measurements {
  firstTokenS: number[];
  promptTokens: number[];
  singleTokensPerS: number[];
  /** llama-server's own figure for the same single streams (tokens/s from its `timings.predicted_per_token_ms`). */
  singleServerTokensPerS: number[];
  aggregate4TokensPerS: number[];
  aggregate8TokensPerS: number[];
  shortStreams: number;
  failed: string[];
}

// Clinical sentences from the demo vocabulary's words, so the prompt tokenises into words, not bytes.
const SENTENCES = [
  'The patient is a 65 years old male with chest pain and high blood pressure.',
  'Serum creatinine and potassium levels should be monitored daily in acute kidney failure.',
  'Insulin dose may increase when glucose is high; explain the risk of low glucose.',
  'What is the differential diagnosis of fever, cough and pain for two days?',
  'Please explain the mechanism, signs and symptoms of chronic liver disease.',
  'First line treatment of hypertension: drugs, dose, evidence and guideline.',
  '患者血压高，肾功能减少，建议治疗并监测血压。',
];

function prompt(targetWords: number, nonce: string): { role: string; content: string }[] {
  const words: string[] = [];
  for (let i = 0; words.length < targetWords; i++) words.push(...(SENTENCES[i % SENTENCES.length] as string).split(' '));
  // The nonce opens the prompt: no two requests share a cached prefix beyond the template's first tokens.
  return [
    { role: 'system', content: `Case ${nonce}. You are a clinical assistant.` },
    { role: 'user', content: words.join(' ') },
  ];
}

function requestBody(system: System, messages: { role: string; content: string }[], maxTokens: number, seed: number): string {
  return JSON.stringify({
    model: 'peer',
    messages,
    stream: true,
    stream_options: { include_usage: true },
    max_tokens: maxTokens,
    seed,
    ...SAMPLING,
    // llama-server's chain adds min-p 0.05 by default; node-llama-cpp's has none (MedLocal's API takes no min_p).
    ...(system === 'llama-server' ? { min_p: 0 } : {}),
  });
}

/** One streamed completion; times from the request to the first and last content chunk and to the end. */
async function streamOnce(url: string, body: string): Promise<StreamResult> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SERVICE_KEY}`, 'content-type': 'application/json' },
    body,
  });
  const result: StreamResult = {
    ok: false,
    firstMs: Number.NaN,
    decodeFromMs: Number.NaN,
    lastMs: Number.NaN,
    endMs: Number.NaN,
    contentEvents: 0,
    serverMsPerToken: Number.NaN,
    completionTokens: 0,
    promptTokens: 0,
  };
  const decoder = new TextDecoder();
  let buffer = '';
  let done = false;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (!line.startsWith('data:')) continue;
      const data = line.slice(5).trim();
      if (data === '[DONE]') {
        done = true;
        continue;
      }
      const payload = JSON.parse(data) as {
        choices?: { delta?: { content?: string; reasoning_content?: string } }[];
        usage?: { prompt_tokens: number; completion_tokens: number };
        timings?: { predicted_per_token_ms?: number };
        error?: { message: string };
      };
      if (payload.error) result.error = payload.error.message;
      const delta = payload.choices?.[0]?.delta;
      if (delta?.content || delta?.reasoning_content) {
        const now = performance.now() - started;
        if (Number.isNaN(result.firstMs)) result.firstMs = now;
        result.lastMs = now;
        if (++result.contentEvents === DECODE_FROM_EVENT) result.decodeFromMs = now;
      }
      if (payload.timings?.predicted_per_token_ms) result.serverMsPerToken = payload.timings.predicted_per_token_ms;
      if (payload.usage) {
        result.completionTokens = payload.usage.completion_tokens;
        result.promptTokens = payload.usage.prompt_tokens;
      }
    }
  }
  result.endMs = performance.now() - started;
  if (!result.completionTokens) result.completionTokens = result.contentEvents;
  result.ok = response.status === 200 && done && !result.error && !Number.isNaN(result.firstMs);
  if (!result.ok && !result.error) result.error = `HTTP ${response.status}${done ? '' : ', no [DONE]'}: ${buffer.slice(0, 300)}`;
  return result;
}

function startLlamaServer(build: LlamaServerBuild, modelPath: string, port: number, threads: number): StartedProcess {
  return startProcess(
    build.server,
    [
      ...['--model', modelPath, '--host', '127.0.0.1', '--port', String(port)],
      ...['--threads', String(threads), '--threads-batch', String(threads), '--parallel', String(SLOTS)],
      ...['--ctx-size', String(SLOTS * CONTEXT_PER_SLOT), '--n-gpu-layers', GPU ? '999' : '0', '--cache-ram', '0'],
      // MedLocal reads the weights into its own memory (INFERENCE_DEFAULTS.useMmap false: a model file replaced under a
      // running node must not change what it computes); llama-server maps the file by default. On the CPU, F16 weights
      // are then used from the page cache on one side and from private memory on the other; both read them alike here.
      '--no-mmap',
      ...SERVER_ARGS,
    ],
    {},
  );
}

function startMedLocal(dataDir: string, modelPath: string, port: number, threads: number): StartedProcess {
  return startInferenceNode({
    dataDir,
    port,
    modelPath,
    serviceKey: SERVICE_KEY,
    threads,
    parallel: SLOTS,
    contextSize: CONTEXT_PER_SLOT,
    maxAnswerTokens: Math.max(TOKENS, 64),
    maxConcurrentPerCaller: 8,
    env: { INFERENCE_API_KEYS_MAX_RUNNING: String(SLOTS), ...(GPU ? { INFERENCE_GPU: GPU, INFERENCE_GPU_LAYERS: 'max' } : {}) },
  });
}

/** Q4_K_M made from the F16 peer model by llama.cpp's own quantiser: the real k-quant layout, random weights. */
function ensureQ4KM(build: LlamaServerBuild, f16Path: string): string {
  const path = f16Path.replace(/\.gguf$/, '-q4_k_m.gguf');
  if (existsSync(path)) return path;
  const partial = `${path}.${process.pid}.partial`;
  // Its log (every tensor) goes to stderr; kept for the error only.
  const result = spawnSync(build.quantize, [f16Path, partial, 'Q4_K_M', String(CORES)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`llama-quantize failed (${result.status}):\n${(result.stderr ?? '').slice(-4000)}`);
  renameSync(partial, path);
  return path;
}

const emptyMeasurements = (): Measurements => ({
  firstTokenS: [],
  promptTokens: [],
  singleTokensPerS: [],
  singleServerTokensPerS: [],
  aggregate4TokensPerS: [],
  aggregate8TokensPerS: [],
  shortStreams: 0,
  failed: [],
});

/**
 * The seed of one request: both sides of a pair draw the same one (the same repetition, measurement and stream), so
 * they sample from the same random stream; no two requests of a side share one.
 */
const seedOf = (repetition: number, kind: number, stream: number): number => 1 + repetition * 100 + kind * 10 + stream;

/**
 * One repetition on a fresh pair of servers: every kind of measurement once per side, the order set by the repetition.
 * Both sides of a pair get the same prompts (one case number per repetition, measurement and stream: the two servers
 * share no cache, and within a side no two requests share a prefix).
 */
async function measureRepetition(urls: Record<System, string>, rep: number, measured: Record<System, Measurements>): Promise<void> {
  const repetitionNonce = randomUUID();
  const caseOf = (kind: number, stream: number) => `${repetitionNonce}-${kind}-${stream}`;
  const check = (system: System, results: StreamResult[], expectTokens: number) => {
    for (const result of results) {
      if (!result.ok) measured[system].failed.push(result.error ?? 'failed');
      else if (result.completionTokens < expectTokens) measured[system].shortStreams++;
    }
  };
  const kinds: { name: string; run: (system: System, kind: number) => Promise<void> }[] = [
    {
      name: 'first token',
      run: async (system, kind) => {
        const result = await streamOnce(urls[system], requestBody(system, prompt(260, caseOf(kind, 0)), 2, seedOf(rep, kind, 0)));
        check(system, [result], 1);
        measured[system].firstTokenS.push(result.firstMs / 1000);
        measured[system].promptTokens.push(result.promptTokens);
      },
    },
    {
      name: 'single stream',
      run: async (system, kind) => {
        const result = await streamOnce(urls[system], requestBody(system, prompt(20, caseOf(kind, 0)), TOKENS, seedOf(rep, kind, 0)));
        check(system, [result], TOKENS);
        // One content event per token on both sides (each side writes each token's delta as its own event).
        if (result.ok && result.contentEvents !== result.completionTokens) {
          measured[system].failed.push(`${result.contentEvents} content events for ${result.completionTokens} tokens`);
        }
        measured[system].singleTokensPerS.push((result.contentEvents - DECODE_FROM_EVENT) / ((result.lastMs - result.decodeFromMs) / 1000));
        if (Number.isFinite(result.serverMsPerToken)) measured[system].singleServerTokensPerS.push(1000 / result.serverMsPerToken);
      },
    },
    ...([4, 8] as const).map((streams) => ({
      name: `${streams} streams`,
      run: async (system: System, kind: number) => {
        const started = performance.now();
        const results = await Promise.all(
          Array.from({ length: streams }, (_, stream) =>
            streamOnce(urls[system], requestBody(system, prompt(20, caseOf(kind, stream)), TOKENS, seedOf(rep, kind, stream))),
          ),
        );
        const seconds = (performance.now() - started) / 1000;
        check(system, results, TOKENS);
        const rate = results.reduce((sum, result) => sum + result.completionTokens, 0) / seconds;
        (streams === 4 ? measured[system].aggregate4TokensPerS : measured[system].aggregate8TokensPerS).push(rate);
      },
    })),
  ];
  for (const [index, kind] of kinds.entries()) {
    // Alternate who goes first per kind and per repetition: neither side always meets the other's leftovers.
    for (const system of alternating(rep + index)) {
      await kind.run(system, index);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

const alternating = (turn: number): readonly System[] => (turn % 2 === 0 ? SYSTEMS : [...SYSTEMS].reverse());

interface ServerPair {
  readonly urls: Record<System, string>;
  readonly server: StartedProcess;
  readonly node: StartedProcess;
  stop(): Promise<void>;
}

/** Both servers, started one after the other (who starts first alternates with the repetition), up and warmed. */
async function startPair(build: LlamaServerBuild, modelPath: string, threads: number, dataDir: string, rep: number): Promise<ServerPair> {
  const serverPort = await freePort();
  let nodePort = await freePort();
  // Asked before either is bound: the same free port can come back twice.
  while (nodePort === serverPort) nodePort = await freePort();
  const started: Partial<Record<System, StartedProcess>> = {};
  const stop = async () => {
    for (const child of Object.values(started)) await child.stop();
  };
  try {
    for (const system of alternating(rep)) {
      if (system === 'llama-server') {
        const server = (started['llama-server'] = startLlamaServer(build, modelPath, serverPort, threads));
        await waitUntil('llama-server', async () => (await fetch(`http://127.0.0.1:${serverPort}/health`)).ok, server);
      } else {
        const node = (started.medlocal = startMedLocal(dataDir, modelPath, nodePort, threads));
        await waitUntil(`MedLocal inference node on ${nodePort}`, healthy(`http://127.0.0.1:${nodePort}`), node);
      }
    }
    const urls: Record<System, string> = { 'llama-server': `http://127.0.0.1:${serverPort}`, medlocal: `http://127.0.0.1:${nodePort}` };
    // Warm-up, in the repetition's order: page the model in, open connections, evaluate one long prompt (its larger
    // buffers), run one full-length stream and fill every slot once, so no measured request is a process's first of its
    // kind and MedLocal's request path has run more than a few times.
    for (const system of alternating(rep)) {
      await streamOnce(urls[system], requestBody(system, prompt(260, randomUUID()), 2, 0));
      await streamOnce(urls[system], requestBody(system, prompt(20, randomUUID()), TOKENS, 0));
      await Promise.all(Array.from({ length: SLOTS }, () => streamOnce(urls[system], requestBody(system, prompt(20, randomUUID()), 8, 0))));
    }
    return { urls, server: started['llama-server'] as StartedProcess, node: started.medlocal as StartedProcess, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The llama.cpp libraries the MedLocal node has mapped (Linux /proc/<pid>/maps): node-llama-cpp's local (native) build
 * under llama/localBuilds/, or its prebuilt binaries under @node-llama-cpp/ — true even where /api/status says nothing.
 */
function mappedLlamaLibraries(pid: number | undefined): string[] {
  if (!pid || !existsSync(`/proc/${pid}/maps`)) return [];
  const paths = readFileSync(`/proc/${pid}/maps`, 'utf8').match(/\/\S*(?:llama-addon\.node|libggml-cpu\S*\.so|libllama\S*\.so)\S*/g) ?? [];
  return [...new Set(paths)].map((path) => path.replace(`${WORKSPACE_ROOT}/`, ''));
}

/** Which llama.cpp build the MedLocal node runs and why, and its GPU (`/api/node-status` → `runtime`, `gpu`, read with the service key). */
async function medlocalNodeStatus(url: string): Promise<{ runtime: unknown; gpu: unknown }> {
  const response = await fetch(`${url}/api/node-status`, { headers: { authorization: `Bearer ${SERVICE_KEY}` } }).catch(() => null);
  if (!response?.ok) return { runtime: null, gpu: null };
  const status = (await response.json().catch(() => null)) as { runtime?: unknown; gpu?: unknown } | null;
  return { runtime: status?.runtime ?? null, gpu: status?.gpu ?? null };
}

/** The commit benchmarked: git's, or PEER_BENCH_REVISION where the tree travelled without .git (the GPU kit). */
function medlocalRevision(): string {
  if (process.env['PEER_BENCH_REVISION']) return process.env['PEER_BENCH_REVISION'];
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : 'unknown';
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function spread(values: number[], digits: number): [number, number] {
  return [round(Math.min(...values), digits), round(Math.max(...values), digits)];
}

interface Row {
  weights: Weights;
  threads: number;
  metric: string;
  unit: string;
  llamaServer: number;
  medlocal: number;
  /** MedLocal ÷ llama-server as speed: above 1, MedLocal is faster. */
  ratio: number;
  /**
   * The median of the per-repetition ratios, the statistic the goal is read by: each repetition measures a fresh pair
   * of servers back to back, so the host's load, which drifts between repetitions, and a process's own speed, which
   * differs from one start to the next, fall into the pairs.
   */
  pairedRatio: number;
  /** False when any stream of the configuration, on either side, failed, ended short or sent other than one event per token. */
  valid: boolean;
  /** Whether each statistic, unrounded, is at PARITY_GOAL or above, in a valid row. */
  meetsGoal: { ratio: boolean; pairedRatio: boolean };
  /** The lowest and highest single measurement of each side: how far one repetition strays from the median. */
  llamaServerRange: [number, number];
  medlocalRange: [number, number];
}

async function main(): Promise<void> {
  if (!existsSync(BUILT_API)) throw new Error(`${BUILT_API} is missing: run "npx nx build api" first`);
  const loadAtStart = os.loadavg();
  console.log(`peer bench: ${CORES} cores, load average ${loadAtStart.map((load) => load.toFixed(2)).join(' ')}${QUICK ? ' (quick)' : ''}`);
  const f16 = await ensureDemoModel(MODELS, DEMO_MODEL_DEFAULT_SEED, 'llama', DEMO_MODEL_SHAPES[SHAPE]);
  if (MODEL_ONLY) {
    console.log(`peer bench model written: ${f16}`);
    return;
  }
  const build = await ensureLlamaServer({
    workspaceRoot: WORKSPACE_ROOT,
    jobs: Number(process.env['PEER_BENCH_JOBS'] ?? 2),
    gpu: GPU,
    cudaArchitectures: process.env['PEER_BENCH_CUDA_ARCHITECTURES'] || undefined,
    sourceDir: process.env['PEER_BENCH_LLAMA_SOURCE'] || undefined,
    builtDir: process.env['PEER_BENCH_LLAMA_SERVER_DIR'] || undefined,
  });
  const modelPaths: Record<Weights, string> = { f16, q4_k_m: WEIGHTS.includes('q4_k_m') ? ensureQ4KM(build, f16) : '' };

  const folder = await mkdtemp(join(os.tmpdir(), 'medlocal-peer-bench-'));
  const rows: Row[] = [];
  const raw: {
    weights: Weights;
    threads: number;
    loadAverage: number[];
    /** The load average (1, 5, 15 minutes) at the end of each repetition. */
    repetitionLoadAverages: number[][];
    llamaServerLog: string[];
    medlocalRuntime: unknown;
    medlocalGpu: unknown;
    medlocalLibraries: string[];
    measured: Record<System, Measurements>;
  }[] = [];
  try {
    for (const weights of WEIGHTS) {
      for (const threads of THREADS) {
        console.log(`${weights}, ${threads} thread(s): ${REPS} repetitions, each on a fresh llama-server and MedLocal node`);
        const measured: Record<System, Measurements> = { 'llama-server': emptyMeasurements(), medlocal: emptyMeasurements() };
        let medlocalRuntime: unknown = null;
        let medlocalGpu: unknown = null;
        let medlocalLibraries: string[] = [];
        let serverLog: string[] = [];
        const repetitionLoadAverages: number[][] = [];
        for (let rep = 0; rep < REPS; rep++) {
          const pair = await startPair(build, modelPaths[weights], threads, join(folder, `${weights}-${threads}-${rep}`), rep);
          try {
            if (rep === 0) {
              ({ runtime: medlocalRuntime, gpu: medlocalGpu } = await medlocalNodeStatus(pair.urls.medlocal));
              if (GPU) console.log(`  MedLocal node GPU: ${JSON.stringify(medlocalGpu)}`);
              // Read while the model is loaded: the libraries are mapped once the first context exists.
              medlocalLibraries = mappedLlamaLibraries(pair.node.child.pid);
              console.log(`  MedLocal runs ${medlocalLibraries.find((path) => path.endsWith('llama-addon.node')) ?? 'an unknown llama.cpp build'}`);
            }
            await measureRepetition(pair.urls, rep, measured);
          } finally {
            await pair.stop();
          }
          if (rep === 0) {
            serverLog = pair.server
              .output()
              .split('\n')
              .filter((line) => /system_info|flash_attn|n_threads|n_ctx_seq|CPU_REPACK|model type|file type|CUDA|offloaded/.test(line))
              .slice(0, 12);
          }
          const load = os.loadavg();
          repetitionLoadAverages.push(load);
          console.log(`  repetition ${rep + 1}/${REPS} done, load average ${load.map((value) => value.toFixed(2)).join(' ')}`);
        }
        const loadAverage = os.loadavg();
        const valid = SYSTEMS.every((system) => measured[system].failed.length === 0 && measured[system].shortStreams === 0);
        raw.push({
          weights,
          threads,
          loadAverage,
          repetitionLoadAverages,
          llamaServerLog: serverLog,
          medlocalRuntime,
          medlocalGpu,
          medlocalLibraries,
          measured,
        });
        const row = (metric: string, unit: string, pick: (m: Measurements) => number[], higherIsBetter: boolean, digits = 2) => {
          const runs = { llamaServer: pick(measured['llama-server']), medlocal: pick(measured.medlocal) };
          const { ratioOfMedians, medianOfPairs } = parityRatios(runs, higherIsBetter ? 'speed' : 'time');
          rows.push({
            weights,
            threads,
            metric,
            unit,
            llamaServer: round(median(runs.llamaServer), digits),
            medlocal: round(median(runs.medlocal), digits),
            ratio: round(ratioOfMedians, 3),
            pairedRatio: round(medianOfPairs, 3),
            valid,
            meetsGoal: { ratio: valid && meetsParity(ratioOfMedians), pairedRatio: valid && meetsParity(medianOfPairs) },
            llamaServerRange: spread(runs.llamaServer, digits),
            medlocalRange: spread(runs.medlocal, digits),
          });
        };
        const promptTokens = median(measured.medlocal.promptTokens);
        row(`time to first token, ${promptTokens}-token prompt`, 's', (m) => m.firstTokenS, false, 3);
        row('single-stream decode', 'tokens/s', (m) => m.singleTokensPerS, true, 1);
        row(`4 streams, aggregate (${TOKENS} tokens each)`, 'tokens/s', (m) => m.aggregate4TokensPerS, true, 1);
        row(`8 streams, aggregate (${TOKENS} tokens each)`, 'tokens/s', (m) => m.aggregate8TokensPerS, true, 1);
        // llama-server times its own decode: the client's figure for it should agree (a check on the client's clock).
        const ownFigure = median(measured['llama-server'].singleServerTokensPerS);
        console.log(
          `  llama-server single stream: ${round(median(measured['llama-server'].singleTokensPerS), 1)} tokens/s as the client timed it, ${round(ownFigure, 1)} by its own timings`,
        );
        for (const system of SYSTEMS) {
          const { failed, shortStreams } = measured[system];
          if (failed.length) console.warn(`  ${system}: ${failed.length} failed streams, first: ${failed[0]}`);
          if (shortStreams) console.warn(`  ${system}: ${shortStreams} streams ended before ${TOKENS} tokens`);
        }
        if (measured['llama-server'].promptTokens.some((tokens, repetition) => tokens !== measured.medlocal.promptTokens[repetition])) {
          console.warn(
            `  prompt tokens differ: llama-server ${measured['llama-server'].promptTokens.join(',')}, MedLocal ${measured.medlocal.promptTokens.join(',')}`,
          );
        }
        console.table(rows.filter((entry) => entry.weights === weights && entry.threads === threads));
      }
    }
    const cpu = os.cpus()[0]?.model ?? 'unknown';
    const report = {
      date: new Date().toISOString(),
      quick: QUICK,
      machine: { cpu, cores: CORES, memoryGiB: round(os.totalmem() / 2 ** 30, 1), platform: `${os.type()} ${os.release()}` },
      loadAverage: { start: loadAtStart, end: os.loadavg() },
      versions: {
        medlocal: medlocalRevision(),
        node: process.version,
        nodeLlamaCpp: packageVersion('node-llama-cpp'),
        llamaCpp: { tag: build.tag, commit: build.commit },
        compiler: build.compiler,
        cmake: build.cmake,
      },
      llamaServerBuild: { openMp: build.openMp, buildSeconds: build.buildSeconds, reused: build.reused, key: build.key },
      settings: {
        repetitions: REPS,
        freshProcessesPerRepetition: true,
        decodeTimedFromEvent: DECODE_FROM_EVENT,
        tokensPerStream: TOKENS,
        slots: SLOTS,
        contextPerSlot: CONTEXT_PER_SLOT,
        sampling: SAMPLING,
        serverArgs: SERVER_ARGS,
        gpu: GPU ?? 'none',
      },
      model: { shape: DEMO_MODEL_SHAPES[SHAPE], f16: modelPaths.f16, q4_k_m: modelPaths.q4_k_m || undefined },
      rows,
      raw,
    };
    mkdirSync(join(WORKSPACE_ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(WORKSPACE_ROOT, RESULT_FILE), `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      `load average at the end ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}; llama-server build ${build.reused ? 'reused' : `${build.buildSeconds} s`}`,
    );
    console.table(rows);
    const meeting = (statistic: keyof Row['meetsGoal']) => rows.filter((row) => row.meetsGoal[statistic]).length;
    console.log(
      `rows at ≥ ${PARITY_GOAL} of llama-server (unrounded): ${meeting('pairedRatio')} of ${rows.length} by the median of paired ratios, ${meeting('ratio')} by the ratio of medians; ${rows.filter((row) => !row.valid).length} rows invalid (a stream failed or ended short)`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
