import { DEMO_MODEL_NAME } from '@medlocal/inference';
import type { AppConfig } from './app-config';
import { ggufModelName } from './gguf-model-name.util';

/**
 * What a production server needs before it takes its first request, beyond each variable's own
 * rules: a real model (the demo model's random weights answer noise) and, when privileged users
 * must use TOTP, the key that seals their TOTP secrets (without it the first admin is stuck at
 * enrolment). The admin CLI and the config checks do not need these, so they live here, not in
 * loadEnvironment.
 */
export function productionStartProblems(params: { config: AppConfig }): string[] {
  const { config } = params;
  if (config.mode !== 'production') return [];
  const problems: string[] = [];
  const modelPath = config.inference.modelPath;
  if (!config.inference.remote) {
    if (!modelPath) {
      problems.push(
        'Invalid configuration: MODEL_PATH must name the MedGemma GGUF file in production (the generated demo model has random weights; use MEDLOCAL_MODE=demo to try MedLocal without one)',
      );
    } else if (ggufModelName({ file: modelPath }) === DEMO_MODEL_NAME) {
      problems.push(`Invalid configuration: MODEL_PATH=${modelPath} is the random-weight demo model, not for production; point it at the MedGemma GGUF file`);
    }
  }
  if (config.role === 'all' && config.auth.mfaRequiredForPrivileged && !config.auth.totpEncryptionKey) {
    problems.push(
      'Invalid configuration: TOTP_ENCRYPTION_KEY (or TOTP_ENCRYPTION_KEY_FILE) must be set in production while MFA_REQUIRED_FOR_PRIVILEGED is on, or no admin can enrol a second factor; generate it with "npm run secrets"',
    );
  }
  return problems;
}
