#!/usr/bin/env node
/**
 * npm's postinstall step (after patch-package): builds node-llama-cpp's bindings for this machine's CPU from the
 * llama.cpp source node-llama-cpp ships (its git bundle: offline), with native CPU flags and OpenMP, so the engine
 * runs a build made for the CPU it is on instead of the portable prebuilt one (measured: about half the time to the
 * first token). The prebuilt binaries stay the fallback; whatever happens, the install itself never fails here.
 *
 * A build takes minutes on a small server, so it is kept in a cache folder keyed by everything it was made from
 * (node-llama-cpp's version and bundled source, the compiler, cmake, the CPU's features, Node's ABI); a later
 * install with the same inputs copies it back in a second.
 *
 * Outcome: `node_modules/node-llama-cpp/llama/medlocal-build.json` says which build the engine will find and why;
 * `/api/status` reports it (`inferenceRuntime`).
 *
 * Settings (environment):
 *   MEDLOCAL_LLAMA_BUILD=prebuilt   keep the prebuilt binaries (container images do: they must run on any CPU)
 *   MEDLOCAL_LLAMA_BUILD_CACHE=dir  where built bindings are kept (default: $XDG_CACHE_HOME or ~/.cache, /medlocal/llama-native)
 *   MEDLOCAL_LLAMA_PACKAGE_DIR=dir  the node-llama-cpp package to build for (default: this repository's node_modules)
 *
 * Intel AMX is left out of every build the engine can load: the AMX kernels of the llama.cpp snapshot node-llama-cpp
 * 3.21.1 ships stop the process with SIGILL (invalid opcode at `tileloadd`) on the first quantised matrix product on
 * current Xeons in virtual machines (measured on one here; upstream: ggml-org/llama.cpp pull request 26954, open).
 * The native build is compiled with AMX switched off, and the prebuilt variants that use it are removed, so llama.cpp
 * picks its next-best variant (AVX-512 VNNI/BF16) for such CPUs.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PACKAGE_DIR = process.env.MEDLOCAL_LLAMA_PACKAGE_DIR
  ? path.resolve(process.env.MEDLOCAL_LLAMA_PACKAGE_DIR)
  : path.join(ROOT, 'node_modules', 'node-llama-cpp');
const LLAMA_DIR = path.join(PACKAGE_DIR, 'llama');
const LOCAL_BUILDS = path.join(LLAMA_DIR, 'localBuilds');
const RECORD_PATH = path.join(LLAMA_DIR, 'medlocal-build.json');
/** node-llama-cpp's folder for a CPU-only build on this platform (what `getLlama` looks for before the prebuilt binaries). */
/** What of a build folder node-llama-cpp needs to load it. */
const KEPT_BUILD_ENTRIES = new Set(['Release', 'buildDone.status']);
const BUILD_FOLDER = `${process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
/**
 * Release flags that keep ggml's AMX kernels out of a native x64 build. -march=native predefines __AMX_INT8__ (and its
 * siblings) where the CPU has AMX, and ggml compiles its AMX kernels and buffer type only under those macros; -U drops
 * them whatever the order on the command line. (cmake-js sets CMAKE_CXX_FLAGS itself, so the Release flags carry it.)
 */
const AMX_FREE_FLAGS = process.arch === 'x64' && process.platform !== 'win32' ? '-O3 -DNDEBUG -U__AMX_TILE__ -U__AMX_INT8__ -U__AMX_BF16__ -U__AMX_FP16__' : '';
/** node-llama-cpp's prebuilt CPU variants whose code uses AMX (llama.cpp's GGML_CPU_ALL_VARIANTS: only this one). */
const AMX_PREBUILT_VARIANTS = ['libggml-cpu-sapphirerapids.so'];

function log(line) {
  process.stdout.write(`[medlocal llama build] ${line}\n`);
}

function writeRecord(record) {
  writeFileSync(RECORD_PATH, `${JSON.stringify({ ...record, at: new Date().toISOString() }, null, 2)}\n`);
}

function firstLine(text) {
  return (text ?? '').toString().trim().split('\n')[0] ?? '';
}

/** The first line a command prints of its version, or null when it is not there. */
function toolVersion(command, args = ['--version']) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? firstLine(result.stdout || result.stderr) : null;
}

/** CPU model and feature flags: a native build uses every instruction the CPU has, so it only fits CPUs with the same. */
function cpuSignature() {
  if (process.platform !== 'linux') return `${process.platform}-${process.arch}`;
  const info = readFileSync('/proc/cpuinfo', 'utf8');
  const field = (name) => info.match(new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm'))?.[1]?.trim() ?? '';
  return `${field('model name')}|${field('flags') || field('Features')}`;
}

async function hashFile(file, hash) {
  for await (const chunk of createReadStream(file)) hash.update(chunk);
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Everything the build is made from; a change in any of them means a new build. */
async function buildKey(tools) {
  const hash = createHash('sha256');
  const packageVersion = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')).version;
  hash.update(`node-llama-cpp ${packageVersion}\nnode ABI ${process.versions.modules} ${process.arch}\n`);
  hash.update(`${tools['c++']}\n${tools.cmake}\n${cpuSignature()}\nflags ${AMX_FREE_FLAGS}\n`);
  await hashFile(path.join(LLAMA_DIR, 'gitRelease.bundle'), hash);
  for (const file of [path.join(LLAMA_DIR, 'CMakeLists.txt'), ...listFiles(path.join(LLAMA_DIR, 'addon'))]) {
    hash.update(path.relative(LLAMA_DIR, file));
    await hashFile(file, hash);
  }
  return { key: hash.digest('hex').slice(0, 24), packageVersion };
}

function cacheRoot() {
  if (process.env.MEDLOCAL_LLAMA_BUILD_CACHE) return path.resolve(process.env.MEDLOCAL_LLAMA_BUILD_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(base, 'medlocal', 'llama-native');
}

/** Asks node-llama-cpp, in a fresh process, which build it loads now (as the engine will, CPU only). */
function loadedBuild() {
  const probe = [
    "const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');",
    "const llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1, logLevel: LlamaLogLevel.error });",
    'console.log(JSON.stringify({ buildType: llama.buildType, systemInfo: llama.systemInfo }));',
    'await llama.dispose();',
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) return { error: firstLine(result.stderr) || `exit ${result.status}` };
  try {
    return JSON.parse(result.stdout.trim().split('\n').pop());
  } catch {
    return { error: `unreadable probe output: ${firstLine(result.stdout)}` };
  }
}

/** Compiles with node-llama-cpp's own CLI: it clones its bundled source (no network) and builds with cmake. */
function compile(logFile) {
  const cli = path.join(PACKAGE_DIR, 'dist', 'cli', 'cli.js');
  const result = spawnSync(process.execPath, [cli, 'source', 'download', '--gpu', 'false', '--noUsageExample'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_LLAMA_CPP_SKIP_DOWNLOAD: 'false',
      ...(AMX_FREE_FLAGS && {
        NODE_LLAMA_CPP_CMAKE_OPTION_CMAKE_C_FLAGS_RELEASE: AMX_FREE_FLAGS,
        NODE_LLAMA_CPP_CMAKE_OPTION_CMAKE_CXX_FLAGS_RELEASE: AMX_FREE_FLAGS,
      }),
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (result.status === 0) return moveIntoPlainBuildFolder();
  const lines = `${result.stderr ?? ''}\n${result.stdout ?? ''}`.split('\n').map((line) => line.trim());
  return lines.find((line) => /error/i.test(line)) ?? `exit ${result.status ?? result.signal}`;
}

/**
 * node-llama-cpp names the folder of a build made with extra cmake options after their hash ("linux-x64-211q3…"), but
 * loads the plain folder when the engine starts (it is given no cmake options there): the build goes where it is looked for.
 */
function moveIntoPlainBuildFolder() {
  const lastBuildFile = path.join(LLAMA_DIR, 'lastBuild.json');
  const built = existsSync(lastBuildFile) ? JSON.parse(readFileSync(lastBuildFile, 'utf8')).folderName : BUILD_FOLDER;
  if (typeof built !== 'string' || !existsSync(path.join(LOCAL_BUILDS, built))) return `the build folder ${built} was not found after compiling`;
  if (built === BUILD_FOLDER) return null;
  rmSync(path.join(LOCAL_BUILDS, BUILD_FOLDER), { recursive: true, force: true });
  renameSync(path.join(LOCAL_BUILDS, built), path.join(LOCAL_BUILDS, BUILD_FOLDER));
  writeFileSync(lastBuildFile, `${JSON.stringify({ folderName: BUILD_FOLDER }, null, 4)}\n`);
  return null;
}

/** Removes the prebuilt CPU variants that use AMX from node-llama-cpp's prebuilt packages for this platform (CPU, CUDA, Vulkan). */
function removeAmxPrebuiltVariants() {
  const scope = path.join(PACKAGE_DIR, '..', '@node-llama-cpp');
  if (!existsSync(scope)) return 0;
  let removed = 0;
  for (const platformPackage of readdirSync(scope).filter((name) => name.startsWith(`${process.platform}-${process.arch}`))) {
    const bins = path.join(scope, platformPackage, 'bins');
    if (!existsSync(bins)) continue;
    for (const binsFolder of readdirSync(bins)) {
      for (const variant of AMX_PREBUILT_VARIANTS) {
        const file = path.join(bins, binsFolder, variant);
        if (!existsSync(file)) continue;
        rmSync(file, { force: true });
        removed += 1;
      }
    }
  }
  if (removed > 0) log(`removed ${removed} prebuilt CPU variant(s) that use AMX (they stop the process on current Xeons; see the top of this file)`);
  return removed;
}

/**
 * `nativeBuildFailed`: the native build was attempted (a compiler was there, nothing asked for the prebuilt binaries)
 * and did not come out, which a check after install (installed-build.spec.ts) reports, instead of a test suite
 * quietly running the prebuilt binaries.
 */
function usePrebuilt(reason, { nativeBuildFailed = false } = {}) {
  rmSync(path.join(LOCAL_BUILDS, BUILD_FOLDER), { recursive: true, force: true });
  writeRecord({ build: 'prebuilt', reason, nativeBuildFailed });
  log(`using node-llama-cpp's prebuilt binaries: ${reason}`);
}

