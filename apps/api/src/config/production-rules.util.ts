import { isIP } from 'node:net';
import type { EnvironmentVariables } from './environment.variables';
import { secretWeakness, sharedSecretProblems } from './secret-strength.util';

/** Below this, a published cell of a research batch can single out a patient. */
const PRODUCTION_MIN_CELL_SIZE = 3;

const SECRETS = ['JWT_SECRET', 'AUDIT_HMAC_KEY', 'TOTP_ENCRYPTION_KEY', 'BATCH_WORK_KEY', 'METRICS_TOKEN'] as const;

/**
 * What production refuses beyond each variable's own format: guessable secrets, and plain HTTP on
 * a non-loopback address. Demo mode generates its keys and runs on one machine, so these stay off there.
 */
export function productionRuleProblems(params: { env: EnvironmentVariables }): string[] {
  const { env } = params;
  if (env.MEDLOCAL_MODE !== 'production') return [];
  const problems: string[] = [];
  for (const name of SECRETS) {
    const value = env[name];
    const weakness = value === undefined ? undefined : secretWeakness({ value });
    if (weakness) problems.push(weakSecret(name, weakness));
  }
  const apiKeys = (env.MEDLOCAL_API_KEYS ?? '').split(',').filter(Boolean);
  apiKeys.forEach((key, index) => {
    const weakness = secretWeakness({ value: key });
    if (weakness) problems.push(weakSecret('MEDLOCAL_API_KEYS', `key ${index + 1} of ${apiKeys.length} ${weakness}`));
  });
  problems.push(
    ...sharedSecretProblems([
      ...SECRETS.map((name) => ({ name, value: env[name] })),
      ...apiKeys.map((value, index) => ({ name: `MEDLOCAL_API_KEYS key ${index + 1} of ${apiKeys.length}`, value })),
    ]),
  );
  if (env.BATCH_MIN_CELL_SIZE < PRODUCTION_MIN_CELL_SIZE) {
    problems.push(
      `Invalid configuration: BATCH_MIN_CELL_SIZE must be at least ${PRODUCTION_MIN_CELL_SIZE} in production (got ${env.BATCH_MIN_CELL_SIZE}): ` +
        'research batch results would publish counts of one or two patients, enough to re-identify them; the default is 5',
    );
  }
  if (!isLoopbackHost(env.HOST) && !env.TLS_TERMINATED_BY_PROXY) {
    problems.push(
      `Invalid configuration: HOST=${env.HOST} serves sign-ins and patient questions over plain HTTP; in production keep HOST on loopback, ` +
        'or put a TLS-terminating reverse proxy in front and declare it with TLS_TERMINATED_BY_PROXY=true and TRUST_PROXY=<proxy address>',
    );
  } else if (env.TLS_TERMINATED_BY_PROXY && !env.TRUST_PROXY) {
    problems.push('Invalid configuration: TLS_TERMINATED_BY_PROXY=true needs TRUST_PROXY naming the address(es) of that proxy');
  }
  return problems;
}

export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  const v4 = host.toLowerCase().startsWith('::ffff:') ? host.slice('::ffff:'.length) : host;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

function weakSecret(name: string, weakness: string): string {
  return `Invalid configuration: ${name} ${weakness}, too easy to guess for production; generate one with "openssl rand -hex 32" (value hidden)`;
}
