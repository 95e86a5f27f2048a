import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V4 } from './deid-gold-set-v4';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable, locateGoldSpans, weakClasses } from './gold-evaluation.util';

/**
 * Scored before the fixes it was written for: recall 0.524 (names 0.569, addresses 0.100, dates 0.500, phones
 * 0.727), precision 0.961, one clinical sentence changed (由长孙陪同). After: 0.988 (the miss left: an unlisted
 * given name after a surname in capitals, "NOWAK Katarzyna"), precision 1.000, none changed.
 */
const MIN_OVERALL_RECALL = 0.98;
const MIN_CLASS_RECALL = 0.97;
const MIN_SPANS_FOR_CLASS_FLOOR = 10;
const MIN_OVERALL_PRECISION = 0.95;

describe('de-identification gold set v4 (capitals, kinship, relatives lists, split addresses, foreign phones, month names)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V4, sut);

  it('has annotations that point at real text', () => {
    for (const sentence of DEID_GOLD_SET_V4) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it(`keeps recall >= ${MIN_OVERALL_RECALL} overall, >= ${MIN_CLASS_RECALL} per well-populated class, precision >= ${MIN_OVERALL_PRECISION}`, () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    if (evaluation.misses.length) console.log('missed:', evaluation.misses);
    expect(weakClasses(evaluation, { minRecall: MIN_CLASS_RECALL, minSpans: MIN_SPANS_FOR_CLASS_FLOOR })).toEqual([]);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(MIN_OVERALL_RECALL);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(MIN_OVERALL_PRECISION);
  });

  it('never changes the clinical sentences that carry no identifier', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V4, sut)).toEqual([]);
  });
});
