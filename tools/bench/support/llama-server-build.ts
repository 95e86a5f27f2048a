/**
 * Builds llama.cpp's own `llama-server` (and `llama-quantize`) from the source node-llama-cpp ships (the git bundle in
 * node_modules/node-llama-cpp/llama), natively for this CPU, so the peer benchmark compares MedLocal with the very
 * engine code it runs. Offline: the bundle is cloned into tmp/, nothing is fetched. The build is kept and reused while
 * its inputs (bundle, CMake options, compiler and CMake versions) are the same.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LLAMA_SERVER_TARGETS = ['llama-server', 'llama-quantize'] as const;

/** Release, native CPU flags, OpenMP, CPU only; no tests, examples, web UI download or TLS: nothing outside the bundle. */
export const LLAMA_SERVER_CMAKE_OPTIONS = [
  '-DCMAKE_BUILD_TYPE=Release',
  '-DBUILD_SHARED_LIBS=OFF',
  '-DGGML_NATIVE=ON',
  '-DGGML_OPENMP=ON',
  '-DGGML_CUDA=OFF',
  '-DGGML_VULKAN=OFF',
  '-DGGML_METAL=OFF',
  '-DLLAMA_BUILD_TESTS=OFF',
  '-DLLAMA_BUILD_EXAMPLES=OFF',
  '-DLLAMA_BUILD_TOOLS=ON',
  '-DLLAMA_BUILD_SERVER=ON',
  '-DLLAMA_BUILD_UI=OFF',
  '-DLLAMA_USE_PREBUILT_UI=OFF',
  '-DLLAMA_OPENSSL=OFF',
  '-DLLAMA_CURL=OFF',
] as const;

/**
 * The same build with CUDA (PEER_BENCH_GPU=cuda, on a GPU server): for the GPU's own architecture only, which is what
 * keeps the CUDA compile to minutes. `native` asks CMake to read it off the GPU present.
 */
export function llamaServerCmakeOptions(gpu: 'cuda' | null, cudaArchitectures = 'native'): readonly string[] {
  if (gpu === null) return LLAMA_SERVER_CMAKE_OPTIONS;
  return [...LLAMA_SERVER_CMAKE_OPTIONS.filter((option) => option !== '-DGGML_CUDA=OFF'), '-DGGML_CUDA=ON', `-DCMAKE_CUDA_ARCHITECTURES=${cudaArchitectures}`];
}

export interface LlamaServerBuild {
  readonly server: string;
  readonly quantize: string;
  /** llama.cpp commit of the bundle and node-llama-cpp's tag for it. */
  readonly commit: string;
  readonly tag: string;
  readonly compiler: string;
  readonly cmake: string;
  readonly openMp: boolean;
  /** Seconds the configure and build took when it was made; `reused` when this run found it ready. */
  readonly buildSeconds: number;
  readonly reused: boolean;
  readonly key: string;
}

export interface BuildInputs {
  readonly bundleSha256: string;
  readonly cmakeOptions: readonly string[];
  readonly compiler: string;
  readonly cmake: string;
  readonly targets: readonly string[];
}

