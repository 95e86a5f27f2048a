import { PHI_TYPES } from '../deid.types';
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

/** How an outside held-out set is laid out: its Chinese items, then its English ones, then the identifier-free ones. */
export interface OutsideSetLayout {
  readonly chinese: number;
  readonly english: number;
  readonly identifierFree: number;
  /** How many of the identifier-free items are Chinese. */
  readonly identifierFreeChinese: number;
  /** The identifiers annotated in all. */
  readonly identifiers: number;
}

/**
 * The checks of an outside held-out set's own make, inside its `describe`: the layout its header states, annotations that
 * point at real text, known classes, trimmed spans and valid occurrences, no overlapping spans or repeated items, and the
 * number of identifiers it carries.
 */
export function runOutsideSetLayoutChecks(set: readonly GoldSentence[], layout: OutsideSetLayout): void {
  const chinese = set.slice(0, layout.chinese);
  const english = set.slice(layout.chinese, layout.chinese + layout.english);
  const clinical = set.slice(layout.chinese + layout.english);
  const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

  it(`has ${layout.chinese} Chinese, ${layout.english} English and ${layout.identifierFree} identifier-free items, in that order`, () => {
    expect(set).toHaveLength(layout.chinese + layout.english + layout.identifierFree);
    expect(chinese.filter((s) => !hasHan(s.text))).toEqual([]);
    expect(english.filter((s) => hasHan(s.text))).toEqual([]);
    expect(clinical.filter((s) => s.spans.length > 0)).toEqual([]);
    expect([...chinese, ...english].filter((s) => s.spans.length === 0)).toEqual([]);
    expect(clinical.filter((s) => hasHan(s.text))).toHaveLength(layout.identifierFreeChinese);
  });

  it('has annotations that point at real text', () => {
    for (const sentence of set) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it('uses only known classes, trimmed non-empty span texts and valid occurrence indexes', () => {
    const known = new Set<string>(PHI_TYPES);
    for (const sentence of set) {
      for (const span of sentence.spans) {
        expect(known.has(span.type), `${span.type} in "${sentence.text}"`).toBe(true);
        expect(span.text.length).toBeGreaterThan(0);
        expect(span.text.trim()).toBe(span.text);
        if (span.occurrence !== undefined) expect(Number.isInteger(span.occurrence) && span.occurrence > 0).toBe(true);
      }
    }
  });

  it('has no overlapping spans and no duplicate items', () => {
    for (const sentence of set) {
      const located = locateGoldSpans(sentence).sort((a, b) => a.start - b.start);
      for (let i = 1; i < located.length; i++) expect(located[i].start, sentence.text).toBeGreaterThanOrEqual(located[i - 1].end);
    }
    expect(new Set(set.map((s) => s.text)).size).toBe(set.length);
  });

  it('counts the identifiers it carries', () => {
    expect(set.reduce((sum, s) => sum + s.spans.length, 0)).toBe(layout.identifiers);
  });
}
