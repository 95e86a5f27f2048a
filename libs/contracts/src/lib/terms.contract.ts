import type { LocalizedTextDto } from './localized-text.contract';

export interface ConceptCodes {
  readonly preferred: LocalizedTextDto;
  readonly icd11: { readonly code: string; readonly title?: string | null } | null;
  /** ICD-10 titles are not shipped (licence); null unless an overlay was imported. */
  readonly icd10: { readonly code: string; readonly title?: string | null } | null;
  /** SNOMED CT terms are not shipped (licence); null unless an overlay was imported. */
  readonly snomed: { readonly id: string; readonly term?: string | null } | null;
}

/** A concept found in a text, with its span (UTF-16 offsets, end exclusive). */
export interface ConceptMention extends ConceptCodes {
  readonly id?: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly negated?: boolean;
  readonly uncertain?: boolean;
  /** Said of a relative ("母亲有糖尿病"), not the patient. */
  readonly family?: boolean;
  readonly department?: string;
  /** 'symptom' for symptoms and signs, shown apart from diagnoses. */
  readonly category?: 'disease' | 'symptom';
  /** Symptoms only, where written ("突发" -> sudden). */
  readonly onset?: string | null;
  /** Symptoms only, where written ("胸痛2小时" -> 2 h). */
  readonly duration?: { readonly value: number; readonly unit: string; readonly text: string } | null;
}

interface EntitySpanDto {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type LabFlagDto = 'high' | 'low' | 'normal';

export type ClinicalEntityDto =
  | (EntitySpanDto & { readonly type: 'age'; readonly years: number })
  | (EntitySpanDto & { readonly type: 'sex'; readonly sex: 'male' | 'female' })
  | (EntitySpanDto & {
      readonly type: 'vital';
      readonly vital: string;
      readonly value?: number;
      readonly systolic?: number;
      readonly diastolic?: number;
      readonly unit: string;
    })
  | (EntitySpanDto & {
      readonly type: 'lab';
      readonly labId: string;
      readonly name: LocalizedTextDto;
      readonly value: number;
      readonly unit: string | null;
      readonly comparator?: string | null;
      readonly flag: LabFlagDto | null;
      /** A dipstick grade as written ("2+", "±"); `value` is then its ordinal. */
      readonly grade?: string;
      readonly referenceRange?: { readonly low: number | null; readonly high: number | null; readonly unit: string | null; readonly source: string } | null;
    })
  | (EntitySpanDto & {
      readonly type: 'drug';
      readonly drugId: string;
      readonly name: LocalizedTextDto;
      readonly dose: { readonly value: number; readonly unit: string } | null;
      readonly route: string | null;
      readonly frequency: string | null;
      /** Said not to be given ("no heparin given", "未用肝素"): never a current medication. */
      readonly negated?: boolean;
    })
  | (EntitySpanDto & { readonly type: 'anatomy'; readonly name: LocalizedTextDto; readonly snomed: string | null })
  | (EntitySpanDto & { readonly type: 'ecg'; readonly finding: string; readonly leads: readonly string[]; readonly negated: boolean });

export interface ExtractTermsRequest {
  readonly text: string;
}

export interface ExtractTermsResponse {
  readonly entities: readonly ClinicalEntityDto[];
  readonly concepts: readonly ConceptMention[];
}

/** One hit of `GET /api/terms/search?q=`: codes as bare strings, null where the dictionary has no mapping. */
export interface TermSearchResult {
  readonly id: string;
  /** condition, drug, lab, anatomy, … */
  readonly kind: string;
  readonly preferred: LocalizedTextDto;
  /** The surface form (or pinyin initials) that matched. */
  readonly matched: string;
  readonly matchedBy: 'name' | 'synonym' | 'abbreviation' | 'pinyin-initials';
  readonly score: number;
  readonly department: string | null;
  readonly codes: {
    readonly icd11: string | null;
    readonly icd10: string | null;
    readonly snomed: string | null;
    readonly atc: string | null;
    readonly loinc: string | null;
  };
}

export interface TermSearchResponse {
  readonly results: readonly TermSearchResult[];
}
