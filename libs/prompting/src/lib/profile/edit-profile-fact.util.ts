import { PromptingError, PromptingErrorCode } from '../common/prompting.error';
import type { FromTurn, PatientProfile } from './patient-profile.model';
import type { DiagnosisFact } from './turn-facts.model';

/** The facts of a profile a clinician can remove; `key` names one fact of a list (see `editProfileFact`). */
export type ProfileFactKind = 'age' | 'sex' | 'diagnosis' | 'deniedDiagnosis' | 'symptom' | 'lab' | 'drug' | 'allergy' | 'vital' | 'familyHistory' | 'ecg';

/**
 * One clinician's edit of the pinned profile. Values read off a chart are corrected in place (age,
 * sex, a lab value, a vital sign, a drug's dose). A diagnosis is corrected by naming another one:
 * the caller resolves the name with the term dictionary into `replacement`, so its codes never come
 * from what was typed. Symptoms, allergies, family history and ECG findings are removed and stated
 * again in a question.
 */
export type ProfileFactEdit =
  | { readonly operation: 'remove'; readonly kind: ProfileFactKind; readonly key?: string }
  | {
      readonly operation: 'correct';
      readonly kind: ProfileFactKind;
      readonly key?: string;
      readonly value: number | string;
      /** A diagnosis correction: the dictionary's concept for `value`; absent when it named none. */
      readonly replacement?: DiagnosisFact;
    };

export const MAX_PROFILE_AGE_YEARS = 130;
/**
 * No lab result or dose a clinician writes reaches a billion in its own unit (the largest are viral loads,
 * ~10^9 copies/mL, and penicillin in million units): a larger number is a typing error, and it would feed the
 * calculations (a creatinine of 1e308 makes the eGFR 0, stage G5).
 */
export const MAX_PROFILE_MEASURE = 1e9;
const BLOOD_PRESSURE = /^(\d{2,3})\/(\d{2,3})$/;

/**
 * The profile after one edit. Keys: the concept, lab or drug id for those lists, the substance of an
 * allergy and the kind of a vital sign (both compared without case); age and sex take none. A corrected
 * fact keeps the turn it came from and is marked `edited`; a lab loses its high/low flag, which was
 * worked out for the old value. Throws `PromptingError` naming what is wrong; never echoes the value.
 */
export function editProfileFact(profile: PatientProfile, edit: ProfileFactEdit): PatientProfile {
  return edit.operation === 'remove' ? removeFact(profile, edit.kind, edit.key) : correctFact(profile, edit);
}

function removeFact(profile: PatientProfile, kind: ProfileFactKind, key: string | undefined): PatientProfile {
  switch (kind) {
    case 'age':
      present(profile.age, kind);
      return { ...profile, age: null };
    case 'sex':
      present(profile.sex, kind);
      return { ...profile, sex: null };
    case 'diagnosis':
      return { ...profile, diagnoses: without(profile.diagnoses, kind, key, (fact) => fact.id) };
    case 'deniedDiagnosis':
      return { ...profile, deniedDiagnoses: without(profile.deniedDiagnoses, kind, key, (fact) => fact.id) };
    case 'symptom':
      return { ...profile, symptoms: without(profile.symptoms ?? [], kind, key, (fact) => fact.id) };
    case 'lab':
      return { ...profile, labs: without(profile.labs, kind, key, (fact) => fact.id) };
    case 'drug':
      return { ...profile, drugs: without(profile.drugs, kind, key, (fact) => fact.id) };
    case 'allergy':
      return { ...profile, allergies: without(profile.allergies, kind, key, (fact) => fold(fact.substance)) };
    case 'vital':
      return { ...profile, vitals: without(profile.vitals, kind, key, (fact) => fold(fact.kind)) };
    case 'familyHistory':
      return { ...profile, familyHistory: without(profile.familyHistory ?? [], kind, key, (fact) => fact.id) };
    case 'ecg':
      return { ...profile, ecgFindings: without(profile.ecgFindings ?? [], kind, key, (fact) => fold(fact.id)) };
  }
}

