#!/usr/bin/env node
/**
 * Downloads MedGemma 1.5 4B-IT (GGUF) for MedLocal with node-llama-cpp's own CLI.
 *
 * Usage (on a machine with internet access):
 *   node tools/model-pull.mjs [--dir ./models] [--quant Q4_K_M] [--url <hf url>]
 *
 * MedGemma is released under the Health AI Developer Foundations terms: accept them on the
 * model page on Hugging Face first, and set HF_TOKEN if the repository asks for a login.
 *
 * Air-gapped server: run this on a connected machine, copy the .gguf file (and its .sha256
 * printed below) to the server, e.g. /opt/medlocal/models/, and start MedLocal with
 *   MODEL_PATH=/opt/medlocal/models/<file>.gguf npm start
 * Nothing is downloaded at run time; without MODEL_PATH MedLocal runs a random-weight demo model.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// Community GGUF conversion of google/medgemma-1.5-4b-it. Check the repository name on huggingface.co
// before relying on it (it could not be verified offline); --url takes any other GGUF source.
const DEFAULT_REPOSITORY = 'unsloth/medgemma-1.5-4b-it-GGUF';
const DEFAULT_QUANT = 'Q4_K_M';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: './models' },
    quant: { type: 'string', default: DEFAULT_QUANT },
    url: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('node tools/model-pull.mjs [--dir ./models] [--quant Q4_K_M] [--url hf:<owner>/<repo>:<quant> | https://huggingface.co/...gguf]');
  process.exit(0);
}

const dir = resolve(values.dir);
const url = values.url ?? `hf:${DEFAULT_REPOSITORY}:${values.quant}`;
console.log(`Pulling ${url} into ${dir} ...`);
const before = new Set(safeList(dir));
const result = spawnSync('npx', ['--no', 'node-llama-cpp', 'pull', '--dir', dir, url], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error(`\nDownload failed (exit ${result.status ?? result.signal}). Check the URL, your network and HF_TOKEN for gated models.`);
  process.exit(result.status ?? 1);
}

const ggufFiles = safeList(dir).filter((file) => file.endsWith('.gguf'));
// A file already present with the right size is not downloaded again: then show what is there.
const fresh = ggufFiles.filter((file) => !before.has(file));
const downloaded = fresh.length > 0 ? fresh : ggufFiles;
for (const file of downloaded) {
  const path = join(dir, file);
  const sha256 = await hashFile(path);
  const gib = (statSync(path).size / 1024 ** 3).toFixed(2);
  console.log(`\n${path} (${gib} GiB)\nsha256 ${sha256}`);
}
console.log(`
Next:
  connected server:  MODEL_PATH=${downloaded[0] ? join(dir, downloaded[0]) : join(dir, '<file>.gguf')} npm start
  air-gapped server: copy the .gguf file to the server (e.g. /opt/medlocal/models/), check its sha256 there
                     (sha256sum <file>.gguf), then start MedLocal with MODEL_PATH pointing at it.`);

function safeList(path) {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function hashFile(path) {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolvePromise(hash.digest('hex')));
  });
}
