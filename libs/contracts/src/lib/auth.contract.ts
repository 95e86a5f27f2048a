export type Role = 'clinician' | 'admin' | 'auditor' | 'researcher';

export const ROLES: readonly Role[] = ['clinician', 'admin', 'auditor', 'researcher'];

export type AdminScope = 'global' | 'department';

export type UserStatus = 'active' | 'locked' | 'disabled';

export interface DepartmentRef {
  readonly id: string;
  /** Upper-case code, e.g. `CARD`. */
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** When the department was retired: it keeps its users and history but takes no new user or key. */
  readonly retiredAt?: string | null;
}

/** A user as the API shows it to admins and to the user: never hashes or secrets. */
export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  /** null for a global admin or a user without a department. */
  readonly department: DepartmentRef | null;
  readonly roles: readonly Role[];
  readonly adminScope: AdminScope | null;
  readonly status: UserStatus;
  readonly lockedUntil: string | null;
  readonly mustChangePassword: boolean;
  readonly mfaEnabled: boolean;
  readonly passwordChangedAt: string;
  readonly createdAt: string;
  /** `local`: MedLocal checks the password; `ldap`: the hospital directory does, and its groups set roles and department. */
  readonly source?: 'local' | 'ldap' | 'oidc';
}

/** Why a signed-in session may do nothing but fix its account. */
export type SessionRestriction = 'password_change' | 'mfa_enrolment';

/** The signed-in user (`user` of the sign-in answer, and `GET /api/auth/me`). */
export interface AuthUser extends UserView {
  readonly restriction: SessionRestriction | null;
  readonly mfaRequired: boolean;
  readonly passwordExpiresAt: string | null;
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

/** The refresh token travels as an httpOnly cookie and rotates on every refresh. */
export type RefreshResponse = TokenResponse;

export interface MfaEnrolmentResponse {
  readonly secret: string;
  readonly otpauthUrl: string;
  /** PNG as a data: URL, so the console can show it under `img-src 'self' data:`. */
  readonly qrCodeDataUrl: string;
}

export interface MfaConfirmRequest {
  readonly code: string;
}

export interface ChangePasswordRequest {
  readonly currentPassword: string;
  readonly newPassword: string;
}

/** GET /api/auth/providers (public): the ways of signing in the console offers. */
export interface AuthProvidersResponse {
  /** Username and password (local accounts, and the directory when LDAP is on); always offered: the break-glass admin signs in this way. */
  readonly password: true;
  /** "Sign in with hospital account": GET /api/auth/oidc/start. */
  readonly oidc: boolean;
}
