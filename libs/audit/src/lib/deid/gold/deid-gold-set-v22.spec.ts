import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V22 } from './deid-gold-set-v22';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable } from './gold-evaluation.util';
import { runOutsideSetLayoutChecks } from './gold-set.spec-support';

/**
 * Outside held-out set 50: 128 items (48 Chinese, 48 English from about forty countries and territories, 32
 * identifier-free), 96 carry 1,562 identifiers. Scored blind once, on commit 340c2fd: strict recall 0.777, Safe Harbor
 * recall 0.819, precision 0.930; 4 of the 32 identifier-free items changed. The rules made from it next
 * (`dev-set-50.spec.ts`, `form-number-label.scanner.spec.ts`, `english-initials.spec.ts`), after an outside attack on
 * them, raised it to strict 0.823, Safe Harbor 0.842, precision 0.940, and none of the identifier-free items changes (no
 * longer blind). The rules made after it, in the round of set 51 (wards and beds, letterhead towns, care places, names in
 * person fields), raised it to strict 0.851, Safe Harbor 0.869. The floors hold that level.
 */
describe('de-identification gold set v22 (outside held-out set 50, scored blind)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V22, sut);

  it('reports the recall and precision measured blind', () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    console.log(`Safe Harbor recall: ${(evaluation.overall.safeHarborRecall * 100).toFixed(1)}%`);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.845);
    expect(evaluation.overall.safeHarborRecall).toBeGreaterThanOrEqual(0.86);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.935);
  });

  it('changes none of the identifier-free items', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V22, sut)).toEqual([]);
  });

  runOutsideSetLayoutChecks(DEID_GOLD_SET_V22, { chinese: 48, english: 48, identifierFree: 32, identifierFreeChinese: 16, identifiers: 1562 });
});
