#!/usr/bin/env node
// The `typecheck` target: `tsc --noEmit` over each of a project's tsconfig files that names
// sources (tsconfig.lib.json, tsconfig.app.json, tsconfig.spec.json, or a lone tsconfig.json),
// so a type error in a spec fails CI even though vitest and esbuild only strip types.
//
// usage: node tools/ci/typecheck.mjs <projectRoot>
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const projectRoot = process.argv[2];
if (!projectRoot) {
  console.error('usage: node tools/ci/typecheck.mjs <projectRoot>');
  process.exit(2);
}

const tsconfigs = readdirSync(join(workspaceRoot, projectRoot))
  .filter((name) => /^tsconfig(\..+)?\.json$/.test(name))
  .map((name) => join(projectRoot, name))
  .filter((file) => !isSolutionFile(join(workspaceRoot, file)));
if (tsconfigs.length === 0) {
  console.error(`${projectRoot}: no tsconfig that names sources`);
  process.exit(1);
}

const tsc = join(workspaceRoot, 'node_modules', 'typescript', 'bin', 'tsc');
let failed = false;
for (const tsconfig of tsconfigs) {
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', tsconfig], { cwd: workspaceRoot, stdio: 'inherit' });
  console.log(`${relative(workspaceRoot, join(workspaceRoot, tsconfig))}: ${result.status === 0 ? 'ok' : 'type errors'}`);
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);

/** A solution-style tsconfig (`files: []`, only references) compiles nothing itself. */
function isSolutionFile(file) {
  const text = readFileSync(file, 'utf8');
  return /"files"\s*:\s*\[\s*\]/.test(text) && /"references"\s*:/.test(text);
}
