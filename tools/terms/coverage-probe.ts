// Lists which everyday clinician wordings MedLocal's term engine does not recognise, through the library's
// public API only: a quick check of dictionary coverage before adding concepts, synonyms or ward names.
//
// usage: node tools/run-ts.mjs tools/terms/coverage-probe.ts condition|lab|drug <list.txt>
//   lists: tools/terms/coverage/{conditions,labs,drugs}.txt (one wording per line, # starts a comment)
// Prints OK / PART (a shorter term inside was coded) / MISS per line, with what was read, and a count.
import { readFileSync } from 'node:fs';
import type { ExtractionResult } from '@medlocal/clinical-terms';

type Kind = 'condition' | 'lab' | 'drug';

function describeCondition(term: string, result: ExtractionResult): string {
  const mentions = result.concepts.filter((mention) => !mention.negated);
  const covered = mentions.some((mention) => mention.text.length >= term.length - 1);
  const status = covered ? 'OK' : mentions.length > 0 ? 'PART' : 'MISS';
  const read = mentions.map((mention) => `${mention.id}[${mention.text}] ${mention.icd11?.code ?? '-'}/${mention.icd10?.code ?? '-'}`);
  return `${status}\t${term}\t${read.join(', ')}`;
}

function describeEntities(kind: 'lab' | 'drug', term: string, result: ExtractionResult): string {
  const read = result.entities.flatMap((entity) => {
    if (kind === 'lab' && entity.type === 'lab') return [`${entity.labId} ${entity.value} ${entity.unit ?? '∅'}${entity.unitAssumed ? ' (assumed)' : ''}`];
    if (kind === 'drug' && entity.type === 'drug') return [entity.drugId];
    return [];
  });
  return `${read.length > 0 ? 'OK' : 'MISS'}\t${term}\t${read.join(', ')}`;
}

async function main(): Promise<void> {
  const [kind, file] = process.argv.slice(2) as [Kind | undefined, string | undefined];
  if ((kind !== 'condition' && kind !== 'lab' && kind !== 'drug') || file === undefined) {
    console.error('usage: node tools/run-ts.mjs tools/terms/coverage-probe.ts condition|lab|drug <list.txt>');
    process.exit(2);
  }
  const { shippedTermEngine } = await import('@medlocal/clinical-terms');
  const engine = shippedTermEngine();
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  let recognised = 0;
  for (const term of lines) {
    // A diagnosis is read inside a short impression line, as clinicians write it.
    const row = kind === 'condition' ? describeCondition(term, engine.extract(`Impression: ${term}.`)) : describeEntities(kind, term, engine.extract(term));
    if (row.startsWith('OK')) recognised++;
    console.log(row);
  }
  console.log(`${recognised}/${lines.length} recognised`);
}

await main();
