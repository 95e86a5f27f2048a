import type { ClinicalEntity } from '../entities/entity.types';

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
}

export interface ExtractionResult {
  readonly entities: readonly ClinicalEntity[];
  readonly concepts: readonly ConceptMention[];
}
