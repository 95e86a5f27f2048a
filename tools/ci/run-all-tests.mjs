#!/usr/bin/env node
// `npm test`: format check, lint (module boundaries included), type-check (lib, app and spec tsconfigs) and every
// project's tests through Nx, then one closing line summed over all suites: `N passed, N failed`.
// Each vitest project writes its results as JSON into test-results/; lint and typecheck count as
// one check per project each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const resultsDir = join(root, 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };
const nx = (args, passThrough = [], runEnv = env) =>
  spawnSync('npx', ['nx', ...args, '--outputStyle=stream', '--skip-nx-cache', ...(passThrough.length ? ['--', ...passThrough] : [])], {
    cwd: root,
    env: runEnv,
    stdio: 'inherit',
  });

// Formatting of every project's code (Prettier, .prettierrc): one check.
const format = spawnSync('npm', ['run', '--silent', 'format:check'], { cwd: root, env, stdio: 'inherit' });
const lintProjects = listProjectsWithTarget('lint');
const lint = nx(['run-many', '-t', 'lint', '--parallel=2'], ['--max-warnings', '0']);
const typecheckProjects = listProjectsWithTarget('typecheck');
const typecheck = nx(['run-many', '-t', 'typecheck', '--parallel=2']);
// Test suites share two cores with llama.cpp and the databases: run them one project at a time. The container image
// check is left out of the API project's run: it has a step of its own below.
const { MEDLOCAL_TEST_CONTAINER: containerCheck, ...projectEnv } = env;
const tests = nx(['run-many', '-t', 'test', '--parallel=1'], [], projectEnv);
// The deployment image (deploy/container/Containerfile): built with podman and run the way the deployment guide runs
// it. It needs root podman and several minutes (podman's layer cache keeps the base image and npm ci), so it runs
// alone after every other suite, and only where MEDLOCAL_TEST_CONTAINER=1 says podman is there (.ci/run sets it).
const container =
  containerCheck === '1'
    ? spawnSync('npx', ['vitest', 'run', '-c', 'apps/api/vitest.config.mts', 'apps/api/test/deploy/container-image.integration-spec.ts'], {
        cwd: root,
        env: { ...env, MEDLOCAL_TEST_REPORT: '../../test-results/container-image.json' },
        stdio: 'inherit',
      })
    : { status: 0 };

let passed = 0;
let failed = 0;
for (const file of readdirSync(resultsDir).filter((name) => name.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? report.numFailedTestSuites ?? 0);
}
for (const [check, projects] of [
  [lint, lintProjects],
  [typecheck, typecheckProjects],
  [format, 1],
]) {
  if (check.status === 0) passed += projects;
  else failed += 1;
}
if ((tests.status !== 0 || container.status !== 0) && failed === 0) failed = 1; // a suite that crashed before reporting still fails the run

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && tests.status === 0 && container.status === 0 && lint.status === 0 && typecheck.status === 0 && format.status === 0 ? 0 : 1);

function listProjectsWithTarget(target) {
  const result = spawnSync('npx', ['nx', 'show', 'projects', '--with-target', target, '--json'], { cwd: root, env, encoding: 'utf8' });
  try {
    return JSON.parse(result.stdout).length;
  } catch {
    return 0;
  }
}
