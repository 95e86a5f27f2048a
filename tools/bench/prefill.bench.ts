/**
 * Chunked prefill: what a long question costs an answer that is already streaming on the same node.
 * Answer A streams; once it has given PREFILL_BENCH_LEAD tokens, question B arrives with a long prompt (a
 * pasted course of treatment, ~PREFILL_BENCH_PROMPT_LINES lines). Measured per prefill chunk
 * (INFERENCE_PREFILL_CHUNK_TOKENS; `512` is llama.cpp's whole batch, i.e. no chunking), rounds alternating:
 * A's longest pause between two tokens while B is read in, B's time to first token, and A's tokens/s
 * in that window. On the bench model (~190 M parameters, Q8_0, made once into tmp/bench-models/), which
 * costs a CPU about what a step of a real model does per token, unlike the tiny demo model.
 * Run: node tools/run-ts.mjs tools/bench/prefill.bench.ts
 * Writes bench-results/prefill.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLocalEngine, DEFAULT_PREFILL_CHUNK_TOKENS_CPU, type InferenceEvent, type LocalInferenceEngine } from '@medlocal/inference';
import type { BenchResult } from './inference-engine.bench';
import { ensureBenchModel } from './support/bench-model';
import { median, round } from './support/processes';

const WORKSPACE_ROOT = process.cwd();
const THREADS = Number(process.env['PREFILL_BENCH_THREADS'] ?? 1);
const ROUNDS = Number(process.env['PREFILL_BENCH_ROUNDS'] ?? 3);
/** llama.cpp's default batch: the whole batch is one prompt's step, i.e. no chunking. */
const WHOLE_BATCH = 512;
const CHUNKS = (process.env['PREFILL_BENCH_CHUNKS'] ?? `${WHOLE_BATCH},256,${DEFAULT_PREFILL_CHUNK_TOKENS_CPU},64`).split(',').map(Number);
const LEAD_TOKENS = Number(process.env['PREFILL_BENCH_LEAD'] ?? 16);
const PROMPT_LINES = Number(process.env['PREFILL_BENCH_PROMPT_LINES'] ?? 60);

const isToken = (event: InferenceEvent) => event.type === 'answer' || event.type === 'thought';
/** Text the random-weight model cannot end early. */
const endlessGrammar = `root ::= chunk{60}\nchunk ::= [a-z ]{200}`;

interface Measure {
  /** A's longest gap between two tokens from B's arrival to B's first token. */
  runningMaxGapMs: number;
  /** A's tokens per second over the same window. */
  runningTokensPerSecond: number;
  lateFirstTokenMs: number;
  latePromptTokens: number;
}

function longQuestion(): string {
  const lines = Array.from(
    { length: PROMPT_LINES },
    (_, day) => `第${day + 1}天：患者体温37.${day % 10}℃，血压${120 + (day % 20)}/${70 + (day % 10)}mmHg，肌酐${80 + day} μmol/L，继续原方案治疗。`,
  );
  return `${lines.join('\n')}\n请总结病程并给出下一步建议。`;
}

async function measureOnce(engine: LocalInferenceEngine, question: string): Promise<Measure> {
  const stopRunning = new AbortController();
  const runningTokenTimes: number[] = [];
  let leadReached!: () => void;
  const lead = new Promise<void>((resolve) => (leadReached = resolve));
  const running = (async () => {
    for await (const event of engine.generate(
      {
        messages: [{ role: 'user', content: 'Explain the differential diagnosis of chest pain in detail.' }],
        grammar: endlessGrammar,
        maxTokens: 4000,
        sampling: { temperature: 0.8, seed: 7 },
      },
      stopRunning.signal,
    )) {
      if (!isToken(event)) continue;
      runningTokenTimes.push(performance.now());
      if (runningTokenTimes.length === LEAD_TOKENS) leadReached();
    }
  })();
  await lead;
  const asked = performance.now();
  let firstToken = 0;
  for await (const event of engine.generate({ messages: [{ role: 'user', content: question }], maxTokens: 2, sampling: { temperature: 0.8, seed: 8 } })) {
    if (isToken(event) && firstToken === 0) firstToken = performance.now();
  }
  stopRunning.abort();
  await running;
  if (firstToken === 0) throw new Error('the long question produced no token');
  const window = runningTokenTimes.filter((time) => time >= asked && time <= firstToken);
  const marks = [asked, ...window, firstToken];
  const gaps = marks.slice(1).map((time, index) => time - (marks[index] as number));
  return {
    runningMaxGapMs: Math.max(...gaps),
    runningTokensPerSecond: window.length / ((firstToken - asked) / 1000),
    lateFirstTokenMs: firstToken - asked,
    latePromptTokens: engine.tokenizePrompt([{ role: 'user', content: question }]).length,
  };
}

