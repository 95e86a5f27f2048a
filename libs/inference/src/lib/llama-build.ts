import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Llama } from 'node-llama-cpp' with { 'resolution-mode': 'import' };

/** Which llama.cpp build the engine runs, and why: `/api/status` → `inferenceRuntime`. */
export interface InferenceRuntimeStatus {
  /** `native`: compiled at install for this CPU; `prebuilt`: node-llama-cpp's portable binaries. */
  build: 'native' | 'prebuilt';
  reason: string;
  /** CPU features llama.cpp was built with and found (AVX2, AVX512, OPENMP, …), from its system info. */
  cpuFeatures: string[];
  threads: number;
  llamaCppRelease: string;
}

/** What the install step (tools/llama-native/build-native-llama.mjs) wrote next to node-llama-cpp's builds. */
interface InstallRecord {
  build?: string;
  reason?: string;
}

function nodeLlamaCppDir(): string | null {
  try {
    const from = typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'index.js');
    // Resolves dist/index.js; the package folder is two levels up.
    return path.dirname(path.dirname(createRequire(from).resolve('node-llama-cpp')));
  } catch {
    return null;
  }
}

export function readInstallRecord(packageDir: string | null = nodeLlamaCppDir()): InstallRecord | null {
  const file = packageDir && path.join(packageDir, 'llama', 'medlocal-build.json');
  if (!file || !existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as InstallRecord;
  } catch {
    return null;
  }
}

/** "CPU : SSE3 = 1 | AVX2 = 1 | AVX512 = 1 | OPENMP = 1 | …" → the features that are on. */
export function enabledCpuFeatures(systemInfo: string): string[] {
  const features = new Set<string>();
  for (const match of systemInfo.matchAll(/([A-Z][A-Z0-9_]*) = 1\b/g)) features.add(match[1] as string);
  return [...features];
}

/**
 * Why this build runs, in one line. The install record explains a prebuilt fallback; node-llama-cpp's own
 * `buildType` is the truth about what loaded (a record can be stale when node_modules was copied around).
 */
export function describeLlamaBuild(params: {
  buildType: string;
  record: InstallRecord | null;
  settingFromEnvironment: string | undefined;
}): Pick<InferenceRuntimeStatus, 'build' | 'reason'> {
  const { buildType, record, settingFromEnvironment } = params;
  if (buildType === 'localBuild') {
    return { build: 'native', reason: record?.build === 'native' && record.reason ? record.reason : 'a local build of llama.cpp for this machine' };
  }
  if (record?.build === 'prebuilt' && record.reason) return { build: 'prebuilt', reason: record.reason };
  if (record?.build === 'native') {
    return { build: 'prebuilt', reason: 'the native build made at install was not found or did not load; node-llama-cpp fell back to its prebuilt binaries' };
  }
  if (settingFromEnvironment?.trim().toLowerCase() === 'prebuilt') return { build: 'prebuilt', reason: 'MEDLOCAL_LLAMA_BUILD=prebuilt' };
  return { build: 'prebuilt', reason: "no native build was made at install (node_modules installed without MedLocal's postinstall step)" };
}

export function inferenceRuntimeStatus(llama: Llama, threads: number): InferenceRuntimeStatus {
  return {
    ...describeLlamaBuild({ buildType: llama.buildType, record: readInstallRecord(), settingFromEnvironment: process.env['MEDLOCAL_LLAMA_BUILD'] }),
    cpuFeatures: enabledCpuFeatures(llama.systemInfo),
    threads,
    llamaCppRelease: llama.llamaCppRelease.release,
  };
}
