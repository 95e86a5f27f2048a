#!/usr/bin/env node
/**
 * Runs a MedLocal TypeScript entry point (benchmarks, CLIs) without a build step:
 * bundles it with esbuild (workspace @medlocal/* paths from tsconfig.base.json, npm packages
 * left external) into tmp/run-ts/ and imports the result.
 * Usage: node tools/run-ts.mjs <file.ts> [args...]
 */
import { build } from 'esbuild';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const entryPath = resolve(entry);
const outfile = join(workspaceRoot, 'tmp', 'run-ts', `${basename(entryPath).replace(/\.[cm]?tsx?$/, '')}.mjs`);
await build({
  entryPoints: [entryPath],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: join(workspaceRoot, 'tsconfig.base.json'),
  sourcemap: 'inline',
  logLevel: 'warning',
});
// The entry sees its own path and arguments, as if run directly.
process.argv = [process.argv[0], entryPath, ...args];
await import(pathToFileURL(outfile).href);
