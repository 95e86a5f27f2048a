import type { FromTurn, PatientProfile, ReplacedFact } from './patient-profile.model';
import type { DiagnosisFact, FamilyHistoryFact, TurnFacts } from './turn-facts.model';

/**
 * Folds one turn's facts into the profile. The newest statement of a fact wins and records
 * its turn; a fact first affirmed then denied (or the reverse) moves between the diagnosis
 * and denial lists, so the profile never holds both. A relative's disease goes to family
 * history and never to diagnoses, whatever the caller passed.
 */
export function mergeTurnFacts(profile: PatientProfile, turnFacts: TurnFacts, turnIndex: number): PatientProfile {
  return mergeTurnFactsWithChanges(profile, turnFacts, turnIndex).profile;
}

/** `mergeTurnFacts`, also saying which earlier facts the turn replaced (for the meta event). */
export function mergeTurnFactsWithChanges(
  profile: PatientProfile,
  turnFacts: TurnFacts,
  turnIndex: number,
): { profile: PatientProfile; replaced: ReplacedFact[] } {
  const tag = <T extends object>(fact: T): FromTurn<T> => ({ ...fact, turn: turnIndex });
  const own = turnFacts.diagnoses.filter((diagnosis) => diagnosis.family !== true);
  const relatives: FamilyHistoryFact[] = [
    ...(turnFacts.familyHistory ?? []),
    ...turnFacts.diagnoses.filter((diagnosis) => diagnosis.family === true).map(toFamilyHistory),
  ];
  const affirmed = own.filter((diagnosis) => !diagnosis.negated).map(tag);
  const denied = own.filter((diagnosis) => diagnosis.negated).map(tag);
  const deniedIds = new Set(denied.map((diagnosis) => diagnosis.id));
  const affirmedIds = new Set(affirmed.map((diagnosis) => diagnosis.id));
  const corrected = new Map((turnFacts.corrections ?? []).map((correction) => [correction.fact, correction.replaced]));

  const replaced: ReplacedFact[] = [];
  const note = (fact: string, previous: number | string | undefined, current: number | string) => {
    const stated = corrected.get(fact);
    const before = previous !== undefined && previous !== current ? previous : stated !== undefined && stated !== current ? stated : undefined;
    if (before !== undefined) replaced.push({ fact, previous: before, current, turn: turnIndex, correction: corrected.has(fact) });
  };
  if (turnFacts.age !== undefined) note('age', profile.age?.value, turnFacts.age);
  if (turnFacts.sex !== undefined) note('sex', profile.sex?.value, turnFacts.sex);
  for (const lab of turnFacts.labs) note(`lab:${lab.id}`, profile.labs.find((candidate) => candidate.id === lab.id)?.value, lab.value);

  const next: PatientProfile = {
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
    allergies: upsert(profile.allergies, turnFacts.allergies.map(tag), (allergy) => allergy.substance.trim().toLowerCase()),
    vitals: upsert(profile.vitals, turnFacts.vitals.map(tag), (vital) => vital.kind.trim().toLowerCase()),
    calculations: upsert(profile.calculations, turnFacts.calculations.map(tag), (calculation) => calculation.name),
    symptoms: upsert(profile.symptoms ?? [], (turnFacts.symptoms ?? []).map(tag), (symptom) => symptom.id),
    familyHistory: upsert(profile.familyHistory ?? [], relatives.map(tag), (relative) => relative.id),
    ecgFindings: upsert(profile.ecgFindings ?? [], (turnFacts.ecg ?? []).map(tag), (finding) => finding.id),
  };
  return { profile: next, replaced };
}

function toFamilyHistory(diagnosis: DiagnosisFact): FamilyHistoryFact {
  return { id: diagnosis.id, name: diagnosis.name, icd11: diagnosis.icd11, negated: diagnosis.negated };
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
