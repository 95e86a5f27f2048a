import type { LocalizedText } from '../common/localized-text.model';

/**
 * Facts extracted from one clinician message. The API maps the clinical-terms entities to
 * this shape; this library does not depend on the extractor.
 */
export interface TurnFacts {
  /** Age in years. */
  age?: number;
  sex?: PatientSex;
  diagnoses: DiagnosisFact[];
  labs: LabFact[];
  drugs: DrugFact[];
  allergies: AllergyFact[];
  vitals: VitalFact[];
  calculations: CalculationFact[];
  /** Symptoms and signs ("突发胸痛2小时"), kept apart from diagnoses. */
  symptoms?: SymptomFact[];
  /** A relative's disease ("兄患冠心病"): never one of the patient's diagnoses. */
  familyHistory?: FamilyHistoryFact[];
  /** ECG findings ("V1-V4导联ST段抬高"), affirmed or said to be absent. */
  ecg?: EcgFact[];
  /** Facts this message corrects ("更正:患者78岁,不是65岁"): which fact, and the value it replaced. */
  corrections?: CorrectionFact[];
}

export interface SymptomFact {
  /** Concept id; the merge key. */
  id: string;
  name: LocalizedText;
  icd11?: string;
  negated: boolean;
  uncertain: boolean;
  /** "sudden", "recurrent", ... where written. */
  onset?: string;
  /** As written, e.g. "2小时", "3 days". */
  duration?: string;
}

export interface FamilyHistoryFact {
  /** Concept id of the relative's condition; the merge key. */
  id: string;
  name: LocalizedText;
  icd11?: string;
  negated: boolean;
}

export interface EcgFact {
  /** The finding with its leads as the profile lists it, e.g. "st-elevation (V1, V2)"; the merge key. */
  id: string;
  /** The extractor's finding code, e.g. "st-elevation". */
  finding: string;
  leads: string[];
  negated: boolean;
}

export interface CorrectionFact {
  /** "age", or "lab:<id>". */
  fact: string;
  /** The value the correction replaced, as stated in the same message. */
  replaced: number | string;
}

export type PatientSex = 'male' | 'female';

export interface DiagnosisFact {
  /** Stable concept id from the term dictionary; the merge key. */
  id: string;
  name: LocalizedText;
  /** ICD-11 MMS code, only when the dictionary maps it; never guessed. */
  icd11?: string;
  icd10?: string;
  /** "否认糖尿病" / "no history of diabetes". */
  negated: boolean;
  /** "疑似" / "suspected". */
  uncertain: boolean;
  /** Said of a relative; the merge moves such a fact to family history, never to diagnoses. */
  family?: boolean;
}

export interface LabFact {
  /** Analyte id (e.g. "creatinine"); the merge key, so a later value replaces an earlier one. */
  id: string;
  /** Display name as the clinician wrote it, e.g. "肌酐". */
  name: string;
  value: number;
  unit: string;
  /** Against the reference interval the extractor applied; null when it had none. */
  flag: 'high' | 'low' | 'normal' | null;
}

export interface DrugFact {
  /** Drug id; the merge key. */
  id: string;
  name: string;
  dose?: number;
  unit?: string;
  /** e.g. "po", "iv". */
  route?: string;
  /** e.g. "qd", "bid". */
  frequency?: string;
}

export interface AllergyFact {
  substance: string;
}

export interface VitalFact {
  /** e.g. "BP", "HR", "T", "SpO2"; the merge key. */
  kind: string;
  /** Number, or text for compound values such as "150/90". */
  value: number | string;
  unit: string;
}

export interface CalculationFact {
  /** Including the formula, e.g. "eGFR(CKD-EPI 2021)"; the merge key. */
  name: string;
  value: number;
  unit: string;
  /** e.g. CKD "G3a". */
  stage?: string;
  /** Ids of the facts the value was computed from. */
  inputs: string[];
}

export function emptyTurnFacts(): TurnFacts {
  return { diagnoses: [], labs: [], drugs: [], allergies: [], vitals: [], calculations: [] };
}
