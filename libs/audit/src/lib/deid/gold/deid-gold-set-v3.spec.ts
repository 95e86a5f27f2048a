import { PHI_TYPES } from '../deid.types';
import { CLASSES_ADDED_WITH_GOLD_V7 } from './deid-gold-set-v7';
import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V3 } from './deid-gold-set-v3';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable, locateGoldSpans, weakClasses } from './gold-evaluation.util';

/**
 * Floors, not the goal: scored before the name work this set was written for, recall was 0.899 (names
 * 0.872, Chinese 0.863, English 0.948) at precision 0.995; after it 0.987 (names 0.988) at 1.000. Issue 17
 * asks 0.99 overall; the misses left are names that are everyday words with no person context (雷鸣咳血,
 * 嘱谷雨) and a birth date in brackets with no label. Classes with fewer spans than MIN_SPANS_FOR_CLASS_FLOOR
 * count in the overall figure only: one miss in eight says little.
 */
const MIN_OVERALL_RECALL = 0.98;
const MIN_CLASS_RECALL = 0.97;
const MIN_SPANS_FOR_CLASS_FLOOR = 10;
const MIN_OVERALL_PRECISION = 0.95;
const HAN = /[\u4e00-\u9fa5]/;

describe('de-identification gold set v3 (names in every position, compound surnames, Pinyin, eponym surnames)', () => {
  const sut = (text: string) => deidentify(text);
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V3, sut);

  it('has at least 200 sentences, half Chinese, a third without trigger words', () => {
    expect(DEID_GOLD_SET_V3.length).toBeGreaterThanOrEqual(200);
    expect(DEID_GOLD_SET_V3.filter((s) => HAN.test(s.text)).length).toBeGreaterThanOrEqual(DEID_GOLD_SET_V3.length / 2);
    expect(DEID_GOLD_SET_V3.filter((s) => s.triggerFree).length).toBeGreaterThanOrEqual(DEID_GOLD_SET_V3.length / 3);
    expect(DEID_GOLD_SET_V3.filter((s) => s.spans.length === 0).length).toBeGreaterThanOrEqual(60);
    const annotated = new Set(DEID_GOLD_SET_V3.flatMap((s) => s.spans.map((span) => span.type)));
    expect(PHI_TYPES.filter((type) => !CLASSES_ADDED_WITH_GOLD_V7.includes(type) && !annotated.has(type))).toEqual([]);
  });

  it('has annotations that point at real text', () => {
    for (const sentence of DEID_GOLD_SET_V3) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it(`keeps recall >= ${MIN_OVERALL_RECALL} overall, >= ${MIN_CLASS_RECALL} per well-populated class, precision >= ${MIN_OVERALL_PRECISION}`, () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    if (evaluation.misses.length) console.log('missed:', evaluation.misses);
    if (evaluation.falsePositives.length) console.log('false positives:', evaluation.falsePositives);
    expect(weakClasses(evaluation, { minRecall: MIN_CLASS_RECALL, minSpans: MIN_SPANS_FOR_CLASS_FLOOR })).toEqual([]);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(MIN_OVERALL_RECALL);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(MIN_OVERALL_PRECISION);
  });

  it('never changes the clinical sentences that carry no identifier', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V3, sut)).toEqual([]);
  });
});
