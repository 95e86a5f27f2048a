import { readFileSync } from 'node:fs';
import { FilterParser } from 'ldapts';
import { ROLES, type AdminScope, type Role } from '@medlocal/contracts';
import type { EnvironmentVariables } from './environment.variables';

/** One line of LDAP_GROUP_MAPPING_FILE: members of `group` (a DN, or a bare CN) get these roles and department. */
export interface DirectoryGroupRule {
  /** A full DN (`cn=…,ou=…`), compared normalised, or a bare group name compared with the CN of each group under LDAP_GROUP_SEARCH_BASE (never for admin or auditor). */
  readonly group: string;
  readonly roles: readonly Role[];
  /** Department code (as in /api/admin/departments); the first matching rule with one decides. */
  readonly department: string | null;
  /** For rules granting admin: `global`, or `department` (needs a department). */
  readonly adminScope: AdminScope | null;
}

export interface DirectoryConfig {
  readonly url: string;
  readonly host: string;
  readonly startTls: boolean;
  readonly bindDn: string;
  readonly bindPassword: string;
  readonly searchBase: string;
  readonly groupSearchBase: string;
  /** Contains `{username}`, replaced by the RFC 4515-escaped username. */
  readonly userFilter: string;
  /** PEM of the CA(s) that signed the directory's certificate; unset: the system's CAs. */
  readonly caPem?: string;
  readonly timeoutMs: number;
  /** A token refresh while the directory cannot be reached keeps the roles this long after the directory last confirmed them. */
  readonly refreshGraceMinutes: number;
  readonly groupRules: readonly DirectoryGroupRule[];
}

const DEPARTMENT_CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;
const COMPANION_VARIABLES = ['LDAP_BIND_DN', 'LDAP_BIND_PASSWORD', 'LDAP_SEARCH_BASE', 'LDAP_GROUP_MAPPING_FILE'] as const;

/**
 * The directory settings, checked together: transport security, the service account, the user
 * filter and the group mapping file. Problems name the variable (and the file), never a secret.
 */
export function parseDirectoryConfig(params: { env: EnvironmentVariables }): { directory?: DirectoryConfig; problems: string[] } {
  const { env } = params;
  const problems: string[] = [];
  if (!env.LDAP_URL) {
    const stray = [...COMPANION_VARIABLES, 'LDAP_CA_FILE', 'LDAP_GROUP_SEARCH_BASE'].filter((name) => env[name as keyof EnvironmentVariables] !== undefined);
    if (stray.length > 0) problems.push(`Invalid configuration: ${stray.join(', ')} set without LDAP_URL; set LDAP_URL to turn directory sign-in on`);
    return { problems };
  }
  const url = new URL(env.LDAP_URL);
  const secure = url.protocol === 'ldaps:';
  if (secure && env.LDAP_STARTTLS) {
    problems.push('Invalid configuration: LDAP_STARTTLS=true is for ldap:// URLs; an ldaps:// URL is already encrypted');
  }
  if (!secure && !env.LDAP_STARTTLS && !env.LDAP_ALLOW_PLAIN) {
    problems.push(
      `Invalid configuration: LDAP_URL=${env.LDAP_URL} would send directory passwords unencrypted; use ldaps://, or ldap:// with LDAP_STARTTLS=true ` +
        '(plain LDAP only with LDAP_ALLOW_PLAIN=true, and never in production)',
    );
  }
  if (!secure && !env.LDAP_STARTTLS && env.LDAP_ALLOW_PLAIN && env.MEDLOCAL_MODE === 'production') {
    problems.push('Invalid configuration: LDAP_ALLOW_PLAIN=true is refused in production: directory passwords must travel over ldaps:// or LDAP_STARTTLS=true');
  }
  for (const name of COMPANION_VARIABLES) {
    if (env[name] === undefined)
      problems.push(`Invalid configuration: ${name} must be set when LDAP_URL is set${name === 'LDAP_BIND_PASSWORD' ? ' (or LDAP_BIND_PASSWORD_FILE)' : ''}`);
  }
  problems.push(...userFilterProblems(env.LDAP_USER_FILTER));
  const caPem = env.LDAP_CA_FILE ? readCa(env.LDAP_CA_FILE, problems) : undefined;
  const groupRules = env.LDAP_GROUP_MAPPING_FILE ? readGroupMapping(env.LDAP_GROUP_MAPPING_FILE, problems, 'LDAP_GROUP_MAPPING_FILE', privilegedByDnOnly) : [];
  if (groupRules.some((rule) => isBareGroupName(rule.group)) && env.LDAP_GROUP_SEARCH_BASE === undefined) {
    problems.push(
      `Invalid configuration: LDAP_GROUP_SEARCH_BASE must be set when LDAP_GROUP_MAPPING_FILE=${env.LDAP_GROUP_MAPPING_FILE} names a group by bare name: a bare name matches only groups under it`,
    );
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    directory: {
      url: `${url.protocol}//${url.host}`,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      startTls: env.LDAP_STARTTLS,
      bindDn: env.LDAP_BIND_DN ?? '',
      bindPassword: env.LDAP_BIND_PASSWORD ?? '',
      searchBase: env.LDAP_SEARCH_BASE ?? '',
      groupSearchBase: env.LDAP_GROUP_SEARCH_BASE ?? env.LDAP_SEARCH_BASE ?? '',
      userFilter: env.LDAP_USER_FILTER,
      caPem,
      timeoutMs: env.LDAP_TIMEOUT_MS,
      refreshGraceMinutes: env.LDAP_REFRESH_GRACE_MINUTES,
      groupRules,
    },
  };
}

