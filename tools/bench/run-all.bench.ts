/**
 * `npm run bench`: every MedLocal benchmark, each in its own child process so one failing does not
 * stop the rest, then ONE table of metric, measured value, goal and verdict read back from the
 * `bench-results/<name>.json` files the benchmarks write (each an array of {metric, value, unit, goal}).
 * Goals of the form ">= x" / "<= x" / "> x" / "< x" are judged; "reference" rows are absolute times,
 * reported and not judged (they depend on the host). Exit code 1 when a benchmark failed or a goal was missed.
 * BENCH_ONLY=e2e,deid runs a subset.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  goal: string;
}

interface BenchDefinition {
  /** Name shown in the table and the results file it writes (`bench-results/<results>.json`). */
  readonly name: string;
  readonly file: string;
  readonly results: string;
  readonly nodeArgs?: readonly string[];
  readonly env?: Record<string, string>;
}

const WORKSPACE_ROOT = process.cwd();
const RESULTS_DIR = join(WORKSPACE_ROOT, 'bench-results');

const BENCHMARKS: readonly BenchDefinition[] = [
  { name: 'inference', file: 'tools/bench/inference-engine.bench.ts', results: 'inference' },
  // Heap figures need an explicit GC between measurements.
  { name: 'terms', file: 'tools/bench/terms.bench.ts', results: 'terms', nodeArgs: ['--expose-gc'] },
  { name: 'deid', file: 'tools/bench/deid.bench.ts', results: 'deid' },
  // Needs PostgreSQL at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
  { name: 'audit', file: 'tools/bench/audit.bench.ts', results: 'audit' },
  { name: 'batch', file: 'tools/bench/batch.bench.ts', results: 'batch' },
  { name: 'e2e', file: 'tools/bench/e2e.bench.ts', results: 'e2e' },
  // Needs the built API and Debian's haproxy (/usr/sbin/haproxy).
  { name: 'fleet', file: 'tools/bench/fleet.bench.ts', results: 'fleet' },
  // Needs the built API.
  { name: 'startup', file: 'tools/bench/startup.bench.ts', results: 'startup' },
];

type Outcome = { name: string; status: 'ok' | 'failed' | 'skipped'; note: string; rows: BenchRow[]; seconds: number };

function runChild(definition: BenchDefinition): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(definition.nodeArgs ?? []), 'tools/run-ts.mjs', definition.file], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, ...definition.env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', () => resolve(null));
    child.once('exit', (code) => resolve(code));
  });
}

function readRows(resultsName: string): BenchRow[] {
  const file = join(RESULTS_DIR, `${resultsName}.json`);
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  return Array.isArray(parsed) ? (parsed as BenchRow[]) : [];
}

async function runBenchmark(definition: BenchDefinition): Promise<Outcome> {
  if (!existsSync(join(WORKSPACE_ROOT, definition.file))) {
    return { name: definition.name, status: 'skipped', note: `${definition.file} not present`, rows: [], seconds: 0 };
  }
  // A stale file from an earlier run must not pass for this run's figures.
  rmSync(join(RESULTS_DIR, `${definition.results}.json`), { force: true });
  console.log(`\n=== ${definition.name}: node tools/run-ts.mjs ${definition.file}`);
  const started = performance.now();
  const code = await runChild(definition);
  const seconds = (performance.now() - started) / 1000;
  const rows = readRows(definition.results);
  if (code !== 0) return { name: definition.name, status: 'failed', note: `exited with ${code}`, rows, seconds };
  if (rows.length === 0) return { name: definition.name, status: 'failed', note: `wrote no bench-results/${definition.results}.json`, rows, seconds };
  return { name: definition.name, status: 'ok', note: '', rows, seconds };
}

/** `pass`/`MISS` for judged goals, `-` for reference rows or goals this table cannot read. */
export function judge(row: BenchRow): { verdict: 'pass' | 'MISS' | '-'; ratio: string } {
  const match = /^\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)/.exec(row.goal);
  if (!match) return { verdict: '-', ratio: '' };
  const [, operator, bound] = match;
  const limit = Number(bound);
  const ok = operator === '>=' ? row.value >= limit : operator === '<=' ? row.value <= limit : operator === '>' ? row.value > limit : row.value < limit;
  const ratio = limit !== 0 ? `${(row.value / limit).toFixed(2)}x of goal` : '';
  return { verdict: ok ? 'pass' : 'MISS', ratio };
}

export function formatTable(outcomes: readonly Outcome[]): string {
  const lines: string[][] = [['benchmark', 'metric', 'measured', 'goal', 'ratio / pass']];
  for (const outcome of outcomes) {
    if (outcome.status !== 'ok') lines.push([outcome.name, `(${outcome.status}: ${outcome.note})`, '', '', outcome.status === 'failed' ? 'FAIL' : 'skip']);
    for (const row of outcome.rows) {
      const { verdict, ratio } = judge(row);
      lines.push([outcome.name, row.metric, `${row.value} ${row.unit}`, row.goal, verdict === '-' ? 'reported' : `${verdict}${ratio ? ` (${ratio})` : ''}`]);
    }
  }
  const widths = (lines[0] as string[]).map((_, column) => Math.max(...lines.map((line) => (line[column] as string).length)));
  const render = (line: string[]) => `| ${line.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
  return [render(lines[0] as string[]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.slice(1).map(render)].join('\n');
}

async function main(): Promise<void> {
  const only = process.env['BENCH_ONLY']?.split(',').map((name) => name.trim());
  const outcomes: Outcome[] = [];
  for (const definition of BENCHMARKS) {
    if (only && !only.includes(definition.name)) continue;
    // One at a time: benchmarks running together would measure each other.
    outcomes.push(await runBenchmark(definition));
  }
  console.log(`\nMedLocal benchmarks (${new Date().toISOString()})\n`);
  console.log(formatTable(outcomes));
  for (const outcome of outcomes) console.log(`${outcome.name}: ${outcome.status}${outcome.note ? ` (${outcome.note})` : ''}, ${outcome.seconds.toFixed(0)} s`);
  const failed = outcomes.some((outcome) => outcome.status === 'failed' || outcome.rows.some((row) => judge(row).verdict === 'MISS'));
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1]?.endsWith('run-all.bench.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
