import type { DecisionLimitResult } from './decision-limits';
import type { ReferenceSex } from '../dictionary/dictionary.types';

export type Sex = 'male' | 'female';

interface EntitySpan {
  /** Offsets in the original text, [start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A value the same message corrects ("更正:患者78岁,不是65岁", "65 yo, actually 78"): the replaced
 * value is `superseded` and the one that replaces it `correction`, so a profile keeps only the latter.
 */
interface Correctable {
  readonly superseded?: boolean;
  readonly correction?: boolean;
}

export interface AgeEntity extends EntitySpan, Correctable {
  readonly type: 'age';
  readonly years: number;
}

export interface SexEntity extends EntitySpan {
  readonly type: 'sex';
  readonly sex: Sex;
}

export type ScalarVitalKind = 'heart-rate' | 'temperature' | 'spo2' | 'respiratory-rate' | 'weight' | 'height';

export interface BloodPressureEntity extends EntitySpan {
  readonly type: 'vital';
  readonly vital: 'blood-pressure';
  readonly systolic: number;
  readonly diastolic: number;
  readonly unit: 'mmHg';
}

export interface ScalarVitalEntity extends EntitySpan {
  readonly type: 'vital';
  readonly vital: ScalarVitalKind;
  readonly value: number;
  /** bpm, °C, °F, %, breaths/min, kg, cm. */
  readonly unit: string;
}

export type VitalEntity = BloodPressureEntity | ScalarVitalEntity;

export type LabFlag = 'high' | 'low' | 'normal';

export interface AppliedReferenceRange {
  readonly sex: ReferenceSex;
  readonly low: number | null;
  readonly high: number | null;
  /** Always the lab's canonical unit (null for dimensionless tests). */
  readonly unit: string | null;
  readonly ageMin: number | null;
  readonly ageMax: number | null;
  readonly source: string;
}

export interface LabEntity extends EntitySpan, Correctable {
  readonly type: 'lab';
  readonly labId: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly loinc: string | null;
  readonly comparator: '<' | '>' | '<=' | '>=' | null;
  readonly value: number;
  /** As written; the canonical unit when none was written and `unitAssumed` is true. */
  readonly unit: string | null;
  readonly unitAssumed: boolean;
  /** null when the written unit is not one the dictionary can convert. */
  readonly canonicalValue: number | null;
  readonly canonicalUnit: string | null;
  readonly flag: LabFlag | null;
  readonly referenceRange: AppliedReferenceRange | null;
  /** Guideline decision limits (troponin URL, NT-proBNP rule-out, HbA1c diagnosis, LDL-C targets), each with its source. */
  readonly decisionLimits?: readonly DecisionLimitResult[];
  /** A semi-quantitative dipstick grade as written ("2+", "±"); `value` is then its ordinal (2, 0) and carries no unit. */
  readonly grade?: string;
}

export type DrugRoute = 'oral' | 'intravenous' | 'intramuscular' | 'subcutaneous' | 'inhalation' | 'sublingual' | 'topical' | 'transdermal';

export interface DrugEntity extends EntitySpan {
  readonly type: 'drug';
  readonly drugId: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly atc: string | null;
  /** `amount` as written ("5", "97/103"); `value` its first number. */
  readonly dose: { readonly amount: string; readonly value: number; readonly unit: string } | null;
  readonly route: DrugRoute | null;
  /** Normalised: qd, bid, tid, qid, qn, qod, qw, prn, stat, q<n>h. */
  readonly frequency: string | null;
  /** Said not to be given or taken ("no heparin given", "未用肝素", "否认服用阿司匹林"): never a current medication. */
  readonly negated: boolean;
}

export interface AnatomyEntity extends EntitySpan {
  readonly type: 'anatomy';
  readonly anatomyId: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly snomed: string | null;
}

export type EcgFinding = 'st-elevation' | 'st-depression' | 't-wave-inversion' | 'atrial-fibrillation-rhythm' | 'qt-prolongation';

export interface EcgEntity extends EntitySpan {
  readonly type: 'ecg';
  readonly finding: EcgFinding;
  /** Expanded: "V1-V4" -> V1, V2, V3, V4. */
  readonly leads: readonly string[];
  readonly negated: boolean;
}

export type ClinicalEntity = AgeEntity | SexEntity | VitalEntity | LabEntity | DrugEntity | AnatomyEntity | EcgEntity;

export type EntityType = ClinicalEntity['type'];
