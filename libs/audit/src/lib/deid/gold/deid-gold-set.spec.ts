import { PHI_TYPES } from '../deid.types';
import { CLASSES_ADDED_WITH_GOLD_V7 } from './deid-gold-set-v7';
import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET } from './deid-gold-set';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable, locateGoldSpans } from './gold-evaluation.util';

const MIN_RECALL = 0.99;
const MIN_OVERALL_PRECISION = 0.9;

describe('de-identification gold set', () => {
  const sut = (text: string) => deidentify(text);
  const evaluation = evaluateGoldSet(DEID_GOLD_SET, sut);

  it('is large enough and covers every identifier class', () => {
    expect(DEID_GOLD_SET.length).toBeGreaterThanOrEqual(150);
    const annotated = new Set(DEID_GOLD_SET.flatMap((s) => s.spans.map((span) => span.type)));
    expect(PHI_TYPES.filter((type) => !CLASSES_ADDED_WITH_GOLD_V7.includes(type) && !annotated.has(type))).toEqual([]);
    expect(DEID_GOLD_SET.filter((s) => s.spans.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  it('has annotations that point at real text', () => {
    for (const sentence of DEID_GOLD_SET) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it(`reaches recall >= ${MIN_RECALL} for every class and precision >= ${MIN_OVERALL_PRECISION} overall`, () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    if (evaluation.misses.length) console.log('missed:', evaluation.misses);
    if (evaluation.falsePositives.length) console.log('false positives:', evaluation.falsePositives);
    for (const score of evaluation.perClass) {
      if (score.goldSpans > 0)
        expect({ type: score.type, recall: score.recall }).toEqual({ type: score.type, recall: expect.toSatisfy((r: number) => r >= MIN_RECALL) });
    }
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(MIN_OVERALL_PRECISION);
  });

  it('never changes the clinical sentences that carry no identifier', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET, sut)).toEqual([]);
  });
});
