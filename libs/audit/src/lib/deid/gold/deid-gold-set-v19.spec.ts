import { PHI_TYPES } from '../deid.types';
import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V19 } from './deid-gold-set-v19';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable, locateGoldSpans } from './gold-evaluation.util';

/**
 * Outside held-out set 47: 150 items (60 Chinese, 60 English from seventeen countries, 30 identifier-free), 120 carry
 * 1,030 identifiers. Scored blind twice, on the code before and after the change made beside it (the rules of the
 * second half of `dev-set-46.spec.ts`), neither tuned on it:
 *  - commit 1517924: strict recall 0.791 (815/1,030), Safe Harbor recall 0.817, precision 0.937; 3 of the 30
 *    identifier-free items changed (a drug's brand in brackets, "New Wilson Index", "San Francisco syncope rule");
 *  - with the change: strict 0.793, Safe Harbor 0.818, precision 0.937, the same 3 items changed.
 * The rules written from its misses next (`dev-set-47.spec.ts`) raised it to strict 0.813 (837/1,030), Safe Harbor 0.839,
 * precision 0.944, and none of the identifier-free items changes (no longer blind). The floors hold that level.
 */
describe('de-identification gold set v19 (outside held-out set 47, scored blind)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V19, sut);

  it('reports the recall and precision measured blind', () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    console.log(`Safe Harbor recall: ${(evaluation.overall.safeHarborRecall * 100).toFixed(1)}%`);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.81);
    expect(evaluation.overall.safeHarborRecall).toBeGreaterThanOrEqual(0.83);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.94);
  });

  it('changes none of the identifier-free items', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V19, sut)).toEqual([]);
  });

  const chinese = DEID_GOLD_SET_V19.slice(0, 60);
  const english = DEID_GOLD_SET_V19.slice(60, 120);
  const clinical = DEID_GOLD_SET_V19.slice(120);
  const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

  it('has 60 Chinese, 60 English and 30 identifier-free items, in that order', () => {
    expect(DEID_GOLD_SET_V19).toHaveLength(150);
    expect(chinese.filter((s) => !hasHan(s.text))).toEqual([]);
    expect(english.filter((s) => hasHan(s.text))).toEqual([]);
    expect(clinical.filter((s) => s.spans.length > 0)).toEqual([]);
    expect([...chinese, ...english].filter((s) => s.spans.length === 0)).toEqual([]);
    expect(clinical.filter((s) => hasHan(s.text))).toHaveLength(15);
  });

  it('has annotations that point at real text', () => {
    for (const sentence of DEID_GOLD_SET_V19) expect(() => locateGoldSpans(sentence)).not.toThrow();
  });

  it('uses only known classes, trimmed non-empty span texts and valid occurrence indexes', () => {
    const known = new Set<string>(PHI_TYPES);
    for (const sentence of DEID_GOLD_SET_V19) {
      for (const span of sentence.spans) {
        expect(known.has(span.type), `${span.type} in "${sentence.text}"`).toBe(true);
        expect(span.text.length).toBeGreaterThan(0);
        expect(span.text.trim()).toBe(span.text);
        if (span.occurrence !== undefined) expect(Number.isInteger(span.occurrence) && span.occurrence > 0).toBe(true);
      }
    }
  });

  it('has no overlapping spans and no duplicate items', () => {
    for (const sentence of DEID_GOLD_SET_V19) {
      const located = locateGoldSpans(sentence).sort((a, b) => a.start - b.start);
      for (let i = 1; i < located.length; i++) expect(located[i].start, sentence.text).toBeGreaterThanOrEqual(located[i - 1].end);
    }
    expect(new Set(DEID_GOLD_SET_V19.map((s) => s.text)).size).toBe(DEID_GOLD_SET_V19.length);
  });

  it('counts the identifiers it carries', () => {
    const total = DEID_GOLD_SET_V19.reduce((sum, s) => sum + s.spans.length, 0);
    expect(total).toBe(1030);
  });
});
