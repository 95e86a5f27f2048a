import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V12 } from './deid-gold-set-v12';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable, locateGoldSpans } from './gold-evaluation.util';

/**
 * Scored blind once: recall 0.835 (names 125/161), precision 0.962, 4 of 50 clinical items changed; on the code before
 * the round 0.807. After this round's later fixes (rare surnames, role words, form labels): 0.866. The spec holds that
 * level so no change loses it; the floors of the other sets (0.98) wait for the next round of names.
 */
describe('de-identification gold set v12 (outside held-out set 25, scored blind)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V12, sut);

  it('has annotations that point at real text', () => {
    for (const sentence of DEID_GOLD_SET_V12) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it('keeps the recall and precision this round reached', () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.86);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('changes no more clinical items than it did (relative weekdays, which MedLocal takes as dates, among them)', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V12, sut).length).toBeLessThanOrEqual(4);
  });
});
