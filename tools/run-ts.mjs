#!/usr/bin/env node
// Runs a TypeScript entry point with node: bundles it with esbuild (platform node, ESM,
// npm packages left external, workspace tsconfig paths resolved) into tmp/run-ts/ and
// imports the bundle. MedLocal has no ts-node/tsx; esbuild is already installed.
//
// usage: node tools/run-ts.mjs <file.ts> [args...]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}

const outDir = join(workspaceRoot, 'tmp', 'run-ts');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `${basename(entry).replace(/\.[cm]?ts$/, '')}-${process.pid}.mjs`);

await build({
  entryPoints: [resolve(entry)],
  outfile: outFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: join(workspaceRoot, 'tsconfig.base.json'),
  sourcemap: 'inline',
  logLevel: 'warning',
  // Bundled ESM has no require/__dirname; give CommonJS-minded dependencies both.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

process.argv = [process.argv[0], resolve(entry), ...args];
await import(pathToFileURL(outFile).href);