async function main() {
  if (!existsSync(PACKAGE_DIR)) return; // node-llama-cpp not installed (e.g. a partial install): nothing to build
  removeAmxPrebuiltVariants();
  const setting = (process.env.MEDLOCAL_LLAMA_BUILD ?? 'native').trim().toLowerCase();
  if (setting === 'prebuilt') return usePrebuilt('MEDLOCAL_LLAMA_BUILD=prebuilt');
  if (setting !== 'native') return usePrebuilt(`MEDLOCAL_LLAMA_BUILD=${setting} is neither "native" nor "prebuilt"`);

  const tools = { 'c++': toolVersion('c++'), cmake: toolVersion('cmake'), git: toolVersion('git') };
  const missing = Object.entries(tools)
    .filter(([, version]) => version === null)
    .map(([name]) => name);
  if (missing.length > 0) return usePrebuilt(`no native build: ${missing.join(', ')} not found at install`);

  const { key, packageVersion } = await buildKey(tools);
  const cached = path.join(cacheRoot(), key);
  const target = path.join(LOCAL_BUILDS, BUILD_FOLDER);
  let origin;
  const started = Date.now();
  if (existsSync(path.join(cached, '.complete'))) {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(LOCAL_BUILDS, { recursive: true });
    cpSync(path.join(cached, BUILD_FOLDER), target, { recursive: true });
    origin = `restored from the build cache (${cached})`;
  } else {
    mkdirSync(cacheRoot(), { recursive: true });
    const logFile = path.join(cacheRoot(), `${key}.log`);
    log(`compiling llama.cpp for this CPU from node-llama-cpp ${packageVersion}'s bundled source (several minutes; MEDLOCAL_LLAMA_BUILD=prebuilt skips it)`);
    const failure = compile(logFile);
    if (failure) return usePrebuilt(`native build failed at install (${failure}); log: ${logFile}`, { nativeBuildFailed: true });
    // The cloned source and cmake's objects are only needed to compile (about 250 MB); node-llama-cpp loads
    // Release/ and checks buildDone.status.
    rmSync(path.join(LLAMA_DIR, 'llama.cpp'), { recursive: true, force: true });
    for (const entry of readdirSync(target)) if (!KEPT_BUILD_ENTRIES.has(entry)) rmSync(path.join(target, entry), { recursive: true, force: true });
    const staging = `${cached}.${process.pid}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(target, path.join(staging, BUILD_FOLDER), { recursive: true });
    writeFileSync(path.join(staging, '.complete'), `${new Date().toISOString()}\n`);
    rmSync(cached, { recursive: true, force: true });
    renameSync(staging, cached);
    origin = `compiled at install in ${Math.round((Date.now() - started) / 1000)} s`;
  }

  const loaded = loadedBuild();
  if (loaded.error) return usePrebuilt(`native build does not load (${loaded.error})`, { nativeBuildFailed: true });
  if (loaded.buildType !== 'localBuild') {
    return usePrebuilt(`node-llama-cpp did not pick the native build (it loaded "${loaded.buildType}")`, { nativeBuildFailed: true });
  }
  const sizeBytes = listFiles(target).reduce((sum, file) => sum + statSync(file).size, 0);
  writeRecord({
    build: 'native',
    reason: `built for this CPU (GGML_NATIVE, OpenMP${AMX_FREE_FLAGS ? ', AMX left out' : ''}) from the llama.cpp source bundled with node-llama-cpp ${packageVersion}; ${origin}`,
    key,
    compiler: tools['c++'],
    cmake: tools.cmake,
    sizeBytes,
  });
  log(`native build in use (${origin})`);
}

main().catch((error) => {
  // An install must not fail because the optional native build could not be made: the prebuilt binaries remain.
  try {
    usePrebuilt(`native build step failed (${firstLine(error instanceof Error ? error.message : String(error))})`, { nativeBuildFailed: true });
  } catch {
    log(`native build step failed: ${error instanceof Error ? error.message : String(error)}`);
  }
});
