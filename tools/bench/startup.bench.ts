/**
 * MedLocal start to healthy: the built API (`MEDLOCAL_MODE=demo`, no MODEL_PATH, so the demo model as
 * `npm start` uses it; embedded database) started on a fresh temporary DATA_DIR, stopped, and started again
 * on the same DATA_DIR (a restart); rounds alternate so a busy host slows both kinds alike.
 * Each start is timed from spawn to the first 200 from /api/health (polled every 25 ms), in wall-clock time and
 * in the process's CPU time (user + system, all threads, read from /proc at that moment: the stable figure on a
 * shared host). The API's own `startup.timings` log line gives the phases; their medians are reported too.
 * Run: node tools/run-ts.mjs tools/bench/startup.bench.ts   (needs the built API: npx nx build api)
 * Writes bench-results/startup.json: [{metric, value, unit, goal}]. STARTUP_BENCH_ROUNDS=… rounds (default 3).
 * STARTUP_BENCH_COMPARE=<another main.js> starts that build too, alternating with this one in every round, and
 * reports its rows beside (named "compared"): two builds measured under the same load.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './inference-engine.bench';
import { freePort, healthy, median, processCpuSeconds, round, startProcess, waitUntil } from './support/processes';

const WORKSPACE_ROOT = process.cwd();
const BUILT_API = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
const COMPARED_API = process.env['STARTUP_BENCH_COMPARE'];
const ROUNDS = Number(process.env['STARTUP_BENCH_ROUNDS'] ?? 3);
const HEALTH_POLL_MS = 25;
const START_BOUND_MS = 300_000;
const GOAL_MS = 10_000;

type StartKind = 'fresh' | 'restart';

interface StartMeasure {
  readonly kind: StartKind;
  /** This build, or the one named by STARTUP_BENCH_COMPARE. */
  readonly build: 'this' | 'compared';
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Phase → ms from the API's `startup.timings` line. */
  readonly phases: Record<string, number>;
  readonly loadAverage: number;
}

function phasesFrom(output: string): Record<string, number> {
  for (const line of output.split('\n')) {
    if (!line.includes('"startup.timings"')) continue;
    const parsed = JSON.parse(line) as { phases?: Record<string, number> };
    return parsed.phases ?? {};
  }
  return {};
}

async function startOnce(kind: StartKind, dataDir: string, build: StartMeasure['build']): Promise<StartMeasure> {
  const port = await freePort();
  const loadAverage = loadavg()[0] as number;
  const started = performance.now();
  const server = startProcess(process.execPath, [build === 'this' ? BUILT_API : (COMPARED_API as string)], {
    MEDLOCAL_MODE: 'demo',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    ADMIN_USERNAME: 'bench.admin',
    ADMIN_PASSWORD: 'Bench-Admin-2026!secure',
    INFERENCE_GPU: 'cpu',
    INFERENCE_THREADS: '1',
  });
  await waitUntil(`MedLocal API (${kind})`, healthy(`http://127.0.0.1:${port}`), server, { timeoutMs: START_BOUND_MS, pollMs: HEALTH_POLL_MS });
  const wallMs = performance.now() - started;
  const cpuMs = processCpuSeconds(server.child.pid) * 1_000;
  // The API logs its phases once its own health check has passed: give it the moment it needs.
  const logDeadline = performance.now() + 10_000;
  while (!server.output().includes('"startup.timings"') && performance.now() < logDeadline) await new Promise((resolve) => setTimeout(resolve, 50));
  await server.stop();
  const output = server.output();
  return { kind, build, wallMs, cpuMs, phases: phasesFrom(output), loadAverage };
}

function rowsFor(kind: StartKind, build: StartMeasure['build'], measures: StartMeasure[]): BenchResult[] {
  const mine = measures.filter((measure) => measure.kind === kind && measure.build === build);
  if (mine.length === 0) return [];
  const label = `${kind === 'fresh' ? 'fresh DATA_DIR' : 'restart, same DATA_DIR'}${build === 'compared' ? ' (compared build)' : ''}`;
  const phaseNames = [...new Set(mine.flatMap((measure) => Object.keys(measure.phases)))];
  return [
    {
      metric: `start to healthy, ${label}, wall clock (median of ${mine.length})`,
      value: round(median(mine.map((m) => m.wallMs)), 0),
      unit: 'ms',
      goal: `<= ${GOAL_MS}`,
    },
    { metric: `start to healthy, ${label}, process CPU time (median)`, value: round(median(mine.map((m) => m.cpuMs)), 0), unit: 'ms', goal: 'reference' },
    ...phaseNames.map((phase) => ({
      metric: `${kind}${build === 'compared' ? ' (compared build)' : ''} phase ${phase} (median, wall clock, from the API's startup.timings)`,
      value: round(median(mine.map((m) => m.phases[phase] ?? 0)), 0),
      unit: 'ms',
      goal: 'reference',
    })),
  ];
}

async function main(): Promise<void> {
  if (!existsSync(BUILT_API)) throw new Error(`${BUILT_API} is missing: run "npx nx build api" first`);
  if (COMPARED_API && !existsSync(COMPARED_API)) throw new Error(`STARTUP_BENCH_COMPARE: ${COMPARED_API} is missing`);
  const builds: StartMeasure['build'][] = COMPARED_API ? ['this', 'compared'] : ['this'];
  const measures: StartMeasure[] = [];
  for (let index = 0; index < ROUNDS; index += 1) {
    // Alternate which build goes first, so neither always meets the host fresher.
    for (const build of index % 2 === 0 ? builds : [...builds].reverse()) {
      const dataDir = await mkdtemp(join(tmpdir(), 'medlocal-startup-bench-'));
      try {
        for (const kind of ['fresh', 'restart'] as const) {
          const measure = await startOnce(kind, dataDir, build);
          measures.push(measure);
          console.log(
            `round ${index + 1} ${build === 'compared' ? 'compared build ' : ''}${kind}: healthy after ${round(measure.wallMs, 0)} ms wall, ` +
              `${round(measure.cpuMs, 0)} ms CPU (load average ${measure.loadAverage.toFixed(1)})`,
          );
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  }
  const results: BenchResult[] = [
    ...builds.flatMap((build) => [...rowsFor('fresh', build, measures), ...rowsFor('restart', build, measures)]),
    { metric: 'load average (1 min) at the starts, median', value: round(median(measures.map((m) => m.loadAverage)), 1), unit: '', goal: 'reference' },
  ];
  for (const row of results) console.log(`${row.metric}: ${row.value} ${row.unit} (goal ${row.goal})`);
  const outputDirectory = join(WORKSPACE_ROOT, 'bench-results');
  mkdirSync(outputDirectory, { recursive: true });
  writeFileSync(join(outputDirectory, 'startup.json'), `${JSON.stringify(results, null, 2)}\n`);
}

if (process.argv[1]?.endsWith('startup.bench.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