function userFilterProblems(filter: string): string[] {
  const problem = [`Invalid configuration: LDAP_USER_FILTER is not a valid LDAP filter (got ${JSON.stringify(filter)})`];
  // The parser forgives a missing closing parenthesis; a filter the directory would refuse must stop start-up.
  if (!parenthesesBalanced(filter)) return problem;
  try {
    FilterParser.parseString(filter.replaceAll('{username}', 'probe'));
    return [];
  } catch {
    return problem;
  }
}

/** Escaped values use \28 and \29, so every literal parenthesis in a filter is syntax. */
function parenthesesBalanced(filter: string): boolean {
  let depth = 0;
  for (const char of filter) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0 && filter.startsWith('(') && filter.endsWith(')');
}

function readCa(file: string, problems: string[]): string | undefined {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    problems.push(`Invalid configuration: LDAP_CA_FILE=${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return undefined;
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) problems.push(`Invalid configuration: LDAP_CA_FILE=${file} holds no PEM certificate`);
  return pem;
}

/** A mapping entry that names a group by its CN alone rather than by DN. */
export function isBareGroupName(group: string): boolean {
  return !group.includes('=');
}

/**
 * Anyone with write access to some OU can make a group of any name there: the roles that govern
 * MedLocal itself are granted only by the one group a full DN names.
 */
function privilegedByDnOnly(rule: DirectoryGroupRule): string | undefined {
  const privileged = rule.roles.find((role) => role === 'admin' || role === 'auditor');
  if (!privileged || !isBareGroupName(rule.group)) return undefined;
  return `grants ${privileged} by the bare name ${JSON.stringify(rule.group)}; admin and auditor are mapped by the group's full DN only (cn=…,ou=…,dc=…), so a group of the same name elsewhere cannot grant them`;
}

/**
 * Reads a group mapping file (LDAP_GROUP_MAPPING_FILE, or OIDC_ROLE_MAPPING_FILE: one format for both); problems name `variable`.
 * `checkRule` adds a source's own rule (a reason the entry is refused, or undefined).
 */
export function readGroupMapping(
  file: string,
  problems: string[],
  variable = 'LDAP_GROUP_MAPPING_FILE',
  checkRule: (rule: DirectoryGroupRule) => string | undefined = () => undefined,
): DirectoryGroupRule[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? 'is not valid JSON' : `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    problems.push(`Invalid configuration: ${variable}=${file} ${why}`);
    return [];
  }
  const entries = (parsed as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(entries) || entries.length === 0) {
    problems.push(`Invalid configuration: ${variable}=${file} must be {"groups": [{"group": …, "roles": […], "department": …}, …]} with at least one entry`);
    return [];
  }
  const rules: DirectoryGroupRule[] = [];
  entries.forEach((entry: unknown, index) => {
    const where = `${variable}=${file} entry ${index + 1}`;
    const rule = groupRuleOf(entry);
    const refusal = typeof rule === 'string' ? rule : checkRule(rule);
    if (refusal !== undefined) problems.push(`Invalid configuration: ${where} ${refusal}`);
    else if (typeof rule !== 'string') rules.push(rule);
  });
  return rules;
}

/** The rule, or why the entry is not one. */
function groupRuleOf(entry: unknown): DirectoryGroupRule | string {
  const { group, roles, department, adminScope } = (entry ?? {}) as Record<string, unknown>;
  if (typeof group !== 'string' || group.trim() === '') return 'needs "group": a group DN or name';
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => (ROLES as readonly unknown[]).includes(role))) {
    return `needs "roles": a non-empty list of ${ROLES.join(', ')}`;
  }
  if (roles.includes('admin') && roles.includes('auditor')) return 'grants admin and auditor together; no account is both';
  if (department !== undefined && department !== null && (typeof department !== 'string' || !DEPARTMENT_CODE.test(department))) {
    return '"department" must be a department code (upper-case letters, digits, _ or -)';
  }
  if (adminScope !== undefined && adminScope !== 'global' && adminScope !== 'department') return '"adminScope" must be global or department';
  if (adminScope !== undefined && !roles.includes('admin')) return '"adminScope" is only for entries granting admin';
  if (adminScope === 'department' && typeof department !== 'string') return '"adminScope": "department" needs a "department"';
  const scope: AdminScope | null = roles.includes('admin')
    ? ((adminScope as AdminScope | undefined) ?? (typeof department === 'string' ? 'department' : 'global'))
    : null;
  return { group: group.trim(), roles: [...new Set(roles as Role[])], department: typeof department === 'string' ? department : null, adminScope: scope };
}
