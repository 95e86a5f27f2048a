import type { ConditionConcept } from '../dictionary/dictionary.types';
import { readAlbuminuriaGrade, readCkdStage, readNyhaClass, type CkdStage, type QualifierReading } from './condition-qualifiers';
import { readSiteAfter } from './site-after-term';

/** The dictionary concept each CKD stage codes to (GB61.0–GB61.5; stage 3 without a/b is GB61.Z with ICD-10 N18.3). */
const CKD_STAGE_CONCEPT: Record<CkdStage, string> = {
  '1': 'chronic-kidney-disease-stage-1',
  '2': 'chronic-kidney-disease-stage-2',
  '3': 'chronic-kidney-disease-stage-3',
  '3a': 'chronic-kidney-disease-stage-3a',
  '3b': 'chronic-kidney-disease-stage-3b',
  '4': 'chronic-kidney-disease-stage-4',
  '5': 'chronic-kidney-disease-stage-5',
};
const CKD_HEAD = 'chronic-kidney-disease';
const STAGED_CKD = new Set(Object.values(CKD_STAGE_CONCEPT));
/** Heart-failure concepts a NYHA class may follow; the class never changes the stem code. */
const HEART_FAILURE = new Set([
  'heart-failure',
  'congestive-heart-failure',
  'left-ventricular-failure',
  'right-ventricular-failure',
  'heart-failure-preserved-ejection-fraction',
  'heart-failure-mid-range-ejection-fraction',
  'heart-failure-reduced-ejection-fraction',
]);

export interface QualifiedCondition {
  readonly concept: ConditionConcept;
  readonly end: number;
  readonly qualifiers: QualifierReading['qualifiers'] | null;
}

/**
 * Reads the qualifier written after a condition and returns the concept it codes to: a CKD head
 * with a stage becomes that stage's concept; a NYHA class stays a qualifier of the same concept;
 * a site after a term with site subtypes becomes that subtype ("abdo pain RIF", "脑出血（右侧丘脑）").
 */
export function qualifyCondition(
  folded: string,
  concept: ConditionConcept,
  end: number,
  conceptById: (id: string) => ConditionConcept | undefined,
): QualifiedCondition {
  if (concept.id === CKD_HEAD) {
    const reading = readCkdStage(folded, end);
    const staged = reading?.qualifiers.ckdStage === undefined ? undefined : conceptById(CKD_STAGE_CONCEPT[reading.qualifiers.ckdStage]);
    if (reading !== null && staged !== undefined) return { concept: staged, end: reading.end, qualifiers: reading.qualifiers };
  } else if (STAGED_CKD.has(concept.id)) {
    const reading = readAlbuminuriaGrade(folded, end);
    if (reading !== null) return { concept, end: reading.end, qualifiers: reading.qualifiers };
  } else if (HEART_FAILURE.has(concept.id)) {
    const reading = readNyhaClass(folded, end);
    if (reading !== null) return { concept, end: reading.end, qualifiers: reading.qualifiers };
  } else {
    const site = readSiteAfter(folded, concept.id, end);
    const subtype = site === null ? undefined : conceptById(site.conceptId);
    if (site !== null && subtype !== undefined) return { concept: subtype, end: site.end, qualifiers: null };
  }
  return { concept, end, qualifiers: null };
}
