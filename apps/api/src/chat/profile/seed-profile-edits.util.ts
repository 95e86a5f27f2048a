import type { SeedProfileFact } from '@medlocal/contracts';
import type { DiagnosisFact, PatientProfile, ProfileFactEdit, ProfileFactKind } from '@medlocal/prompting';
import { ChatError, ChatErrorCode } from '../chat.errors';

interface HeldFact {
  readonly kind: ProfileFactKind;
  readonly key: string | undefined;
  /** What a clinician corrects in place: age, sex, a lab or vital value, a drug's dose. */
  readonly value: number | string | undefined;
}

/** Facts whose seeded value is compared with the one the questions stated, and corrected when they differ. */
const VALUED_KINDS: ReadonlySet<ProfileFactKind> = new Set(['age', 'sex', 'lab', 'vital', 'drug']);

/**
 * The edits that turn the profile worked out from a seed's questions into the one the clinician
 * last saw, each applied later through `applyProfileEdit` (so checked as any profile edit is): a
 * fact they had removed is removed, a value they had corrected is corrected, and a diagnosis they
 * had corrected by name replaces one the questions stated that the seed no longer lists, its
 * concept resolved by the term dictionary (`resolveDiagnosis`). Any other fact the questions never
 * stated is refused: its codes would have to come from the client rather than the dictionary.
 */
export function seedProfileEdits(params: {
  profile: PatientProfile;
  facts: readonly SeedProfileFact[];
  resolveDiagnosis: (name: string) => DiagnosisFact | undefined;
}): ProfileFactEdit[] {
  const held = heldFacts(params.profile);
  const unlisted = held.filter((candidate) => !params.facts.some((fact) => sameFact(candidate, fact)));
  const edits: ProfileFactEdit[] = [];
  params.facts.forEach((fact, index) => {
    const found = held.find((candidate) => sameFact(candidate, fact));
    if (found) {
      if (fact.value !== undefined && VALUED_KINDS.has(fact.kind) && fact.value !== found.value) {
        edits.push({ operation: 'correct', kind: fact.kind, key: found.key, value: fact.value });
      }
      return;
    }
    const replaced = fact.kind === 'diagnosis' && typeof fact.value === 'string' ? unlisted.find((candidate) => candidate.kind === 'diagnosis') : undefined;
    if (!replaced || typeof fact.value !== 'string') {
      throw new ChatError(ChatErrorCode.SeedFactUnstated, `seed.facts[${index}] (${fact.kind}) is not stated in the seed\u2019s questions`);
    }
    unlisted.splice(unlisted.indexOf(replaced), 1);
    edits.push({ operation: 'correct', kind: 'diagnosis', key: replaced.key, value: fact.value, replacement: params.resolveDiagnosis(fact.value) });
  });
  const removals = unlisted.map((candidate): ProfileFactEdit => ({ operation: 'remove', kind: candidate.kind, key: candidate.key }));
  return [...removals, ...edits];
}

function sameFact(held: HeldFact, fact: SeedProfileFact): boolean {
  if (held.kind !== fact.kind) return false;
  return held.key === undefined || fold(held.key) === fold(fact.key ?? '');
}

function heldFacts(profile: PatientProfile): HeldFact[] {
  const listOf = <T>(kind: ProfileFactKind, facts: readonly T[] | undefined, keyOf: (fact: T) => string, valueOf?: (fact: T) => number | string | undefined) =>
    (facts ?? []).map((fact): HeldFact => ({ kind, key: keyOf(fact), value: valueOf?.(fact) }));
  return [
    ...(profile.age ? [{ kind: 'age' as const, key: undefined, value: profile.age.value }] : []),
    ...(profile.sex ? [{ kind: 'sex' as const, key: undefined, value: profile.sex.value }] : []),
    ...listOf('diagnosis', profile.diagnoses, (fact) => fact.id),
    ...listOf('deniedDiagnosis', profile.deniedDiagnoses, (fact) => fact.id),
    ...listOf('symptom', profile.symptoms, (fact) => fact.id),
    ...listOf(
      'lab',
      profile.labs,
      (fact) => fact.id,
      (fact) => fact.value,
    ),
    ...listOf(
      'drug',
      profile.drugs,
      (fact) => fact.id,
      (fact) => fact.dose,
    ),
    ...listOf('allergy', profile.allergies, (fact) => fact.substance),
    ...listOf(
      'vital',
      profile.vitals,
      (fact) => fact.kind,
      (fact) => fact.value,
    ),
    ...listOf('familyHistory', profile.familyHistory, (fact) => fact.id),
    ...listOf('ecg', profile.ecgFindings, (fact) => fact.id),
  ];
}

function fold(text: string): string {
  return text.trim().toLowerCase();
}
