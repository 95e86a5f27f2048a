import type {
  AllergyFact,
  CalculationFact,
  DiagnosisFact,
  DrugFact,
  EcgFact,
  FamilyHistoryFact,
  LabFact,
  PatientSex,
  SymptomFact,
  VitalFact,
} from './turn-facts.model';

/**
 * A fact plus the (1-based) conversation turn it was last stated in; `edited` when the clinician
 * then corrected its value in the profile (a later statement replaces it, edited or not).
 */
export type FromTurn<T> = T & { turn: number; edited?: boolean };

/**
 * The pinned patient profile of one conversation: everything the clinician has said about
 * the patient so far, newest value per fact. Immutable; `mergeTurnFacts` returns a new one.
 */
export interface PatientProfile {
  age: FromTurn<{ value: number }> | null;
  sex: FromTurn<{ value: PatientSex }> | null;
  /** Affirmed (possibly uncertain) diagnoses. */
  diagnoses: FromTurn<DiagnosisFact>[];
  /** Negated diagnoses, rendered as "否认 X" / "denies X", never as diagnoses. */
  deniedDiagnoses: FromTurn<DiagnosisFact>[];
  labs: FromTurn<LabFact>[];
  drugs: FromTurn<DrugFact>[];
  allergies: FromTurn<AllergyFact>[];
  vitals: FromTurn<VitalFact>[];
  calculations: FromTurn<CalculationFact>[];
  /** Symptoms and signs, newest statement per symptom. Optional: profiles saved before it lack it. */
  symptoms?: FromTurn<SymptomFact>[];
  /** Relatives' diseases, never the patient's diagnoses. */
  familyHistory?: FromTurn<FamilyHistoryFact>[];
  /** ECG findings, newest statement per finding and leads. Optional: profiles saved before it lack it. */
  ecgFindings?: FromTurn<EcgFact>[];
}

/** A fact a later statement replaced: what the meta event reports ("age 65 -> 78, turn 2"). */
export interface ReplacedFact {
  /** "age", "sex", or "lab:<id>". */
  fact: string;
  previous: number | string;
  current: number | string;
  /** The turn whose statement replaced it. */
  turn: number;
  /** True when the clinician said it was a correction ("更正", "actually"). */
  correction: boolean;
}

export function emptyPatientProfile(): PatientProfile {
  return {
    age: null,
    sex: null,
    diagnoses: [],
    deniedDiagnoses: [],
    labs: [],
    drugs: [],
    allergies: [],
    vitals: [],
    calculations: [],
    symptoms: [],
    familyHistory: [],
    ecgFindings: [],
  };
}
