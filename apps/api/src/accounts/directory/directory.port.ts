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
