import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InferenceEngineConfig } from '../inference-config';
import { createLocalEngine, type LocalInferenceEngine } from '../local-inference.engine';

/** Output the demo model can never end early: it must spell out exactly `length` characters. */
export function fixedLengthGrammar(length: number): string {
  return `root ::= [a-z ]{${length}}`;
}

/**
 * A question whose answer is cut at exactly `tokens` tokens: its grammar asks for far more characters, so the demo model
 * can never end it early. Sampled at temperature 0.8 with `seed` (none: the engine picks one).
 */
export function fixedLengthAnswer(engine: LocalInferenceEngine, question: string, tokens: number, seed: number | undefined) {
  return engine.generate({
    messages: [{ role: 'user', content: question }],
    grammar: fixedLengthGrammar(tokens * 16),
    maxTokens: tokens,
    sampling: { temperature: 0.8, seed },
  });
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

/**
 * A demo engine for the enclosing describe block: created before its first test, disposed with its model folder
 * after its last. Call it inside `describe`; read the engine through the returned function in tests.
 */
export function useDemoEngine(ensureDemoModel: (dir: string) => Promise<string>, overrides: Partial<InferenceEngineConfig> = {}): () => LocalInferenceEngine {
  let modelDir: Awaited<ReturnType<typeof withDemoModelDir>> | undefined;
  let engine: LocalInferenceEngine | undefined;
  beforeAll(async () => {
    modelDir = await withDemoModelDir(ensureDemoModel);
    engine = await createDemoEngine(modelDir.modelPath, overrides);
  });
  afterAll(async () => {
    await engine?.dispose();
    await modelDir?.cleanup();
  });
  return () => {
    if (!engine) throw new Error('the demo engine is created in beforeAll');
    return engine;
  };
}
