import { editProfileFact, PromptingError, PromptingErrorCode, type PatientProfile, type ProfileFactEdit } from '@medlocal/prompting';
import { ChatError, ChatErrorCode } from '../chat.errors';
import { profileCalculations } from '../../patient-profile/profile-calculations';

const CODES: Partial<Record<PromptingErrorCode, ChatErrorCode>> = {
  [PromptingErrorCode.ProfileFactNotFound]: ChatErrorCode.ProfileFactNotFound,
  [PromptingErrorCode.ProfileFactNotCorrectable]: ChatErrorCode.ProfileFactNotCorrectable,
  [PromptingErrorCode.ProfileValueInvalid]: ChatErrorCode.ProfileValueInvalid,
};

/**
 * The profile after a clinician's edit, with the calculations worked out again from what it now holds:
 * a corrected age or creatinine changes the eGFR at once, a removed one takes the eGFR with it.
 */
export function applyProfileEdit({ profile, edit }: { profile: PatientProfile; edit: ProfileFactEdit }): PatientProfile {
  let edited: PatientProfile;
  try {
    edited = editProfileFact(profile, edit);
  } catch (error) {
    const code = error instanceof PromptingError ? CODES[error.code] : undefined;
    if (code) throw new ChatError(code, error instanceof Error ? error.message : code);
    throw error;
  }
  const calculations = profileCalculations(edited).map((calculation) => {
    const before = profile.calculations.find((previous) => previous.name === calculation.name);
    const turn = before?.turn ?? Math.max(edited.age?.turn ?? 1, edited.sex?.turn ?? 1);
    return before && before.value === calculation.value && before.stage === calculation.stage ? before : { ...calculation, turn, edited: true };
  });
  return { ...edited, calculations };
}
