/** The hospital directory as sign-in sees it; `LdapDirectory` is the adapter (ldapts). */
export const DIRECTORY = Symbol('DIRECTORY');

/** What the directory said about a username and password. */
export type DirectoryAuthentication =
  | { readonly kind: 'unknown_user' }
  | { readonly kind: 'ambiguous_user' }
  | { readonly kind: 'bad_password' }
  | {
      readonly kind: 'authenticated';
      readonly displayName: string;
      /** The entry's stable id (see `subjectId` of DirectoryLookup). */
      readonly subjectId: string;
      /** DNs of every group the user belongs to, directly or through nested groups. */
      readonly groupDns: readonly string[];
    };

/** What the directory says about an account now, read with the service account alone (no password). */
export type DirectoryLookup =
  | { readonly kind: 'unknown_user' }
  | { readonly kind: 'ambiguous_user' }
  | {
      readonly kind: 'found';
      readonly displayName: string;
      /** The entry's stable id: entryUUID (OpenLDAP), objectGUID (Active Directory), else `dn:` and the DN; survives a rename, not a delete and re-create. */
      readonly subjectId: string;
      /** DNs of every group the user belongs to, directly or through nested groups. */
      readonly groupDns: readonly string[];
    };

/** Why the directory could not answer; audited as the reason code and logged for IT. */
export type DirectoryFailureReason =
  | 'directory_unreachable'
  | 'directory_timeout'
  | 'directory_tls_failed'
  | 'directory_service_bind_refused'
  | 'directory_error';

export interface Directory {
  /** Checks the password by binding as the user; throws DirectoryUnavailableError when the directory cannot answer. */
  authenticate(params: { username: string; password: string }): Promise<DirectoryAuthentication>;
  /** The user's entry and groups through the service account (token refresh, where no password is at hand); throws DirectoryUnavailableError likewise. */
  lookUp(params: { username: string }): Promise<DirectoryLookup>;
}

export class DirectoryUnavailableError extends Error {
  constructor(
    readonly reason: DirectoryFailureReason,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DirectoryUnavailableError';
  }
}
