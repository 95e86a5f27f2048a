import type { OidcConfig } from '../../config';
import { isSafeDirectoryUsername } from '../directory/directory-username.util';
import type { OidcClaims } from './oidc-relying-party.port';

export interface OidcIdentity {
  /** OIDC_USERNAME_CLAIM, lower-cased: the MedLocal username. */
  readonly username: string;
  readonly displayName: string;
  /** OIDC_GROUPS_CLAIM: a list of names (or one name), matched against OIDC_ROLE_MAPPING_FILE. */
  readonly groups: readonly string[];
  /** `iss` and `sub`: the account is bound to it at first sign-in. */
  readonly subject: string;
  /** The ID token's `acr` or `amr` names a second factor listed in OIDC_MFA_ACR_VALUES / OIDC_MFA_AMR. */
  readonly mfaAtIdp: boolean;
}

/** The person an ID token describes, or null when its username claim is missing or not a MedLocal username. */
export function oidcIdentityOf(params: { claims: OidcClaims; config: OidcConfig }): OidcIdentity | null {
  const { claims, config } = params;
  const username = claims[config.usernameClaim];
  if (typeof username !== 'string' || !isSafeDirectoryUsername(username)) return null;
  const rawGroups = claims[config.groupsClaim];
  const groups = (Array.isArray(rawGroups) ? rawGroups : [rawGroups]).filter((group): group is string => typeof group === 'string' && group.trim() !== '');
  const name = claims['name'];
  const amr = Array.isArray(claims['amr']) ? claims['amr'].filter((value): value is string => typeof value === 'string') : [];
  const acr = typeof claims['acr'] === 'string' ? claims['acr'] : null;
  return {
    username: username.toLowerCase(),
    displayName: typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 100) : username,
    groups,
    subject: `${claims.iss} ${claims.sub}`,
    mfaAtIdp: (acr !== null && config.mfaAcrValues.includes(acr)) || amr.some((method) => config.mfaAmr.includes(method)),
  };
}
