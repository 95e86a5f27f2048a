import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V23 } from './deid-gold-set-v23';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable } from './gold-evaluation.util';
import { runOutsideSetLayoutChecks } from './gold-set.spec-support';

/**
 * Outside held-out set 51: 128 items of mainstream hospital records (48 Chinese from tertiary and city hospitals of 27
 * provinces, Taiwan, Hong Kong and Macau; 48 English from the US, the UK, Ireland, Australia, New Zealand, Canada,
 * Singapore, Malaysia, the Philippines, India, Pakistan and Africa; 32 identifier-free), 96 carry 1,600 identifiers.
 * Scored blind once, on commit 96e9eba: strict recall 0.874, Safe Harbor recall 0.914, precision 0.930; 5 of the 32
 * identifier-free items changed (Leopold manoeuvres, a brand before its dose, viruses in a list, an inhaler brand, a
 * ClinVar accession). The rules of `dev-set-51.spec.ts` and `chinese-labelled-person.scanner.spec.ts` raised it to
 * strict 0.899, Safe Harbor 0.939, precision 0.936, and none of the identifier-free items changes (no longer blind).
 * The floors hold that level.
 */
describe('de-identification gold set v23 (outside held-out set 51, scored blind)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V23, sut);

  it('reports the recall and precision measured blind', () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    console.log(`Safe Harbor recall: ${(evaluation.overall.safeHarborRecall * 100).toFixed(1)}%`);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.895);
    expect(evaluation.overall.safeHarborRecall).toBeGreaterThanOrEqual(0.935);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.93);
  });

  it('changes none of the identifier-free items', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V23, sut)).toEqual([]);
  });

  runOutsideSetLayoutChecks(DEID_GOLD_SET_V23, { chinese: 48, english: 48, identifierFree: 32, identifierFreeChinese: 16, identifiers: 1600 });
});
