/** The first-start admin the API creates from ADMIN_USERNAME/ADMIN_PASSWORD (policy: no username inside, three classes). */
export const E2E_ADMIN = { username: 'root.e2e', password: 'Ward-Round-2026!xyz' } as const;

/** Final passwords the helpers set after the forced change, so the UI sign-in is an ordinary one. */
export const E2E_PASSWORD = 'Bedside-Note-2027#q';
export const E2E_FIRST_PASSWORD = 'Bedside-Note-2026#q';

/** Auditors the global setup creates with the admin CLI (no admin may create one); they sign in with E2E_PASSWORD. */
export const E2E_AUDITORS = ['audit.e2e', 'audit.axe'] as const;
