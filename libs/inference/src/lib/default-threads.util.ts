import { availableParallelism } from 'node:os';

/** Below this size (the generated demo model is under 1 MB) a second thread costs more than it computes. */
export const SMALL_MODEL_BYTES = 64 * 1024 * 1024;

/**
 * llama.cpp threads for CPU work when INFERENCE_THREADS is not set, chosen once llama.cpp has loaded, from the build
 * it runs (measured on a 2-core server, README "Benchmarks"):
 * - built with OpenMP (MedLocal's native build made at install): every logical core. On 2 cores, 2 threads against 1
 *   through the engine (190 M-parameter F16 model, quiet machine): first token of a 500-token prompt 1.04 s against
 *   1.79, one stream 80 tokens/s against 62, four streams 92 against 65.
 * - without OpenMP (node-llama-cpp's prebuilt binaries): cores minus one, leaving a core for Node's event loop,
 *   HTTP and the database. There, ggml's spinning threads fought Node for the cores: 2 threads on 2 cores decoded
 *   about 20x slower than 1, and node-llama-cpp's own default of at least 4 was slower still.
 * - a model under SMALL_MODEL_BYTES: cores minus one even with OpenMP. Its steps are so short that keeping a second
 *   thread in step dominates (demo model, 2 threads: first token 210 ms against 15, decode 0.4-0.9x).
 */
export function defaultThreadCount({
  logicalCores = availableParallelism(),
  openmp = false,
  modelBytes = Number.POSITIVE_INFINITY,
}: { logicalCores?: number; openmp?: boolean; modelBytes?: number } = {}): number {
  const cores = Math.max(1, Math.floor(logicalCores));
  return openmp && modelBytes >= SMALL_MODEL_BYTES ? cores : Math.max(1, cores - 1);
}
