import type { AdminScope, DepartmentRef, Role, UserStatus, UserView } from './auth.contract';

export type AdminUserView = UserView;

export interface CreateUserRequest {
  readonly username: string;
  readonly displayName: string;
  /** Omitted: a department admin's own department, or none for a global admin. */
  readonly departmentId?: string | null;
  readonly roles: readonly Role[];
  readonly adminScope?: AdminScope;
  /** Omit to have a one-time password generated. */
  readonly password?: string;
}

export interface UpdateUserRequest {
  readonly displayName?: string;
  readonly departmentId?: string | null;
  readonly roles?: readonly Role[];
  readonly adminScope?: AdminScope;
  readonly status?: Extract<UserStatus, 'active' | 'disabled'>;
}

/** Answer to create and reset-password. */
export interface UserWithPassword {
  readonly user: UserView;
  /** Present when MedLocal generated the password: shown once, must be changed at first sign-in. */
  readonly oneTimePassword?: string;
}

export interface EndSessionsResponse {
  readonly sessionsEnded: number;
}

export type DepartmentView = DepartmentRef;

export interface CreateDepartmentRequest {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

export type PromptLanguageDto = 'zh' | 'en';

/** One saved version of a prompt template (version 1 is the one shipped with MedLocal). */
export interface PromptTemplateVersion {
  readonly name: string;
  readonly language: PromptLanguageDto;
  readonly version: number;
  readonly body: string;
  /** Username of the admin who saved it. */
  readonly author: string;
  readonly createdAt: string;
}

/** `GET /api/admin/prompts/:name`: every version in every language, newest first. */
export interface PromptTemplateHistory {
  readonly name: string;
  readonly versions: readonly PromptTemplateVersion[];
}

export interface UpdatePromptRequest {
  readonly language: PromptLanguageDto;
  readonly body: string;
}

export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly department: { readonly id: string; readonly code: string };
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface CreateApiKeyRequest {
  readonly name: string;
  readonly departmentId: string;
}

/** The secret is shown once, on creation. */
export interface CreatedApiKey extends ApiKeyView {
  readonly key: string;
}