function correctFact(profile: PatientProfile, edit: Extract<ProfileFactEdit, { operation: 'correct' }>): PatientProfile {
  const { kind, key, value } = edit;
  switch (kind) {
    case 'age': {
      const age = present(profile.age, kind);
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PROFILE_AGE_YEARS) {
        throw invalid(`age must be whole years from 0 to ${MAX_PROFILE_AGE_YEARS}`);
      }
      return { ...profile, age: { value, turn: age.turn, edited: true } };
    }
    case 'sex': {
      const sex = present(profile.sex, kind);
      if (value !== 'male' && value !== 'female') throw invalid('sex must be male or female');
      return { ...profile, sex: { value, turn: sex.turn, edited: true } };
    }
    case 'lab': {
      const lab = find(profile.labs, kind, key, (fact) => fact.id);
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_PROFILE_MEASURE)
        throw invalid(`lab ${lab.id} must be a positive number up to ${MAX_PROFILE_MEASURE} in ${lab.unit || 'its unit'}`);
      return { ...profile, labs: replace(profile.labs, lab, { ...lab, value, flag: null, edited: true }) };
    }
    case 'vital': {
      const vital = find(profile.vitals, kind, key, (fact) => fold(fact.kind));
      return { ...profile, vitals: replace(profile.vitals, vital, { ...vital, value: vitalValue(vital, value), edited: true }) };
    }
    case 'drug': {
      const drug = find(profile.drugs, kind, key, (fact) => fact.id);
      // A dose means something only in its unit: a drug named without one takes no bare number.
      if (!drug.unit) throw invalid(`the dose of ${drug.id} cannot be corrected: no unit was stated with it; state the dose in a question`);
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_PROFILE_MEASURE)
        throw invalid(`the dose of ${drug.id} must be a positive number up to ${MAX_PROFILE_MEASURE} in ${drug.unit}`);
      return { ...profile, drugs: replace(profile.drugs, drug, { ...drug, dose: value, edited: true }) };
    }
    case 'diagnosis': {
      const diagnosis = find(profile.diagnoses, kind, key, (fact) => fact.id);
      const replacement = edit.replacement;
      if (replacement === undefined) throw invalid('the corrected diagnosis must be one the term dictionary knows');
      if (replacement.id !== diagnosis.id && profile.diagnoses.some((fact) => fact.id === replacement.id)) {
        throw invalid('the corrected diagnosis is already in the profile: remove this one instead');
      }
      const corrected = {
        id: replacement.id,
        name: replacement.name,
        icd11: replacement.icd11,
        icd10: replacement.icd10,
        negated: false,
        uncertain: replacement.uncertain,
        turn: diagnosis.turn,
        edited: true,
      };
      return {
        ...profile,
        diagnoses: replace(profile.diagnoses, diagnosis, corrected),
        deniedDiagnoses: profile.deniedDiagnoses.filter((fact) => fact.id !== replacement.id),
      };
    }
    case 'deniedDiagnosis':
    case 'symptom':
    case 'allergy':
    case 'familyHistory':
    case 'ecg':
      throw new PromptingError(
        PromptingErrorCode.ProfileFactNotCorrectable,
        `a ${kind} cannot be corrected in place: remove it and state it again in a question (age, sex, lab, vital, drug dose and diagnosis can be corrected)`,
        { kind },
      );
  }
}

/** A vital keeps its shape: a number stays a positive number, a blood pressure stays "systolic/diastolic". */
function vitalValue(vital: FromTurn<{ kind: string; value: number | string }>, value: number | string): number | string {
  if (typeof vital.value === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw invalid(`vital ${vital.kind} must be a positive number`);
    return value;
  }
  const pressure = typeof value === 'string' ? BLOOD_PRESSURE.exec(value.trim()) : null;
  if (!pressure || Number(pressure[1]) <= Number(pressure[2])) throw invalid(`vital ${vital.kind} must be systolic/diastolic, e.g. 120/80`);
  return `${pressure[1]}/${pressure[2]}`;
}

function present<T>(fact: T | null, kind: ProfileFactKind): T {
  if (fact === null) throw notFound(`the profile has no ${kind}`, kind);
  return fact;
}

function find<T>(facts: readonly T[], kind: ProfileFactKind, key: string | undefined, keyOf: (fact: T) => string): T {
  if (key === undefined || key.trim() === '') throw invalid(`key is required for a ${kind}: the id or name the profile lists`);
  const found = facts.find((fact) => keyOf(fact) === fold(key) || keyOf(fact) === key);
  if (found === undefined) throw notFound(`the profile has no ${kind} with that key`, kind);
  return found;
}

function without<T>(facts: readonly T[], kind: ProfileFactKind, key: string | undefined, keyOf: (fact: T) => string): T[] {
  const found = find(facts, kind, key, keyOf);
  return facts.filter((fact) => fact !== found);
}

function replace<T>(facts: readonly T[], old: T, next: T): T[] {
  return facts.map((fact) => (fact === old ? next : fact));
}

function fold(text: string): string {
  return text.trim().toLowerCase();
}

function invalid(message: string): PromptingError {
  return new PromptingError(PromptingErrorCode.ProfileValueInvalid, message);
}

function notFound(message: string, kind: ProfileFactKind): PromptingError {
  return new PromptingError(PromptingErrorCode.ProfileFactNotFound, message, { kind });
}
