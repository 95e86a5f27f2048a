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

/** A department's names; its code never changes. */
export interface UpdateDepartmentRequest {
  readonly nameZh?: string;
  readonly nameEn?: string;
}

export type PromptLanguageDto = 'zh' | 'en';

/**
 * One saved version of a prompt template: the hospital's (version 1 is the one shipped with
 * MedLocal) or a department's override of it (its own versions, from 1).
 */
export interface PromptTemplateVersion {
  readonly name: string;
  readonly language: PromptLanguageDto;
  readonly version: number;
  readonly body: string;
  /** Username of the admin who saved it. */
  readonly author: string;
  readonly createdAt: string;
  /** The template's name, or `name@DEPT` for a department's override (what answers and audit events name). */
  readonly id?: string;
  /** The department whose override this is; null for the hospital template. */
  readonly departmentCode?: string | null;
  /** Set on a revert: the version whose text this one copies. */
  readonly revertedFrom?: number | null;
}

/**
 * `GET /api/admin/prompts/:name` (the hospital template) and `GET /api/admin/prompts/:name/departments/:id`
 * (that department's override; no versions while it has none): every version in every language, newest first.
 */
export interface PromptTemplateHistory {
  readonly name: string;
  readonly departmentId?: string | null;
  readonly departmentCode?: string | null;
  readonly versions: readonly PromptTemplateVersion[];
}

export interface UpdatePromptRequest {
  readonly language: PromptLanguageDto;
  readonly body: string;
}

/** `POST …/revert`: adds a version equal to the chosen one. */
export interface RevertPromptRequest {
  readonly language: PromptLanguageDto;
  readonly version: number;
}

/** `POST /api/admin/prompts/:name/preview`: the draft `body`, else `version`, else the current template of the scope. */
export interface PromptPreviewRequest {
  readonly language: PromptLanguageDto;
  readonly question: string;
  /** Preview a department's override (its current one, or the hospital's while it has none). */
  readonly departmentId?: string;
  readonly body?: string;
  readonly version?: number;
}

/** The messages a first question would send to the model (nothing is run). */
export interface PromptPreview {
  readonly template: {
    readonly id: string;
    readonly name: string;
    readonly language: PromptLanguageDto;
    readonly version: number;
    readonly departmentCode: string | null;
    /** The unsaved text in the editor was previewed. */
    readonly draft: boolean;
  };
  readonly messages: readonly { readonly role: 'system' | 'user'; readonly content: string }[];
}

/** What a key may call: `inference` the OpenAI-compatible `/v1` API for a department, `batches` the research batch endpoints as one researcher. */
export type ApiKeyScope = 'inference' | 'batches';

export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly scope: ApiKeyScope;
  readonly department: { readonly id: string; readonly code: string };
  /** The researcher a `batches` key acts for; null for `inference` keys. */
  readonly owner: { readonly id: string; readonly username: string } | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly expired: boolean;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface CreateApiKeyRequest {
  readonly name: string;
  /** Required for `inference` keys; a `batches` key belongs to its researcher's department. */
  readonly departmentId?: string;
  /** Default `inference`. */
  readonly scope?: ApiKeyScope;
  /** For `batches` keys: the researcher the key acts for. */
  readonly researcherId?: string;
  /** Default API_KEY_DEFAULT_DAYS (90), at most API_KEY_MAX_DAYS. */
  readonly expiresInDays?: number;
}

/** The secret is shown once, on creation. */
export interface CreatedApiKey extends ApiKeyView {
  readonly key: string;
}

/** Why a line of a bulk user import cannot be imported; the console words each code in Chinese and English. */
export type UserImportProblemCode =
  | 'encoding'
  | 'empty_file'
  | 'malformed_csv'
  | 'column_missing'
  | 'column_unknown'
  | 'column_duplicate'
  | 'too_many_rows'
  | 'field_count'
  | 'username_invalid'
  | 'username_duplicate'
  | 'username_taken'
  | 'display_name_missing'
  | 'display_name_too_long'
  | 'department_missing'
  | 'department_unknown'
  | 'department_retired'
  | 'department_out_of_scope'
  | 'roles_missing'
  | 'role_unknown'
  | 'role_not_grantable';

export interface UserImportProblem {
  /** Line of the file (the header is line 1); 0 for the file as a whole. */
  readonly line: number;
  readonly code: UserImportProblemCode;
  /** The column the problem is in, when it is one column's. */
  readonly column?: string;
  /** The offending value (a role, a department code, the line a duplicate first appeared on), never a password. */
  readonly value?: string;
  /** English detail for scripts; the console shows its own words for `code`. */
  readonly message: string;
}

/** One account a valid line would create. */
export interface UserImportRow {
  readonly line: number;
  readonly username: string;
  readonly displayName: string;
  readonly department: { readonly id: string; readonly code: string } | null;
  readonly roles: readonly Role[];
}

/** `POST /api/admin/users/import/dry-run`: every problem by line, nothing written. */
export interface UserImportDryRun {
  readonly rows: number;
  readonly problems: readonly UserImportProblem[];
  readonly users: readonly UserImportRow[];
}

/** `POST /api/admin/users/import`: all accounts or none; each one-time password is shown this once and must be changed at first sign-in. */
export interface UserImportResult {
  readonly created: number;
  readonly users: readonly (UserImportRow & { readonly id: string; readonly oneTimePassword: string })[];
}
