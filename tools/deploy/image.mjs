#!/usr/bin/env node
// Builds MedLocal's container images and saves them for an offline install.
//   npm run image:build -- [--variant cpu|cuda] [--engine podman|docker] [--base-image IMAGE] [--build-ca FILE] [--npm-cache DIR]
//   npm run image:save  -- [--variant cpu|cuda] [--engine podman|docker] [--out DIR]
// Tags: localhost/medlocal:<version>-<variant> (the app), localhost/medlocal-proxy:<version> (nginx) and
// localhost/medlocal-postgres:<PostgreSQL major> (PostgreSQL from Debian, for sites with no registry), <version>
// from package.json, plus <version>-<variant>-<short git revision> for traceability.
// image:save writes medlocal-<version>-<variant>.tar (the three images, for docker/podman load) and
// medlocal-<version>-<variant>.tar.sha256 (sha256sum -c format).
// --build-ca FILE: the CA certificate of a TLS-inspecting proxy on the way to the npm registry, trusted
// by the build stages only (copied into deploy/container/build-ca/ for this build, removed after).
// --npm-cache DIR (podman only): an npm cache (`npm config get cache`, e.g. from a machine that ran npm ci on this
// package-lock.json) the build's npm ci reads its packages from, so an air-gapped build needs no registry for them.
// Mounted as an overlay: the build's writes to it are thrown away, the folder is never changed. npm still checks every
// package against the lock file's integrity hash.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [command, ...rest] = process.argv.slice(2);
const options = new Map();
for (let i = 0; i < rest.length; i += 2) options.set(rest[i].replace(/^--/, ''), rest[i + 1]);
const variant = options.get('variant') ?? 'cpu';
if (!['cpu', 'cuda'].includes(variant)) fail(`--variant must be cpu or cuda (got ${variant})`);
const engine = options.get('engine') ?? (which('podman') ? 'podman' : which('docker') ? 'docker' : fail('neither podman nor docker is installed'));
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const revision = git(['rev-parse', 'HEAD']) ?? 'unknown';
const app = `localhost/medlocal:${version}-${variant}`;
const proxy = `localhost/medlocal-proxy:${version}`;
// The PostgreSQL major Debian 13 ships; deploy/compose/compose.yaml names the same tag.
const POSTGRES_MAJOR = '17';
const database = `localhost/medlocal-postgres:${POSTGRES_MAJOR}`;

if (command === 'build') build();
else if (command === 'save') await save();
else fail('usage: image.mjs build|save [--variant cpu|cuda] [--engine podman|docker] [--out DIR]');

function build() {
  const containerfile = path.join(root, 'deploy/container/Containerfile');
  const common = [
    'build',
    '-f',
    containerfile,
    '--build-arg',
    `VARIANT=${variant}`,
    '--build-arg',
    `VERSION=${version}`,
    '--build-arg',
    `REVISION=${revision}`,
  ];
  // podman writes OCI images by default, and the OCI format has no HEALTHCHECK: ask for the docker format.
  if (engine === 'podman') common.push('--ignorefile', `${containerfile}.dockerignore`, '--layers', '--format', 'docker');
  if (options.get('base-image')) common.push('--build-arg', `BASE_IMAGE=${options.get('base-image')}`);
  common.push(...npmCacheArguments(options.get('npm-cache')));
  const short = revision.slice(0, 12);
  const buildCa = options.get('build-ca');
  const copiedCa = buildCa ? path.join(root, 'deploy/container/build-ca/build-ca-from-image-mjs.crt') : undefined;
  if (buildCa) {
    if (!existsSync(buildCa)) fail(`--build-ca ${buildCa}: no such file`);
    copyFileSync(buildCa, copiedCa);
    // Removed however the build ends (a failed step exits the process).
    process.on('exit', () => rmSync(copiedCa, { force: true }));
  }
  step([...common, '--target', 'runtime', '-t', app, '-t', `${app}-${short}`, root]);
  step([...common, '--target', 'proxy', '-t', proxy, root]);
  step([...common, '--build-arg', `POSTGRES_MAJOR=${POSTGRES_MAJOR}`, '--target', 'database', '-t', database, root]);
  console.log(`Built ${app}, ${proxy} and ${database}`);
}

async function save() {
  const out = path.resolve(options.get('out') ?? path.join(root, 'dist/images'));
  mkdirSync(out, { recursive: true });
  const tar = path.join(out, `medlocal-${version}-${variant}.tar`);
  step(engine === 'podman' ? ['save', '--multi-image-archive', '-o', tar, app, proxy, database] : ['save', '-o', tar, app, proxy, database]);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(tar)) hash.update(chunk);
  writeFileSync(`${tar}.sha256`, `${hash.digest('hex')}  ${path.basename(tar)}\n`);
  console.log(`${tar}\n${tar}.sha256`);
}

/** The build's view of a local npm cache: /root/.npm, where npm ci (run as root in the build stages) looks first. */
function npmCacheArguments(folder) {
  if (folder === undefined) return [];
  if (engine !== 'podman') fail('--npm-cache needs podman (docker build mounts no volumes)');
  const cache = path.resolve(folder);
  if (!existsSync(path.join(cache, '_cacache'))) fail(`--npm-cache ${folder}: no npm cache there (no _cacache folder; npm config get cache names it)`);
  return ['--volume', `${cache}:/root/.npm:O`];
}

function step(args) {
  console.log(`$ ${engine} ${args.join(' ')}`);
  const result = spawnSync(engine, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`${engine} ${args[0]} failed (${result.status})`);
}
function which(binary) {
  return spawnSync('sh', ['-c', `command -v ${binary}`]).status === 0;
}
function git(args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return existsSync(path.join(root, '.git')) ? undefined : undefined;
  }
}
function fail(message) {
  console.error(message);
  process.exit(1);
}
