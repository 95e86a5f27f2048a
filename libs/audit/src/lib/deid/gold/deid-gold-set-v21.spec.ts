import { deidentify } from '../deidentifier';
import { DEID_GOLD_SET_V21 } from './deid-gold-set-v21';
import { changedClinicalSentences, evaluateGoldSet, formatEvaluationTable } from './gold-evaluation.util';
import { runOutsideSetLayoutChecks } from './gold-set.spec-support';

/**
 * Outside held-out set 49: 160 items (64 Chinese, 64 English from thirty countries and territories, 32 identifier-free),
 * 128 carry 1,865 identifiers. Scored blind once, on commit 746fbc0: strict recall 0.749, Safe Harbor recall 0.795,
 * precision 0.899; 11 of the 32 identifier-free items changed (transliterated eponyms of scales and a consensus, 蒙哥马利,
 * 艾森克, 马斯特里赫特; trade names and a herb, 伊可新, 潘高寿, 关木通; "2 周起" read as a name; Ella, Olive oil, Sweet Annie,
 * West Nile, Hong Kong Liver Cancer staging read as names; a second SNOMED CT code read as a record number).
 * The rules made from it next (`dev-set-49.spec.ts`; DICOM header dumps in `dicom-header.detector.ts`, FHIR JSON in
 * `fhir-resource.detector.ts`), after an outside attack on them, raised it to strict 0.784, Safe Harbor 0.828, precision
 * 0.913, and none of the identifier-free items changes (no longer blind); the rules from set 50 raised it to 0.815, 0.850
 * and 0.917. The floors hold that level.
 */
describe('de-identification gold set v21 (outside held-out set 49, scored blind)', () => {
  const sut = (text: string) => deidentify(text, { referenceYear: 2026 });
  const evaluation = evaluateGoldSet(DEID_GOLD_SET_V21, sut);

  it('reports the recall and precision measured blind', () => {
    console.log(`\n${formatEvaluationTable(evaluation)}`);
    console.log(`Safe Harbor recall: ${(evaluation.overall.safeHarborRecall * 100).toFixed(1)}%`);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.81);
    expect(evaluation.overall.safeHarborRecall).toBeGreaterThanOrEqual(0.845);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.91);
  });

  it('changes none of the identifier-free items', () => {
    expect(changedClinicalSentences(DEID_GOLD_SET_V21, sut)).toEqual([]);
  });

  runOutsideSetLayoutChecks(DEID_GOLD_SET_V21, { chinese: 64, english: 64, identifierFree: 32, identifierFreeChinese: 16, identifiers: 1865 });
});
