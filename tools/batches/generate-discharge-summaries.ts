// MedLocal: writes synthetic discharge summaries (Chinese and English) with a known ground truth,
// for research-batch tests and benchmarks. Deterministic from a seed.
//
// usage: node tools/run-ts.mjs tools/batches/generate-discharge-summaries.ts --count 1000 [--seed 7]
//          [--format jsonl|csv] [--bytes 2000] --out summaries.jsonl [--truth truth.json]
import { writeFileSync } from 'node:fs';
import { generateDischargeSummaries, toCsv, toJsonl } from '@medlocal/batch-samples';

async function main(argv: readonly string[]): Promise<void> {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const out = value('out');
  if (!out) {
    console.error('usage: generate-discharge-summaries.ts --count N [--seed S] [--format jsonl|csv] [--bytes B] --out FILE [--truth FILE]');
    process.exit(2);
  }
  // Loaded lazily, as the other tools do, so this module stays importable without the dictionary.
  const { shippedDictionary } = await import('@medlocal/clinical-terms');
  const summaries = generateDischargeSummaries({
    dictionary: shippedDictionary(),
    count: Number(value('count') ?? 1000),
    seed: Number(value('seed') ?? 1),
    targetBytes: value('bytes') ? Number(value('bytes')) : undefined,
  });
  writeFileSync(out, value('format') === 'csv' ? toCsv(summaries) : toJsonl(summaries));
  const truth = value('truth');
  if (truth) writeFileSync(truth, JSON.stringify(summaries.map(({ index, department, truth: facts }) => ({ index, department, ...facts }))));
  console.log(`${summaries.length} summaries written to ${out}${truth ? `, ground truth to ${truth}` : ''}`);
}

if (process.argv[1]?.endsWith('generate-discharge-summaries.ts')) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
