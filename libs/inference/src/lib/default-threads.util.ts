import { availableParallelism } from 'node:os';

/**
 * llama.cpp threads for CPU work, for the API's config and for the engine alike. node-llama-cpp's
 * own default without a GPU is at least 4, which on a 2-core host made the demo model ~600x slower
 * than 1 thread (threads fight over cores and spin-wait). Cores minus one leaves a core for Node's
 * event loop, HTTP and the database. Logical cores (what the OS schedules): the count is known before
 * llama.cpp loads, so the config and status can show it.
 */
export function defaultThreadCount({ logicalCores = availableParallelism() }: { logicalCores?: number } = {}): number {
  return Math.max(1, Math.floor(logicalCores) - 1);
}
