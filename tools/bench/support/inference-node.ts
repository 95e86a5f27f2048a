import { join } from 'node:path';
import { startProcess, type StartedProcess } from './processes';

/** Where `npx nx build api` puts the API the benchmarks start. */
export const BUILT_API = join(process.cwd(), 'dist/apps/api/main.js');

export interface InferenceNodeSettings {
  dataDir: string;
  port: number;
  /** The GGUF the node serves; null: the generated demo model. */
  modelPath: string | null;
  serviceKey: string;
  threads: number;
  parallel: number;
  contextSize: number;
  maxAnswerTokens: number;
  maxConcurrentPerCaller: number;
  /** Extra environment (e.g. INFERENCE_API_KEYS_MAX_RUNNING). */
  env?: Record<string, string>;
}

/**
 * A MedLocal inference node (MEDLOCAL_ROLE=inference-node) on loopback for the benchmarks that compare nodes
 * (bench:fleet, bench:peer): CPU only, the threads and slots the bench names, a queue deep enough that the bench
 * never meets a 503, and a 16-token thought budget so answers are the bench's tokens.
 */
export function startInferenceNode(settings: InferenceNodeSettings): StartedProcess {
  return startProcess(process.execPath, [BUILT_API], {
    MEDLOCAL_MODE: 'demo',
    ...(settings.modelPath ? { MODEL_PATH: settings.modelPath } : {}),
    MEDLOCAL_ROLE: 'inference-node',
    MEDLOCAL_API_KEYS: settings.serviceKey,
    DATA_DIR: settings.dataDir,
    PORT: String(settings.port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    INFERENCE_GPU: 'cpu',
    INFERENCE_THREADS: String(settings.threads),
    INFERENCE_PARALLEL: String(settings.parallel),
    INFERENCE_QUEUE_MAX: '256',
    INFERENCE_MAX_CONCURRENT_PER_CALLER: String(settings.maxConcurrentPerCaller),
    INFERENCE_QUEUE_MAX_PER_CALLER: '256',
    INFERENCE_CONTEXT_SIZE: String(settings.contextSize),
    INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
    INFERENCE_MAX_ANSWER_TOKENS: String(settings.maxAnswerTokens),
    ...settings.env,
  });
}
