import { LANGUAGE_DISPLAY_NAMES, type PromptTemplate } from '../templates/prompt-template.model';
import { renderTemplate } from '../templates/render-template.util';
import type { PatientProfile } from '../profile/patient-profile.model';
import { renderProfile } from '../profile/render-profile.util';

/**
 * The system message the model is given: the template with the pinned patient profile, the answer
 * language and today's date filled in. `buildPrompt` and the admin's template preview both use it,
 * so a preview shows exactly what a question would send.
 */
export function renderSystemText({ template, profile, today }: { template: PromptTemplate; profile: PatientProfile; today?: string }): string {
  return renderTemplate({
    template,
    variables: {
      patientProfile: renderProfile(profile, template.language),
      language: LANGUAGE_DISPLAY_NAMES[template.language],
      today: today ?? new Date().toISOString().slice(0, 10),
    },
  });
}
