import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FILE_NAME = 'common-passwords.txt';
let cached: ReadonlySet<string> | undefined;

/**
 * The bundled list, read once. Looked up next to this module (sources, tests), in the bundle's
 * `assets/` folder (webpack build) and from the workspace root (the admin CLI bundle).
 */
export function loadCommonPasswords(): ReadonlySet<string> {
  if (cached) return cached;
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  const candidates = [
    ...(here ? [path.join(here, FILE_NAME), path.join(here, 'assets', FILE_NAME)] : []),
    path.resolve('apps/api/src/accounts/password', FILE_NAME),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(`The common-password list (${FILE_NAME}) is missing; looked in ${candidates.join(', ')}`);
  }
  const lines = readFileSync(found, 'utf8').split('\n');
  cached = new Set(lines.map((line) => line.trim().toLowerCase()).filter((line) => line && !line.startsWith('#')));
  return cached;
}
