// MedLocal clinical-terms benchmark: dictionary load, extraction throughput on one core,
// latency for a 1 KB question, heap. Run: node --expose-gc tools/run-ts.mjs tools/bench/terms.bench.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface BenchResult {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly goal: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(here, '../..');
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function heapUsedMb(): number {
  collectGarbage?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Deterministic PRNG (mulberry32) so every run measures the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const goldSet = JSON.parse(readFileSync(join(workspaceRoot, 'libs/clinical-terms/src/gold/gold-set.json'), 'utf8')) as {
  sentences: { text: string }[];
};
const sentences = goldSet.sentences.map((sentence) => sentence.text);

/** Clinical notes of about `bytes` UTF-8 bytes, made of annotated sentences in random order. */
function makeNote(next: () => number, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = sentences[Math.floor(next() * sentences.length)];
    parts.push(sentence);
    size += Buffer.byteLength(sentence) + 1;
  }
  return parts.join(/[a-z]$/i.test(parts[0]) ? '. ' : '。');
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const heapBefore = heapUsedMb();
  const loadCpuStart = process.cpuUsage();
  const loadStart = performance.now();
  const terms = await import('@medlocal/clinical-terms');
  const engine = terms.shippedTermEngine();
  engine.extract('warm-up');
  const loadMs = performance.now() - loadStart;
  const loadCpu = process.cpuUsage(loadCpuStart);
  const loadCpuMs = (loadCpu.user + loadCpu.system) / 1000;
  const searchStart = performance.now();
  engine.search('xjgs', 10);
  const searchIndexMs = performance.now() - searchStart;
  const heapAfter = heapUsedMb();

  const next = random(20260101);
  const notes = Array.from({ length: 4000 }, () => makeNote(next, 256 + Math.floor(next() * 3840)));
  const corpusBytes = notes.reduce((sum, note) => sum + Buffer.byteLength(note), 0);
  for (const note of notes.slice(0, 200)) engine.extract(note); // JIT warm-up
  // CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
  const cpuStart = process.cpuUsage();
  const throughputStart = performance.now();
  for (const note of notes) engine.extract(note);
  const throughputSeconds = (performance.now() - throughputStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const throughput = corpusBytes / 1e6 / throughputSeconds;
  const throughputPerCpuSecond = corpusBytes / 1e6 / cpuSeconds;

  const questions = Array.from({ length: 3000 }, () => {
    let question = makeNote(next, 1024);
    while (Buffer.byteLength(question) > 1024) question = question.slice(0, -1);
    return question;
  });
  for (const question of questions.slice(0, 300)) engine.extract(question);
  const latencies = questions.map((question) => {
    const start = performance.now();
    engine.extract(question);
    return performance.now() - start;
  });
  latencies.sort((a, b) => a - b);

  const searchLatencies = ['xjgs', '心梗', 'apix', 'HbA1c', 'heart failure', 'CKD', '糖尿病', 'tnb'].flatMap((query) =>
    Array.from({ length: 200 }, () => {
      const start = performance.now();
      engine.search(query, 20);
      return performance.now() - start;
    }),
  );
  searchLatencies.sort((a, b) => a - b);

  const results: BenchResult[] = [
    { metric: 'dictionary load (JSON, checks, automaton), wall clock', value: round(loadMs), unit: 'ms', goal: '< 300' },
    { metric: 'dictionary load, CPU time (all threads)', value: round(loadCpuMs), unit: 'ms', goal: '< 300' },
    { metric: 'search index build (incl. pinyin initials)', value: round(searchIndexMs), unit: 'ms', goal: 'n/a' },
    { metric: 'extraction throughput, one core (wall clock)', value: round(throughput), unit: 'MB/s', goal: '>= 5' },
    { metric: 'extraction throughput per CPU second (all threads incl. GC)', value: round(throughputPerCpuSecond), unit: 'MB/s', goal: '>= 5' },
    { metric: 'extract 1 KB question p50', value: round(percentile(latencies, 50)), unit: 'ms', goal: 'n/a' },
    { metric: 'extract 1 KB question p99', value: round(percentile(latencies, 99)), unit: 'ms', goal: '< 1' },
    { metric: 'search p99', value: round(percentile(searchLatencies, 99)), unit: 'ms', goal: 'n/a' },
    { metric: 'heap used by loaded dictionary and engine', value: round(heapAfter - heapBefore), unit: 'MB', goal: 'n/a' },
    { metric: 'corpus', value: round(corpusBytes / 1e6), unit: 'MB', goal: 'n/a' },
    { metric: 'machine load average (1 min) during run', value: round(loadavg()[0] ?? 0), unit: 'runnable tasks', goal: 'n/a' },
  ];
  console.table(results);
  if (collectGarbage === undefined) console.log('(run node with --expose-gc for a steadier heap figure)');
  const outDir = join(workspaceRoot, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'terms.json'), `${JSON.stringify(results, null, 2)}\n`);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

await main();
