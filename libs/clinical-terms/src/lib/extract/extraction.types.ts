import type { ConditionCategory } from '../dictionary/dictionary.types';
import type { ClinicalEntity } from '../entities/entity.types';
import type { ConditionQualifiers } from '../qualifiers/condition-qualifiers';
import type { SymptomDuration, SymptomOnset } from './symptom-timing.util';

/** One condition mention, shaped as `POST /api/terms/extract` returns it (DESIGN.md). */
export interface ConceptMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly id: string;
  readonly negated: boolean;
  readonly uncertain: boolean;
  readonly family: boolean;
  readonly preferred: { readonly zh: string; readonly en: string };
  readonly icd11: { readonly code: string; readonly title: string | null } | null;
  /** ICD-10 titles are not shipped (licence); null unless an overlay was imported. */
  readonly icd10: { readonly code: string; readonly title: string | null } | null;
  /** SNOMED CT terms are not shipped (licence); null unless an overlay was imported. */
  readonly snomed: { readonly id: string; readonly term: string | null } | null;
  readonly department: string;
  /** 'symptom' for symptoms and signs (ICD-11 chapter 21 and the like), shown apart from diagnoses. */
  readonly category: ConditionCategory;
  /** Symptoms only, where written: "突发" -> sudden, "反复" -> recurrent. */
  readonly onset: SymptomOnset | null;
  /** Symptoms only, where written: "胸痛2小时" -> 2 h. */
  readonly duration: SymptomDuration | null;
  /** Where written: CKD stage and albuminuria grade, NYHA class (with WHO's codes for them). */
  readonly qualifiers?: ConditionQualifiers;
}

export interface ExtractionResult {
  readonly entities: readonly ClinicalEntity[];
  readonly concepts: readonly ConceptMention[];
}
