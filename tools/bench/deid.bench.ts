/**
 * MedLocal de-identification throughput: how many MB/s of clinical text one core can redact.
 * Run: node tools/run-ts.mjs tools/bench/deid.bench.ts
 * Writes bench-results/deid.json for the benchmark report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deidentify } from '../../libs/audit/src/lib/deid';
import { DEID_GOLD_SET } from '../../libs/audit/src/lib/deid/gold/deid-gold-set';

const TARGET_CORPUS_BYTES = 4 * 1024 * 1024;
/** Typical note size: an admission note or discharge summary section, a few KB. */
const DOCUMENT_BYTES = 4 * 1024;
const GOAL_MB_PER_S = 2;

function buildDocuments(): string[] {
  const sentences = DEID_GOLD_SET.map((s) => s.text);
  const documents: string[] = [];
  let total = 0;
  let cursor = 0;
  while (total < TARGET_CORPUS_BYTES) {
    let document = '';
    while (Buffer.byteLength(document) < DOCUMENT_BYTES) {
      document += sentences[cursor % sentences.length] + (cursor % 7 === 0 ? '\n' : ' ');
      cursor++;
    }
    documents.push(document);
    total += Buffer.byteLength(document);
  }
  return documents;
}

export function measureDeidThroughput(): { megabytesPerSecond: number; bytes: number; seconds: number; findings: number } {
  const documents = buildDocuments();
  for (const document of documents.slice(0, 50)) deidentify(document); // warm up the JIT
  const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d), 0);
  let findings = 0;
  const started = process.hrtime.bigint();
  for (const document of documents) findings += deidentify(document).findings.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { megabytesPerSecond: bytes / (1024 * 1024) / seconds, bytes, seconds, findings };
}

const result = measureDeidThroughput();
const value = Number(result.megabytesPerSecond.toFixed(2));
console.log(
  `deid throughput: ${value} MB/s (${(result.bytes / 1048576).toFixed(1)} MB in ${result.seconds.toFixed(2)} s, ${result.findings} findings; goal >= ${GOAL_MB_PER_S})`,
);
const outputDirectory = join(process.cwd(), 'bench-results');
mkdirSync(outputDirectory, { recursive: true });
writeFileSync(
  join(outputDirectory, 'deid.json'),
  JSON.stringify([{ metric: 'deid throughput', value, unit: 'MB/s', goal: `>= ${GOAL_MB_PER_S}` }], null, 2) + '\n',
);
