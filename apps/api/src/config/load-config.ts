import { plainToInstance } from 'class-transformer';
import { DomainError } from '../common/errors/domain.error';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import { EnvironmentVariables, isSecretVariable } from './environment.variables';
import { productionRuleProblems } from './production-rules.util';
import { parseTrustedProxies } from './trusted-proxies.util';
import { readSecretFiles } from './secret-files.util';
import { parseDirectoryConfig } from './directory-config.util';
import { parseOidcConfig } from './oidc-config.util';
import { parseLocalSignInConfig } from './local-sign-in-config.util';

const MINIMUM_AUDIT_RETENTION_DAYS = 180;

/** Start-up refused: one line per problem. Never reaches a client (no status table lists it). */
export class ConfigurationError extends DomainError<'CONFIGURATION_INVALID'> {
  constructor(readonly problems: readonly string[]) {
    super('CONFIGURATION_INVALID', problems.join('\n'), { problems });
  }
}

/** Reads only the variables MedLocal knows; an empty string counts as unset. */
export function loadEnvironment(env: NodeJS.ProcessEnv): EnvironmentVariables {
  const names = new Set(variableNames());
  const raw: Record<string, string> = {};
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[name] = value;
  }
  // <NAME>_FILE for every secret (the audit key has its own key-file format: AUDIT_HMAC_KEY_FILE).
  const secretFiles = readSecretFiles({ env, names: [...names].filter((name) => isSecretVariable(name) && name !== 'AUDIT_HMAC_KEY') });
  Object.assign(raw, secretFiles.values);
  const variables = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const errors = validateSync(variables, { whitelist: true, forbidUnknownValues: true });
  const problems = errors.map((error) => describe(error, raw));
  problems.push(...secretFiles.problems);
  if (variables.AUDIT_RETENTION_DAYS < MINIMUM_AUDIT_RETENTION_DAYS && !variables.AUDIT_ALLOW_SHORT_RETENTION) {
    problems.push(
      `Invalid configuration: AUDIT_RETENTION_DAYS must be at least ${MINIMUM_AUDIT_RETENTION_DAYS} (six months of network logs, ` +
        `as China's Cybersecurity Law requires) unless AUDIT_ALLOW_SHORT_RETENTION=true (got ${variables.AUDIT_RETENTION_DAYS})`,
    );
  }
  if (variables.EMBEDDED_DATABASE_RESTART_AFTER_MS < variables.EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS) {
    problems.push(
      `Invalid configuration: EMBEDDED_DATABASE_RESTART_AFTER_MS (${variables.EMBEDDED_DATABASE_RESTART_AFTER_MS}) must not be shorter than ` +
        `EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS (${variables.EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS}): the embedded database is reported not responding before it is restarted`,
    );
  }
  if (variables.API_KEY_DEFAULT_DAYS > variables.API_KEY_MAX_DAYS) {
    problems.push(
      `Invalid configuration: API_KEY_DEFAULT_DAYS (${variables.API_KEY_DEFAULT_DAYS}) must not be longer than API_KEY_MAX_DAYS (${variables.API_KEY_MAX_DAYS})`,
    );
  }
  if (variables.INFERENCE_NODE_URLS && !variables.INFERENCE_REMOTE_URL) {
    problems.push('Invalid configuration: INFERENCE_NODE_URLS names the nodes behind INFERENCE_REMOTE_URL, which is not set');
  }
  // --- transport and production rules (issue 13 items 12, 14, 18) ---
  for (const entry of parseTrustedProxies({ value: variables.TRUST_PROXY }).invalid) {
    problems.push(
      `Invalid configuration: TRUST_PROXY entries must be IP addresses, CIDR ranges or loopback/linklocal/uniquelocal (got ${JSON.stringify(entry)})`,
    );
  }
  if (problems.length === 0) problems.push(...parseDirectoryConfig({ env: variables }).problems);
  if (problems.length === 0) problems.push(...parseOidcConfig({ env: variables }).problems);
  if (problems.length === 0) problems.push(...parseLocalSignInConfig({ env: variables }).problems);
  if (problems.length === 0) problems.push(...productionRuleProblems({ env: variables }));
  if (problems.length > 0) throw new ConfigurationError(problems);
  return variables;
}

function describe(error: ValidationError, raw: Record<string, string>): string {
  const name = error.property;
  const constraints = error.constraints ?? {};
  // A value of the wrong type should be told so, not that it is out of range.
  const typeRule = constraints['isInt'] ?? constraints['isBoolean'];
  const rule = typeRule ?? Object.values(constraints)[0] ?? 'is invalid';
  const shown = isSecretVariable(name) ? '(value hidden)' : JSON.stringify(raw[name] ?? null);
  const message = rule.startsWith(name) ? rule : `${name} ${rule}`;
  return `Invalid configuration: ${message} (got ${shown})`;
}

/** Every property carries a validator, so the validation metadata is the list of variables. */
function variableNames(): string[] {
  return getMetadataStorage()
    .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
    .map((meta) => meta.propertyName);
}
