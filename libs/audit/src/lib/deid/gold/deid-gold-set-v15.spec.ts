import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V15 } from './deid-gold-set-v15';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable, locateGoldSpans } from './gold-evaluation.util';

/**
 * Scored blind once (outside held-out set 43, code of commit 609b88f): 172 items (89 Chinese or mixed, 83 English),
 * 122 carry 342 identifiers, 50 carry none. Strict recall 0.863 (295/342), Safe Harbor recall (covered by findings of
 * any class) 0.909 (311/342), precision 0.942 (293/311), none of the 50 identifier-free items changed. What leaked:
 * insurance / member numbers (医保, 健保, Medicare, OHIP, group no.), UK hospital and NHS numbers and a Ghana folder
 * number, Chinese addresses without a leading label or cut at 2-3 / 之1, English towns after "in" or after a hospital,
 * names without a trigger (a surname–given list after "Ordering:", a hyphenated name before a phone, a nurse's
 * nickname in a WhatsApp, a Cantonese "Ah" name, a name that is also a common word such as 白露), ages > 89 after an
 * MRN or a date of birth, and a bare bank account after "A/c". This spec holds the blind level as a floor, so that no
 * change loses it; it is not a target.
 *
 * Then the class conventions every gold set from v13 on writes down were applied to the detectors (insurance and
 * health-plan numbers `other-id`, NHS, CHI and NHI numbers `mrn`, a PAN `other-id`; `identifier-classes.spec.ts`):
 * strict recall 0.889 (304/342), precision 0.971, Safe Harbor 0.912 (312/342: 医保个人编号 in four groups of four is
 * now taken whole). The floors hold that level.
 */
describe('de-identification gold set v15 (outside held-out set 43, scored blind)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V15, sut);

  it('has annotations that point at real text', () => {
    for (const sentence of DEID_GOLD_SET_V15) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it('keeps the recall and precision measured blind', () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.88);
    expect(evaluation.overall.safeHarborRecall).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.97);
  });

  it('changes none of the identifier-free items', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V15, sut)).toEqual([]);
  });
});
