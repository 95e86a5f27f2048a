import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InferenceEngineConfig } from '../inference-config';
import { createLocalEngine, type LocalInferenceEngine } from '../local-inference.engine';

/** Output the demo model can never end early: it must spell out exactly `length` characters. */
export function fixedLengthGrammar(length: number): string {
  return `root ::= [a-z ]{${length}}`;
}

/** A temp dir holding the demo model; the spec passes @medlocal/demo-model's `ensureDemoModel`. */
export async function withDemoModelDir(
  ensureDemoModel: (dir: string) => Promise<string>,
): Promise<{ dir: string; modelPath: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'medlocal-inference-'));
  const modelPath = await ensureDemoModel(dir);
  return { dir, modelPath, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function createDemoEngine(modelPath: string, overrides: Partial<InferenceEngineConfig> = {}): Promise<LocalInferenceEngine> {
  return createLocalEngine({ modelPath, gpu: false, threads: 1, parallel: 2, contextSize: 1024, ...overrides });
}
