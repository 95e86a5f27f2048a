import type { DirectoryGroupRule } from '../../config';
import type { AdminScope, Role } from '../../common/access/roles';

export type DirectoryAccess =
  | { readonly kind: 'mapped'; readonly roles: readonly Role[]; readonly departmentCode: string | null; readonly adminScope: AdminScope | null }
  /** No group of the user appears in the mapping file. */
  | { readonly kind: 'none' }
  /** The groups grant admin and auditor together, which no account may hold. */
  | { readonly kind: 'conflict' };

/**
 * Roles and department from the user's directory groups (or the IdP's groups claim) and the mapping file: the roles of
 * every matching rule together; the department of the first matching rule (file order) that has
 * one; a global admin scope if any matching admin rule grants it.
 */
export function mapDirectoryGroups(params: {
  groupDns: readonly string[];
  rules: readonly DirectoryGroupRule[];
  /** Directory groups (LDAP_GROUP_SEARCH_BASE): a bare name matches only groups under this DN. Unset for OpenID Connect claims: a bare name matches only plain values, never a DN's CN. */
  bareNamesUnder?: string;
}): DirectoryAccess {
  const dns = new Set(params.groupDns.map(normaliseDn));
  // A claim shaped like a DN is named by its CN only under a known base: for OpenID Connect there is none, so it matches DN rules alone.
  const named =
    params.bareNamesUnder === undefined
      ? params.groupDns.filter((value) => !value.includes('='))
      : params.groupDns.filter((dn) => isUnder(dn, params.bareNamesUnder as string));
  const names = new Set(named.map(groupNameOf).filter((name): name is string => name !== null));
  const matched = params.rules.filter((rule) => (rule.group.includes('=') ? dns.has(normaliseDn(rule.group)) : names.has(rule.group.toLowerCase())));
  if (matched.length === 0) return { kind: 'none' };
  const roles = [...new Set(matched.flatMap((rule) => rule.roles))];
  if (roles.includes('admin') && roles.includes('auditor')) return { kind: 'conflict' };
  const departmentCode = matched.find((rule) => rule.department !== null)?.department ?? null;
  const adminRules = matched.filter((rule) => rule.roles.includes('admin'));
  const adminScope =
    adminRules.length === 0 ? null : adminRules.some((rule) => rule.adminScope === 'global') || departmentCode === null ? 'global' : 'department';
  return { kind: 'mapped', roles, departmentCode, adminScope };
}

/** Strictly below `base`: a group anywhere else with a mapped name (an OU someone may write) is not the mapped group. */
function isUnder(dn: string, base: string): boolean {
  return dn.includes('=') && normaliseDn(dn).endsWith(`,${normaliseDn(base)}`);
}

/** DNs compare case-insensitively and without the spaces directories put around `,` and `=`. */
function normaliseDn(dn: string): string {
  return dn
    .trim()
    .replace(/\s*([,=+])\s*/g, '$1')
    .toLowerCase();
}

/** A DN's CN; a value that is no DN (an OpenID Connect groups claim: `medlocal-cardiology`, `/medlocal/icu`) is its own name. */
function groupNameOf(value: string): string | null {
  return value.includes('=') ? commonNameOf(value) : value.trim().toLowerCase() || null;
}

/** The value of a DN's first RDN when it is a CN (`cn=Cardiology,ou=groups,…` → `cardiology`). */
function commonNameOf(dn: string): string | null {
  const match = /^\s*cn\s*=\s*((?:\\.|[^,+])+)/i.exec(dn);
  return match ? match[1].trim().replace(/\\(.)/g, '$1').toLowerCase() : null;
}
