export type Role = 'clinician' | 'admin' | 'auditor' | 'researcher';

export const ROLES: readonly Role[] = ['clinician', 'admin', 'auditor', 'researcher'];

export interface AuthUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  /** null for a global admin or a user without a department. */
  readonly department: string | null;
  readonly mustChangePassword: boolean;
}

export interface LoginRequest {
  readonly username: string;
  readonly password: string;
}

export interface TokenResponse {
  readonly accessToken: string;
  /** Seconds until the access token expires. */
  readonly expiresIn: number;
  readonly user: AuthUser;
}

/** Answer to a correct password when the account has TOTP enrolled. */
export interface MfaChallengeResponse {
  readonly mfaRequired: true;
  readonly mfaToken: string;
}

export type LoginResponse = TokenResponse | MfaChallengeResponse;

export interface MfaRequest {
  readonly mfaToken: string;
  readonly code: string;
}

/** The refresh token travels as an httpOnly cookie; `user` may be left out by older servers. */
export interface RefreshResponse {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly user?: AuthUser;
}

export interface ChangePasswordRequest {
  readonly currentPassword: string;
  readonly newPassword: string;
}
