// MedLocal clinical-terms output snapshot: every extraction result of the engine over all gold sentences,
// the sentences the clinical-terms specs extract, generated discharge summaries and bench-style notes,
// one JSON line per input. A performance change to the engine must leave this file byte-identical.
//
// usage: node tools/run-ts.mjs tools/bench/terms-output-snapshot.ts <out.jsonl>
//        then compare two runs with `cmp` (or `diff` for the first differing input).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDischargeSummaries } from '@medlocal/batch-samples';

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const termsRoot = join(workspaceRoot, 'libs/clinical-terms/src');

/** Deterministic PRNG (mulberry32), the bench's, so notes are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function filesUnder(directory: string, suffix: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function goldSentences(): string[] {
  return filesUnder(join(termsRoot, 'gold'), '.json').flatMap((file) =>
    (JSON.parse(readFileSync(file, 'utf8')) as { sentences: { text: string }[] }).sentences.map((sentence) => sentence.text),
  );
}

/** String literals the specs hand to `extract(...)`: the edge cases each rule was written for. */
function specSentences(): string[] {
  const literal = /\bextract\(\s*(['"`])((?:\\.|(?!\1)[^\\\n])*)\1\s*\)/g;
  return filesUnder(termsRoot, '.spec.ts').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(literal)]
      .filter((match) => !match[2].includes('${'))
      .map((match) => JSON.parse(`"${match[2].replace(/"/g, '\\"').replace(/\\'/g, "'")}"`) as string),
  );
}

function benchNotes(sentences: readonly string[], count: number): string[] {
  const next = random(20260101);
  return Array.from({ length: count }, () => {
    const bytes = 64 + Math.floor(next() * 2048);
    const parts: string[] = [];
    let size = 0;
    while (size < bytes) {
      const sentence = sentences[Math.floor(next() * sentences.length)];
      parts.push(sentence);
      size += Buffer.byteLength(sentence) + 1;
    }
    const separator = ['。', '. ', ', ', '\n', ';'][Math.floor(next() * 5)];
    return parts.join(separator);
  });
}

const { shippedDictionary, shippedTermEngine } = await import('@medlocal/clinical-terms');
const gold = goldSentences();
const dictionary = shippedDictionary();
const summaries = [1, 2, 3, 4].flatMap((seed) =>
  generateDischargeSummaries({ count: 250, dictionary, seed, targetBytes: seed * 1024, englishShare: 0.4 }).map((summary) => summary.text),
);
const inputs = [...gold, ...gold.map((sentence) => sentence.toUpperCase()), ...specSentences(), ...summaries, ...benchNotes(gold, 1500)];

const engine = shippedTermEngine();
const lines = inputs.map((input) => JSON.stringify({ input, result: engine.extract(input) }));
const outFile = process.argv[2];
if (!outFile) throw new Error('usage: terms-output-snapshot.ts <out.jsonl>');
writeFileSync(outFile, `${lines.join('\n')}\n`);
console.log(`${inputs.length} inputs (${gold.length} gold sentences, ${summaries.length} discharge summaries) -> ${outFile}`);
