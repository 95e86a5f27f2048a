/** A unit a lab value may be reported in; canonical value = value * factor. */
export interface LabUnit {
  readonly unit: string;
  readonly factor: number;
}

export type ReferenceSex = 'male' | 'female' | 'any';

export interface ReferenceRange {
  readonly sex: ReferenceSex;
  readonly low: number | null;
  readonly high: number | null;
  /** null for dimensionless tests (pH, INR). */
  readonly unit: string | null;
  /** Age band in years the range applies to; null bound = open. */
  readonly ageMin: number | null;
  readonly ageMax: number | null;
  readonly source: string;
}

interface SurfaceForms {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly zhSynonyms: readonly string[];
  readonly enSynonyms: readonly string[];
  readonly abbreviations: readonly string[];
}

/** A symptom or sign (ICD-11 chapter 21 and the like) is shown apart from diagnoses. */
export type ConditionCategory = 'disease' | 'symptom';

export interface ConditionConcept extends SurfaceForms {
  readonly kind: 'condition';
  readonly department: string;
  readonly category: ConditionCategory;
  /** Abbreviations too ambiguous alone ("SBP": a blood pressure, "HIT"): read only as a query, right after "?". */
  readonly queryAbbreviations: readonly string[];
  readonly icd11: string | null;
  readonly icd10: string | null;
  readonly snomed: string | null;
}

export interface DrugConcept extends SurfaceForms {
  readonly kind: 'drug';
  readonly atc: string | null;
  /** Where the route changes the ATC code (oral vancomycin A07AA09, IV J01XA01): route -> code; `atc` when none is written. */
  readonly atcByRoute: Readonly<Record<string, string>>;
  readonly drugClass: string | null;
}

export interface LabTestConcept extends SurfaceForms {
  readonly kind: 'lab';
  readonly loinc: string | null;
  /** null for dimensionless or qualitative tests (INR, pH, dipstick). */
  readonly canonicalUnit: string | null;
  readonly units: readonly LabUnit[];
  readonly referenceRanges: readonly ReferenceRange[];
  readonly note: string | null;
}

export interface AnatomyConcept extends SurfaceForms {
  readonly kind: 'anatomy';
  readonly snomed: string | null;
}

export type DictionaryConcept = ConditionConcept | DrugConcept | LabTestConcept | AnatomyConcept;
export type ConceptKind = DictionaryConcept['kind'];

export interface Icd11TitleTable {
  readonly release: string;
  readonly source: string;
  readonly titles: Readonly<Record<string, string>>;
}

/** Everything the engine knows; immutable once built. */
export interface ClinicalDictionary {
  readonly conditions: readonly ConditionConcept[];
  readonly drugs: readonly DrugConcept[];
  readonly labTests: readonly LabTestConcept[];
  readonly anatomy: readonly AnatomyConcept[];
  readonly icd11Titles: Icd11TitleTable;
  /** ICD-10 titles are not shipped (licence); filled only by an imported overlay. */
  readonly icd10Titles: Readonly<Record<string, string>>;
  /** SNOMED CT preferred terms are not shipped (licence); filled only by an imported overlay. */
  readonly snomedTerms: Readonly<Record<string, string>>;
}
