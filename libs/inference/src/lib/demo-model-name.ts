/** `general.name` of the random-weight demo model written by tools/test-model; status reports demo: true for it. */
export const DEMO_MODEL_NAME = 'MedLocal demo (random weights)';
