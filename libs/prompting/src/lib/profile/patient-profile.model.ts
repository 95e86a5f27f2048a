import type {
  AllergyFact,
  CalculationFact,
  DiagnosisFact,
  DrugFact,
  LabFact,
  PatientSex,
  VitalFact,
} from './turn-facts.model';

/** A fact plus the (1-based) conversation turn it was last stated in. */
export type FromTurn<T> = T & { turn: number };

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
  };
}
