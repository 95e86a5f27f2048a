import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V13 } from './deid-gold-set-v13';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable, locateGoldSpans } from './gold-evaluation.util';

/**
 * Scored blind once (outside held-out set 40): strict recall 0.888, Safe Harbor recall (any class) 0.946, precision
 * 0.931, none of the 42 identifier-free items changed. Most strict misses are class conventions of the evaluator
 * (insurance numbers as other-id, the NHS number as mrn, where MedLocal and the earlier gold sets type them
 * social-security). After this round's fixes for it (towns after whom someone lives with, Malay and spaced beds, IHI and
 * medical card numbers, grouped IMEIs, Hong Kong and Singapore hospital acronyms, "Hospital X" after a comma, a Han name
 * after an English title, a birth year in Chinese numerals): strict 0.931, Safe Harbor 0.988, precision 0.937, none
 * changed. The spec holds that level so no change loses it.
 */
describe('de-identification gold set v13 (outside held-out set 40, scored blind)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V13, sut);

  it('has annotations that point at real text', () => {
    for (const sentence of DEID_GOLD_SET_V13) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it('keeps the recall and precision this round reached', () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.93);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.93);
  });

  it('changes none of the identifier-free items', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V13, sut)).toEqual([]);
  });
});
