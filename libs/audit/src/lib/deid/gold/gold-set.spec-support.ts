import { deidentify } from '../deidentifier';
import type { GoldSentence } from './deid-gold-set';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable, locateGoldSpans, weakClasses } from './gold-evaluation.util';

/** The floors every gold set from v4 on is held to. */
export const GOLD_SET_FLOORS = { minOverallRecall: 0.98, minClassRecall: 0.97, minSpansForClassFloor: 10, minOverallPrecision: 0.95 } as const;

/**
 * The checks every gold set from v4 on runs, inside its own `describe`: its annotations point at real text; recall and
 * precision stay above the floors overall and per well-populated class; no clinical sentence changes; and, where asked,
 * a name takes neither the word after it (王强陪同 takes 王强) nor the word before it (由王医生 takes 王).
 */
export function runGoldSetChecks(set: readonly GoldSentence[], options: { nameBoundaries?: 'after' | 'both' } = {}): void {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const floors = GOLD_SET_FLOORS;
  const evaluation = evaluateGoldSet(set, sut);
  const namesCrossing = (crosses: (finding: { start: number; end: number }, span: { start: number; end: number }) => boolean) =>
    set.flatMap((sentence) =>
      locateGoldSpans(sentence)
        .filter((span) => span.type === 'name')
        .filter((span) => sut(sentence.text).findings.some((finding) => finding.type === 'name' && crosses(finding, span)))
        .map(() => sentence.text),
    );

  it('has annotations that point at real text', () => {
    for (const sentence of set) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it(`keeps recall >= ${floors.minOverallRecall} overall, >= ${floors.minClassRecall} per well-populated class, precision >= ${floors.minOverallPrecision}`, () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    if (evaluation.misses.length) console.log('missed:', evaluation.misses);
    expect(weakClasses(evaluation, { minRecall: floors.minClassRecall, minSpans: floors.minSpansForClassFloor })).toEqual([]);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(floors.minOverallRecall);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(floors.minOverallPrecision);
  });

  if (options.nameBoundaries) {
    it('never lets a name run into the word after it (王强陪同 takes 王强)', () => {
      expect(namesCrossing((finding, span) => finding.start < span.end && finding.end > span.end)).toEqual([]);
    });
  }

  if (options.nameBoundaries === 'both') {
    it('never takes the word in front of a name (由王医生 takes 王)', () => {
      expect(namesCrossing((finding, span) => finding.start < span.start && finding.end > span.start)).toEqual([]);
    });
  }

  it('never changes the clinical sentences that carry no identifier', () => {
    expect(changedClinicalSentences(set, sut)).toEqual([]);
  });
}
