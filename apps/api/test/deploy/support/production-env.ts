import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildDemoModel, DEMO_MODEL_NAME } from '@medlocal/demo-model';

const run = promisify(execFile);
export const WORKSPACE_ROOT = path.resolve(__dirname, '../../../../..');
export const SECRETS_TOOL = path.join(WORKSPACE_ROOT, 'tools/deploy/generate-secrets.mjs');

/**
 * A GGUF that is not the demo model, as production demands: the demo model's weights under another
 * `general.name` of the same length (MedGemma itself is 2.5 GB and not in CI).
 */
export const STAND_IN_MODEL_NAME = 'Site model stand-in (CI only).';

export async function writeStandInModel(folder: string): Promise<string> {
  if (STAND_IN_MODEL_NAME.length !== DEMO_MODEL_NAME.length) throw new Error('stand-in name must keep the header length');
  const bytes = buildDemoModel(42);
  const at = bytes.indexOf(Buffer.from(DEMO_MODEL_NAME, 'utf8'));
  if (at < 0) throw new Error('demo model name not found in its header');
  bytes.write(STAND_IN_MODEL_NAME, at, 'utf8');
  const file = path.join(folder, 'site-model.gguf');
  await writeFile(file, bytes);
  return file;
}

export async function writeDemoModel(folder: string): Promise<string> {
  const file = path.join(folder, 'medlocal-demo-42.gguf');
  await writeFile(file, buildDemoModel(42));
  return file;
}

/** Runs `npm run secrets`' script into `folder`; returns the variables of its secrets.env. */
export async function generateSecrets(folder: string, args: string[] = []): Promise<{ stdout: string; env: Record<string, string> }> {
  const { stdout } = await run(process.execPath, [SECRETS_TOOL, '--out', folder, ...args]);
  const env: Record<string, string> = {};
  for (const line of (await readFile(path.join(folder, 'secrets.env'), 'utf8')).split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line);
    if (match) env[match[1]] = match[2];
  }
  return { stdout, env };
}

/** Everything production needs, from generated secret files; bootstrap admin `it.chief`. */
export async function productionEnv(params: { secretsDir: string; modelFolder: string }): Promise<Record<string, string>> {
  const { env } = await generateSecrets(params.secretsDir);
  return {
    MEDLOCAL_MODE: 'production',
    ...env,
    ADMIN_USERNAME: 'it.chief',
    MODEL_PATH: await writeStandInModel(params.modelFolder),
    INFERENCE_CONTEXT_SIZE: '2048',
    INFERENCE_MAX_ANSWER_TOKENS: '64',
    INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
  };
}
