// The Verhoeff check digit (dihedral group D5) that every SNOMED CT identifier carries. Its one
// implementation is libs/clinical-terms' `verhoeffValid`; the data checkers are plain node scripts,
// so this module bundles that TypeScript with esbuild (already installed, as for tools/run-ts.mjs).
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = await build({
  entryPoints: [join(workspaceRoot, 'libs/clinical-terms/src/lib/codes/code-validators.ts')],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
const { verhoeffValid } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

/** True when `digits` (a string of decimal digits) ends in a correct Verhoeff check digit. */
export function isVerhoeffValid(digits) {
  return verhoeffValid(String(digits));
}
