/**
 * Starts MedLocal (the built API, embedded database) on one GGUF with every layer on the GPU, signs in as the first
 * administrator and prints what `/api/status` says about inference (`model`, `gpu`, `inferenceRuntime`): the GPU llama.cpp found, its memory, the layers
 * offloaded, the llama.cpp build and threads. The same fields an administrator reads in the console, checked on the
 * GPU server itself before the hospital's real model goes there.
 *
 * Run: node tools/run-ts.mjs tools/bench/gpu-kit/api-status.ts <model.gguf> [cuda|vulkan]
 * Writes bench-results/api-status-gpu.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { BUILT_API } from '../support/inference-node';
import { freePort, healthy, startProcess, waitUntil } from '../support/processes';

const [modelPath, gpu = 'cuda'] = process.argv.slice(2);

async function main(): Promise<void> {
  if (!modelPath) throw new Error('usage: api-status.ts <model.gguf> [cuda|vulkan]');
  const dataDir = await mkdtemp(join(os.tmpdir(), 'medlocal-gpu-status-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const admin = { username: 'gpu.check', password: `Gpu-Check-${randomBytes(9).toString('base64url')}` };
  const api = startProcess(process.execPath, [BUILT_API], {
    MEDLOCAL_MODE: 'demo',
    MODEL_PATH: modelPath,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ADMIN_USERNAME: admin.username,
    ADMIN_PASSWORD: admin.password,
    INFERENCE_GPU: gpu,
    INFERENCE_GPU_LAYERS: 'max',
    INFERENCE_THREADS: String(Math.min(8, os.availableParallelism())),
  });
  try {
    await waitUntil('MedLocal', healthy(baseUrl), api, { timeoutMs: 300_000 });
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    const { accessToken } = (await login.json()) as { accessToken?: string };
    if (!accessToken) throw new Error(`sign-in as ${admin.username} answered ${login.status}`);
    // The model loads in the background after start-up: wait until status says it is loaded (or failed).
    let status: Record<string, unknown> = {};
    const deadline = Date.now() + 300_000;
    for (;;) {
      const response = await fetch(`${baseUrl}/api/status`, { headers: { authorization: `Bearer ${accessToken}` } });
      status = (await response.json()) as Record<string, unknown>;
      const model = status['model'] as { loaded?: boolean; error?: string | null } | undefined;
      if (model?.loaded || model?.error || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const report = { date: new Date().toISOString(), modelPath, model: status['model'], gpu: status['gpu'], inferenceRuntime: status['inferenceRuntime'] };
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/api-status-gpu.json', `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await api.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
