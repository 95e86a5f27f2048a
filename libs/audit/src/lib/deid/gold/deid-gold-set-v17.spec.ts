import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V17 } from './deid-gold-set-v17';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable, locateGoldSpans } from './gold-evaluation.util';

/**
 * Outside held-out set 45: 140 items (70 Chinese, 70 English), 110 carry 432 identifiers, 30 carry none. Scored blind
 * twice, on the code before and after the change made beside it (towns after a facility and a comma as `address`,
 * towns later in a clause of living or working, spaced Chinese addresses), neither tuned on it:
 *  - commit f42f942: strict recall 0.815 (352/432), Safe Harbor recall 0.866 (374/432), precision 0.980;
 *  - with the change: strict 0.840 (363/432), Safe Harbor 0.868 (375/432), precision 0.981; addresses 23 → 34 of 63.
 * None of the 30 identifier-free items changed either time. The set splits a city + district prefix from the
 * institution after it (成都市武侯区…中心), as set 44 does; the detectors then took the whole as the organisation, so
 * those prefixes counted as strict misses and as found for Safe Harbor. After this set was seen, the detectors and the
 * older gold sets took up that convention (`city-district-before-institution.spec.ts`): strict 0.863 (373/432), Safe
 * Harbor 0.873, precision 0.981, no identifier-free item changed (no longer blind). The rules written from its misses
 * next (`dev-set-45.spec.ts`) raised it to strict 0.898 (388/432), precision 0.982. The floors hold that level.
 */
describe('de-identification gold set v17 (outside held-out set 45, scored blind)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V17, sut);

  it('has annotations that point at real text', () => {
    for (const sentence of DEID_GOLD_SET_V17) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it('keeps the recall and precision measured blind', () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.89);
    expect(evaluation.overall.safeHarborRecall).toBeGreaterThanOrEqual(0.89);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.98);
  });

  it('changes none of the identifier-free items', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V17, sut)).toEqual([]);
  });
});
