import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Demo mode only: a key the operator did not configure is generated once into DATA_DIR (owner
 * read/write only) and reused on later starts, so sessions and enrolments survive a restart.
 */
export function loadOrCreateSecretFile(params: { dataDir: string; fileName: string; bytes: number }): { value: Buffer; created: boolean } {
  const file = path.join(params.dataDir, params.fileName);
  if (existsSync(file)) {
    const value = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (value.length !== params.bytes) throw new Error(`${file} does not hold a ${params.bytes}-byte hex key`);
    return { value, created: false };
  }
  mkdirSync(params.dataDir, { recursive: true });
  const value = randomBytes(params.bytes);
  writeFileSync(file, `${value.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { value, created: true };
}
