import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const PRIVATE_DIRECTORY = 0o700;
/** Files MedLocal creates get 0600 (0666 less this mask), folders 0700. */
export const PRIVATE_UMASK = 0o077;

/**
 * DATA_DIR holds password hashes, the audit trail, keys and anchors: owner only. Creates the
 * folder 0700, and takes group and other access away from everything already in it (a 0755
 * folder becomes 0700, a 0644 file 0600); symbolic links are left alone. Returns what it changed
 * (or could not change), for the log.
 */
export function makeDataDirPrivate(params: { dataDir: string; extraFiles?: readonly string[] }): string[] {
  mkdirSync(params.dataDir, { recursive: true, mode: PRIVATE_DIRECTORY });
  const changed: string[] = [];
  const visit = (entry: string) => {
    const stats = lstatSync(entry, { throwIfNoEntry: false });
    if (!stats || stats.isSymbolicLink()) return;
    if ((stats.mode & 0o077) !== 0) {
      try {
        // Only group and other lose their bits; what the owner may do stays as it was.
        chmodSync(entry, stats.mode & 0o700);
        changed.push(`${entry} ${modeOf(stats.mode)} -> ${modeOf(lstatSync(entry).mode)}`);
      } catch (error) {
        // A read-only volume or a file owned by someone else: said in the log; start-up decides the rest.
        changed.push(`${entry} ${modeOf(stats.mode)} left as is (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    }
    if (stats.isDirectory()) for (const name of readdirSync(entry)) visit(path.join(entry, name));
  };
  visit(params.dataDir);
  for (const file of params.extraFiles ?? []) {
    if (!path.resolve(file).startsWith(path.resolve(params.dataDir) + path.sep)) visit(file);
  }
  return changed;
}

function modeOf(mode: number): string {
  return (mode & 0o777).toString(8).padStart(4, '0');
}
