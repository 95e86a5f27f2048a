import type { ConversationSeed, PatientProfileDto, SeedProfileFact } from '@medlocal/contracts';
import type { ChatTurn } from './chat-turn.model';

/** The server keeps at most this many earlier turns of a continued conversation. */
const MAX_SEED_TURNS = 50;

/**
 * What a new conversation is seeded with when the server that held this one restarted: the answered
 * turns on the page (question and visible answer, never the reasoning) and the facts of the profile
 * the clinician last saw, with the values of those a clinician can correct (a drug's is its dose).
 */
export function conversationSeed({ turns, profile }: { turns: readonly ChatTurn[]; profile: PatientProfileDto | null }): ConversationSeed {
  return {
    turns: turns
      .filter((turn) => turn.state === 'done')
      .slice(-MAX_SEED_TURNS)
      .map((turn) => ({ question: turn.question, answer: turn.answer })),
    facts: profile === null ? [] : profileFacts(profile),
  };
}

function profileFacts(profile: PatientProfileDto): SeedProfileFact[] {
  return [
    ...(profile.age ? [{ kind: 'age' as const, value: profile.age.value }] : []),
    ...(profile.sex ? [{ kind: 'sex' as const, value: profile.sex.value }] : []),
    // A diagnosis the clinician corrected is named again: the server replaces the one the questions stated with it.
    ...profile.diagnoses.map((fact) =>
      fact.edited ? { kind: 'diagnosis' as const, key: fact.id, value: fact.name.zh } : { kind: 'diagnosis' as const, key: fact.id },
    ),
    ...profile.deniedDiagnoses.map((fact) => ({ kind: 'deniedDiagnosis' as const, key: fact.id })),
    ...(profile.symptoms ?? []).map((fact) => ({ kind: 'symptom' as const, key: fact.id })),
    ...profile.labs.map((fact) => ({ kind: 'lab' as const, key: fact.id, value: fact.value })),
    ...profile.drugs.map((fact) =>
      fact.dose === undefined ? { kind: 'drug' as const, key: fact.id } : { kind: 'drug' as const, key: fact.id, value: fact.dose },
    ),
    ...profile.allergies.map((fact) => ({ kind: 'allergy' as const, key: fact.substance })),
    ...profile.vitals.map((fact) => ({ kind: 'vital' as const, key: fact.kind, value: fact.value })),
    ...(profile.familyHistory ?? []).map((fact) => ({ kind: 'familyHistory' as const, key: fact.id })),
    ...(profile.ecgFindings ?? []).map((fact) => ({ kind: 'ecg' as const, key: fact.id })),
  ];
}
