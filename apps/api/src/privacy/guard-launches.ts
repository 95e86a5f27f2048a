import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import workerThreads from 'node:worker_threads';
import { isOwnLaunch, type Launch } from './own-launches.allowlist';

type AnyFunction = (...args: unknown[]) => unknown;

const stringArgs = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const optionsAt = (args: unknown[], index: number): { shell?: unknown; execPath?: unknown } => {
  const candidate = Array.isArray(args[index]) ? args[index + 1] : args[index];
  return candidate !== null && typeof candidate === 'object' ? (candidate as { shell?: unknown; execPath?: unknown }) : {};
};

const fileLaunch = (args: unknown[]): Launch => ({
  kind: 'child-process',
  file: String(args[0]),
  args: stringArgs(args[1]),
  shell: Boolean(optionsAt(args, 1).shell),
});
const shellLaunch = (args: unknown[]): Launch => ({ kind: 'child-process', file: '/bin/sh', args: ['-c', String(args[0])], shell: true });
const forkLaunch = (args: unknown[]): Launch => {
  const { execPath } = optionsAt(args, 1);
  return {
    kind: 'child-process',
    file: typeof execPath === 'string' ? execPath : process.execPath,
    args: [String(args[0]), ...stringArgs(args[1])],
    shell: false,
  };
};

/** How each child_process entry point names what it runs, read the way Node reads its arguments. */
const LAUNCH_OF: Readonly<Record<string, (args: unknown[]) => Launch>> = {
  spawn: fileLaunch,
  spawnSync: fileLaunch,
  execFile: fileLaunch,
  execFileSync: fileLaunch,
  exec: shellLaunch,
  execSync: shellLaunch,
  fork: forkLaunch,
};

function describeLaunch(launch: Launch): string {
  const text = `${launch.kind} ${[launch.file, ...launch.args].join(' ')}`;
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Refuses worker threads and child processes that are not MedLocal's own (own-launches.allowlist.ts):
 * they start with fresh, unguarded copies of net, dns and dgram, so they would carry any connection
 * past the guard. Returns the function that puts the originals back.
 */
export function guardLaunches(refuse: (destination: string) => Error): () => void {
  const check = (launch: Launch) => {
    if (!isOwnLaunch(launch)) throw refuse(describeLaunch(launch));
  };

  const exported = childProcess as unknown as Record<string, AnyFunction | undefined>;
  const originals = Object.entries(LAUNCH_OF).map(([name, launchOf]) => [name, launchOf, exported[name]] as const);
  for (const [name, launchOf, original] of originals) {
    exported[name] = function guardedLaunch(this: unknown, ...args: unknown[]) {
      check(launchOf(args));
      return original?.apply(this, args);
    };
  }

  const OriginalWorker = workerThreads.Worker;
  class GuardedWorker extends OriginalWorker {
    constructor(filename: string | URL, options?: workerThreads.WorkerOptions) {
      check({ kind: 'worker', file: options?.eval ? '<eval>' : String(filename), args: [], shell: false });
      super(filename, options);
    }
  }
  (workerThreads as { Worker: typeof OriginalWorker }).Worker = GuardedWorker;
  // ES module imports of the built-ins (`import { spawn } from 'node:child_process'`) see the guarded versions too.
  syncBuiltinESMExports();

  return () => {
    for (const [name, , original] of originals) exported[name] = original;
    (workerThreads as { Worker: typeof OriginalWorker }).Worker = OriginalWorker;
    syncBuiltinESMExports();
  };
}
