import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V5 } from './deid-gold-set-v5';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable, locateGoldSpans, weakClasses } from './gold-evaluation.util';

/**
 * Scored before the fixes it was written for: recall 0.485 (names 0.407, addresses 0.667, record numbers 0.875),
 * precision 0.917, three clinical sentences changed (患者雷鸣样头痛, 杜鹃花过敏史, 上官能力评估良好). After: 1.000,
 * precision 1.000, none changed — tuned on the set, so the "before" figure is the guide to unseen text.
 */
const MIN_OVERALL_RECALL = 0.98;
const MIN_CLASS_RECALL = 0.97;
const MIN_SPANS_FOR_CLASS_FLOOR = 10;
const MIN_OVERALL_PRECISION = 0.95;

describe('de-identification gold set v5 (word-like names, kin and role prefixes, familiar forms, romanised and Hong Kong names, building parts)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V5, sut);

  it('has annotations that point at real text', () => {
    for (const sentence of DEID_GOLD_SET_V5) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it(`keeps recall >= ${MIN_OVERALL_RECALL} overall, >= ${MIN_CLASS_RECALL} per well-populated class, precision >= ${MIN_OVERALL_PRECISION}`, () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    if (evaluation.misses.length) console.log('missed:', evaluation.misses);
    expect(weakClasses(evaluation, { minRecall: MIN_CLASS_RECALL, minSpans: MIN_SPANS_FOR_CLASS_FLOOR })).toEqual([]);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(MIN_OVERALL_RECALL);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(MIN_OVERALL_PRECISION);
  });

  it('never changes the clinical sentences that carry no identifier', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V5, sut)).toEqual([]);
  });
});