/** The cache key: any change of bundle, options, compiler or CMake makes a new build folder. */
export function buildKey(inputs: BuildInputs): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16);
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** llama-server and llama-quantize found ready in `dir` (built with node-llama-cpp's bindings): nothing is compiled. */
function builtElsewhere(dir: string, tag: string, sourceDir: string | undefined): LlamaServerBuild {
  const server = join(dir, 'llama-server');
  const quantize = join(dir, 'llama-quantize');
  for (const binary of [server, quantize])
    if (!existsSync(binary)) throw new Error(`${binary} is missing: PEER_BENCH_LLAMA_SERVER_DIR names no llama.cpp build`);
  return {
    server,
    quantize,
    commit: sourceDir ? sourceCommit(sourceDir) : 'unknown',
    tag,
    compiler: firstLine('c++', ['--version']),
    cmake: firstLine('cmake', ['--version']),
    openMp: false,
    buildSeconds: 0,
    reused: true,
    key: `built in ${dir}`,
  };
}

/** The llama.cpp commit of a source tree: git's, or the one the offline kit wrote beside a tree it carried without .git. */
function sourceCommit(source: string): string {
  const recorded = join(source, 'MEDLOCAL_LLAMA_COMMIT');
  if (existsSync(recorded)) return readFileSync(recorded, 'utf8').trim();
  return execFileSync('git', ['-C', source, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}

const firstLine = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8' }).split('\n')[0]?.trim() ?? '';

async function run(command: string, args: string[], cwd: string, log: string): Promise<void> {
  // Output goes straight to the log file, not through this process: the compiler never waits on a pipe this process
  // must drain, and the log is the one copy read back for the error.
  const fd = openSync(log, 'a');
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(command, args, { cwd, stdio: ['ignore', fd, fd] });
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${readFileSync(log, 'utf8').slice(-4000)}`)),
      );
    });
  } finally {
    closeSync(fd);
  }
}

export interface LlamaServerBuildOptions {
  workspaceRoot: string;
  jobs?: number;
  gpu?: 'cuda' | null;
  cudaArchitectures?: string;
  /**
   * A folder where llama-server and llama-quantize were already built (the GPU kit builds them with node-llama-cpp's
   * bindings): used as they are, nothing is compiled.
   */
  builtDir?: string;
  /**
   * The llama.cpp source tree `builtDir` was built from, for its commit: read from `MEDLOCAL_LLAMA_COMMIT` in the folder
   * when it has no .git (the GPU kit carries the source without it).
   */
  sourceDir?: string;
  log?: (line: string) => void;
}

export async function ensureLlamaServer(options: LlamaServerBuildOptions): Promise<LlamaServerBuild> {
  const say = options.log ?? ((line: string) => console.log(line));
  const packageDir = join(options.workspaceRoot, 'node_modules/node-llama-cpp/llama');
  const bundle = join(packageDir, 'gitRelease.bundle');
  const tag = (JSON.parse(readFileSync(join(packageDir, 'llama.cpp.info.json'), 'utf8')) as { tag: string }).tag;
  if (options.builtDir) return builtElsewhere(options.builtDir, tag, options.sourceDir);
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: node-llama-cpp ships llama.cpp's source there`);
  const cmakeOptions = llamaServerCmakeOptions(options.gpu ?? null, options.cudaArchitectures);
  const inputs: BuildInputs = {
    bundleSha256: await sha256File(bundle),
    cmakeOptions,
    compiler: firstLine('c++', ['--version']),
    cmake: firstLine('cmake', ['--version']),
    targets: LLAMA_SERVER_TARGETS,
  };
  const key = buildKey(inputs);
  const cache = join(options.workspaceRoot, 'tmp/peer-bench');
  const source = join(cache, `llama.cpp-${inputs.bundleSha256.slice(0, 12)}`);
  const buildDir = join(cache, `build-${key}`);
  const stamp = join(buildDir, 'medlocal-build.json');
  const server = join(buildDir, 'bin/llama-server');
  const quantize = join(buildDir, 'bin/llama-quantize');
  if (existsSync(stamp) && existsSync(server) && existsSync(quantize)) {
    const made = JSON.parse(readFileSync(stamp, 'utf8')) as Omit<LlamaServerBuild, 'reused'>;
    say(`llama-server: reusing ${buildDir} (built in ${made.buildSeconds} s)`);
    return { ...made, server, quantize, reused: true };
  }

  const started = performance.now();
  mkdirSync(cache, { recursive: true });
  if (!existsSync(join(source, 'CMakeLists.txt'))) {
    const partial = `${source}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    say(`llama-server: cloning ${bundle} into ${source}`);
    execFileSync('git', ['clone', '--quiet', bundle, partial], { stdio: 'inherit' });
    renameSync(partial, source);
  }
  const commit = sourceCommit(source);
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  const log = join(buildDir, 'build.log');
  say(`llama-server: configuring (${cmakeOptions.join(' ')}); log in ${log}`);
  await run('cmake', ['-S', source, '-B', buildDir, ...cmakeOptions], buildDir, log);
  const configureLog = readFileSync(log, 'utf8');
  const openMp = /Found OpenMP/.test(configureLog) && !/OpenMP not found/.test(configureLog);
  const jobs = String(options.jobs ?? 2);
  say(`llama-server: building ${LLAMA_SERVER_TARGETS.join(' ')} with -j${jobs} (several minutes on two cores)`);
  await run('cmake', ['--build', buildDir, '--config', 'Release', '--target', ...LLAMA_SERVER_TARGETS, '-j', jobs], buildDir, log);
  const made: Omit<LlamaServerBuild, 'reused'> = {
    server,
    quantize,
    commit,
    tag,
    compiler: inputs.compiler,
    cmake: inputs.cmake,
    openMp,
    buildSeconds: Math.round((performance.now() - started) / 1000),
    key,
  };
  writeFileSync(stamp, `${JSON.stringify(made, null, 2)}\n`);
  say(`llama-server: built in ${made.buildSeconds} s (OpenMP ${openMp ? 'on' : 'not found'})`);
  return { ...made, reused: false };
}
