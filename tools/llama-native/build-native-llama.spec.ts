import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.join(import.meta.dirname, 'build-native-llama.mjs');
const BUILD_FOLDER = `${process.platform === 'darwin' ? 'mac' : process.platform}-${process.arch}`;

/** A stand-in node-llama-cpp package folder: the step's decisions before it compiles anything. */
function fakePackage(root: string): string {
  const dir = path.join(root, 'node-llama-cpp');
  mkdirSync(path.join(dir, 'llama', 'addon'), { recursive: true });
  mkdirSync(path.join(dir, 'llama', 'localBuilds', BUILD_FOLDER), { recursive: true });
  writeFileSync(path.join(dir, 'llama', 'localBuilds', BUILD_FOLDER, 'stale.node'), 'an earlier build');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'node-llama-cpp', version: '3.21.1' }));
  writeFileSync(path.join(dir, 'llama', 'gitRelease.bundle'), 'bundle');
  writeFileSync(path.join(dir, 'llama', 'CMakeLists.txt'), 'cmake_minimum_required(VERSION 3.19)');
  return dir;
}

function runStep(
  packageDir: string,
  env: Record<string, string>,
): { status: number | null; record: { build: string; reason: string; nativeBuildFailed: boolean } } {
  const result = spawnSync(process.execPath, [SCRIPT], {
    encoding: 'utf8',
    env: { HOME: path.dirname(packageDir), MEDLOCAL_LLAMA_PACKAGE_DIR: packageDir, ...env },
  });
  const record = JSON.parse(readFileSync(path.join(packageDir, 'llama', 'medlocal-build.json'), 'utf8'));
  return { status: result.status, record };
}

describe('install step: native llama.cpp build or the prebuilt fallback', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'medlocal-llama-build-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps the prebuilt binaries when MEDLOCAL_LLAMA_BUILD=prebuilt, and removes an earlier native build so it cannot load', () => {
    const packageDir = fakePackage(root);
    const { status, record } = runStep(packageDir, { PATH: process.env['PATH'] ?? '', MEDLOCAL_LLAMA_BUILD: 'prebuilt' });
    expect(status).toBe(0);
    expect(record).toMatchObject({ build: 'prebuilt', reason: 'MEDLOCAL_LLAMA_BUILD=prebuilt', nativeBuildFailed: false });
    expect(existsSync(path.join(packageDir, 'llama', 'localBuilds', BUILD_FOLDER))).toBe(false);
  });

  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'removes the prebuilt CPU variant that uses AMX from every prebuilt package and keeps the others, whichever build is chosen',
    () => {
      const packageDir = fakePackage(root);
      const variants = ['libggml-cpu-sapphirerapids.so', 'libggml-cpu-icelake.so', 'libggml-cpu-zen4.so'];
      const binsOf = (pkg: string) => path.join(root, '@node-llama-cpp', pkg, 'bins', pkg);
      for (const pkg of ['linux-x64', 'linux-x64-cuda']) {
        mkdirSync(binsOf(pkg), { recursive: true });
        for (const variant of variants) writeFileSync(path.join(binsOf(pkg), variant), 'a CPU variant');
      }
      const { status } = runStep(packageDir, { PATH: process.env['PATH'] ?? '', MEDLOCAL_LLAMA_BUILD: 'prebuilt' });
      expect(status).toBe(0);
      for (const pkg of ['linux-x64', 'linux-x64-cuda']) {
        expect(existsSync(path.join(binsOf(pkg), 'libggml-cpu-sapphirerapids.so'))).toBe(false);
        expect(existsSync(path.join(binsOf(pkg), 'libggml-cpu-icelake.so'))).toBe(true);
        expect(existsSync(path.join(binsOf(pkg), 'libggml-cpu-zen4.so'))).toBe(true);
      }
    },
  );

  it('names a setting it does not know instead of guessing', () => {
    const packageDir = fakePackage(root);
    const { status, record } = runStep(packageDir, { PATH: process.env['PATH'] ?? '', MEDLOCAL_LLAMA_BUILD: 'fast' });
    expect(status).toBe(0);
    expect(record.build).toBe('prebuilt');
    expect(record.reason).toBe('MEDLOCAL_LLAMA_BUILD=fast is neither "native" nor "prebuilt"');
  });

  it('falls back to the prebuilt binaries, naming the missing tools, on a machine without a compiler (the install still succeeds)', () => {
    const packageDir = fakePackage(root);
    const { status, record } = runStep(packageDir, { PATH: path.join(root, 'empty-bin') });
    expect(status).toBe(0);
    expect(record).toMatchObject({ build: 'prebuilt', reason: 'no native build: c++, cmake, git not found at install', nativeBuildFailed: false });
  });

  const hasBuildTools = ['c++', 'cmake', 'git'].every((tool) => spawnSync(tool, ['--version']).status === 0);
  it.runIf(hasBuildTools)('records a native build that failed with the compiler present as a failure, not as a choice (the install still succeeds)', () => {
    // The stand-in package has no node-llama-cpp CLI to compile with: the build step fails as a broken compile would.
    const packageDir = fakePackage(root);
    const { status, record } = runStep(packageDir, { PATH: process.env['PATH'] ?? '', MEDLOCAL_LLAMA_BUILD_CACHE: path.join(root, 'cache') });
    expect(status).toBe(0);
    expect(record.build).toBe('prebuilt');
    expect(record.reason).toMatch(/^native build failed at install/);
    expect(record.nativeBuildFailed).toBe(true);
  });
});