async function main(): Promise<void> {
  const modelPath = await ensureBenchModel(WORKSPACE_ROOT, 'q8_0');
  const question = longQuestion();
  const byChunk = new Map<number, Measure[]>(CHUNKS.map((chunk) => [chunk, []]));
  for (let round_ = 0; round_ < ROUNDS; round_ += 1) {
    for (const chunk of CHUNKS) {
      const engine = await createLocalEngine({ modelPath, gpu: false, threads: THREADS, parallel: 2, contextSize: 4096, prefillChunkTokens: chunk });
      try {
        const measure = await measureOnce(engine, question);
        byChunk.get(chunk)?.push(measure);
        console.info(
          `round ${round_ + 1} chunk ${chunk}: running answer's longest pause ${round(measure.runningMaxGapMs, 0)} ms, ` +
            `${round(measure.runningTokensPerSecond, 1)} tokens/s; long question's first token ${round(measure.lateFirstTokenMs, 0)} ms`,
        );
      } finally {
        await engine.dispose();
      }
    }
  }
  const rows = CHUNKS.map((chunk) => {
    const measures = byChunk.get(chunk) ?? [];
    return {
      prefillChunkTokens: chunk,
      runningMaxGapMs: median(measures.map((measure) => measure.runningMaxGapMs)),
      runningTokensPerSecond: median(measures.map((measure) => measure.runningTokensPerSecond)),
      lateFirstTokenMs: median(measures.map((measure) => measure.lateFirstTokenMs)),
      latePromptTokens: measures[0]?.latePromptTokens ?? 0,
    };
  });
  console.table(rows.map((row) => ({ ...row, runningMaxGapMs: round(row.runningMaxGapMs, 0), lateFirstTokenMs: round(row.lateFirstTokenMs, 0) })));
  const results: BenchResult[] = rows.flatMap((row) => [
    {
      metric: `chunk ${row.prefillChunkTokens}: running answer's longest pause while a ${row.latePromptTokens}-token prompt is read`,
      value: round(row.runningMaxGapMs, 0),
      unit: 'ms',
      goal: 'reference',
    },
    {
      metric: `chunk ${row.prefillChunkTokens}: running answer's tokens/s meanwhile`,
      value: round(row.runningTokensPerSecond, 2),
      unit: 'tokens/s',
      goal: 'reference',
    },
    { metric: `chunk ${row.prefillChunkTokens}: long question's first token`, value: round(row.lateFirstTokenMs, 0), unit: 'ms', goal: 'reference' },
  ]);
  const whole = rows.find((row) => row.prefillChunkTokens === WHOLE_BATCH);
  const chunked = rows.find((row) => row.prefillChunkTokens === DEFAULT_PREFILL_CHUNK_TOKENS_CPU);
  if (whole && chunked) {
    results.push(
      {
        metric: `running answer's longest pause, chunk ${DEFAULT_PREFILL_CHUNK_TOKENS_CPU} ÷ whole batch`,
        value: round(chunked.runningMaxGapMs / whole.runningMaxGapMs),
        unit: 'ratio',
        goal: '<= 0.5',
      },
      {
        metric: `long question's first token, chunk ${DEFAULT_PREFILL_CHUNK_TOKENS_CPU} ÷ whole batch`,
        value: round(chunked.lateFirstTokenMs / whole.lateFirstTokenMs),
        unit: 'ratio',
        goal: '<= 1.25',
      },
    );
  }
  const folder = join(WORKSPACE_ROOT, 'bench-results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'prefill.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.info(`threads ${THREADS}, ${ROUNDS} rounds, medians: bench-results/prefill.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
