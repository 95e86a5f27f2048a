import type { Role } from './auth.contract';

export interface AdminUserView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly department: string | null;
  readonly disabled: boolean;
  readonly locked: boolean;
  readonly mustChangePassword: boolean;
  readonly mfaEnabled?: boolean;
  readonly lastLoginAt?: string | null;
  readonly createdAt?: string;
}

export interface CreateUserRequest {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles: readonly Role[];
  readonly department: string | null;
}

export interface UpdateUserRequest {
  readonly displayName?: string;
  readonly roles?: readonly Role[];
  readonly department?: string | null;
  readonly disabled?: boolean;
}

export interface ResetPasswordResponse {
  /** One-time password the admin hands over; the user must change it at next sign-in. */
  readonly temporaryPassword?: string;
}

export interface DepartmentView {
  readonly id: string;
  readonly name: string;
  readonly code?: string;
}

export interface CreateDepartmentRequest {
  readonly name: string;
  readonly code?: string;
}

export interface PromptTemplateVersion {
  readonly version: number;
  readonly body: string;
  readonly createdAt: string;
  readonly createdBy?: string | null;
  readonly note?: string | null;
}

export interface PromptTemplateView {
  readonly name: string;
  readonly current: PromptTemplateVersion;
  readonly versions: readonly PromptTemplateVersion[];
}

export interface UpdatePromptRequest {
  readonly body: string;
  readonly note?: string;
}

export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly prefix?: string;
  readonly createdAt: string;
  readonly lastUsedAt?: string | null;
  readonly revoked?: boolean;
}

export interface CreateApiKeyRequest {
  readonly name: string;
}

/** The secret is shown once, on creation. */
export interface CreatedApiKey extends ApiKeyView {
  readonly key: string;
}
