import type { FromTurn, PatientProfile } from './patient-profile.model';
import type { TurnFacts } from './turn-facts.model';

/**
 * Folds one turn's facts into the profile. The newest statement of a fact wins and records
 * its turn; a fact first affirmed then denied (or the reverse) moves between the diagnosis
 * and denial lists, so the profile never holds both.
 */
export function mergeTurnFacts(profile: PatientProfile, turnFacts: TurnFacts, turnIndex: number): PatientProfile {
  const tag = <T extends object>(fact: T): FromTurn<T> => ({ ...fact, turn: turnIndex });
  const affirmed = turnFacts.diagnoses.filter((diagnosis) => !diagnosis.negated).map(tag);
  const denied = turnFacts.diagnoses.filter((diagnosis) => diagnosis.negated).map(tag);
  const deniedIds = new Set(denied.map((diagnosis) => diagnosis.id));
  const affirmedIds = new Set(affirmed.map((diagnosis) => diagnosis.id));

  return {
    age: turnFacts.age === undefined ? profile.age : { value: turnFacts.age, turn: turnIndex },
    sex: turnFacts.sex === undefined ? profile.sex : { value: turnFacts.sex, turn: turnIndex },
    diagnoses: upsert(
      profile.diagnoses.filter((diagnosis) => !deniedIds.has(diagnosis.id)),
      affirmed,
      (diagnosis) => diagnosis.id,
    ),
    deniedDiagnoses: upsert(
      profile.deniedDiagnoses.filter((diagnosis) => !affirmedIds.has(diagnosis.id)),
      denied,
      (diagnosis) => diagnosis.id,
    ),
    labs: upsert(profile.labs, turnFacts.labs.map(tag), (lab) => lab.id),
    drugs: upsert(profile.drugs, turnFacts.drugs.map(tag), (drug) => drug.id),
    allergies: upsert(profile.allergies, turnFacts.allergies.map(tag), (allergy) =>
      allergy.substance.trim().toLowerCase(),
    ),
    vitals: upsert(profile.vitals, turnFacts.vitals.map(tag), (vital) => vital.kind.trim().toLowerCase()),
    calculations: upsert(profile.calculations, turnFacts.calculations.map(tag), (calculation) => calculation.name),
  };
}

/** Replaces facts with the same key in place (the reader keeps their order) and appends new ones. */
function upsert<T>(existing: readonly T[], incoming: readonly T[], keyOf: (fact: T) => string): T[] {
  const merged = [...existing];
  for (const fact of incoming) {
    const position = merged.findIndex((candidate) => keyOf(candidate) === keyOf(fact));
    if (position >= 0) {
      merged[position] = fact;
    } else {
      merged.push(fact);
    }
  }
  return merged;
}
