import path from 'node:path';
import { embeddedDatabaseWorkerUrl } from '@medlocal/database';

/** A child process or worker thread about to start: what runs, and with which arguments. */
export interface Launch {
  readonly kind: 'child-process' | 'worker';
  /** The executable (child process) or the script / code (worker). */
  readonly file: string;
  readonly args: readonly string[];
  /** A shell runs the command line: its meaning cannot be checked, so it never matches. */
  readonly shell: boolean;
}

interface OwnLaunch {
  readonly why: string;
  readonly matches: (launch: Launch) => boolean;
}

const endsWithPath = (file: string | undefined, ending: string) => file !== undefined && path.resolve(file).split(path.sep).join('/').endsWith(ending);

/**
 * The only child processes and worker threads MedLocal starts. A child or worker has no egress guard of
 * its own (it gets fresh copies of net, dns and dgram), so anything not listed here is refused.
 * MedLocal starts one worker thread, the embedded database's; the demo-model generator writes its GGUF in-process.
 */
const OWN_LAUNCHES: readonly OwnLaunch[] = [
  {
    why: 'llama.cpp (node-llama-cpp) forks its own binding test before loading the native binary, so a broken binary cannot crash the server',
    matches: (launch) =>
      launch.kind === 'child-process' &&
      launch.file === process.execPath &&
      endsWithPath(launch.args[0], '/node_modules/node-llama-cpp/dist/bindings/utils/testBindingBinary.js'),
  },
  {
    why: 'MedLocal itself (the built API, as the operations tests start it): it installs its own egress guard before it loads anything',
    matches: (launch) => launch.kind === 'child-process' && launch.file === process.execPath && endsWithPath(launch.args[0], '/dist/apps/api/main.js'),
  },
  {
    why:
      'the embedded database (PGlite and its wire-protocol server on loopback) runs on a thread of its own, so a PGlite blocked on a ' +
      'full or frozen disk cannot freeze the API; it listens and never connects out. Only the exact module @medlocal/database builds matches',
    matches: (launch) => launch.kind === 'worker' && launch.file === embeddedDatabaseWorkerUrl().href,
  },
];

export function isOwnLaunch(launch: Launch): boolean {
  return !launch.shell && OWN_LAUNCHES.some((own) => own.matches(launch));
}
