/**
 * llama.cpp threads for CPU work. node-llama-cpp's own default without a GPU is at least 4,
 * which on a 2-core host made the demo model ~600x slower than 1 thread (threads fight over
 * cores and spin-wait). Physical cores minus one leaves a core for Node's event loop and HTTP.
 */
export function defaultThreadCount({ physicalCores }: { physicalCores: number }): number {
  return Math.max(1, Math.floor(physicalCores) - 1);
}
