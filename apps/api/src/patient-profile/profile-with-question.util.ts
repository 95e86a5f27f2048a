import type { ExtractionResult } from '@medlocal/clinical-terms';
import { emptyTurnFacts, mergeTurnFactsWithChanges, type PatientProfile, type PromptLanguage, type ReplacedFact, type TurnFacts } from '@medlocal/prompting';
import { profileCalculations } from './profile-calculations';
import { toTurnFacts } from './turn-facts.mapper';

/**
 * The pinned profile once one question's facts join it, with the renal calculators run on the
 * result: what a question's prompt is built with (and what an admin's template preview shows).
 */
export function profileWithQuestion(params: { extraction: ExtractionResult; language: PromptLanguage; profile: PatientProfile; turn: number }): {
  facts: TurnFacts;
  profile: PatientProfile;
  replaced: ReplacedFact[];
} {
  const facts = toTurnFacts(params.extraction, params.language);
  const merged = mergeTurnFactsWithChanges(params.profile, facts, params.turn);
  let profile = merged.profile;
  const calculations = profileCalculations(profile);
  if (calculations.length > 0) profile = mergeTurnFactsWithChanges(profile, { ...emptyTurnFacts(), calculations }, params.turn).profile;
  return { facts, profile, replaced: [...merged.replaced] };
}
