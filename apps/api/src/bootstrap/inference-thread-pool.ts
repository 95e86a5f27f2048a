/**
 * llama.cpp's CPU decode and sampling run as libuv thread-pool work, and with OpenMP (MedLocal's native build) every
 * pool thread that calls a decode keeps a thread team of its own. With Node's default of four pool threads, steps hop
 * between callers, and the teams left idle spin on the cores the running step needs. A process that does little else
 * with the pool runs better with one pool thread: every step on one team, as in llama.cpp's own server. Measured on 2
 * cores at 2 threads (raw node-llama-cpp, bench:peer model, alternating runs): one stream +15-25 % with Q4_K_M weights
 * (153-193 against 131-155 tokens/s) and +10-15 % in F16, four streams +7 %.
 *
 * Only an inference node takes it by default: the full MedLocal hashes passwords (scrypt) and reads files on the pool,
 * and one slow job there would hold every answer's next step. A hung read would stop a node's answers as well, which
 * the stall check reports (`/api/node-status`). An operator's own UV_THREADPOOL_SIZE always wins.
 */
export function inferenceThreadPoolSize(env: NodeJS.ProcessEnv): string | null {
  if (env['UV_THREADPOOL_SIZE'] !== undefined) return null;
  if (env['MEDLOCAL_ROLE'] !== 'inference-node' || env['INFERENCE_REMOTE_URL']) return null;
  return '1';
}
