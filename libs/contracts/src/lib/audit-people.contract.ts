import type { AuditOutcomeDto } from './audit.contract';
import type { UserStatus } from './auth.contract';

/** A department's names, retired ones included: the trail keeps naming departments that no longer take users. */
export interface DepartmentNameDto {
  readonly nameZh: string;
  readonly nameEn: string;
  readonly retired: boolean;
}

/** An account as an auditor sees it behind a pseudonymous id (disabled accounts included). */
export interface AuditPersonDto {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly status: UserStatus;
  readonly department: (DepartmentNameDto & { readonly code: string }) | null;
}

/** How the API resolved the `user` filter: the accounts the name stands for (none: an unknown name, empty result). */
export interface AuditUserFilterDto {
  readonly query: string;
  readonly matched: readonly AuditPersonDto[];
}

/** The codes the audit filters take, from the server's own list, for pick-lists. */
export interface AuditVocabularyDto {
  readonly actions: readonly string[];
  readonly outcomes: readonly AuditOutcomeDto[];
}
